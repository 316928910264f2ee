import Foundation
import KortomTesting
import Testing
@testable import KortomKit

@Suite("A pipeline's own taxonomy")
struct TaxonomyInPipelineTests {
    static let pipeline = """
        kortom: 1
        stages:
          - redact: {}
          - extract: {taxonomy: taxonomies/water.yaml}
          - summarise: {}
          - guard: {}
        sinks: [markdown, dead_letter]
        """

    @Test func readsTheTaxonomyBesideThePipelineFile() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/taxonomies", withIntermediateDirectories: true)
        _ = try folder.write("kortom_taxonomy: 1\nname: waterschap\nintents:\n  - id: water_level\n    label: {nl: Waterpeil, en: Water level}\n    keywords: [waterpeil, wateroverlast]\n", to: "taxonomies/water.yaml")
        let path = try folder.write(Self.pipeline, to: "p.yaml")
        let definition = try #require(PipelineLoader.validate(path: path).definition)
        let processor = try definition.makeProcessor()
        let call = Redactor.standard.redact(TranscriptBuilder.transcript([(.customer, "Ik bel over wateroverlast in de kelder.")]))
        #expect(processor.extractor.extract(from: call).intents.first?.id == "water_level")
        // The taxonomy is part of the configuration: another taxonomy, another config hash.
        _ = try folder.write("kortom_taxonomy: 1\nintents:\n  - id: water_level\n    keywords: [waterpeil]\n", to: "taxonomies/water.yaml")
        #expect(PipelineLoader.validate(path: path).definition?.configHash != definition.configHash)
    }

    @Test func reportsAMissingOrBrokenTaxonomyAsAPipelineError() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write(Self.pipeline, to: "p.yaml")
        #expect(PipelineLoader.validate(path: path).errors.contains { $0.description.contains("taxonomies/water.yaml cannot be read") })
        try FileManager.default.createDirectory(atPath: folder.path + "/taxonomies", withIntermediateDirectories: true)
        _ = try folder.write("kortom_taxonomy: 1\nintents:\n  - id: Water\n    keywords: [waterpeil]\n", to: "taxonomies/water.yaml")
        #expect(PipelineLoader.validate(path: path).errors.contains { $0.description.contains("taxonomies/water.yaml, line 3") && $0.description.contains("snake_case") })
    }
}
