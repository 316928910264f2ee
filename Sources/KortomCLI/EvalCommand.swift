import ArgumentParser
import Foundation
import KortomKit

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure Kortom's stages against labelled data.",
        subcommands: [RedactEvalCommand.self, SummariesEvalCommand.self, ExtractEvalCommand.self]
    )
}

struct RedactEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Precision and recall of the redaction stage per type on labelled text.",
        discussion: """
            Reads every .txt file in the folder. Personal values are marked {{TYPE:value}}, for \
            example {{IBAN:NL91 ABNA 0417 1643 00}}; unmarked text must be left alone, and hard \
            negatives may be marked {{NOT:...}} to be counted. Each line is a turn, so answers to \
            a question on the line before count as in a call. A finding counts when it overlaps \
            a labelled value of the same type. Uses the redaction policy of the embedded default \
            pipeline, or of --pipeline. Exit code 2 when a file cannot be read or holds a broken \
            marker.
            """
    )

    @Argument(help: "A folder of labelled .txt files, for example Fixtures/pii.")
    var folder: String

    @Option(help: "A pipeline definition whose redact stage is measured.")
    var pipeline: String?

    @Flag(help: "Also list every missed value and false positive with its file and line (the labelled values are printed: use on test data only).")
    var mistakes = false

    func run() throws {
        let definition = try PipelineOption.definition(pipeline)
        let redactor = Redactor(policy: definition.redactionPolicy)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
        var evaluation = RedactionEvaluation()
        var failed = false
        var labelled = 0
        for name in names {
            do {
                let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                let parsed = try RedactionEvaluation.parse(text, origin: name)
                labelled += parsed.labels.count
                evaluation.evaluate(parsed, with: redactor, origin: name)
            } catch let error as KortomError {
                BatchExecution.printError(error.message)
                failed = true
            } catch {
                BatchExecution.printError("\(name): cannot be read as UTF-8 text")
                failed = true
            }
        }
        print("kortom eval redact: \(names.count) files, \(labelled) labelled values")
        print("type        labelled  found  missed  false+  precision  recall")
        func row(_ name: String, _ score: RedactionEvaluation.Score) -> String {
            func pad(_ text: String, _ width: Int) -> String { text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count) }
            return pad(name, 12) + pad("\(score.truePositives + score.falseNegatives)", 10) + pad("\(score.truePositives)", 7)
                + pad("\(score.falseNegatives)", 8) + pad("\(score.falsePositives)", 8)
                + pad(String(format: "%.3f", score.precision), 11) + String(format: "%.3f", score.recall)
        }
        for (type, score) in evaluation.scores.sorted(by: { $0.key < $1.key }) { print(row(type.rawValue, score)) }
        print(row("overall", evaluation.overall))
        print("hard negatives: \(evaluation.hardNegatives) marked, \(evaluation.hardNegativesRedacted) wrongly redacted")
        print("found in part (a word of the value left in the text): \(evaluation.partlyFound)")
        if mistakes {
            for mistake in evaluation.mistakes {
                print("\(mistake.origin):\(mistake.line): \(mistake.kind.rawValue) \(mistake.type.rawValue): \(mistake.span)")
            }
        }
        if failed { throw KortomExit.someDeadLettered }
    }
}
