import KortomTesting
import Testing
@testable import KortomKit

@Suite("Extractive summariser")
struct ExtractiveSummariserTests {
    func summarise(_ turns: [(SpeakerRole, String)], language: CallLanguage = .dutch) async throws -> SummaryDraft {
        let redacted = Redactor.standard.redact(TranscriptBuilder.transcript(turns, language: language))
        return try await ExtractiveSummariser().summarise(redacted, extraction: CallExtractor().extract(from: redacted))
    }

    static let call: [(SpeakerRole, String)] = [
        (.agent, "Goedemorgen, gemeente Utrecht, u spreekt met Anouk. Waarmee kan ik u helpen?"),
        (.customer, "Goedemorgen. Ik ben verhuisd en ik wil mijn nieuwe adres doorgeven."),
        (.agent, "Mag ik uw geboortedatum?"),
        (.customer, "14 mei 1987, en mijn BSN is 111222333."),
        (.agent, "Dank u wel. Ik heb de verhuizing genoteerd, u krijgt binnen vijf werkdagen een bevestiging per post."),
        (.customer, "Fijn, dank u wel."),
        (.agent, "Graag gedaan, fijne dag."),
    ]

    @Test func takesTheReasonFactsAndActionsFromTheCall() async throws {
        let draft = try await summarise(Self.call)
        #expect(draft.reason == "Ik ben verhuisd en ik wil mijn nieuwe adres doorgeven.")
        #expect(draft.subject == "Adreswijziging: Ik ben verhuisd en ik wil mijn nieuwe adres doorgeven.")
        #expect(draft.sentences.first?.text == "Klant: Ik ben verhuisd en ik wil mijn nieuwe adres doorgeven.")
        #expect(draft.sentences.contains { $0.text.contains("bevestiging per post") })
        #expect(draft.followUps.map(\.owner) == [.agent])
        #expect(draft.generator == "kortom-extractive")
    }

    @Test func everySentenceComesFromTheTurnItNames() async throws {
        let redacted = Redactor.standard.redact(TranscriptBuilder.transcript(Self.call))
        let draft = try await ExtractiveSummariser().summarise(redacted, extraction: CallExtractor().extract(from: redacted))
        for sentence in draft.sentences {
            let body = sentence.text.split(separator: ":", maxSplits: 1)[1].dropFirst()
            #expect(sentence.turnIDs.count == 1)
            #expect(redacted.transcript.turns[sentence.turnIDs[0]].text.lowercased().contains(body.lowercased()))
        }
    }

    @Test func leavesOutGreetingsAndAgentQuestionsAndNeverRestatesValues() async throws {
        let draft = try await summarise(Self.call)
        let text = draft.sentences.map(\.text).joined(separator: " ")
        #expect(!text.contains("Goedemorgen, gemeente"))
        #expect(!text.contains("Mag ik uw geboortedatum?"))
        #expect(!text.contains("111222333"))
    }

    @Test func staysWithinTheBudgetOnLongCalls() async throws {
        var turns: [(SpeakerRole, String)] = [(.customer, "Ik wil een betalingsregeling voor mijn aanslag.")]
        for index in 0..<200 {
            turns.append((index % 2 == 0 ? .agent : .customer, "Het bedrag van € \(index + 10),50 staat op aanslagnummer 2026.\(index).77 en ik stuur u de regeling \(index) vandaag toe."))
        }
        let draft = try await summarise(turns)
        #expect(TextLimits.length(draft.sentences.map(\.text).joined(separator: " ")) <= CaseSummary.summaryLimit)
        #expect(TextLimits.length(draft.subject) <= CaseSummary.subjectLimit)
    }

    @Test func writesRoleWordsInTheCallsLanguage() async throws {
        let draft = try await summarise([(.customer, "Hello, I'm calling because my bin was not collected."), (.agent, "I've logged it and the bin will be collected within two days.")], language: .english)
        #expect(draft.sentences.map(\.text) == ["Customer: I'm calling because my bin was not collected.", "Agent: I've logged it and the bin will be collected within two days."])
    }
}

@Suite("Summary sentences without addressing")
struct SummaryAddressingTests {
    @Test func dropsHandlesAndLinksButKeepsTheSentence() {
        #expect(ExtractiveSummariser.withoutAddressing("@SpotifyCares no, it didn't work, see https://t.co/abc please") == "no, it didn't work, see please")
        #expect(ExtractiveSummariser.withoutAddressing("Mijn mail is [EMAIL-1].") == "Mijn mail is [EMAIL-1].")
        #expect(ExtractiveSummariser.withoutAddressing("@SpotifyCares") == "")
    }

