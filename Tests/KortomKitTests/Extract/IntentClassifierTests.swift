import KortomTesting
import Testing
@testable import KortomKit

@Suite("Intent classification")
struct IntentClassifierTests {
    let classifier = IntentClassifier()

    func topIntent(_ customer: String, agent: String = "Goedemorgen, waarmee kan ik u helpen?") -> String? {
        classifier.classify(TranscriptBuilder.transcript([(.agent, agent), (.customer, customer)]).turns).first?.id
    }

    @Test(arguments: [
        ("Ik ben verhuisd en wil mijn nieuwe adres doorgeven.", "address_change"),
        ("Ik wil een afspraak voor een nieuw paspoort.", "passport_id_card"),
        ("Mijn kliko is niet geleegd.", "waste_collection"),
        ("Ik wil graag een parkeervergunningaanvraag doen.", "parking"),
        ("Ik heb een vraag over de WOZ-waarde op mijn aanslag.", "local_taxes"),
        ("Ik kan de aanslag niet in één keer betalen, kan ik een betalingsregeling krijgen?", "payment_arrangement"),
        ("De buren maken elke nacht lawaai.", "nuisance"),
        ("Ik heb hulp bij het huishouden nodig via de Wmo.", "social_support_wmo"),
        ("Hoe staat het met mijn aanvraag? Ik heb nog niets gehoord.", "case_status"),
        ("I'd like to apply for a building permit for an extension.", "permit"),
        ("My bin wasn't collected.", "waste_collection"),
    ])
    func findsTheReasonForContact(text: String, intent: String) {
        #expect(topIntent(text) == intent)
    }

    @Test func saysUnknownWithoutEvidence() {
        let intents = classifier.classify(TranscriptBuilder.transcript([(.customer, "Goedemorgen, hoe gaat het met u?")]).turns)
        #expect(intents == [ScoredIntent(id: "unknown", score: 0)])
    }

    @Test func scoresAreSharesOfTheEvidence() {
        let intents = classifier.classify(TranscriptBuilder.transcript([(.customer, "Mijn container is niet geleegd en ik wil ook een parkeervergunning.")]).turns)
        #expect(intents.count == 2)
        #expect(abs(intents.map(\.score).reduce(0, +) - 1) < 0.01)
    }
}
