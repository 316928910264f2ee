/// The case note Kortom writes for one call.
///
/// Every text in it comes from the redacted call (or from a summariser that only saw the
/// redacted call) and has been through the guard stage.
public struct CaseSummary: Sendable, Hashable {
    public static let subjectLimit = 200
    /// The Open Klant `inhoud` field holds 1000 characters.
    public static let summaryLimit = 1000

    public var callID: String
    public var externalID: String?
    public var source: TranscriptOrigin
    public var format: String
    public var language: CallLanguage
    /// At most ``subjectLimit`` characters.
    public var subject: String
    /// At most ``summaryLimit`` characters: the ``sentences`` joined by spaces.
    public var summary: String
    public var reason: String
    public var outcome: CallOutcomeKind
    public var followUps: [FollowUp]
    public var facts: [Fact]
    public var intents: [ScoredIntent]
    public var signals: [Signal]
    public var metrics: CallMetrics?
    public var piiCounts: [PIIType: Int]
    public var sentences: [SummarySentence]
    public var warnings: [String]
    public var provenance: Provenance
    public var turnCount: Int

    /// Every summary says so: the field exists to be exported, not to be switched off.
    public var machineGenerated: Bool { true }

    public init(
        callID: String, externalID: String?, source: TranscriptOrigin, format: String, language: CallLanguage,
        subject: String, summary: String, reason: String, outcome: CallOutcomeKind,
        followUps: [FollowUp], facts: [Fact], intents: [ScoredIntent], signals: [Signal],
        piiCounts: [PIIType: Int], sentences: [SummarySentence], warnings: [String],
        provenance: Provenance, turnCount: Int
    ) {
        self.callID = callID
        self.externalID = externalID
        self.source = source
        self.format = format
        self.language = language
        self.subject = subject
        self.summary = summary
        self.reason = reason
        self.outcome = outcome
        self.followUps = followUps
        self.facts = facts
        self.intents = intents
        self.signals = signals
        self.piiCounts = piiCounts
        self.sentences = sentences
        self.warnings = warnings
        self.provenance = provenance
        self.turnCount = turnCount
    }
}

/// One sentence of the summary and the turns it was taken from.
public struct SummarySentence: Sendable, Hashable {
    public var text: String
    public var turnIDs: [Int]

    public init(text: String, turnIDs: [Int]) {
        self.text = text
        self.turnIDs = turnIDs
    }
}

/// An agreed next step, as written in the note.
public struct FollowUp: Sendable, Hashable {
    public var owner: SpeakerRole
    public var text: String
    public var turnIDs: [Int]
    /// When it is due: a date fact in the same sentence, normalised (`2026-03-18`, `P3WD`).
    public var due: Fact?

    public init(owner: SpeakerRole, text: String, turnIDs: [Int], due: Fact? = nil) {
        self.owner = owner
        self.text = text
        self.turnIDs = turnIDs
        self.due = due
    }
}

/// Who or what produced a summary, so a reader can tell machine output from a person's note.
public struct Provenance: Sendable, Hashable {
    /// The generator, for example `kortom-extractive`.
    public var generator: String
    public var version: String
    /// The model, for LLM output.
    public var model: String?
    /// The endpoint name from the pipeline, for LLM output.
    public var endpoint: String?
    /// A hash of the pipeline definition that produced the summary.
    public var configHash: String
    /// For LLM output: request ids and token usage.
    public var usage: LLMUsage?

    public init(generator: String, version: String, model: String? = nil, endpoint: String? = nil, configHash: String, usage: LLMUsage? = nil) {
        self.generator = generator
        self.version = version
        self.model = model
        self.endpoint = endpoint
        self.configHash = configHash
        self.usage = usage
    }
}
