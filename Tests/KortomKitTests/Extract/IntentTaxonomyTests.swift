import Foundation
import KortomTesting
import Testing
@testable import KortomKit

@Suite("Intent taxonomies in YAML")
struct IntentTaxonomyTests {
    @Test func theEmbeddedDefaultIsTheShippedFile() throws {
        let shipped = try String(contentsOfFile: KortomExecutable.packageRoot + "/Pipelines/taxonomies/gemeente.yaml", encoding: .utf8)
        #expect(shipped == IntentTaxonomy.embeddedGemeenteYAML)
        #expect(IntentTaxonomy.validate(yaml: shipped).diagnostics.isEmpty)
    }

    @Test func theDefaultHasEveryRequiredIntent() {
        let ids = IntentTaxonomy.municipal.intents.map(\.id)
        for id in IntentTaxonomy.requiredIntentIDs { #expect(ids.contains(id), "missing \(id)") }
        #expect(IntentTaxonomy.municipal.name == "gemeente")
    }

    @Test func reportsEveryProblemWithItsLine() {
        let yaml = """
            kortom_taxonomy: 1
            intents:
              - id: Parking
                keywords: [Parkeren]
              - id: parking
                keywords: []
                weight: 20
              - id: parking
                keywords: [parkeren]
                labell: {nl: Parkeren}
            """
        let messages = IntentTaxonomy.validate(yaml: yaml).diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("line 3") && $0.contains("must be snake_case") })
        #expect(messages.contains { $0.contains("`Parkeren` must be lower case") })
        #expect(messages.contains { $0.contains("needs at least one keyword") })
        #expect(messages.contains { $0.contains("weight") && $0.contains("at most 10") })
        #expect(messages.contains { $0.contains("declared twice") })
        #expect(messages.contains { $0.contains("labell") && $0.contains("did you mean `label`?") })
    }

    func classify(_ taxonomy: IntentTaxonomy, _ text: String) -> [String] {
        IntentClassifier(taxonomy: taxonomy).classify([Turn(index: 0, speaker: Speaker(role: .customer, label: "Klant", roleSource: .label), text: text)]).map(\.id)
    }

    @Test func findsKeywordsInsideCompounds() {
        #expect(classify(.municipal, "Ik heb een vraag over mijn bewonersparkeervergunning.").first == "parking")
    }

    @Test func aNegativeCueCancelsItsIntentInThatTurn() throws {
        let taxonomy = try IntentTaxonomy.load(yaml: """
            kortom_taxonomy: 1
            intents:
              - id: complaint
                keywords: [klacht]
                negative: [geen klacht]
              - id: waste_collection
                keywords: [container]
            """, origin: "test").get()
        #expect(classify(taxonomy, "Het is geen klacht, maar mijn container is niet geleegd.") == ["waste_collection"])
        #expect(classify(taxonomy, "Ik heb een klacht over de container.").contains("complaint"))
    }

    @Test func aNarrowerIntentTakesTheEvidenceOfTheBroaderOneItIsWithin() throws {
        let taxonomy = try IntentTaxonomy.load(yaml: """
            kortom_taxonomy: 1
            intents:
              - id: local_taxes
                keywords: [aanslag, belasting]
              - id: payment_arrangement
                keywords: [termijnen]
                within: [local_taxes]
              - id: appointment
                keywords: [afspraak]
                generic: true
              - id: passport
                keywords: [paspoort]
            """, origin: "test").get()
        #expect(classify(taxonomy, "Over mijn aanslag gemeentelijke belasting: kan ik de aanslag in termijnen betalen?").first == "payment_arrangement")
        #expect(classify(taxonomy, "Ik heb een vraag over mijn aanslag.").first == "local_taxes")
        let turns = [
            Turn(index: 0, speaker: Speaker(role: .customer, label: "Klant", roleSource: .label), text: "Ik wil een afspraak maken."),
            Turn(index: 1, speaker: Speaker(role: .customer, label: "Klant", roleSource: .label), text: "Het is voor mijn paspoort."),
        ]
        #expect(IntentClassifier(taxonomy: taxonomy).classify(turns).first?.id == "passport")
        #expect(classify(taxonomy, "Ik wil een afspraak maken.").first == "appointment")
    }

    @Test func refusesWithinAnIntentItDoesNotDeclare() {
        let yaml = """
            kortom_taxonomy: 1
            intents:
              - id: payment_arrangement
                keywords: [termijnen]
                within: [local_taxes]
                generic: maybe
            """
        let messages = IntentTaxonomy.validate(yaml: yaml).diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("line 5") && $0.contains("`local_taxes` is not another intent") })
        #expect(messages.contains { $0.contains("generic") && $0.contains("true or false") })
    }

    @Test func aComplaintAboutNoiseIsANuisanceReport() {
        #expect(classify(.municipal, "I want to complain about noise from the bar downstairs.").first == "nuisance")
        #expect(classify(.municipal, "Ik wil een klacht indienen over hoe u mij behandeld heeft.").first == "complaint")
    }

    @Test func readsProductsAndServices() throws {
        let taxonomy = try IntentTaxonomy.load(yaml: """
            kortom_taxonomy: 1
            intents:
              - id: parking
                keywords: [parkeer]
                products: [parkeervergunning, "*parkeervergunning"]
            """, origin: "test").get()
        #expect(taxonomy.intents[0].products == ["parkeervergunning", "*parkeervergunning"])
        #expect(IntentTaxonomy.municipal.intents.first { $0.id == "parking" }?.products.contains("parkeervergunning") == true)
    }
}
