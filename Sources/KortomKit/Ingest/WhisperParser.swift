import Foundation

/// Reads OpenAI Whisper `verbose_json` output (`segments[]` with `start`, `end`, `text`;
/// `language` as a name such as `dutch` or a code such as `nl`) and diarized variants whose
/// segments carry a `speaker` (WhisperX, pyannote pipelines).
///
/// Plain Whisper output has no speakers: every segment is an `unknown` speaker, merged into one
/// turn while the pause is short, and the summary says roles are unknown.
public struct WhisperParser: TranscriptParser {
    public let name = "whisper"

    public init() {}

    public func recognise(_ document: TranscriptDocument) -> Double {
        guard document.firstSignificantByte == UInt8(ascii: "{"), JSONReading.mentions(document, key: "segments"),
              !JSONReading.mentions(document, key: "turns")
        else { return 0 }
        return 0.96
    }

    public func parse(_ document: TranscriptDocument) throws(KortomError) -> ParsedTranscript {
        let json = JSONReading(origin: document.origin)
        let root = try json.document(document.text)
        var result = ParsedTranscript(turns: [])
        if let language = try json.optionalString(root, "language", path: "language") {
            let tag = CallLanguage(tag: language)
            result.language = tag == .unknown ? nil : tag
        }
        var cues: [SubtitleCue] = []
        for (index, element) in try json.array(root, "segments", path: "segments").enumerated() {
            let path = "segments[\(index)]"
            let segment = try json.object(element, path: path)
            let text = try json.string(segment, "text", path: "\(path).text").trimmingCharacters(in: .whitespacesAndNewlines)
            let start = try json.number(segment, "start", path: "\(path).start")
            let end = try json.number(segment, "end", path: "\(path).end")
            let speaker = try json.optionalString(segment, "speaker", path: "\(path).speaker")
            cues.append(SubtitleCue(start: start, end: end, speaker: speaker, text: text, group: nil))
        }
        result.turns = SubtitleCue.turns(from: cues, maximumGap: 1.0)
        return result
    }
}
