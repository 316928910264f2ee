import Foundation
import KortomTesting
import Testing

@Suite("kortom parse, redact and help")
struct InspectionCommandTests {
    @Test func parsePrintsTheCanonicalTranscript() throws {
        let result = try KortomExecutable.run(["parse", "Fixtures/transcripts/nl-01-adreswijziging.txt"])
        #expect(result.status == 0)
        let transcript = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(transcript["call_id"] as? String == "KCC-2026-000101")
        #expect(transcript["format"] as? String == "plain-text")
        #expect(transcript["language"] as? String == "nl")
        let turns = try #require(transcript["turns"] as? [[String: Any]])
        #expect(turns.count == 15)
        #expect(turns[0]["role"] as? String == "agent")
        #expect(turns[0]["role_source"] as? String == "label")
        #expect(turns[1]["start"] as? Double == 5)
    }

    @Test func parsedOutputReadsBackAsTheSameTranscript() throws {
        let folder = try TemporaryDirectory("kortom-parse")
        defer { folder.remove() }
        let first = try KortomExecutable.run(["parse", "Fixtures/transcripts/en-04-noise-complaint.txt"])
        let path = try folder.write(first.stdout, to: "en-04-noise-complaint.json")
        let second = try KortomExecutable.run(["parse", path])
        func turns(_ json: String) throws -> [[String: String]] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            return try #require(object["turns"] as? [[String: Any]]).map { ["role": $0["role"] as? String ?? "", "text": $0["text"] as? String ?? ""] }
        }
        #expect(try turns(first.stdout) == turns(second.stdout))
    }

    @Test func parseNamesTheFileAndTheReasonOnBadInput() throws {
        let result = try KortomExecutable.run(["parse", "Fixtures/bad/truncated.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Fixtures/bad/truncated.json: invalid JSON"))
    }

    @Test func redactPrintsTextAndFindingsWithByteOffsetsButNoValues() throws {
        let input = "Mijn IBAN is NL91 ABNA 0417 1643 00 en ik woon op 3512 BK 24. Bel 06-12345678 of mail é@example.nl."
        let plain = try KortomExecutable.run(["redact", "-"], stdin: input)
        #expect(plain.stdout == "Mijn IBAN is [IBAN-1] en ik woon op [POSTCODE-1]. Bel [PHONE-1] of mail [EMAIL-1].")
        let result = try KortomExecutable.run(["redact", "--json", "-"], stdin: input)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let bytes = Array(input.utf8)
        let spans = findings.map { String(decoding: bytes[($0["start"] as! Int)..<($0["end"] as! Int)], as: UTF8.self) }
        #expect(spans == ["NL91 ABNA 0417 1643 00", "3512 BK 24", "06-12345678", "é@example.nl"])
        #expect(findings.map { $0["type"] as? String } == ["IBAN", "POSTCODE", "PHONE", "EMAIL"])
        for value in spans { #expect(!result.stdout.contains(value)) }
    }

    @Test func redactReadsLinesAsTurnsAndAppliesAPipelinesPolicy() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let pipeline = try folder.write("""
            kortom: 1
            stages:
              - redact:
                  actions: {PHONE: mask}
                  allow: {IBAN: ["NL91 ABNA 0417 1643 00"]}
              - extract: {}
              - summarise: {}
              - guard: {}
            sinks: [markdown, dead_letter]
            """, to: "policy.yaml")
        let input = "Medewerker: Wat is uw achternaam?\r\nKlant: Kowalczykowa. Bel 06-12345678.\nMedewerker: Onze rekening is NL91 ABNA 0417 1643 00.\n"
        let result = try KortomExecutable.run(["redact", "--pipeline", pipeline, "-"], stdin: input)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout == "Medewerker: Wat is uw achternaam?\r\nKlant: [NAME-1]. Bel **-********.\nMedewerker: Onze rekening is NL91 ABNA 0417 1643 00.\n")
        let json = try KortomExecutable.run(["redact", "--json", "--pipeline", pipeline, "-"], stdin: input)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.map { $0["action"] as? String } == ["placeholder", "mask"])
        #expect(!json.stdout.contains("Kowalczykowa") && !json.stdout.contains("12345678"))
    }

    @Test(arguments: ["batch", "run", "check", "parse", "redact", "eval", "bench"])
    func everySubcommandExplainsItself(subcommand: String) throws {
        let result = try KortomExecutable.run([subcommand, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("OVERVIEW:"))
        #expect(result.stdout.contains("USAGE: kortom \(subcommand)"))
    }

    @Test func topLevelHelpDocumentsExitCodes() throws {
        let result = try KortomExecutable.run(["--help"])
        #expect(result.stdout.contains("Exit codes:"))
        for code in ["0 ", "1 ", "2 ", "64", "66", "78", "130"] { #expect(result.stdout.contains("  \(code)")) }
    }

    @Test func unknownOptionsAreUsageErrors() throws {
        #expect(try KortomExecutable.run(["batch", "--bogus"]).status == 64)
    }
}

@Suite("kortom parse with a pipeline's role mapping")
struct ParseWithPipelineTests {
    @Test func appliesTheMappingAndSaysSo() throws {
        let folder = try TemporaryDirectory("kortom-roles")
        defer { folder.remove() }
        let pipeline = try folder.write("kortom: 1\nroles:\n  labels: {SPEAKER_00: customer, SPEAKER_01: agent}\nstages: [redact, extract, summarise, guard]\nsinks: [markdown]\n", to: "p.yaml")
        let result = try KortomExecutable.run(["parse", "--pipeline", pipeline, "Fixtures/formats/srt/nl-afval.srt"])
        #expect(result.status == 0)
        let transcript = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let turns = try #require(transcript["turns"] as? [[String: Any]])
        #expect(turns.map { $0["role"] as? String } == ["customer", "agent", "customer", "agent"])
        #expect(turns.allSatisfy { $0["role_source"] as? String == "mapping" })
    }
}

@Suite("kortom eval redact")
struct EvalRedactTests {
    @Test func reportsPrecisionAndRecallPerType() throws {
        let result = try KortomExecutable.run(["eval", "redact", "Fixtures/pii"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("type        labelled  found  missed  false+  precision  recall"))
        #expect(result.stdout.contains("overall"))
        #expect(result.stdout.contains("IBAN"))
        #expect(result.stdout.contains("hard negatives: "))
    }

    @Test func listsMistakesWithFileAndLine() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        _ = try folder.write("Klant: Bel 06-12345678 maar.\nKlant: {{NAME:xandrovic}} belt, het kost {{NOT:€ 12,50}}, mail {{NOT:info@gemeente.nl}}.\n", to: "one.txt")
        let result = try KortomExecutable.run(["eval", "redact", folder.path, "--mistakes"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("hard negatives: 2 marked, 0 wrongly redacted"))
        #expect(result.stdout.contains("one.txt:1: false positive PHONE"))
        #expect(result.stdout.contains("one.txt:2: missed NAME"))
    }

    @Test func benchRedactWritesFindingsPerFile() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        _ = try folder.write("Klant: Mijn nummer is nul zes een twee drie vier vijf zes zeven acht.\n", to: "a.txt")
        let findings = folder.path + "/findings.jsonl"
        let result = try KortomExecutable.run(["bench", "redact", folder.path, "--repeat", "1", "--findings", findings])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("MB/s"))
        // One line, a number read out: the spoken-number detector reads it, the e-mail detector not.
        #expect(result.stdout.contains("lines each detector reads, of 1: number 0%, spoken 100%"))
        #expect(result.stdout.contains("email 0%"))
        let line = try String(contentsOfFile: findings, encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["file"] as? String == "a.txt")
        #expect((object["findings"] as? [[String: Any]])?.map { $0["type"] as? String } == ["PHONE"])
    }
}
