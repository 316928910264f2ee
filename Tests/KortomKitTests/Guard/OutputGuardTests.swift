import KortomTesting
import Testing
@testable import KortomKit

@Suite("Output guard")
struct OutputGuardTests {
    let guardStage = OutputGuard(redactor: Redactor.standard, configHash: "abc")
    let call = Redactor.standard.redact(TranscriptBuilder.transcript([(.customer, "Ik wil verhuizen."), (.agent, "Dat regel ik.")]))

    func draft(subject: String = "Verhuizing", sentences: [String]) -> SummaryDraft {
        SummaryDraft(subject: subject, reason: "Verhuizing", sentences: sentences.map { SummarySentence(text: $0, turnIDs: [0]) }, followUps: [], generator: "test", version: "1")
    }

    @Test func redactsValuesASummariserRestates() {
        let summary = guardStage.check(draft(sentences: ["Bel de klant op 06-12345678 terug."]), call: call, extraction: Extraction())
        #expect(summary.summary == "Bel de klant op [REDACTED-PHONE-1] terug.")
        #expect(summary.warnings.contains { $0.contains("PHONE") })
    }

    @Test func enforcesTheFieldLimits() {
        let long = String(repeating: "Dit is een lange zin over de aanvraag. ", count: 10)
        let summary = guardStage.check(draft(subject: String(repeating: "Onderwerp ", count: 40), sentences: Array(repeating: long, count: 5)), call: call, extraction: Extraction())
        #expect(TextLimits.length(summary.subject) <= CaseSummary.subjectLimit)
        #expect(TextLimits.length(summary.summary) <= CaseSummary.summaryLimit)
        #expect(summary.warnings.contains { $0.contains("cut") })
    }

    @Test func recordsProvenanceAndSaysItIsMachineGenerated() {
        let summary = guardStage.check(draft(sentences: ["Klant: Ik wil verhuizen."]), call: call, extraction: Extraction())
        #expect(summary.machineGenerated)
        #expect(summary.provenance == Provenance(generator: "test", version: "1", configHash: "abc"))
        #expect(summary.turnCount == 2)
    }

    @Test func warnsWhenRolesAreUnknown() {
        let unknown = Redactor.standard.redact(TranscriptBuilder.transcript([(.unknown, "Hallo"), (.unknown, "Dag")]))
        let summary = guardStage.check(draft(sentences: []), call: unknown, extraction: Extraction())
        #expect(summary.warnings.contains { $0.contains("role unknown") })
        #expect(summary.warnings.contains { $0.contains("no turn is attributed to the customer") })
    }
}
