import KortomTesting
import Testing
@testable import KortomKit

@Suite("Call extraction")
struct CallExtractorTests {
    let extractor = CallExtractor()

    func extract(_ turns: [(SpeakerRole, String)]) -> Extraction {
        extractor.extract(from: Redactor.standard.redact(TranscriptBuilder.transcript(turns)))
    }

    @Test func findsAgreedActionsWithTheirOwners() {
        let extraction = extract([
            (.customer, "Mijn container is niet geleegd."),
            (.agent, "Ik zet een melding door. U wordt binnen twee werkdagen teruggebeld. U moet de container buiten laten staan. Zal ik u mailen?"),
            (.agent, "U kunt ook de app gebruiken."),
        ])
        #expect(extraction.actions.map(\.owner) == [.agent, .agent, .customer])
        #expect(extraction.actions.allSatisfy { $0.turnIndex == 1 })
        // The call-back is due within two working days; the other actions name no date.
        #expect(extraction.actions.map { $0.due?.normalized } == [nil, "P2WD", nil])
    }

    @Test(arguments: [
        ("Dat is geregeld, dank u wel.", CallOutcomeKind.resolved),
        ("Helaas kan ik niets voor u doen.", .notResolved),
        ("Ik zoek het uit en u wordt teruggebeld.", .partlyResolved),
        ("Oké.", .unknown),
    ])
    func judgesTheOutcomeFromTheClosingTurns(closing: String, outcome: CallOutcomeKind) {
        #expect(extract([(.customer, "Ik heb een vraag over mijn aanslag."), (.agent, closing)]).outcome == outcome)
    }

    @Test func judgesAgreedNextStepsAsResolvedUnlessTheProblemStaysOpenAfterAComplaint() {
        let registered = extract([
            (.customer, "Ik wil huishoudelijke hulp aanvragen."),
            (.agent, "Ik leg de melding vast. U ontvangt binnen twee weken een brief."),
            (.customer, "Dank u wel."),
        ])
        #expect(registered.outcome == .resolved)
        let escalated = extract([
            (.customer, "Ik wil een klacht indienen over de behandeling."),
            (.agent, "Ik zet uw klacht door, u wordt teruggebeld door een leidinggevende."),
            (.customer, "Ik wacht het af."),
        ])
        #expect(escalated.outcome == .partlyResolved)
        let refused = extract([
            (.customer, "Ik wil mijn adres wijzigen."),
            (.agent, "Telefonisch kan ik hem niet verwerken, dat moet u zelf digitaal doen."),
            (.customer, "Goed."), (.agent, "Ik stuur u de link."), (.customer, "Top, dank u wel."),
        ])
        #expect(refused.outcome == .partlyResolved)
    }

    @Test func findsTasksAskedPolitelyAndPromisesWithTheVerbFirst() {
        let extraction = extract([
            (.customer, "Ik wil een nieuw paspoort."),
            (.agent, "Neemt u uw oude paspoort en een pasfoto mee? Heeft u nog vragen?"),
            (.agent, "Daarnaast vraag ik de balie om het klaar te leggen."),
            (.agent, "You should get a decision by the 15th of April."),
            (.agent, "Then the officer will decide whether to visit."),
        ])
        #expect(extraction.actions.map(\.owner) == [.customer, .agent, .agent, .agent])
        #expect(extraction.actions.first?.text == "Neemt u uw oude paspoort en een pasfoto mee?")
    }

    @Test func leavesPeriodsCountedFromAnotherEventWithoutADate() {
        let extraction = extract([(.agent, "Na het gesprek krijgt u binnen zes weken een besluit. Bezwaar kan binnen zes weken na de dagtekening. U krijgt binnen twee weken een brief.")])
        #expect(extraction.facts.filter { $0.kind == .date }.map(\.normalized) == ["P14D"])
    }

    @Test func readsAReferenceGivenInAnswerToAQuestionForIt() {
        let extraction = extract([
            (.agent, "Welk aanslagnummer staat er op de brief?"),
            (.customer, "2026.0044.1187, het gaat om € 312,40."),
            (.agent, "En uw huisnummer?"),
            (.customer, "Nummer 12."),
        ])
        #expect(extraction.facts.map(\.normalized) == ["aanslagnummer 2026.0044.1187", "312.40 EUR"])
    }

    @Test func readsYesterdayAndTonightAsDays() {
        let extraction = extract([(.customer, "Mijn container is gisteren niet geleegd, ik zet hem vanavond weer buiten.")])
        #expect(extraction.facts.filter { $0.kind == .date }.map(\.normalized) == ["P-1D", "P0D"])
    }

    @Test func namesEachProductOrServiceOnceAtItsFirstMention() {
        let extraction = extract([
            (.customer, "Ik wil een parkeervergunning en mijn paspoortnummer doorgeven."),
            (.agent, "De parkeervergunning kost € 189,- per jaar. Voor grofvuil belt u apart."),
        ])
        let products = extraction.facts.filter { $0.kind == .product }
        #expect(products.map(\.normalized) == ["parkeervergunning", "grofvuil"])
        #expect(products.first?.turnIndex == 0)
        #expect(products.first?.text == "parkeervergunning")
    }

    @Test func aShortYesToAProposalIsAPromiseWithTheProposalAsItsText() {
        let extraction = extract([
            (.customer, "Kunt u mij daarover mailen?"),
            (.agent, "Dat doe ik. Fijne dag verder."),
            (.agent, "U kunt administratief beroep instellen."),
            (.customer, "Dan doe ik dat."),
        ])
        #expect(extraction.actions.map(\.owner) == [.agent, .customer])
        #expect(extraction.actions.map(\.text) == ["Kunt u mij daarover mailen? Dat doe ik.", "U kunt administratief beroep instellen. Dan doe ik dat."])
        #expect(extraction.actions.map(\.turnIndex) == [1, 3])
    }

    @Test func raisesSignalsFromTheCustomer() {
        let extraction = extract([
            (.customer, "Ik bel nu voor de derde keer, dit is belachelijk. Ik wil een klacht indienen en een leidinggevende spreken."),
            (.agent, "Ik begrijp dat u boos bent."),
        ])
        #expect(Set(extraction.signals.map(\.kind)) == [.complaint, .escalationRequest, .repeatedContact, .negativeSentiment])
    }

    @Test func readsFactsFromRedactedText() {
        let extraction = extract([(.customer, "Mijn BSN is 111222333 en het bedrag is € 45,50.")])
        #expect(extraction.facts.map(\.normalized) == ["45.50 EUR"])
    }
}