    @Test func dropsSignOffsAndThreadCounters() {
        #expect(ExtractiveSummariser.withoutAddressing("We'll take a look backstage /MT") == "We'll take a look backstage")
        #expect(ExtractiveSummariser.withoutAddressing("(2/2) Windows 10 updates itself.^CR") == "Windows 10 updates itself.")
        #expect(ExtractiveSummariser.withoutAddressing("Please DM us *CherneilR") == "Please DM us")
        #expect(ExtractiveSummariser.withoutAddressing("Het formulier en/of de brief.") == "Het formulier en/of de brief.")
    }

    /// A name placeholder that only addresses someone or signs the message tells the next
    /// agent nothing; a name the sentence is about stays.
    @Test func dropsNamesThatOnlyAddressSomeone() {
        #expect(ExtractiveSummariser.withoutNamesAddressed("Thank you, [NAME-1].") == "Thank you.")
        #expect(ExtractiveSummariser.withoutNamesAddressed("[NAME-2], what are you doing?") == "What are you doing?")
        #expect(ExtractiveSummariser.withoutNamesAddressed("We'll look into it. TY - [NAME-3]") == "We'll look into it. TY")
        #expect(ExtractiveSummariser.withoutNamesAddressed("Please DM us ^[NAME-1]") == "Please DM us")
        #expect(ExtractiveSummariser.withoutNamesAddressed("Dat regel ik. – [NAME-1]") == "Dat regel ik.")
        #expect(ExtractiveSummariser.withoutNamesAddressed("Het was… [NAME-1]") == "Het was… [NAME-1]")
        #expect(ExtractiveSummariser.withoutOpener(ExtractiveSummariser.withoutNamesAddressed("Hi [NAME-1], can you DM us the booking ID?")) == "Can you DM us the booking ID?")
        #expect(ExtractiveSummariser.withoutNamesAddressed("I spoke to [NAME-1] yesterday.") == "I spoke to [NAME-1] yesterday.")
        #expect(ExtractiveSummariser.withoutNamesAddressed("Mijn dochter [NAME-2] belt morgen.") == "Mijn dochter [NAME-2] belt morgen.")
        #expect(ExtractiveSummariser.withoutNamesAddressed("Het gaat om [NAME-1].") == "Het gaat om [NAME-1].")
    }

    @Test func dropsTheGreetingThatOpensASentence() {
        #expect(ExtractiveSummariser.withoutOpener("Hi there, can you please DM us the booking ID?") == "Can you please DM us the booking ID?")
        #expect(ExtractiveSummariser.withoutOpener("Oh no – DM us the reservation's Booking ID") == "DM us the reservation's Booking ID")
        #expect(ExtractiveSummariser.withoutOpener("Ja, ik stuur u vandaag het formulier.") == "Ik stuur u vandaag het formulier.")
        #expect(ExtractiveSummariser.withoutOpener("Thanks, bye!") == "Thanks, bye!")
        #expect(ExtractiveSummariser.withoutOpener("Well done, the form arrived today.") == "Well done, the form arrived today.")
        #expect(ExtractiveSummariser.withoutOpener("Het bedrag is 12,50 euro.") == "Het bedrag is 12,50 euro.")
    }

    @Test func namesSpeakersWithoutRolesByTheirNumberedLabel() async throws {
        var call = TranscriptBuilder.transcript([
            (.unknown, "I have been having trouble breathing lately, mostly when I work out."),
            (.unknown, "I am going to send you to a pulmonary specialist who can run tests for asthma."),
        ], language: .english)
        call.turns[0].speaker.label = "Person2"
        call.turns[1].speaker.label = "#Person1#"
        let redacted = Redactor.standard.redact(call)
        let draft = try await ExtractiveSummariser().summarise(redacted, extraction: CallExtractor().extract(from: redacted))
        #expect(draft.sentences.map(\.text).allSatisfy { $0.hasPrefix("Person2: ") || $0.hasPrefix("Person1: ") })
        #expect(draft.sentences.first?.text.hasPrefix("Person2: I have been having trouble breathing") == true)
    }
}
