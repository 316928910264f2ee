import Foundation
import Logging

extension PipelineDefinition {
    /// The per-call stages this definition describes.
    ///
    /// - Parameter environment: where the keys of LLM endpoints are read, by the variable
    ///   names the definition gives.
    /// - Throws: ``KortomError`` `missing_secret` when an endpoint's key variable is not set.
    public func makeProcessor(environment: [String: String] = ProcessInfo.processInfo.environment) throws(KortomError) -> CallProcessor {
        let redactor = Redactor(policy: redactionPolicy)
        var extract = ExtractSettings()
        for case .extract(let settings) in stages { extract = settings }
        return CallProcessor(
            parsers: ParserRegistry(parsers: ParserRegistry.standard.parsers, fallbackLanguage: fallbackLanguage, roleMapping: roleMapping),
            redactor: redactor,
            extractor: CallExtractor(intentClassifier: IntentClassifier(taxonomy: extract.taxonomy, threshold: extract.intentThreshold)),
            summariser: try makeSummariser(environment: environment, taxonomy: extract.taxonomy),
            outputGuard: OutputGuard(redactor: redactor, configHash: configHash),
            maximumInputBytes: maximumFileBytes
        )
    }

    private func makeSummariser(environment: [String: String], taxonomy: IntentTaxonomy) throws(KortomError) -> any Summariser {
        let settings = summariserSettings
        guard settings.kind == .llm else { return ExtractiveSummariser(taxonomy: taxonomy) }
        // Validation guarantees a declared, contracted endpoint and a redaction stage.
        guard let name = settings.endpoint, let endpoint = endpoints.first(where: { $0.name == name }) else {
            throw KortomError(.invalidPipeline, "the summarise stage names no declared endpoint")
        }
        var key: String?
        if let variable = endpoint.keyVariable {
            guard let value = environment[variable], !value.isEmpty else {
                throw KortomError(.missingSecret, "the environment variable \(variable), which holds the key of endpoint `\(endpoint.name)`, is not set")
            }
            key = value
        }
        return LLMSummariser(
            client: ChatCompletionClient(endpoint: endpoint, key: key), onFailure: settings.onFailure,
            auditLog: settings.auditLog.map { LLMAuditLog(path: $0) }, outputLanguage: settings.outputLanguage,
            callDeadline: settings.callDeadline, maximumInputBytes: settings.maximumInputBytes, fallback: ExtractiveSummariser(taxonomy: taxonomy)
        )
    }

    /// The sinks this definition lists, writing into `output`.
    public func makeSinks(output: OutputDirectory) throws(KortomError) -> [any CaseSink] {
        var made: [any CaseSink] = []
        for sink in sinks {
            switch sink {
            case .markdown: made.append(MarkdownNoteSink(directory: output))
            case .jsonl(let file): made.append(try JSONLinesSink.summaries(in: output, fileName: file))
            case .deadLetter(let file): made.append(try JSONLinesSink.deadLetters(in: output, fileName: file))
            }
        }
        return made
    }
}

/// Where a batch run reads from.
public enum BatchInput: Sendable, Hashable {
    case directory(String)
    case standardInput
}

/// A whole batch run: a definition, an input and an output folder.
public struct BatchRun: Sendable {
    public var definition: PipelineDefinition
    public var input: BatchInput
    public var outputPath: String
    public var concurrency: Int

    public init(definition: PipelineDefinition, input: BatchInput, outputPath: String, concurrency: Int? = nil) {
        self.definition = definition
        self.input = input
        self.outputPath = outputPath
        self.concurrency = concurrency ?? definition.concurrency ?? ProcessInfo.processInfo.activeProcessorCount
    }

    /// Runs the batch and writes `tally.json` next to the other outputs.
    ///
    /// - Throws: ``KortomError`` (`unreadable` input folder, `output_failed`), or `CancellationError`.
    public func run(logger: Logger, onProgress: (@Sendable (RunTally) -> Void)? = nil) async throws -> RunTally {
        if case .directory(let root) = input { try DirectoryWalker.validateRoot(root) }
        let output = try OutputDirectory(path: outputPath)
        let runner = PipelineRunner(processor: try definition.makeProcessor(), sinks: try definition.makeSinks(output: output), concurrency: concurrency, onProgress: onProgress)
        logger.info("run starting", metadata: ["pipeline": "\(definition.name)", "concurrency": "\(concurrency)", "config_hash": "\(definition.configHash)"])
        let tally: RunTally
        switch input {
        case .directory(let root):
            tally = try await runner.run(DirectorySource(root: root, excluding: output.path), logger: logger)
        case .standardInput:
            tally = try await runner.run(StandardInputSource(maximumBytes: definition.maximumFileBytes), logger: logger)
        }
        try output.write(tally.json, to: "tally.json")
        return tally
    }
}
