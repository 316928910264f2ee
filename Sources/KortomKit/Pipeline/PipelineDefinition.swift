/// A pipeline as a YAML file describes it (see Docs/pipeline.md), validated.
public struct PipelineDefinition: Sendable, Hashable {
    public var name: String
    public var description: String?
    /// The input folder, when the file names one; the command line can override it.
    public var inputPath: String?
    public var maximumFileBytes: Int
    /// The output folder, when the file names one; the command line can override it.
    public var outputPath: String?
    /// Calls processed at once; nil means the number of cores.
    public var concurrency: Int?
    /// The language assumed for calls that neither declare nor reveal theirs.
    public var fallbackLanguage: CallLanguage
    /// The pipeline's own rules for speaker roles.
    public var roleMapping = RoleMapping()
    public var stages: [Stage]
    public var sinks: [Sink]
    /// The contracted LLM endpoints the pipeline declares; only these may be called.
    public var endpoints: [LLMEndpoint] = []
    /// A hash of the definition's text, written into every summary's provenance.
    public var configHash: String

    public enum Stage: Sendable, Hashable {
        case redact(RedactionPolicy)
        case extract(ExtractSettings)
        case summarise(SummariserSettings)
        case guardrail

        public var kind: String {
            switch self {
            case .redact: "redact"
            case .extract: "extract"
            case .summarise: "summarise"
            case .guardrail: "guard"
            }
        }
    }

    public enum Sink: Sendable, Hashable {
        case markdown
        case jsonl(file: String)
        case deadLetter(file: String)
    }

    public static let defaultMaximumFileBytes = 8 << 20

    /// The embedded default that `kortom batch` runs; identical to `Pipelines/batch-extractive.yaml`.
    public static let embeddedDefaultYAML = """
        # The default Kortom pipeline: local, extractive, no network.
        # `kortom batch DIR --out OUT` runs exactly this file; `kortom run` runs any other.
        kortom: 1
        name: batch-extractive
        description: Redact, extract and summarise transcripts locally into Markdown notes and JSONL.

        input:
          # path: Fixtures/transcripts   # or give the folder on the command line
          max_file_bytes: 8388608        # larger inputs are dead-lettered, never read

        output:
          path: out

        concurrency: auto                # calls in flight; auto = number of cores
        language: nl                     # for calls that neither declare nor reveal a language

        stages:
          - redact:
              detectors: [bsn, phone, iban, email, postcode, address, name, dob, plate, card, network, identifier]
          - extract:
              intent_threshold: 0.2
          - summarise:
              summariser: extractive
          - guard: {}

        sinks:
          - markdown: {}
          - jsonl:
              file: summaries.jsonl
          - dead_letter:
              file: dead-letter.jsonl

        """

    /// The embedded default, parsed.
    public static func embeddedDefault() -> PipelineDefinition {
        // The embedded text is checked by the test suite; failing here is a build defect.
        try! PipelineLoader.load(yaml: embeddedDefaultYAML, origin: "embedded batch-extractive").get()
    }

    /// The redaction stage's policy; no detectors when the definition has no redaction stage.
    public var redactionPolicy: RedactionPolicy {
        for case .redact(let policy) in stages { return policy }
        return RedactionPolicy(detectors: [])
    }

    public var redactionDetectors: [String] { redactionPolicy.detectors }

    /// The summarise stage's settings; extractive when the definition has none.
    public var summariserSettings: SummariserSettings {
        for case .summarise(let settings) in stages { return settings }
        return SummariserSettings()
    }
}
