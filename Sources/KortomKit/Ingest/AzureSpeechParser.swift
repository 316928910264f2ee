/// Reads Azure Speech batch transcription results: `recognizedPhrases[]` with the best
/// alternative in `nBest[0]`, the speaker (diarization) or channel, and times as
/// `offsetInTicks`/`durationInTicks` (100 ns), ISO 8601 `offset`/`duration` (`PT1M2.5S`), or the
/// older `durationTicks`.
public struct AzureSpeechParser: TranscriptParser {
    public let name = "azure-speech"

    public init() {}

    public func recognise(_ document: TranscriptDocument) -> Double {
        guard document.firstSignificantByte == UInt8(ascii: "{") else { return 0 }
        return JSONReading.mentions(document, key: "recognizedPhrases") ? 0.97 : 0
    }

    public func parse(_ document: TranscriptDocument) throws(KortomError) -> ParsedTranscript {
        let json = JSONReading(origin: document.origin)
        let root = try json.document(document.text)
        var words: [SpeechWord] = []
        var language: CallLanguage?
        for (index, element) in try json.array(root, "recognizedPhrases", path: "recognizedPhrases").enumerated() {
            let path = "recognizedPhrases[\(index)]"
            let phrase = try json.object(element, path: path)
            if let status = try json.optionalString(phrase, "recognitionStatus", path: "\(path).recognitionStatus"), status != "Success" { continue }
            let best = try json.array(phrase, "nBest", path: "\(path).nBest")
            guard let first = best.first else { continue }
            let alternative = try json.object(first, path: "\(path).nBest[0]")
            var text = try json.optionalString(alternative, "display", path: "\(path).nBest[0].display")
            if text == nil { text = try json.string(alternative, "lexical", path: "\(path).nBest[0].lexical") }
            let speaker: String
            if let number = try json.optionalNumber(phrase, "speaker", path: "\(path).speaker") {
                speaker = "Speaker \(Int(number))"
            } else if let channel = try json.optionalNumber(phrase, "channel", path: "\(path).channel") {
                speaker = "Channel \(Int(channel))"
            } else {
                speaker = "unknown"
            }
            let start = try time(phrase, ticks: "offsetInTicks", iso: "offset", path: path, json)
            var duration = try time(phrase, ticks: "durationInTicks", iso: "duration", path: path, json)
            if duration == nil { duration = try time(phrase, ticks: "durationTicks", iso: nil, path: path, json) }
            if language == nil, let locale = try json.optionalString(phrase, "locale", path: "\(path).locale") {
                let tag = CallLanguage(tag: locale)
                language = tag == .unknown ? nil : tag
            }
            words.append(SpeechWord(
                text: text ?? "", start: start, end: start.flatMap { start in duration.map { start + $0 } }, speaker: speaker,
                confidence: try json.optionalNumber(alternative, "confidence", path: "\(path).nBest[0].confidence"), isPunctuation: false
            ))
        }
        words.sort { ($0.start ?? 0) < ($1.start ?? 0) }
        return ParsedTranscript(turns: SpeechWord.turns(from: words), language: language)
    }

    /// Seconds from a ticks field (100 ns units) or, failing that, an ISO 8601 duration field.
    private func time(_ phrase: [String: Any], ticks: String, iso: String?, path: String, _ json: JSONReading) throws(KortomError) -> Double? {
        if let value = try json.optionalNumber(phrase, ticks, path: "\(path).\(ticks)") { return value / 10_000_000 }
        guard let iso, let text = try json.optionalString(phrase, iso, path: "\(path).\(iso)") else { return nil }
        guard let seconds = Self.isoDuration(text) else {
            throw KortomError(.malformed, "\(json.origin): \(path).\(iso) is not an ISO 8601 duration such as PT1.5S")
        }
        return seconds
    }

    /// `PT1H2M3.5S`, `PT0.07S` as seconds.
    static func isoDuration(_ text: String) -> Double? {
        guard text.hasPrefix("PT") else { return nil }
        var total = 0.0
        var number = ""
        for character in text.dropFirst(2) {
            if character.isNumber || character == "." {
                number.append(character)
                continue
            }
            guard let value = Double(number) else { return nil }
            switch character {
            case "H": total += value * 3600
            case "M": total += value * 60
            case "S": total += value
            default: return nil
            }
            number = ""
        }
        return number.isEmpty ? total : nil
    }
}
