import ArgumentParser
import Foundation
import KortomKit

struct ExtractEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Intent, fact, action and outcome scores of the extract stage on labelled calls.",
        discussion: """
            Reads labels, one call per line, from a JSONL file or from every .jsonl file in a \
            directory (for example Fixtures/extract): {"file": ..., "intent": ..., "also": [...], \
            "facts": ["amount 12.50 EUR", ...], "actions": [["agent", "phrase"], ...], "outcome": ...}; \
            lines for the same file are merged. Runs each file through the pipeline's parse, \
            redact and extract stages and prints top-1 intent accuracy (strict: the labelled \
            intent; lenient: or one of `also`), key-fact precision and recall per kind, agreed-action \
            precision and recall, and outcome accuracy. Files may hold {{TYPE:value}} markers, \
            which are removed first. Paths are relative to the working directory. See \
            Fixtures/extract/README.md and Docs/quality.md.
            """
    )

    @Argument(help: "A JSONL file of labels, or a directory of them.")
    var labels: String

    @Option(help: "A pipeline definition whose stages are measured.")
    var pipeline: String?

    @Flag(help: "List every missed, wrongly found or wrongly classified item.")
    var mistakes = false

    func run() throws {
        let definition = try PipelineOption.definition(pipeline)
        let processor = try definition.makeProcessor()
        var everyLabel: [ExtractionEvaluation.Label] = []
        for path in try Self.labelFiles(labels) {
            let text = try InputFile.text(path, maximumBytes: definition.maximumFileBytes).text
            let read = Result { () throws(KortomError) in try ExtractionEvaluation.labels(jsonLines: text, origin: path) }
            guard case .success(let fileLabels) = read else {
                if case .failure(let error) = read { BatchExecution.printError(error.message) }
                throw KortomExit.someDeadLettered
            }
            everyLabel += fileLabels
        }
        let calls = ExtractionEvaluation.merged(everyLabel)
        var evaluation = ExtractionEvaluation()
        for label in calls {
            let content = try InputFile.text(label.file, maximumBytes: definition.maximumFileBytes).text
            switch Self.extraction(content, file: label.file, processor: processor) {
            case .success(let extraction): evaluation.evaluate(extraction, against: label)
            case .failure(let error):
                BatchExecution.printError(error.message)
                throw KortomExit.someDeadLettered
            }
        }
        print(Self.report(evaluation, name: (labels as NSString).lastPathComponent, calls: calls.count))
        if mistakes { for mistake in evaluation.mistakes { print("\(mistake.file): \(mistake.description)") } }
    }

    static func report(_ evaluation: ExtractionEvaluation, name: String, calls: Int) -> String {
        func ratio(_ part: Int, _ whole: Int) -> String { String(format: "%.3f", whole == 0 ? 1 : Double(part) / Double(whole)) }
        func row(_ name: String, _ tally: ExtractionEvaluation.Tally) -> String {
            name.padding(toLength: 12, withPad: " ", startingAt: 0)
                + String(format: "%9.3f  %6.3f  %5d  %5d", tally.precision, tally.recall, tally.labelled, tally.found)
        }
        var lines = ["kortom eval extract: \(name), \(calls) calls"]
        lines.append("intent top-1 accuracy: \(ratio(evaluation.intentStrict, evaluation.intentCalls)) strict, \(ratio(evaluation.intentLenient, evaluation.intentCalls)) lenient (the label or an acceptable alternative), \(evaluation.intentCalls) calls")
        if evaluation.factCalls > 0 {
            lines.append("key facts over \(evaluation.factCalls) calls:")
            lines.append("            precision  recall  label  found")
            for kind in evaluation.facts.keys.sorted() { lines.append(row(kind, evaluation.facts[kind]!)) }
            lines.append(row("all facts", evaluation.allFacts))
        }
        if evaluation.actions.labelled > 0 || evaluation.actions.found > 0 { lines.append(row("actions", evaluation.actions)) }
        if evaluation.outcomeCalls > 0 {
            lines.append("outcome accuracy: \(ratio(evaluation.outcomesRight, evaluation.outcomeCalls)), \(evaluation.outcomeCalls) calls")
        }
        return lines.joined(separator: "\n")
    }

    /// The label file, or the .jsonl files of the directory in name order.
    private static func labelFiles(_ path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            BatchExecution.printError("\(path): no such file or directory")
            throw KortomExit.inputUnreadable
        }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let files = names.filter { $0.hasSuffix(".jsonl") }.sorted().map { (path as NSString).appendingPathComponent($0) }
        guard !files.isEmpty else {
            BatchExecution.printError("\(path): holds no .jsonl label files")
            throw KortomExit.inputUnreadable
        }
        return files
    }

    /// What the extract stage finds in a call's text.
    private static func extraction(_ content: String, file: String, processor: CallProcessor) -> Result<Extraction, KortomError> {
        Result { () throws(KortomError) -> Extraction in
            let origin = TranscriptOrigin(path: file)
            let text = content.contains("{{") ? try RedactionEvaluation.parse(content, origin: file).text : content
            let transcript = try processor.parsers.transcript(from: TranscriptDocument(text: text, origin: origin), callID: "eval")
            return processor.extractor.extract(from: processor.redactor.redact(transcript))
        }
    }
}
