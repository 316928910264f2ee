import Foundation

/// A parser for one transcript format.
///
/// Parsers are chosen by content: each says how sure it is that a document is in its format,
/// and the ``ParserRegistry`` gives the document to the surest one. The file extension is
/// only a hint.
public protocol TranscriptParser: Sendable {
    /// A short stable name written into summaries, for example `plain-text`.
    var name: String { get }

    /// How sure this parser is that `document` is in its format: 0 for "not mine", 1 for certain.
    func recognise(_ document: TranscriptDocument) -> Double

    /// Reads the document.
    ///
    /// - Throws: ``KortomError`` with code `malformed` naming the document and what is wrong.
    func parse(_ document: TranscriptDocument) throws(KortomError) -> ParsedTranscript
}

/// A decoded input waiting to be parsed.
public struct TranscriptDocument: Sendable {
    public var text: String
    public var origin: TranscriptOrigin
    /// The lower-cased file extension without the dot, empty when there is none.
    public var fileExtension: String

    public init(text: String, origin: TranscriptOrigin) {
        self.text = text
        self.origin = origin
        let name = origin.path.split(separator: "/").last.map(String.init) ?? ""
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            self.fileExtension = name[name.index(after: dot)...].lowercased()
        } else {
            self.fileExtension = ""
        }
    }

    /// The first bytes of the text, enough to recognise a format.
    public var head: Substring.UTF8View {
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: 2048, limitedBy: utf8.endIndex) ?? utf8.endIndex
        return Substring(text).utf8[utf8.startIndex..<end]
    }

    /// The first byte that is not white space, if any.
    public var firstSignificantByte: UInt8? {
        head.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }
}

/// What a parser read: the turns and whatever the file said about the call.
public struct ParsedTranscript: Sendable {
    public var turns: [Turn]
    public var externalID: String?
    public var language: CallLanguage?
    public var startedAt: Date?
    public var channel: String?
    public var metadata: [String: String]

    public init(turns: [Turn], externalID: String? = nil, language: CallLanguage? = nil, startedAt: Date? = nil, channel: String? = nil, metadata: [String: String] = [:]) {
        self.turns = turns
        self.externalID = externalID
        self.language = language
        self.startedAt = startedAt
        self.channel = channel
        self.metadata = metadata
    }
}
