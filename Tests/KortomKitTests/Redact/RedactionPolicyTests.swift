import KortomTesting
import Testing
@testable import KortomKit

@Suite("Redaction policy: actions, allow-lists and agents' names")
struct RedactionPolicyTests {
    let call = TranscriptBuilder.transcript([
        (.agent, "Goedemorgen, u spreekt met Anouk. Ons nummer is 020-5550100."),
        (.customer, "Met mevrouw Bakker. Bel me op 06-12345678 of mail m.bakker@example.nl."),
        (.agent, "Dank u, mevrouw Bakker. Anouk belt u terug op 06 1234 5678, of bel zelf 020 555 0100."),
    ])

    @Test func masksAndKeepsAsEachTypeSays() {
        let policy = RedactionPolicy(detectors: RedactionPolicy.standard.detectors, actions: [.phone: .mask, .email: .keep])
        let redacted = Redactor(policy: policy).redact(call)
        let texts = redacted.transcript.turns.map(\.text)
        #expect(texts[1] == "Met mevrouw [NAME-2]. Bel me op **-******** of mail m.bakker@example.nl.")
        #expect(redacted.findings.contains { $0.type == .email && $0.action == .keep && $0.placeholder == "[EMAIL-1]" })
        // Masked values keep one identity across the call.
        #expect(redacted.findings.filter { $0.type == .phone }.map(\.placeholder) == ["[PHONE-1]", "[PHONE-2]", "[PHONE-2]", "[PHONE-1]"])
    }

    @Test func theGuardLeavesKeptTypesAndAllowedValues() {
        let policy = RedactionPolicy(detectors: RedactionPolicy.standard.detectors, actions: [.email: .keep], allowList: [.phone: ["020 555 0100"]])
        let redactor = Redactor(policy: policy)
        let output = redactor.redactOutput("Mail m.bakker@example.nl of bel 020-5550100 of 06-12345678.")
        #expect(output.text == "Mail m.bakker@example.nl of bel 020-5550100 of [REDACTED-PHONE-1].")
    }

    @Test func leavesTheOrganisationsOwnNumbersInAnySpelling() {
        let policy = RedactionPolicy(detectors: RedactionPolicy.standard.detectors, allowList: [.phone: ["+31 20 555 0100"]])
        let texts = Redactor(policy: policy).redact(call).transcript.turns.map(\.text)
        #expect(texts[0].hasSuffix("Ons nummer is 020-5550100."))
        #expect(texts[2].hasSuffix("of bel zelf 020 555 0100."))
        #expect(texts[1].contains("[PHONE-1]"))
    }

    @Test func keepsAgentsNamesWhenThePolicySays() {
        var policy = RedactionPolicy.standard
        policy.redactsAgentNames = false
        let texts = Redactor(policy: policy).redact(call).transcript.turns.map(\.text)
        #expect(texts[0].hasPrefix("Goedemorgen, u spreekt met Anouk."))
        #expect(texts[2].hasPrefix("Dank u, mevrouw [NAME-1]. Anouk belt u terug"))
        let redactedByDefault = Redactor.standard.redact(call).transcript.turns.map(\.text)
        #expect(redactedByDefault[0].hasPrefix("Goedemorgen, u spreekt met [NAME-1]."))
    }

    /// `kortom redact` reads plain text line by line: a time in brackets before the speaker
    /// must not hide that the speaker is an agent.
    @Test func keepsAgentsNamesInTimedPlainText() {
        var policy = RedactionPolicy.standard
        policy.redactsAgentNames = false
        let text = "[00:00:01] Agent: Goedemorgen, u spreekt met Anouk.\n[00:00:06] Klant: Met mevrouw Bakker."
        let redacted = Redactor(policy: policy).redactText(text).text
        #expect(redacted == "[00:00:01] Agent: Goedemorgen, u spreekt met Anouk.\n[00:00:06] Klant: Met mevrouw [NAME-1].")
    }

    /// The name an agent signs a chat reply with is the agent's own, kept like an introduction.
    @Test func keepsTheNameAnAgentSignsWith() {
        var policy = RedactionPolicy.standard
        policy.redactsAgentNames = false
        let text = "Agent: We will look into it. TY - Robyn\nCustomer: Thanks Robyn, my name is Tariq Hussain."
        #expect(Redactor(policy: policy).redactText(text).text == "Agent: We will look into it. TY - Robyn\nCustomer: Thanks Robyn, my name is [NAME-1].")
        #expect(Redactor.standard.redactText(text).text == "Agent: We will look into it. TY - [NAME-1]\nCustomer: Thanks [NAME-1], my name is [NAME-2].")
    }

    @Test func serviceNumbersAreNotPersonalData() {
        let texts = Redactor.standard.redact(TranscriptBuilder.transcript([(.agent, "Bel gratis 0800-1351, of 0900-8844, of 14 020.")])).transcript.turns.map(\.text)
        #expect(texts == ["Bel gratis 0800-1351, of 0900-8844, of 14 020."])
    }
}
