/// One speaker's contribution to a call.
public struct Turn: Sendable, Hashable {
    /// The position of the turn in its transcript, starting at 0.
    public var index: Int
    /// Who spoke.
    public var speaker: Speaker
    /// What was said. Positions into it are UTF-8 byte offsets.
    public var text: String
    /// Seconds from the start of the call, when known.
    public var start: Double?
    /// Seconds from the start of the call, when known.
    public var end: Double?
    /// The recogniser's confidence in the text, 0...1, when known.
    public var confidence: Double?

    public init(index: Int, speaker: Speaker, text: String, start: Double? = nil, end: Double? = nil, confidence: Double? = nil) {
        self.index = index
        self.speaker = speaker
        self.text = text
        self.start = start
        self.end = end
        self.confidence = confidence
    }
}

/// A speaker: the role Kortom assigned and the label the source used.
public struct Speaker: Sendable, Hashable {
    public var role: SpeakerRole
    /// The label as written in the source, for example `Medewerker` or `SPEAKER_01`.
    public var label: String
    /// How the role was decided.
    public var roleSource: RoleSource

    public init(role: SpeakerRole, label: String, roleSource: RoleSource) {
        self.role = role
        self.label = label
        self.roleSource = roleSource
    }
}

/// The part a speaker plays in a call.
public enum SpeakerRole: String, Sendable, Hashable, CaseIterable, Codable {
    case agent
    case customer
    case system
    case unknown
}

/// How a speaker's role was decided, from most to least reliable.
public enum RoleSource: String, Sendable, Hashable, Codable {
    /// The file said so explicitly (a role field).
    case explicit
    /// The pipeline's role mapping (a channel or label it maps, or an agent's name).
    case mapping
    /// The speaker label is a known role word such as `Medewerker` or `Caller`.
    case label
    /// The other party of a two-speaker call whose first party has a known role.
    case inferred
    /// What the speaker says: the agent opens with the organisation's greeting ("gemeente
    /// Zwolle, u spreekt met ...", "how can I help you").
    case textCue = "text_cue"
    /// Nothing decided it.
    case none

    /// How far the role can be trusted, 0...1.
    public var confidence: Double {
        switch self {
        case .explicit, .mapping: 1
        case .label: 0.95
        case .textCue: 0.8
        case .inferred: 0.7
        case .none: 0
        }
    }
}
