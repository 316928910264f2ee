import ArgumentParser
import Foundation
import KortomKit

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print one transcript in Kortom's canonical JSON, unredacted.",
        discussion: """
            Shows how Kortom reads a file: the detected format and language, and every turn with \
            its role, how the role was decided, the speaker label and the times. The output holds \
            the transcript's personal data; it is meant for checking a format, not for sharing. \
            Exit code 2 when the file cannot be parsed (the reason goes to stderr).
            """
    )

    @Argument(help: "A transcript file, or `-` for standard input.")
    var file: String

    @Option(help: "A pipeline definition whose `roles` mapping and `language` apply.")
    var pipeline: String?

    func run() throws {
        var registry = ParserRegistry.standard
        if pipeline != nil {
            let definition = try PipelineOption.definition(pipeline)
            registry = ParserRegistry(parsers: ParserRegistry.standard.parsers, fallbackLanguage: definition.fallbackLanguage, roleMapping: definition.roleMapping)
        }
        let input = try InputFile.text(file)
        let callID = file == "-" ? "stdin" : CallIdentifier.forFile(relativePath: (file as NSString).lastPathComponent)
        do {
            let transcript = try registry.transcript(from: TranscriptDocument(text: input.text, origin: input.origin), callID: callID)
            FileHandle.standardOutput.write(Data(TranscriptRecord.json(transcript) + [0x0A]))
        } catch {
            BatchExecution.printError(error.message)
            throw KortomExit.someDeadLettered
        }
    }
}
