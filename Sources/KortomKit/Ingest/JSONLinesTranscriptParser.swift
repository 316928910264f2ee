import Foundation

/// Reads Kortom's JSON Lines transcripts: one JSON object per line, each a turn with the same
/// fields as a turn in Kortom JSON (`speaker`, `role`, `text`, `start`, `end`, `confidence`).
/// An optional first line without `text` holds the call's fields (`call_id`, `language`,
/// `started_at`, `channel`, `metadata`). This is the shape a live stream appends to.
public struct JSONLinesTranscriptParser: TranscriptParser {
    public let name = "kortom-jsonl"

    public init() {}

    public func recognise(_ document: TranscriptDocument) -> Double {
        guard document.firstSignificantByte == UInt8(ascii: "{") else { return 0 }
        // Two lines that each open an object: JSON Lines rather than one JSON document.
        let lines = Self.lines(of: String(decoding: document.head, as: UTF8.self)).prefix(2)
        guard lines.count == 2, lines.allSatisfy({ $0.text.hasPrefix("{") && $0.text.hasSuffix("}") }) else { return 0 }
        return 0.96
    }

    public func parse(_ document: TranscriptDocument) throws(KortomError) -> ParsedTranscript {
        let origin = document.origin
        var root: [String: Any] = [:]
        var turns: [Any] = []
        var lineNumbers: [Int] = []
        for line in Self.lines(of: document.text) {
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line.text.utf8), options: [])
            } catch {
                throw KortomError(.malformed, "\(origin): line \(line.number): invalid JSON")
            }
            guard let fields = object as? [String: Any] else {
                throw KortomError(.malformed, "\(origin): line \(line.number): expected a JSON object")
            }
            if fields["text"] == nil, turns.isEmpty, root.isEmpty {
                root = fields
            } else {
                turns.append(fields)
                lineNumbers.append(line.number)
            }
        }
        return try JSONTranscriptParser().parse(root, turns: turns, origin: origin) { "line \(lineNumbers[$0])" }
    }

    private static func lines(of text: String) -> [(number: Int, text: String)] {
        var result: [(Int, String)] = []
        var number = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { result.append((number, trimmed)) }
        }
        return result
    }
}
