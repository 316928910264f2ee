import Foundation
import Logging

/// Runs calls from a source through a ``CallProcessor`` into sinks, concurrently and in order.
public struct PipelineRunner: Sendable {
    public var processor: CallProcessor
    public var sinks: [any CaseSink]
    /// How many calls are processed at once.
    public var concurrency: Int
    /// Called after each result leaves the pipeline, from the run's task.
    public var onProgress: (@Sendable (RunTally) -> Void)?

    public init(processor: CallProcessor, sinks: [any CaseSink], concurrency: Int, onProgress: (@Sendable (RunTally) -> Void)? = nil) {
        self.processor = processor
        self.sinks = sinks
        self.concurrency = max(1, concurrency)
        self.onProgress = onProgress
    }

    /// Runs every input of `source` to a result.
    ///
    /// - Returns: the tally; every input read is either summarised or dead-lettered.
    /// - Throws: ``KortomError`` `output_failed` when a sink fails, or `CancellationError`.
    ///   Either way the sinks are aborted and the previous run's files stay in place.
    public func run<Source: TranscriptSource>(_ source: Source, logger: Logger) async throws -> RunTally {
        let clock = ContinuousClock()
        let started = clock.now
        var tally = RunTally()
        let processor = self.processor
        let sinks = self.sinks
        let orderedSinks = sinks.filter(\.needsInputOrder)
        let unorderedSinks = sinks.filter { !$0.needsInputOrder }
        do {
            try await withThrowingTaskGroup(of: (Int, CallResult).self) { group in
                var window = OrderedWindow<CallResult>(maximumInFlight: concurrency, maximumPending: concurrency * 4)
                var inputs = source.inputs().makeAsyncIterator()
                var exhausted = false
                while true {
                    while !exhausted, window.canAdmit {
                        try Task.checkCancellation()
                        guard let input = try await inputs.next() else {
                            exhausted = true
                            break
                        }
                        let sequence = window.admit()
                        tally.read += 1
                        group.addTask {
                            let result = await processor.process(input, logger: logger)
                            for sink in unorderedSinks { try await sink.accept(result) }
                            return (sequence, result)
                        }
                    }
                    guard let (sequence, result) = try await group.next() else { break }
                    for ready in window.complete(sequence, with: result) {
                        for sink in orderedSinks { try await sink.accept(ready) }
                        tally.count(ready)
                        if let onProgress {
                            tally.elapsed = started.duration(to: clock.now).seconds
                            onProgress(tally)
                        }
                    }
                }
            }
            for sink in sinks { try await sink.finish() }
        } catch is CancellationError {
            for sink in sinks { await sink.abort() }
            logger.notice("run cancelled", metadata: ["read": "\(tally.read)"])
            throw CancellationError()
        } catch {
            for sink in sinks { await sink.abort() }
            logger.error("run stopped", metadata: ["error": "\(error)"])
            throw error
        }
        tally.elapsed = started.duration(to: clock.now).seconds
        logger.info("run finished", metadata: ["read": "\(tally.read)", "summarised": "\(tally.summarised)", "dead_lettered": "\(tally.deadLettered)"])
        return tally
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
