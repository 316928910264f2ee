/// Writes the case note's texts for a redacted call.
///
/// Summarisers only ever receive a ``RedactedTranscript``. Whatever they write goes through
/// the guard stage before any sink sees it.
public protocol Summariser: Sendable {
    /// The generator name written into provenance, for example `kortom-extractive`.
    var generator: String { get }

    func summarise(_ call: RedactedTranscript, extraction: Extraction) async throws(KortomError) -> SummaryDraft
}

/// A summariser's output, before the guard stage checks it.
public struct SummaryDraft: Sendable, Hashable {
    public var subject: String
    public var reason: String
    public var sentences: [SummarySentence]
    public var followUps: [FollowUp]
    public var warnings: [String]
    public var generator: String
    public var version: String
    public var model: String?
    public var endpoint: String?
    /// For LLM output: what the endpoint said about the requests.
    public var usage: LLMUsage?

    public init(subject: String, reason: String, sentences: [SummarySentence], followUps: [FollowUp], warnings: [String] = [], generator: String, version: String, model: String? = nil, endpoint: String? = nil, usage: LLMUsage? = nil) {
        self.subject = subject
        self.reason = reason
        self.sentences = sentences
        self.followUps = followUps
        self.warnings = warnings
        self.generator = generator
        self.version = version
        self.model = model
        self.endpoint = endpoint
        self.usage = usage
    }
}

/// The requests an LLM summary took: their ids and token counts.
public struct LLMUsage: Sendable, Hashable {
    public var requestIDs: [String]
    public var promptTokens: Int
    public var completionTokens: Int

    public init(requestIDs: [String] = [], promptTokens: Int = 0, completionTokens: Int = 0) {
        self.requestIDs = requestIDs
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }
}
