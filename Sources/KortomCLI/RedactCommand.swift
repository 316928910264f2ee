import ArgumentParser
import Foundation
import KortomKit

struct RedactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Print a text with its personal data replaced by placeholders.",
        discussion: """
            Redacts the file's text as it is (any format), each line read as a turn, with the \
            redaction policy of the default pipeline or of --pipeline. The same value gets the \
            same placeholder throughout, for example [IBAN-1]. \
            With --json, prints {"text": ..., "findings": [{"type", "start", "end", "placeholder", \
            "action", "detector", "confidence"}]} where start and end are UTF-8 byte offsets into the input \
            text. Findings never contain the values themselves.
            """
    )

    @Argument(help: "A file, or `-` for standard input.")
    var file: String = "-"

    @Flag(help: "Print the redacted text and the findings as JSON.")
    var json = false

    @Option(help: "A pipeline definition whose redaction policy applies.")
    var pipeline: String?

    func run() throws {
        let definition = try PipelineOption.definition(pipeline)
        let input = try InputFile.text(file)
        let (text, findings) = Redactor(policy: definition.redactionPolicy).redactText(input.text)
        if json {
            FileHandle.standardOutput.write(Data(TranscriptRecord.redactionJSON(text: text, findings: findings) + [0x0A]))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
