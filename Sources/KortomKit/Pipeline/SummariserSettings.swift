/// The summarise stage's settings in a pipeline file.
public struct SummariserSettings: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case extractive
        case llm
    }

    public var kind: Kind
    /// The name of a declared, contracted endpoint, for `llm`.
    public var endpoint: String?
    public var onFailure: LLMSummariser.FailureAction
    /// Where the LLM audit log is appended, for `llm`; relative paths start in the working directory.
    public var auditLog: String?
    /// The language notes are written in; nil means the call's own.
    public var outputLanguage: CallLanguage?
    /// The time one call may take, retries included.
    public var callDeadline: Duration
    /// Calls longer than this are summarised in parts.
    public var maximumInputBytes: Int

    public init(kind: Kind = .extractive, endpoint: String? = nil, onFailure: LLMSummariser.FailureAction = .extractive, auditLog: String? = nil, outputLanguage: CallLanguage? = nil, callDeadline: Duration = .seconds(120), maximumInputBytes: Int = 24_000) {
        self.kind = kind
        self.endpoint = endpoint
        self.onFailure = onFailure
        self.auditLog = auditLog
        self.outputLanguage = outputLanguage
        self.callDeadline = callDeadline
        self.maximumInputBytes = maximumInputBytes
    }
}
