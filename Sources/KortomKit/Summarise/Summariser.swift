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

    public init(subject: String, reason: String, sentences: [SummarySentence], followUps: [FollowUp], warnings: [String] = [], generator: String, version: String, model: String? = nil, endpoint: String? = nil) {
        self.subject = subject
        self.reason = reason
        self.sentences = sentences
        self.followUps = followUps
        self.warnings = warnings
        self.generator = generator
        self.version = version
        self.model = model
        self.endpoint = endpoint
    }
}
