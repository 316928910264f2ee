import Foundation

/// One call as Kortom understands it, whatever format it arrived in.
///
/// A transcript is the canonical shape every parser produces and every later stage reads.
/// Turn texts are UTF-8 strings; every position Kortom reports into them is a UTF-8 byte offset.
public struct Transcript: Sendable, Hashable {
    /// The identifier Kortom uses for this call: unique within a run and safe as a file name.
    public var callID: String
    /// The identifier the source file declared for itself, if any (for example a platform's call id).
    public var externalID: String?
    /// Where the transcript came from.
    public var source: TranscriptOrigin
    /// The language of the call, detected or declared.
    public var language: CallLanguage
    /// When the call started, if known.
    public var startedAt: Date?
    /// The channel the call came through (phone, chat, ...), if known.
    public var channel: String?
    /// The turns, in order; `turns[i].index == i`.
    public var turns: [Turn]
    /// Free-form key/value pairs the source carried.
    public var metadata: [String: String]
    /// The name of the parser that produced this transcript.
    public var format: String

    public init(
        callID: String,
        externalID: String? = nil,
        source: TranscriptOrigin,
        language: CallLanguage = .unknown,
        startedAt: Date? = nil,
        channel: String? = nil,
        turns: [Turn],
        metadata: [String: String] = [:],
        format: String
    ) {
        self.callID = callID
        self.externalID = externalID
        self.source = source
        self.language = language
        self.startedAt = startedAt
        self.channel = channel
        self.turns = turns
        self.metadata = metadata
        self.format = format
    }
}

/// Where a transcript was read from.
public struct TranscriptOrigin: Sendable, Hashable, CustomStringConvertible {
    /// A path relative to the input root, or `-` for standard input.
    public var path: String
    /// The byte offset inside the source where this transcript starts (non-zero for streams).
    public var offset: Int

    public init(path: String, offset: Int = 0) {
        self.path = path
        self.offset = offset
    }

    public var description: String { offset == 0 ? path : "\(path)@\(offset)" }
}

/// The languages Kortom writes notes in.
public enum CallLanguage: String, Sendable, Hashable, CaseIterable, Codable {
    case dutch = "nl"
    case english = "en"
    case unknown = "und"

    /// Parses a language tag such as `nl`, `nl-NL`, `en_GB`, `Dutch` or `Nederlands`.
    public init(tag: String) {
        let lowered = tag.lowercased()
        if lowered.hasPrefix("nl") || lowered == "dutch" || lowered == "nederlands" {
            self = .dutch
        } else if lowered.hasPrefix("en") {
            self = .english
        } else {
            self = .unknown
        }
    }
}
