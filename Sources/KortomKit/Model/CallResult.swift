/// What became of one input: a summary or a dead-letter record. Nothing else is possible.
public enum CallResult: Sendable, Hashable {
    case summarised(CaseSummary)
    case deadLettered(DeadLetter)
}

/// The record of an input that could not be summarised.
///
/// It names the input and says which stage failed and why, without quoting any of the
/// input's content.
public struct DeadLetter: Sendable, Hashable {
    /// The call id the input would have had, when one could be derived.
    public var callID: String?
    public var source: TranscriptOrigin
    public var stage: PipelineStage
    public var error: KortomError

    public init(callID: String?, source: TranscriptOrigin, stage: PipelineStage, error: KortomError) {
        self.callID = callID
        self.source = source
        self.stage = stage
        self.error = error
    }
}

/// The stages a call goes through, in order.
public enum PipelineStage: String, Sendable, Hashable, CaseIterable, Codable {
    case source
    case read
    case parse
    case redact
    case extract
    case summarise
    case guardrail = "guard"
    case sink
}
