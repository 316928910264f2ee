import Foundation
import KortomTesting
import Testing

/// `kortom run` with an LLM summariser against a fake endpoint that the test starts on
/// 127.0.0.1 and stops.
@Suite("kortom run with a contracted LLM endpoint")
struct LLMPipelineTests {
    func pipeline(_ folder: TemporaryDirectory, server: FakeLLMServer, onFailure: String = "extractive") throws -> String {
        try folder.write("""
            kortom: 1
            endpoints:
              - name: fake
                flavour: openai
                url: \(server.url("/v1").absoluteString)
                model: fake-model
                api_key_env: KORTOM_TEST_LLM_KEY
                contracted: true
                contract: TEST-1
                timeout_seconds: 5
                max_retries: 1
            stages:
              - redact: {}
              - extract: {}
              - summarise: {summariser: llm, endpoint: fake, on_failure: \(onFailure), audit_log: \(folder.path)/audit.jsonl}
              - guard: {}
            sinks: [markdown, jsonl, dead_letter]
            """, to: "llm.yaml")
    }

    static let note = #"{"subject":"Vraag over de afvalinzameling","reason":"De container is niet geleegd.","summary":["De container is niet geleegd."],"follow_ups":[]}"#

    @Test func summarisesEveryCallWithoutSendingPersonalData() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let server = try FakeLLMServer { _, _ in .completion(Self.note) }
        defer { server.stop() }
        let out = folder.path + "/out"
        let result = try KortomExecutable.run(["run", try pipeline(folder, server: server), "--input", "Fixtures/transcripts", "--out", out, "--quiet"], environment: ["KORTOM_TEST_LLM_KEY": "sk-test-key"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = try String(contentsOfFile: out + "/summaries.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 35)
        #expect(lines.allSatisfy { $0.contains(#""generator":"kortom-llm""#) && $0.contains(#""machine_generated":true"#) })
        #expect(server.requests.count == 35)
        // Values planted in the fixtures (see EndToEndSupport) never reach the endpoint.
        for request in server.requests {
            for value in BatchCommandTests.plantedValues { #expect(!request.body.contains(value), "a planted value reached the endpoint") }
        }
        let audit = try String(contentsOfFile: folder.path + "/audit.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(audit.count == 35)
        #expect(!result.stdout.contains("sk-test-key") && !result.stderr.contains("sk-test-key"))
    }

    @Test func refusesToStartWithoutTheKey() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let server = try FakeLLMServer { _, _ in .completion(Self.note) }
        defer { server.stop() }
        let result = try KortomExecutable.run(["run", try pipeline(folder, server: server), "--input", "Fixtures/transcripts", "--out", folder.path + "/out"], environment: ["KORTOM_TEST_LLM_KEY": ""])
        #expect(result.status == 78)
        #expect(result.stderr.contains("KORTOM_TEST_LLM_KEY"))
        #expect(server.requests.isEmpty)
    }

    @Test func deadLettersCallsWhenTheEndpointFailsAndThePipelineSaysSo() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let server = try FakeLLMServer { _, _ in .error(500, code: "server_error") }
        defer { server.stop() }
        let out = folder.path + "/out"
        let result = try KortomExecutable.run(["run", try pipeline(folder, server: server, onFailure: "dead_letter"), "--input", "Fixtures/transcripts", "--out", out, "--quiet"], environment: ["KORTOM_TEST_LLM_KEY": "k"])
        #expect(result.status == 2, "stderr: \(result.stderr)")
        let deadLetters = try String(contentsOfFile: out + "/dead-letter.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(deadLetters.count == 35)
        #expect(deadLetters.allSatisfy { $0.contains("llm_unavailable") })
    }
}
