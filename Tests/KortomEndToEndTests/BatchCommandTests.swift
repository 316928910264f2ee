import Foundation
import KortomTesting
import Testing

@Suite("kortom batch over the fixtures")
struct BatchCommandTests {
    static let documentedKeys = ["schema", "call_id", "external_id", "source", "format", "language", "subject", "summary", "reason", "outcome", "follow_ups", "facts", "intents", "signals", "metrics", "pii_counts", "sentences", "turn_count", "generated_by", "machine_generated", "warnings"]

    /// Values written into the fixtures that must never reach an output.
    static let plantedValues = ["908301662", "131860914", "390996038", "NL40 INGB 0291 7034 23", "NL57RABO0667127684", "NL80ABNA0268465632", "NL94 SNSB 0122 3307 92", "m.bakker87@gmail.com", "fatima.yilmaz@hotmail.com", "06 4127 8830", "038-4219876", "06-28461937", "3512 BK", "8012 WX", "Bakker", "Yilmaz", "Hendriks", "Oosterhuis",
        "Hendrik", "Jannie", "Tom Evans", "James", "14 mei 1987", "22-08-1979", "12 July 1943", "Kerkstraat 24",
        "Beukenlaan 41", "Oudegracht 201", "Bilderdijkstraat 150", "12-BBB-3", "NW12KL3P4", "8812345", "Kramer", "Ruud"]

    @Test func summarisesEveryFixtureIntoEveryOutput() throws {
        let out = try TemporaryDirectory("kortom-e2e")
        defer { out.remove() }
        let result = try KortomExecutable.run(["batch", "Fixtures/transcripts", "--out", out.path])
        let fixtures = try EndToEnd.fixtureNames()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("read \(fixtures.count), summarised \(fixtures.count), dead-lettered 0"))
        let records = try EndToEnd.records(out.path + "/summaries.jsonl")
        #expect(records.count == fixtures.count)
        #expect(try out.read("dead-letter.jsonl").isEmpty)
        for record in records {
            for key in Self.documentedKeys { #expect(record[key] != nil, "missing \(key)") }
            let callID = try #require(record["call_id"] as? String)
            #expect(out.exists("\(callID).md"))
            #expect(record["machine_generated"] as? Bool == true)
            #expect((record["subject"] as? String)?.unicodeScalars.count ?? 999 <= 200)
            #expect((record["summary"] as? String)?.unicodeScalars.count ?? 9999 <= 1000)
            #expect(["nl", "en"].contains(record["language"] as? String))
            let sentences = try #require(record["sentences"] as? [[String: Any]])
            #expect(!sentences.isEmpty)
            #expect(sentences.allSatisfy { ($0["turn_ids"] as? [Int])?.isEmpty == false })
        }
        let tally = try #require(try JSONSerialization.jsonObject(with: Data(out.read("tally.json").utf8)) as? [String: Any])
        #expect(tally["summarised"] as? Int == fixtures.count)
        #expect(!(try out.list()).contains { $0.hasPrefix(".") }, "temporary files were left behind")
    }

    @Test func writesNoPlantedPersonalData() throws {
        let out = try TemporaryDirectory("kortom-e2e")
        defer { out.remove() }
        _ = try KortomExecutable.run(["batch", "Fixtures/transcripts", "--out", out.path, "--quiet"])
        for (name, data) in try EndToEnd.snapshot(out.path) {
            let text = String(decoding: data, as: UTF8.self)
            for value in Self.plantedValues {
                #expect(!text.contains(value), "a planted value reached \(name)")
            }
        }
    }

    @Test func aRerunIntoTheSameFolderWritesTheSameFiles() throws {
        let out = try TemporaryDirectory("kortom-e2e")
        defer { out.remove() }
        _ = try KortomExecutable.run(["batch", "Fixtures/transcripts", "--out", out.path, "--concurrency", "4"])
        let first = try EndToEnd.snapshot(out.path)
        _ = try KortomExecutable.run(["batch", "Fixtures/transcripts", "--out", out.path, "--concurrency", "1"])
        let second = try EndToEnd.snapshot(out.path)
        #expect(first.keys.sorted() == second.keys.sorted())
        for (name, data) in first { #expect(second[name] == data, "\(name) changed on a re-run") }
    }

    @Test func writesHeadingsInTheCallsLanguage() throws {
        let out = try TemporaryDirectory("kortom-e2e")
        defer { out.remove() }
        _ = try KortomExecutable.run(["batch", "Fixtures/transcripts", "--out", out.path, "--quiet"])
        #expect(try out.read("nl-01-adreswijziging.md").contains("## Samenvatting"))
        #expect(try out.read("en-01-missed-bin.md").contains("## Summary"))
        #expect(try out.read("json-01-afvalpas.md").contains("Deze notitie is automatisch gegenereerd"))
    }

    @Test func readsOneTranscriptFromStandardInput() throws {
        let out = try TemporaryDirectory("kortom-e2e")
        defer { out.remove() }
        let transcript = try String(contentsOfFile: EndToEnd.transcripts + "/en-01-missed-bin.txt", encoding: .utf8)
        let result = try KortomExecutable.run(["batch", "-", "--out", out.path], stdin: transcript)
        #expect(result.status == 0)
        #expect(try EndToEnd.records(out.path + "/summaries.jsonl").first?["source"] as? String == "-")
        #expect(out.exists("stdin.md"))
    }

    @Test func reportsAMissingInputFolder() throws {
        let out = try TemporaryDirectory("kortom-e2e")
        defer { out.remove() }
        let result = try KortomExecutable.run(["batch", "/nonexistent/kortom-input", "--out", out.path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/kortom-input"))
    }
}
