import KortomKit

/// Wraps a summariser and makes each call take a different time, so tests can check that
/// results still leave the pipeline in input order.
public struct DelayedSummariser: Summariser {
    public let base: any Summariser
    public let maximumDelay: Duration

    public init(base: any Summariser = ExtractiveSummariser(), maximumDelay: Duration = .milliseconds(20)) {
        self.base = base
        self.maximumDelay = maximumDelay
    }

    public var generator: String { base.generator }

    public func summarise(_ call: RedactedTranscript, extraction: Extraction) async throws(KortomError) -> SummaryDraft {
        // A delay derived from the call id: varied, yet the same on every run.
        let spread = call.transcript.callID.utf8.reduce(7) { ($0 &* 31 &+ Int($1)) & 0xFFFF } % 10
        try? await Task.sleep(for: maximumDelay * Double(spread) / 10)
        return try await base.summarise(call, extraction: extraction)
    }
}

/// A summariser that fails for every call whose id contains `failingMarker`.
public struct FailingSummariser: Summariser {
    public let failingMarker: String
    public let base: any Summariser

    public init(failingMarker: String, base: any Summariser = ExtractiveSummariser()) {
        self.failingMarker = failingMarker
        self.base = base
    }

    public var generator: String { base.generator }

    public func summarise(_ call: RedactedTranscript, extraction: Extraction) async throws(KortomError) -> SummaryDraft {
        if call.transcript.callID.contains(failingMarker) {
            throw KortomError(.stageFailed, "\(call.transcript.source): summariser refused the call")
        }
        return try await base.summarise(call, extraction: extraction)
    }
}
