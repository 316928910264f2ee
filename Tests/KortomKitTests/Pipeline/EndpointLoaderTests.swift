import Foundation
import KortomTesting
import Testing
@testable import KortomKit

@Suite("Contracted endpoints in a pipeline file")
struct EndpointLoaderTests {
    func yaml(endpoint: String, summarise: String = "{summariser: llm, endpoint: ai, audit_log: audit.jsonl}", detectors: String = "") -> String {
        """
        kortom: 1
        endpoints:
          - name: ai
        \(endpoint)
        stages:
          - redact: {\(detectors)}
          - extract: {}
          - summarise: \(summarise)
          - guard: {}
        sinks: [markdown, dead_letter]
        """
    }

    static let good = """
            flavour: openai
            url: https://llm.example.nl/v1
            model: m
            api_key_env: KORTOM_KEY
            contracted: true
            contract: C-2026-1
        """

    @Test func theShippedExamplesAreValid() throws {
        for name in ["llm-contracted", "llm-local"] {
            let validation = PipelineLoader.validate(path: KortomExecutable.packageRoot + "/Pipelines/\(name).yaml")
            #expect(validation.errors.isEmpty, "\(name): \(validation.errors)")
            let definition = try #require(validation.definition)
            #expect(definition.summariserSettings.kind == .llm)
            #expect(definition.endpoints.count == 1)
        }
    }

    @Test func readsAnEndpoint() throws {
        let definition = try #require(PipelineLoader.validate(yaml: yaml(endpoint: Self.good)).definition)
        let endpoint = try #require(definition.endpoints.first)
        #expect(endpoint.completionsURL.absoluteString == "https://llm.example.nl/v1/chat/completions")
        #expect(endpoint.keyVariable == "KORTOM_KEY")
        #expect(definition.summariserSettings.endpoint == "ai")
    }

    @Test func refusesEndpointsWithoutAContract() {
        let errors = PipelineLoader.validate(yaml: yaml(endpoint: Self.good.replacingOccurrences(of: "contracted: true", with: "contracted: false"))).errors.map(\.description)
        #expect(errors.contains { $0.contains("only contracted GenAI services may be used") })
        let missing = PipelineLoader.validate(yaml: yaml(endpoint: Self.good.replacingOccurrences(of: "contract: C-2026-1", with: "contract: \"\""))).errors.map(\.description)
        #expect(missing.contains { $0.contains("contract: missing") })
    }

    @Test(arguments: ["http://llm.example.nl/v1", "ftp://llm.example.nl", "llm.example.nl"])
    func refusesPlainHTTPExceptToThisMachine(url: String) {
        let errors = PipelineLoader.validate(yaml: yaml(endpoint: Self.good.replacingOccurrences(of: "https://llm.example.nl/v1", with: url))).errors.map(\.description)
        #expect(errors.contains { $0.contains("must be an https:// address") })
    }

    @Test(arguments: ["http://127.0.0.1:11434/v1", "http://localhost:8000/v1"])
    func allowsPlainHTTPToThisMachine(url: String) {
        #expect(PipelineLoader.validate(yaml: yaml(endpoint: Self.good.replacingOccurrences(of: "https://llm.example.nl/v1", with: url))).errors.isEmpty)
    }

    @Test func refusesAKeyInTheFileWithoutRepeatingIt() {
        let errors = PipelineLoader.validate(yaml: yaml(endpoint: Self.good + "\n    api_key: sk-live-abcdef")).errors.map(\.description)
        #expect(errors.contains { $0.contains("a key never goes in a pipeline file") })
        #expect(!errors.contains { $0.contains("sk-live-abcdef") })
        let asVariable = PipelineLoader.validate(yaml: yaml(endpoint: Self.good.replacingOccurrences(of: "KORTOM_KEY", with: "sk-live-abcdef"))).errors.map(\.description)
        #expect(asVariable.contains { $0.contains("must be the name of an environment variable") })
    }

    @Test func theLLMStageNeedsADeclaredEndpointAnAuditLogAndRedaction() {
        let errors = PipelineLoader.validate(yaml: yaml(endpoint: Self.good, summarise: "{summariser: llm, endpoint: other}", detectors: "detectors: []")).errors.map(\.description)
        #expect(errors.contains { $0.contains("`other` is not a declared, contracted endpoint") })
        #expect(errors.contains { $0.contains("audit_log: missing") })
        #expect(errors.contains { $0.contains("refuses to run without a redaction stage") })
    }

    @Test func assemblingNeedsTheKeyVariable() throws {
        let definition = try #require(PipelineLoader.validate(yaml: yaml(endpoint: Self.good)).definition)
        #expect(throws: KortomError.self) { _ = try definition.makeProcessor(environment: [:]) }
        #expect(throws: Never.self) { _ = try definition.makeProcessor(environment: ["KORTOM_KEY": "k"]) }
    }
}
