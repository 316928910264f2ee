import ArgumentParser
import Foundation
import KortomKit

struct ExtractEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Intent accuracy of the extract stage on labelled calls.",
        discussion: """
            Reads a JSONL file of labels, one call per line: {"file": ..., "intent": ..., "also": [...]} \
            (for example Fixtures/extract/intents.jsonl), runs each file through the pipeline's \
            parse, redact and extract stages, and prints top-1 intent accuracy: strict (the \
            labelled intent) and lenient (the labelled intent or one of `also`). Files may hold \
            {{TYPE:value}} markers, which are removed first. Paths are relative to the working \
            directory. See Docs/quality.md.
            """
    )

    @Argument(help: "A JSONL file of intent labels.")
    var labels: String

    @Option(help: "A pipeline definition whose stages are measured.")
    var pipeline: String?

    @Flag(help: "List every call whose top intent is not the labelled one.")
    var mistakes = false

    func run() throws {
        let definition = try PipelineOption.definition(pipeline)
        let processor = try definition.makeProcessor()
        let text: String
        do {
            text = try String(contentsOfFile: labels, encoding: .utf8)
        } catch {
            BatchExecution.printError("\(labels): cannot be read as UTF-8 text")
            throw KortomExit.inputUnreadable
        }
        var total = 0, strict = 0, lenient = 0
        var wrong: [String] = []
        for (number, line) in text.split(separator: "\n").enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let file = object["file"] as? String, let intent = object["intent"] as? String
            else {
                BatchExecution.printError("\(labels): line \(number + 1) needs `file` and `intent`")
                throw KortomExit.someDeadLettered
            }
            let also = object["also"] as? [String] ?? []
            let predicted: String
            let content = try InputFile.text(file, maximumBytes: definition.maximumFileBytes).text
            switch Self.topIntent(content, file: file, processor: processor) {
            case .success(let id): predicted = id
            case .failure(let error):
                BatchExecution.printError(error.message)
                throw KortomExit.someDeadLettered
            }
            total += 1
            if predicted == intent { strict += 1 }
            if predicted == intent || also.contains(predicted) { lenient += 1 } else { wrong.append("\(file): labelled \(intent)\(also.isEmpty ? "" : " (or \(also.joined(separator: ", ")))"), got \(predicted)") }
        }
        let count = Double(max(1, total))
        print("kortom eval extract: \((labels as NSString).lastPathComponent), \(total) calls")
        print(String(format: "intent top-1 accuracy: %.3f strict, %.3f lenient (the label or an acceptable alternative)", Double(strict) / count, Double(lenient) / count))
        if mistakes { for line in wrong { print(line) } }
    }

    /// The best intent the extract stage finds in a call's text.
    private static func topIntent(_ content: String, file: String, processor: CallProcessor) -> Result<String, KortomError> {
        Result { () throws(KortomError) -> String in
            let origin = TranscriptOrigin(path: file)
            let text = content.contains("{{") ? try RedactionEvaluation.parse(content, origin: file).text : content
            let transcript = try processor.parsers.transcript(from: TranscriptDocument(text: text, origin: origin), callID: "eval")
            return processor.extractor.extract(from: processor.redactor.redact(transcript)).intents.first?.id ?? "unknown"
        }
    }
}
