import ArgumentParser
import Foundation
import KortomKit
import Logging
import Synchronization

/// Runs a batch for `kortom batch` and `kortom run`: progress, tally, signals and exit codes.
enum BatchExecution {
    static func execute(_ batch: BatchRun, logging: LoggingOptions) async throws {
        let logger = logging.makeLogger()
        let progress = logging.quiet || isatty(STDERR_FILENO) == 0 ? nil : ProgressLine()
        var onProgress: (@Sendable (RunTally) -> Void)?
        if let progress { onProgress = { progress.update($0) } }
        let report = onProgress
        let task = Task { try await batch.run(logger: logger, onProgress: report) }
        let signals = SignalCancellation { task.cancel() }
        defer { signals.stop() }
        let tally: RunTally
        do {
            tally = try await task.value
        } catch let error as KortomError {
            progress?.clear()
            printError(error.message)
            if error.code == .unreadable { throw KortomExit.inputUnreadable }
            if error.code == .missingSecret { throw KortomExit.invalidPipeline }
            throw KortomExit.runFailed
        } catch is CancellationError {
            progress?.clear()
            printError("interrupted; the previous run's files are left in place")
            throw KortomExit.interrupted
        }
        progress?.clear()
        if !logging.quiet {
            let rate = tally.elapsed > 0 ? Double(tally.read) / tally.elapsed : 0
            printError("kortom: read \(tally.read), summarised \(tally.summarised), dead-lettered \(tally.deadLettered), elapsed \(String(format: "%.2f", tally.elapsed)) s (\(Int(rate)) calls/s) -> \(batch.outputPath)")
        }
        if tally.deadLettered > 0 { throw KortomExit.someDeadLettered }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// A single self-overwriting progress line on a terminal, redrawn at most five times a second.
final class ProgressLine: Sendable {
    private let lastDraw = Mutex<ContinuousClock.Instant?>(nil)

    func update(_ tally: RunTally) {
        let now = ContinuousClock.now
        let due = lastDraw.withLock { last -> Bool in
            if let last, last.duration(to: now) < .milliseconds(200) { return false }
            last = now
            return true
        }
        guard due else { return }
        let rate = tally.elapsed > 0 ? Int(Double(tally.summarised + tally.deadLettered) / tally.elapsed) : 0
        FileHandle.standardError.write(Data("\r\u{1B}[K\(tally.summarised + tally.deadLettered) calls done (\(tally.deadLettered) dead-lettered), \(rate) calls/s".utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Turns SIGINT and SIGTERM into task cancellation, so a run can clean up its temporary files.
// Unchecked: the sources are only touched by `init` and `stop`, on the task that runs the batch.
final class SignalCancellation: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]

    init(_ cancel: @escaping @Sendable () -> Void) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: cancel)
            source.resume()
            return source
        }
    }

    func stop() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
