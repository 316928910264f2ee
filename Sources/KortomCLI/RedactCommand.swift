import ArgumentParser
import Foundation
import KortomKit

struct RedactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Print a text with its personal data replaced by placeholders.",
        discussion: """
            Redacts the file's text as it is (any format), with the detectors of the default \
            pipeline. The same value gets the same placeholder throughout, for example [IBAN-1]. \
            With --json, prints {"text": ..., "findings": [{"type", "start", "end", "placeholder", \
            "detector", "confidence"}]} where start and end are UTF-8 byte offsets into the input \
            text. Findings never contain the values themselves.
            """
    )

    @Argument(help: "A file, or `-` for standard input.")
    var file: String = "-"

    @Flag(help: "Print the redacted text and the findings as JSON.")
    var json = false

    func run() throws {
        let input = try InputFile.text(file)
        let whole = Transcript(
            callID: "input", source: input.origin,
            turns: [Turn(index: 0, speaker: Speaker(role: .unknown, label: "text", roleSource: .none), text: input.text)],
            format: "text"
        )
        let redacted = Redactor(detectorNames: PipelineDefinition.embeddedDefault().redactionDetectors).redact(whole)
        let text = redacted.transcript.turns[0].text
        if json {
            FileHandle.standardOutput.write(Data(TranscriptRecord.redactionJSON(text: text, findings: redacted.findings) + [0x0A]))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
