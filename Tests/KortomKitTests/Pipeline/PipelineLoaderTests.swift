import Foundation
import KortomTesting
import Testing
@testable import KortomKit

@Suite("Pipeline definitions")
struct PipelineLoaderTests {
    @Test func embeddedDefaultIsTheShippedFile() throws {
        let shipped = try String(contentsOfFile: KortomExecutable.packageRoot + "/Pipelines/batch-extractive.yaml", encoding: .utf8)
        #expect(shipped == PipelineDefinition.embeddedDefaultYAML)
        let validation = PipelineLoader.validate(yaml: shipped)
        #expect(validation.diagnostics.isEmpty)
        let definition = try #require(validation.definition)
        #expect(definition.stages.map(\.kind) == ["redact", "extract", "summarise", "guard"])
        #expect(definition.sinks == [.markdown, .jsonl(file: "summaries.jsonl"), .deadLetter(file: "dead-letter.jsonl")])
        #expect(definition.concurrency == nil)
        #expect(definition.maximumFileBytes == 8_388_608)
    }

    func errors(_ yaml: String) -> [String] {
        PipelineLoader.validate(yaml: yaml).errors.map(\.description)
    }

    static let minimal = """
        kortom: 1
        stages: [redact, extract, summarise, guard]
        sinks: [markdown]
        """

    @Test func acceptsAMinimalDefinitionWithDefaults() throws {
        let validation = PipelineLoader.validate(yaml: Self.minimal)
        let definition = try #require(validation.definition)
        #expect(definition.redactionDetectors == Redactor.availableDetectors.keys.sorted())
        #expect(definition.sinks.contains(.deadLetter(file: "dead-letter.jsonl")))
        #expect(validation.diagnostics.map(\.severity) == [.warning])
    }

    @Test func suggestsTheKeyThatWasMeant() {
        let found = errors(Self.minimal + "\nconcurency: 4\n")
        #expect(found.count == 1)
        #expect(found[0].contains("line 4"))
        #expect(found[0].contains("concurency"))
        #expect(found[0].contains("did you mean `concurrency`?"))
    }

    @Test func refusesStagesOutOfOrder() {
        let found = errors("kortom: 1\nstages: [extract, redact, summarise, guard]\nsinks: [markdown]\n")
        #expect(found.contains { $0.contains("order redact, extract, summarise, guard") })
        #expect(errors("kortom: 1\nstages: [redact, extract, summarise]\nsinks: [markdown]\n").contains { $0.contains("`guard` stage is missing") })
    }

    @Test func reportsEveryProblemAtOnce() {
        let found = errors("""
            kortom: 2
            concurrency: many
            language: fr
            input:
              max_file_bytes: 10
            stages:
              - redact:
                  detectors: [bsn, ibna]
              - extract:
                  intent_threshold: 3
              - summarise:
                  summariser: gpt
              - guard: {}
            sinks:
              - jsonl: {file: ../escape.jsonl}
              - csv: {}
            """)
        let expected = ["kortom", "concurrency", "language", "input.max_file_bytes", "detectors[1]", "intent_threshold", "summariser", "sinks[0].jsonl.file", "sinks[1].csv"]
        for path in expected { #expect(found.contains { $0.contains(path) }, "no error for \(path)") }
        #expect(found.contains { $0.contains("did you mean `iban`?") })
    }

    @Test func explainsBrokenYAMLAndEmptyFiles() {
        #expect(errors("kortom: [1\n").first?.contains("not valid YAML") == true)
        #expect(errors("").first?.contains("empty") == true)
        #expect(errors("- a\n- b\n").first?.contains("mapping") == true)
    }

    @Test func hashesTheDefinition() throws {
        let first = try #require(PipelineLoader.validate(yaml: Self.minimal).definition)
        let second = try #require(PipelineLoader.validate(yaml: Self.minimal + "\nname: other\n").definition)
        #expect(first.configHash.count == 16)
        #expect(first.configHash != second.configHash)
    }
}
