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
}
