import ArgumentParser

/// The exit codes `kortom` documents (see `kortom --help` and Docs/exit-codes.md).
enum KortomExit {
    static let success = ExitCode(0)
    static let runFailed = ExitCode(1)
    static let someDeadLettered = ExitCode(2)
    static let usage = ExitCode(64)
    static let inputUnreadable = ExitCode(66)
    static let invalidPipeline = ExitCode(78)
    static let interrupted = ExitCode(130)
}
