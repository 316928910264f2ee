import ArgumentParser
import KortomKit

/// Reads one input for `parse`, `redact` and the evaluation commands: a file, or standard
/// input for `-`.
enum InputFile {
    static func text(_ path: String, maximumBytes: Int = PipelineDefinition.defaultMaximumFileBytes) throws -> (text: String, origin: TranscriptOrigin) {
        let origin = TranscriptOrigin(path: path)
        do {
            let bytes = path == "-"
                ? try InputReader.readAll(fileDescriptor: 0, origin: origin, maximumBytes: maximumBytes)
                : try InputReader.readFile(atPath: path, origin: origin, maximumBytes: maximumBytes)
            return (try TextDecoding.decode(bytes, origin: origin), origin)
        } catch {
            BatchExecution.printError(error.message)
            throw [.unreadable, .inputVanished, .notARegularFile].contains(error.code) ? KortomExit.inputUnreadable : KortomExit.someDeadLettered
        }
    }
}
