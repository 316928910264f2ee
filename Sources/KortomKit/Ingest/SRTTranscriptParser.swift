import Foundation

/// Reads SRT subtitle transcripts: numbered cues, `hh:mm:ss,mmm --> hh:mm:ss,mmm` timings, and a
/// speaker in front of the text (`[SPEAKER_00]: ...`, `Klant: ...`) when the tool wrote one.
public struct SRTTranscriptParser: TranscriptParser {
    public let name = "srt"

    public init() {}

    public func recognise(_ document: TranscriptDocument) -> Double {
        // A cue number alone on the first line, then a line with `-->`.
        let head = Array(document.head.prefix(200))
        var index = 0
        while index < head.count, head[index] == 0x20 || head[index] == 0x0A || head[index] == 0x0D || head[index] == 0x09 { index += 1 }
        let numberStart = index
        while index < head.count, ByteClass.isDigit(head[index]) { index += 1 }
        let isNumberLine = index > numberStart && index < head.count && (head[index] == 0x0A || head[index] == 0x0D)
        guard isNumberLine else { return document.fileExtension == "srt" ? 0.5 : 0 }
        while index < head.count, head[index] == 0x0A || head[index] == 0x0D { index += 1 }
        var lineEnd = index
        while lineEnd < head.count, head[lineEnd] != 0x0A, head[lineEnd] != 0x0D { lineEnd += 1 }
        let arrow = Array("-->".utf8)
        let hasArrow = lineEnd - index >= arrow.count && (index...(lineEnd - arrow.count)).contains { head[$0..<($0 + arrow.count)].elementsEqual(arrow) }
        return hasArrow ? 0.9 : (document.fileExtension == "srt" ? 0.5 : 0)
    }

    public func parse(_ document: TranscriptDocument) throws(KortomError) -> ParsedTranscript {
        let origin = document.origin
        var cues: [SubtitleCue] = []
        for block in SubtitleBlocks.split(document.text) {
            guard block.lines.count >= 2, block.lines[0].allSatisfy(\.isNumber), block.lines[1].contains("-->") else {
                throw KortomError(.malformed, "\(origin): line \(block.firstLine): expected a cue number and a `start --> end` timing line")
            }
            guard let (start, end) = SubtitleBlocks.timing(block.lines[1]) else {
                throw KortomError(.malformed, "\(origin): line \(block.firstLine + 1): cannot read the cue timing")
            }
            var text = SubtitleCue.decodeEntities(block.lines.dropFirst(2).joined(separator: " "))
            text = WebVTTTranscriptParser.voice(in: text).text
            var speaker: String?
            if let prefixed = SpeakerPrefix.split(text) { (speaker, text) = (prefixed.label, prefixed.text) }
            cues.append(SubtitleCue(start: start, end: end, speaker: speaker, text: text, group: nil))
        }
        return ParsedTranscript(turns: SubtitleCue.turns(from: cues))
    }
}
