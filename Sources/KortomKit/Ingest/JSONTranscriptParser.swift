import Foundation

/// Reads Kortom's own JSON transcript format (see Docs/formats.md).
///
/// The format is the one `kortom parse` prints, so a parsed transcript can be edited and fed
/// back. Only `turns[].text` is required; everything else is optional.
public struct JSONTranscriptParser: TranscriptParser {
    public let name = "kortom-json"

    public init() {}

    public func recognise(_ document: TranscriptDocument) -> Double {
        guard document.firstSignificantByte == UInt8(ascii: "{") else { return 0 }
        let head = document.head
        // Any JSON object is ours to read or to reject with a clear message.
        return containsKey(head, "\"turns\"") ? 0.95 : 0.3
    }

    public func parse(_ document: TranscriptDocument) throws(KortomError) -> ParsedTranscript {
        let origin = document.origin
        let root = try JSONReading(origin: origin).document(document.text)
        guard let rawTurns = root["turns"] else {
            let keys = root.keys.sorted().prefix(6).joined(separator: ", ")
            throw KortomError(.unrecognisedFormat, "\(origin): JSON of an unknown shape: not Kortom JSON (no \"turns\"), Amazon Transcribe, Azure Speech or Whisper (top-level keys: \(keys))")
        }
        guard let turnObjects = rawTurns as? [Any] else {
            throw KortomError(.malformed, "\(origin): \"turns\" must be an array")
        }
        return try parse(root, turns: turnObjects, origin: origin) { "turns[\($0)]" }
    }

    /// Reads call fields from `root` and turns from `turnObjects`.
    ///
    /// - Parameter turnPath: how to name turn `i` in errors (`turns[3]`, `line 5`).
    func parse(_ root: [String: Any], turns turnObjects: [Any], origin: TranscriptOrigin, turnPath: (Int) -> String) throws(KortomError) -> ParsedTranscript {
        var result = ParsedTranscript(turns: [])
        result.externalID = try optionalString(root, "call_id", path: "call_id", origin: origin)
        if let tag = try optionalString(root, "language", path: "language", origin: origin) {
            let language = CallLanguage(tag: tag)
            result.language = language == .unknown ? nil : language
        }
        if let started = try optionalString(root, "started_at", path: "started_at", origin: origin) {
            guard let date = TimestampParsing.date(from: started) else {
                throw KortomError(.malformed, "\(origin): started_at is not an ISO 8601 date")
            }
            result.startedAt = date
        }
        result.channel = try optionalString(root, "channel", path: "channel", origin: origin)
        if let metadata = root["metadata"] {
            guard let pairs = metadata as? [String: Any] else {
                throw KortomError(.malformed, "\(origin): metadata must be an object of strings")
            }
            for (key, value) in pairs {
                if let text = value as? String { result.metadata[key] = text }
                else if let number = value as? NSNumber { result.metadata[key] = number.stringValue }
                else { throw KortomError(.malformed, "\(origin): metadata.\(key) must be a string or a number") }
            }
        }
        for (index, element) in turnObjects.enumerated() {
            let path = turnPath(index)
            guard let turn = element as? [String: Any] else {
                throw KortomError(.malformed, "\(origin): \(path) must be an object")
            }
            guard let text = turn["text"] as? String else {
                throw KortomError(.malformed, "\(origin): \(path).text is \(turn["text"] == nil ? "missing" : "not a string")")
            }
            let label = try optionalString(turn, "speaker", path: "\(path).speaker", origin: origin)
            var role: SpeakerRole?
            var roleSource = RoleSource.none
            if let roleName = try optionalString(turn, "role", path: "\(path).role", origin: origin) {
                guard let explicit = SpeakerRole(rawValue: roleName.lowercased()) else {
                    throw KortomError(.malformed, "\(origin): \(path).role must be agent, customer, system or unknown")
                }
                role = explicit
                roleSource = explicit == .unknown ? .none : .explicit
            } else if let label, let labelled = RoleVocabulary.role(forLabel: label) {
                role = labelled
                roleSource = .label
            }
            result.turns.append(Turn(
                index: index,
                speaker: Speaker(role: role ?? .unknown, label: label ?? role?.rawValue ?? "unknown", roleSource: roleSource),
                text: text,
                start: try optionalNumber(turn, "start", path: "\(path).start", origin: origin),
                end: try optionalNumber(turn, "end", path: "\(path).end", origin: origin),
                confidence: try optionalNumber(turn, "confidence", path: "\(path).confidence", origin: origin)
            ))
        }
        return result
    }

    private func containsKey(_ head: Substring.UTF8View, _ key: String) -> Bool {
        let needle = Array(key.utf8)
        let bytes = Array(head)
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    private func optionalString(_ object: [String: Any], _ key: String, path: String, origin: TranscriptOrigin) throws(KortomError) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let text = value as? String else {
            throw KortomError(.malformed, "\(origin): \(path) must be a string")
        }
        return text
    }

    private func optionalNumber(_ object: [String: Any], _ key: String, path: String, origin: TranscriptOrigin) throws(KortomError) -> Double? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let number = value as? NSNumber, !isBoolean(number) else {
            throw KortomError(.malformed, "\(origin): \(path) must be a number")
        }
        return number.doubleValue
    }

    private func isBoolean(_ number: NSNumber) -> Bool {
        // JSONSerialization represents true/false as NSNumber; their objCType is "c".
        String(cString: number.objCType) == "c"
    }
}
