import Foundation
import KortomTesting
import Testing
@testable import KortomKit

/// The LLM summariser against a fake endpoint on 127.0.0.1 that the tests start and stop.
@Suite("LLM summariser")
struct LLMSummariserTests {
    static let planted = ["Pieter de Graaf", "111222333", "NL91 ABNA 0417 1643 00", "06-12345678", "p.degraaf@example.nl"]

    static let call = Redactor.standard.redact(TranscriptBuilder.transcript([
        (.agent, "Goedemorgen, gemeente Utrecht, waarmee kan ik u helpen?"),
        (.customer, "Goedemorgen, met Pieter de Graaf. Mijn BSN is 111222333 en ik kreeg een aanslag van € 312,50."),
        (.customer, "Ik wil het betalen van NL91 ABNA 0417 1643 00, bel me op 06-12345678 of mail p.degraaf@example.nl."),
        (.agent, "Ik zet een betalingsregeling op en stuur u vandaag een bevestiging, kenmerk Z-2026-0042."),
    ]))

    static let goodNote = #"{"subject":"Betalingsregeling voor de aanslag","reason":"[NAME-1] kreeg een aanslag van € 312,50 en wil die betalen.","summary":["[NAME-1] wil de aanslag van € 312,50 betalen van [IBAN-1].","De medewerker zet een betalingsregeling op, kenmerk Z-2026-0042."],"follow_ups":[{"owner":"agent","text":"Vandaag een bevestiging sturen naar [EMAIL-1]."}]}"#

    func endpoint(_ server: FakeLLMServer, flavour: LLMEndpoint.Flavour = .openAI, timeout: Duration = .seconds(10), retries: Int = 3) -> LLMEndpoint {
        LLMEndpoint(
            name: "test", flavour: flavour, url: server.url(flavour == .openAI ? "/v1" : ""), model: "gpt-test", deployment: flavour == .azure ? "notes" : nil,
            apiVersion: flavour == .azure ? "2024-10-21" : nil, keyVariable: "TEST_KEY", contract: "C-1", timeout: timeout, concurrency: 4, maximumRetries: retries
        )
    }

    func summariser(_ server: FakeLLMServer, flavour: LLMEndpoint.Flavour = .openAI, onFailure: LLMSummariser.FailureAction = .extractive, auditLog: LLMAuditLog? = nil, timeout: Duration = .seconds(10), retries: Int = 3, maximumInputBytes: Int = 24_000) -> LLMSummariser {
        let fast = RetryPolicy(maximumRetries: retries, initialBackoff: .milliseconds(10), maximumBackoff: .milliseconds(40))
        return LLMSummariser(client: ChatCompletionClient(endpoint: endpoint(server, flavour: flavour, timeout: timeout, retries: retries), key: "sk-test", policy: fast), onFailure: onFailure, auditLog: auditLog, maximumInputBytes: maximumInputBytes)
    }

    func summarise(_ summariser: LLMSummariser) async throws -> CaseSummary {
        let extraction = CallExtractor().extract(from: Self.call)
        let draft = try await summariser.summarise(Self.call, extraction: extraction)
        return OutputGuard(redactor: Redactor.standard, configHash: "h").check(draft, call: Self.call, extraction: extraction)
    }

