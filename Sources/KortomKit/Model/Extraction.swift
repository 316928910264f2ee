/// What the extract stage found in a redacted call.
public struct Extraction: Sendable, Hashable {
    public var intents: [ScoredIntent]
    public var facts: [Fact]
    public var actions: [AgreedAction]
    public var outcome: CallOutcomeKind
    public var signals: [Signal]
    /// Every cue phrase found, in turn and position order; summarisers use them to tell a
    /// request from a pleasantry without reading the call again.
    public var cues: [Cue]
    /// Timing figures, when the transcript has turn timings.
    public var metrics: CallMetrics?

    public init(intents: [ScoredIntent] = [], facts: [Fact] = [], actions: [AgreedAction] = [], outcome: CallOutcomeKind = .unknown, signals: [Signal] = [], cues: [Cue] = []) {
        self.intents = intents
        self.facts = facts
        self.actions = actions
        self.outcome = outcome
        self.signals = signals
        self.cues = cues
    }
}

/// A reason for contact with its score.
public struct ScoredIntent: Sendable, Hashable {
    /// A taxonomy id such as `address_change`.
    public var id: String
    /// 0...1, higher is more likely.
    public var score: Double

    public init(id: String, score: Double) {
        self.id = id
        self.score = score
    }
}

/// A key fact: an amount, a date, a time of day, a reference number, a product or service.
public struct Fact: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case amount
        case date
        case time
        case reference
        /// A product or service of the taxonomy (`parkeervergunning`).
        case product
    }

    public var kind: Kind
    /// The fact as written in the (redacted) call text.
    public var text: String
    /// A normalised form: `1234.56 EUR`, `2026-03-01`, `10:40`, `zaaknummer Z-2026-0042`,
    /// `parkeervergunning`.
    public var normalized: String
    public var turnIndex: Int
    /// UTF-8 byte range in the redacted turn text.
    public var range: Range<Int>

    public init(kind: Kind, text: String, normalized: String, turnIndex: Int, range: Range<Int>) {
        self.kind = kind
        self.text = text
        self.normalized = normalized
        self.turnIndex = turnIndex
        self.range = range
    }
}

/// Something someone in the call said they or the other would do.
public struct AgreedAction: Sendable, Hashable {
    /// Who does it.
    public var owner: SpeakerRole
    /// The sentence that carries the promise, from the redacted text.
    public var text: String
    public var turnIndex: Int
    /// UTF-8 byte range of the sentence in the redacted turn text.
    public var range: Range<Int>
    /// The date in the sentence that says when it is due (`vandaag`, `binnen drie werkdagen`,
    /// `voor 1 maart`), if any.
    public var due: Fact?

    public init(owner: SpeakerRole, text: String, turnIndex: Int, range: Range<Int>, due: Fact? = nil) {
        self.owner = owner
        self.text = text
        self.turnIndex = turnIndex
        self.range = range
        self.due = due
    }
}

/// How the call ended for the caller.
public enum CallOutcomeKind: String, Sendable, Hashable, Codable {
    case resolved
    case partlyResolved = "partly_resolved"
    case notResolved = "not_resolved"
    case unknown
}

/// A signal the next agent should know about.
public struct Signal: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case complaint
        case escalationRequest = "escalation_request"
        case repeatedContact = "repeated_contact"
        case negativeSentiment = "negative_sentiment"
    }

    public var kind: Kind
    public var turnIndex: Int

    public init(kind: Kind, turnIndex: Int) {
        self.kind = kind
        self.turnIndex = turnIndex
    }
}

/// The kinds of cue phrase the extract stage marks in a call.
public enum CueKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The speaker promises something ("ik stuur u", "I'll call you back").
    case speakerPromise = "speaker_promise"
    /// The organisation will do something ("u wordt teruggebeld", "you will receive").
    case organisationPromise = "organisation_promise"
    /// The customer has to do something ("u moet", "you need to").
    case customerTask = "customer_task"
    /// A possibility, not an agreement ("u kunt", "you can").
    case option
    case resolved
    case unresolved
    /// Something is left to be done ("wordt teruggebeld", "look into").
    case pending
    case complaint
    case escalation
    case repeatedContact = "repeated_contact"
    case negativeSentiment = "negative_sentiment"
    /// A greeting or thanks.
    case pleasantry
    /// The caller says what they call for ("ik wil", "I'm calling").
    case request
    /// A short yes to what the other side asked or proposed ("dat doe ik", "will do").
    case acceptance
}

/// A cue phrase found in a turn.
public struct Cue: Sendable, Hashable {
    public var kind: CueKind
    public var turnIndex: Int
    /// UTF-8 byte range of the phrase in the redacted turn text.
    public var range: Range<Int>

    public init(kind: CueKind, turnIndex: Int, range: Range<Int>) {
        self.kind = kind
        self.turnIndex = turnIndex
        self.range = range
    }
}
