import Foundation

/// Reads WebVTT transcripts, including Microsoft Teams' (`<v Name>` voice tags, cue ids
/// `GUID/N-M` whose parts share `N`).
///
/// Voice tags with or without `</v>`, multi-line cues, HTML entities, unpadded timestamps and
/// NOTE, STYLE and REGION blocks are handled. A cue without a voice tag may name its speaker in
/// front of the text (`Klant: ...`). Consecutive cues of one speaker that belong to one
/// utterance, or follow within two seconds, become one turn.
public struct WebVTTTranscriptParser: TranscriptParser {
    public let name = "webvtt"

    public init() {}

    public func recognise(_ document: TranscriptDocument) -> Double {
        let head = document.head.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if head.starts(with: "WEBVTT".utf8) { return 1 }
        // A .vtt file without its header is still ours: reject it with a clear reason.
        return document.fileExtension == "vtt" ? 0.9 : 0
    }

    public func parse(_ document: TranscriptDocument) throws(KortomError) -> ParsedTranscript {
        let origin = document.origin
        let blocks = SubtitleBlocks.split(document.text)
        guard let header = blocks.first?.lines.first, header.hasPrefix("WEBVTT"),
              header.count == 6 || header.dropFirst(6).first == " " || header.dropFirst(6).first == "\t"
        else {
            throw KortomError(.malformed, "\(origin): a WebVTT file must start with a `WEBVTT` line")
        }
        var cues: [SubtitleCue] = []
        for block in blocks.dropFirst() {
            guard let first = block.lines.first else { continue }
            if first.hasPrefix("NOTE") || first.hasPrefix("STYLE") || first.hasPrefix("REGION") { continue }
            guard let timingIndex = block.lines.firstIndex(where: { $0.contains("-->") }) else {
                throw KortomError(.malformed, "\(origin): line \(block.firstLine): a cue without a `start --> end` timing line")
            }
            let timing = block.lines[timingIndex]
            guard let (start, end) = SubtitleBlocks.timing(timing) else {
                throw KortomError(.malformed, "\(origin): line \(block.firstLine + timingIndex): cannot read the cue timing")
            }
            let id = timingIndex > 0 ? block.lines[timingIndex - 1] : nil
            let payload = block.lines[(timingIndex + 1)...].joined(separator: " ")
            var (speaker, text) = Self.voice(in: payload)
            if speaker == nil, let prefixed = SpeakerPrefix.split(text) { (speaker, text) = (prefixed.label, prefixed.text) }
            cues.append(SubtitleCue(start: start, end: end, speaker: speaker, text: text, group: id.flatMap(Self.utteranceGroup)))
        }
        return ParsedTranscript(turns: SubtitleCue.turns(from: cues))
    }

    /// The speaker of the first voice tag, and the text with all tags removed.
    static func voice(in payload: String) -> (speaker: String?, text: String) {
        var speaker: String?
        var text = ""
        var rest = Substring(payload)
        while let open = rest.firstIndex(of: "<") {
            text += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else {
                text += rest[open...]
                rest = ""
                break
            }
            let tag = rest[rest.index(after: open)..<close]
            if speaker == nil, tag.hasPrefix("v ") || tag.hasPrefix("v.") || tag.hasPrefix("v\t"), let space = tag.firstIndex(where: { $0 == " " || $0 == "\t" }) {
                let name = tag[space...].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { speaker = SubtitleCue.decodeEntities(name) }
            }
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        let cleaned = SubtitleCue.decodeEntities(text).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        return (speaker, cleaned)
    }

    /// `GUID/12-0` and `GUID/12-1` are parts of utterance `GUID/12`.
    static func utteranceGroup(_ id: String) -> String? {
        guard id.contains("/"), let dash = id.lastIndex(of: "-"), id[id.index(after: dash)...].allSatisfy(\.isNumber) else { return nil }
        return String(id[..<dash])
    }
}

/// Blank-line separated blocks of a subtitle file, with the line each block starts on.
enum SubtitleBlocks {
    struct Block {
        var firstLine: Int
        var lines: [String]
    }

    static func split(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var current: Block?
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                if let block = current { blocks.append(block) }
                current = nil
            } else if current == nil {
                current = Block(firstLine: lineNumber, lines: [line])
            } else {
                current!.lines.append(line)
            }
        }
        if let block = current { blocks.append(block) }
        return blocks
    }

    /// `00:00:01.000 --> 00:00:04.000 align:start` as seconds.
    static func timing(_ line: String) -> (Double, Double)? {
        let parts = line.components(separatedBy: "-->")
        guard parts.count == 2,
              let start = SubtitleCue.seconds(Substring(parts[0].trimmingCharacters(in: .whitespaces))),
              let endText = parts[1].split(whereSeparator: { $0 == " " || $0 == "\t" }).first,
              let end = SubtitleCue.seconds(endText),
              end >= start
        else { return nil }
        return (start, end)
    }
}