    @Test func sendsOnlyRedactedTextAndUsesTheAnswer() async throws {
        let server = try FakeLLMServer { _, _ in .completion(Self.goodNote) }
        defer { server.stop() }
        let summary = try await summarise(summariser(server))
        let request = try #require(server.requests.first)
        #expect(server.requests.count == 1)
        #expect(request.path == "/v1/chat/completions")
        #expect(request.headers["authorization"] == "Bearer sk-test")
        for value in Self.planted { #expect(!request.body.contains(value), "a planted value reached the endpoint") }
        #expect(request.body.contains("[BSN-1]"))
        #expect(request.body.contains(#""type":"json_schema""#) && request.body.contains(#""strict":true"#))
        #expect(summary.subject == "Betalingsregeling voor de aanslag")
        #expect(summary.provenance.generator == "kortom-llm")
        #expect(summary.provenance.model == "gpt-test" && summary.provenance.endpoint == "test")
        #expect(summary.provenance.usage == LLMUsage(requestIDs: ["req-test"], promptTokens: 120, completionTokens: 40))
        #expect(summary.warnings.isEmpty)
    }

    @Test func speaksAzureOpenAIsDeploymentURL() async throws {
        let server = try FakeLLMServer { _, _ in .completion(Self.goodNote) }
        defer { server.stop() }
        _ = try await summarise(summariser(server, flavour: .azure))
        let request = try #require(server.requests.first)
        #expect(request.path == "/openai/deployments/notes/chat/completions?api-version=2024-10-21")
        #expect(request.headers["api-key"] == "sk-test")
        #expect(request.headers["authorization"] == nil)
    }

    @Test func retriesTooManyRequestsAfterTheWaitTheServerAsks() async throws {
        let server = try FakeLLMServer { index, _ in
            index == 0 ? .error(429, code: "rate_limit_exceeded", headers: ["retry-after-ms": "30"]) : .completion(Self.goodNote)
        }
        defer { server.stop() }
        let summary = try await summarise(summariser(server))
        #expect(server.requests.count == 2)
        #expect(summary.provenance.generator == "kortom-llm")
    }

    @Test func retriesADroppedConnection() async throws {
        let server = try FakeLLMServer { index, _ in index == 0 ? .dropped : .completion(Self.goodNote) }
        defer { server.stop() }
        let summary = try await summarise(summariser(server))
        #expect(server.requests.count == 2)
        #expect(summary.provenance.generator == "kortom-llm")
    }

    @Test func retriesServerErrors() async throws {
        let server = try FakeLLMServer { index, _ in
            switch index {
            case 0: .error(500, code: "server_error")
            case 1: .error(503, code: "overloaded", headers: ["Retry-After": "0"])
            default: .completion(Self.goodNote)
            }
        }
        defer { server.stop() }
        let summary = try await summarise(summariser(server))
        #expect(server.requests.count == 3)
        #expect(summary.provenance.generator == "kortom-llm")
    }

    @Test(arguments: [
        ("quota", 429, "insufficient_quota"), ("filter", 400, "content_filter"), ("auth", 401, "invalid_api_key"),
    ])
    func fallsBackWithoutRetryingWhatWillNotChange(name: String, status: Int, code: String) async throws {
        let server = try FakeLLMServer { _, _ in .error(status, code: code) }
        defer { server.stop() }
        let summary = try await summarise(summariser(server))
        #expect(server.requests.count == 1)
        #expect(summary.provenance.generator == "kortom-extractive")
        #expect(summary.warnings.contains { $0.contains("llm_refused") })
    }

    @Test(arguments: ["filtered", "not json", "schema"])
    func fallsBackOnAnswersThatAreNoSummary(kind: String) async throws {
        let server = try FakeLLMServer { _, _ in
            switch kind {
            case "filtered": .completion(Self.goodNote, finishReason: "content_filter")
            case "not json": .completion("Hier is de samenvatting: de burger belde over een aanslag.")
            default: .completion(#"{"subject":"Aanslag","reason":"betalen","summary":"niet een lijst","follow_ups":[]}"#)
            }
        }
        defer { server.stop() }
        let summary = try await summarise(summariser(server))
        #expect(summary.provenance.generator == "kortom-extractive")
        #expect(summary.warnings.contains { $0.contains(kind == "filtered" ? "llm_refused" : "llm_invalid_output") })
    }

    @Test func stopsSendingToAnEndpointThatKeepsFailing() async throws {
        let server = try FakeLLMServer { _, _ in .error(503, code: "overloaded") }
        defer { server.stop() }
        let fast = RetryPolicy(maximumRetries: 1, initialBackoff: .milliseconds(5), maximumBackoff: .milliseconds(10))
        let client = ChatCompletionClient(endpoint: endpoint(server, retries: 1), key: "k", policy: fast, breakerThreshold: 2, breakerCoolDown: .seconds(60))
        let summariser = LLMSummariser(client: client)
        for _ in 0..<6 {
            let summary = try await summarise(summariser)
            #expect(summary.provenance.generator == "kortom-extractive")
        }
        // Two calls of two attempts each open the breaker; the other four fail without a request.
        #expect(server.requests.count == 4)
    }

    @Test func deadLettersWhenThePipelineSaysSo() async throws {
        let server = try FakeLLMServer { _, _ in .error(500, code: "server_error") }
        defer { server.stop() }
        await #expect(throws: KortomError.self) { _ = try await summarise(summariser(server, onFailure: .deadLetter, retries: 1)) }
        #expect(server.requests.count == 2)
    }

    @Test func givesUpOnASlowEndpointAtItsTimeout() async throws {
        let server = try FakeLLMServer { _, _ in .completion(Self.goodNote, delay: .seconds(3)) }
        defer { server.stop() }
        let summary = try await summarise(summariser(server, timeout: .seconds(1), retries: 0))
        #expect(summary.provenance.generator == "kortom-extractive")
        #expect(summary.warnings.contains { $0.contains("llm_unavailable") })
    }

    @Test func theGuardRedactsAValueTheModelRestates() async throws {
        let restating = #"{"subject":"Aanslag","reason":"Terugbellen op 06-12345678.","summary":["Bel terug op 06-12345678."],"follow_ups":[]}"#
        let server = try FakeLLMServer { _, _ in .completion(restating) }
        defer { server.stop() }
        let summary = try await summarise(summariser(server))
        let text = ([summary.subject, summary.reason] + summary.sentences.map(\.text)).joined(separator: " ")
        #expect(!text.contains("12345678"))
    }

    @Test func dropsWhatTheCallDoesNotSupport() async throws {
        let inventing = #"{"subject":"Aanslag","reason":"Een aanslag van € 312,50.","summary":["Er is ook een boete van € 999,00 en zaak Z-2026-7777.","De regeling gaat vandaag in."],"follow_ups":[{"owner":"customer","text":"Stuur [IBAN-7] door."}]}"#
        let server = try FakeLLMServer { _, _ in .completion(inventing) }
        defer { server.stop() }
        let summary = try await summarise(summariser(server))
        #expect(summary.sentences.map(\.text) == ["De regeling gaat vandaag in."])
        #expect(summary.followUps.isEmpty)
        #expect(summary.reason == "Een aanslag van € 312,50.")
        #expect(summary.warnings.contains { $0.contains("Removed 2 parts") })
    }

    @Test func summarisesALongCallInPartsAndCombinesThem() async throws {
        let server = try FakeLLMServer { _, _ in .completion(Self.goodNote) }
        defer { server.stop() }
        let summary = try await summarise(summariser(server, maximumInputBytes: 200))
        #expect(server.requests.count >= 3)
        #expect(server.requests.last?.body.contains("Partial notes of one long call") == true)
        #expect(summary.provenance.usage?.requestIDs.count == server.requests.count)
    }

    @Test func aCallWhoseRequestCannotBeAuditedIsNotSummarised() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let blocker = try folder.write("a file where the audit folder should be", to: "audit")
        let server = try FakeLLMServer { _, _ in .completion(Self.goodNote) }
        defer { server.stop() }
        await #expect(throws: KortomError.self) { _ = try await summarise(summariser(server, auditLog: LLMAuditLog(path: blocker + "/llm.jsonl"))) }
    }

    @Test func writesOneAuditLineForEveryRequestWithoutText() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path + "/audit/llm.jsonl"
        let server = try FakeLLMServer { index, _ in index == 0 ? .error(503, code: "overloaded") : .completion(Self.goodNote) }
        defer { server.stop() }
        _ = try await summarise(summariser(server, auditLog: LLMAuditLog(path: path)))
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(record["retries"] as? Int == 1)
        #expect(record["status"] as? Int == 200)
        #expect(record["outcome"] as? String == "ok")
        #expect(record["prompt_tokens"] as? Int == 120)
        #expect(record["endpoint"] as? String == "test")
        for value in Self.planted + ["aanslag", "Betalingsregeling"] { #expect(!lines[0].contains(value)) }
    }
}
