import Foundation
import Logging

extension PipelineDefinition {
    /// The per-call stages this definition describes.
    public func makeProcessor() -> CallProcessor {
        let redactor = Redactor(policy: redactionPolicy)
        var threshold = 0.2
        for case .extract(let value) in stages { threshold = value }
        return CallProcessor(
            parsers: ParserRegistry(parsers: ParserRegistry.standard.parsers, fallbackLanguage: fallbackLanguage, roleMapping: roleMapping),
            redactor: redactor,
            extractor: CallExtractor(intentClassifier: IntentClassifier(threshold: threshold)),
            summariser: ExtractiveSummariser(),
            outputGuard: OutputGuard(redactor: redactor, configHash: configHash),
            maximumInputBytes: maximumFileBytes
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
        let runner = PipelineRunner(processor: definition.makeProcessor(), sinks: try definition.makeSinks(output: output), concurrency: concurrency, onProgress: onProgress)
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
