import Foundation

/// Reads SRT subtitle transcripts: numbered cues, `hh:mm:ss,mmm --> hh:mm:ss,mmm` timings, and a
/// speaker in front of the text (`[SPEAKER_00]: ...`, `Klant: ...`) when the tool wrote one.
public struct SRTTranscriptParser: TranscriptParser {
    public let name = "srt"

    public init() {}

    public func recognise(_ document: TranscriptDocument) -> Double {
        let lines = String(decoding: document.head.prefix(200), as: UTF8.self)
            .split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard lines.count >= 2, lines[0].allSatisfy(\.isNumber), lines[1].contains("-->") else {
            return document.fileExtension == "srt" ? 0.5 : 0
        }
        return 0.9
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
