import Foundation
import KortomKit
import KortomTesting
import Testing

@Suite("kortom eval extract")
struct ExtractEvalTests {
    @Test func reportsIntentAccuracyAndMistakes() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        var calls: [String] = []
        for index in 0..<3 {
            calls.append(try folder.write("Klant: Mijn container is niet geleegd.\nMedewerker: Ik zet een melding door.\n", to: "call-\(index).txt"))
        }
        let labels = try folder.write("""
            {"file": "\(calls[0])", "intent": "waste_collection", "also": []}
            {"file": "\(calls[1])", "intent": "parking", "also": ["waste_collection"]}
            {"file": "\(calls[2])", "intent": "parking", "also": []}
            """, to: "labels.jsonl")
        let result = try KortomExecutable.run(["eval", "extract", labels, "--mistakes"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("3 calls"))
        #expect(result.stdout.contains("intent top-1 accuracy: 0.333 strict, 0.667 lenient"))
        #expect(result.stdout.contains("intent: labelled parking, found waste_collection"))
    }

    @Test func scoresFactsActionsAndOutcomesFromADirectoryOfLabels() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let call = try folder.write("""
            Klant: Ik heb een aanslag van € 687,40 en ik kan die niet in één keer betalen.
            Medewerker: Ik stuur u vandaag de informatie over de regeling. Uw kenmerk is KW-2026-3391.
            Klant: Fijn, dank u wel.
            """, to: "call.txt")
        try folder.write("{\"file\": \"\(call)\", \"intent\": \"payment_arrangement\"}\n", to: "labels/intents.jsonl")
        try folder.write("""
            {"file": "\(call)", "facts": ["amount 687.40 EUR", "reference KW-2026-3391", "time 10:00"], "actions": [["agent", "stuur u vandaag|bel u"], ["customer", "formulier"]], "outcome": "resolved", "products": ["betalingsregeling"]}
            """, to: "labels/facts.jsonl")
        let result = try KortomExecutable.run(["eval", "extract", folder.path + "/labels", "--mistakes"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("1 calls"))
        #expect(result.stdout.contains("intent top-1 accuracy: 1.000 strict"))
        // Found: the amount, the reference, today's date and no product; labelled: the amount,
        // the reference, a time and a product.
        #expect(result.stdout.contains("all facts       0.667   0.500      4      3"))
        #expect(result.stdout.contains("fact missed: product betalingsregeling"))
        #expect(result.stdout.contains("actions         1.000   0.500      2      1"))
        #expect(result.stdout.contains("outcome accuracy: 1.000, 1 calls"))
        #expect(result.stdout.contains("fact missed: time 10:00"))
        #expect(result.stdout.contains("fact not labelled: date p0d"))
        #expect(result.stdout.contains("action missed: customer: formulier"))
    }

    @Test func namesTheLineOfALabelItCannotRead() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let labels = try folder.write("{\"file\": \"x.txt\", \"actions\": [[\"boss\", \"phrase\"]]}\n", to: "labels.jsonl")
        let result = try KortomExecutable.run(["eval", "extract", labels])
        #expect(result.status != 0)
        #expect(result.stderr.contains("labels.jsonl: line 1"))
    }

    @Test func theShippedFactLabelsNameExistingFilesAndKnownOutcomes() throws {
        let text = try String(contentsOfFile: KortomExecutable.packageRoot + "/Fixtures/extract/facts.jsonl", encoding: .utf8)
        let labels = try ExtractionEvaluation.labels(jsonLines: text, origin: "facts.jsonl")
        #expect(labels.count >= 60)
        for label in labels {
            #expect(FileManager.default.fileExists(atPath: KortomExecutable.packageRoot + "/" + label.file), "\(label.file) is missing")
            #expect(label.outcome != nil && label.facts != nil && label.actions != nil, "\(label.file) is not fully labelled")
            for fact in label.facts ?? [] { #expect(["amount", "date", "time", "reference"].contains(String(fact.prefix { $0 != " " })), "\(label.file): \(fact)") }
        }
    }

    @Test func theShippedLabelsCoverOnlyKnownIntentsAndFiles() throws {
        let text = try String(contentsOfFile: KortomExecutable.packageRoot + "/Fixtures/extract/intents.jsonl", encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count >= 60)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let file = try #require(object["file"] as? String)
            #expect(FileManager.default.fileExists(atPath: KortomExecutable.packageRoot + "/" + file), "\(file) is missing")
            let intents = [object["intent"] as? String ?? ""] + (object["also"] as? [String] ?? [])
            for intent in intents { #expect(IntentTaxonomy.requiredIntentIDs.contains(intent), "\(file): unknown intent \(intent)") }
        }
    }
}
