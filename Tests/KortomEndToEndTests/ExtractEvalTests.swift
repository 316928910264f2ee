import Foundation
import KortomKit
import KortomTesting
import Testing

@Suite("kortom eval extract")
struct ExtractEvalTests {
    @Test func reportsIntentAccuracyAndMistakes() throws {
        let folder = try TemporaryDirectory()
        let call = try folder.write("Klant: Mijn container is niet geleegd.\nMedewerker: Ik zet een melding door.\n", to: "call.txt")
        let labels = try folder.write("""
            {"file": "\(call)", "intent": "waste_collection", "also": []}
            {"file": "\(call)", "intent": "parking", "also": ["waste_collection"]}
            {"file": "\(call)", "intent": "parking", "also": []}
            """, to: "labels.jsonl")
        let result = try KortomExecutable.run(["eval", "extract", labels, "--mistakes"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("3 calls"))
        #expect(result.stdout.contains("intent top-1 accuracy: 0.333 strict, 0.667 lenient"))
        #expect(result.stdout.contains("labelled parking, got waste_collection"))
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
