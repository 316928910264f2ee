import Foundation
import KortomTesting
import Testing

@Suite("kortom run and kortom check")
struct PipelineCommandTests {
    @Test func checkAcceptsTheShippedPipeline() throws {
        let result = try KortomExecutable.run(["check", "Pipelines/batch-extractive.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ok: pipeline `batch-extractive`: redact -> extract -> summarise -> guard"))
    }

    @Test func checkExplainsEveryProblemAndExitsWithTheConfigCode() throws {
        let folder = try TemporaryDirectory("kortom-check")
        defer { folder.remove() }
        let path = try folder.write("kortom: 1\nconcurency: 2\nstages: [summarise, redact, extract, guard]\nsinks: [markdown]\n", to: "bad.yaml")
        let result = try KortomExecutable.run(["check", path])
        #expect(result.status == 78)
        #expect(result.stdout.contains("line 2"))
        #expect(result.stdout.contains("did you mean `concurrency`?"))
        #expect(result.stdout.contains("order redact, extract, summarise, guard"))
        #expect(result.stdout.contains("invalid (2 errors)"))
    }

    @Test func runUsesTheFilesSettingsAndTheCommandLineOverrides() throws {
        let folder = try TemporaryDirectory("kortom-run")
        defer { folder.remove() }
        let pipeline = try folder.write("""
            kortom: 1
            name: emails-only
            input:
              path: Fixtures/transcripts
            output:
              path: \(folder.path)/from-file
            concurrency: 2
            stages:
              - redact: {detectors: [email]}
              - extract
              - summarise
              - guard
            sinks:
              - jsonl: {file: notes.jsonl}
              - dead_letter: {file: failed.jsonl}
            """, to: "p.yaml")
        let result = try KortomExecutable.run(["run", pipeline, "--out", folder.path + "/overridden"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let written = try folder.list("overridden")
        #expect(written == ["failed.jsonl", "notes.jsonl", "tally.json"])
        let records = try EndToEnd.records(folder.path + "/overridden/notes.jsonl")
        #expect(records.count == (try EndToEnd.fixtureNames()).count)
        // Only e-mail redaction ran: a phone number stays, an e-mail address does not.
        let all = try folder.read("overridden/notes.jsonl")
        #expect(!all.contains("m.bakker87@gmail.com"))
        #expect(records.contains { ($0["pii_counts"] as? [String: Int])?.keys.sorted() == ["EMAIL"] })
    }

    @Test func runRefusesAnInvalidPipelineBeforeReadingAnything() throws {
        let folder = try TemporaryDirectory("kortom-run-bad")
        defer { folder.remove() }
        let pipeline = try folder.write("kortom: 1\nstages: [redact, extract, summarise]\nsinks: [markdown]\n", to: "p.yaml")
        let result = try KortomExecutable.run(["run", pipeline, "--input", "Fixtures/transcripts", "--out", folder.path + "/out"])
        #expect(result.status == 78)
        #expect(result.stderr.contains("`guard` stage is missing"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }

    @Test func runNeedsAnInput() throws {
        let result = try KortomExecutable.run(["run", "Pipelines/batch-extractive.yaml", "--out", "/tmp/kortom-unused"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no input"))
    }
}
