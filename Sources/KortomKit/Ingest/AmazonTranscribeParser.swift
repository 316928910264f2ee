/// Reads Amazon Transcribe results: the standard output (`results.items`, with speakers from
/// `speaker_label` on the items or from `speaker_labels.segments`, or channels from
/// `channel_labels`) and Call Analytics output (`Transcript[]` with `ParticipantRole`).
public struct AmazonTranscribeParser: TranscriptParser {
    public let name = "amazon-transcribe"

    public init() {}

    public func recognise(_ document: TranscriptDocument) -> Double {
        guard document.firstSignificantByte == UInt8(ascii: "{") else { return 0 }
        if JSONReading.mentions(document, key: "ParticipantRole") || JSONReading.mentions(document, key: "BeginOffsetMillis") { return 0.97 }
        if JSONReading.mentions(document, key: "results"), JSONReading.mentions(document, key: "items") { return 0.97 }
        return 0
    }

    public func parse(_ document: TranscriptDocument) throws(KortomError) -> ParsedTranscript {
        let json = JSONReading(origin: document.origin)
        let root = try json.document(document.text)
        if root["Transcript"] != nil { return try callAnalytics(root, json) }
        return try standard(root, json)
    }

    private func callAnalytics(_ root: [String: Any], _ json: JSONReading) throws(KortomError) -> ParsedTranscript {
        var result = ParsedTranscript(turns: [])
        if let code = try json.optionalString(root, "LanguageCode", path: "LanguageCode") { result.language = Self.language(code) }
        result.externalID = try json.optionalString(root, "JobName", path: "JobName")
        for (index, element) in try json.array(root, "Transcript", path: "Transcript").enumerated() {
            let path = "Transcript[\(index)]"
            let entry = try json.object(element, path: path)
            let role = try json.string(entry, "ParticipantRole", path: "\(path).ParticipantRole")
            let speakerRole: SpeakerRole
            switch role.uppercased() {
            case "AGENT": speakerRole = .agent
            case "CUSTOMER": speakerRole = .customer
            default: speakerRole = .unknown
            }
            let text = try json.string(entry, "Content", path: "\(path).Content")
            let start = try json.optionalNumber(entry, "BeginOffsetMillis", path: "\(path).BeginOffsetMillis").map { $0 / 1000 }
            let end = try json.optionalNumber(entry, "EndOffsetMillis", path: "\(path).EndOffsetMillis").map { $0 / 1000 }
            let previous = result.turns.last
            if let previous, previous.speaker.label == role {
                // Call Analytics splits one speaker's turn into sentences; they are one turn here.
                result.turns[result.turns.count - 1].text += " " + text
                result.turns[result.turns.count - 1].end = end ?? previous.end
            } else {
                result.turns.append(Turn(
                    index: result.turns.count,
                    speaker: Speaker(role: speakerRole, label: role, roleSource: speakerRole == .unknown ? .none : .explicit),
                    text: text, start: start, end: end
                ))
            }
        }
        return result
    }

    private func standard(_ root: [String: Any], _ json: JSONReading) throws(KortomError) -> ParsedTranscript {
        guard let results = try json.optionalObject(root, "results", path: "results") else {
            throw KortomError(.unrecognisedFormat, "\(json.origin): JSON of an unknown shape: neither `results` (Amazon Transcribe) nor `Transcript` (Call Analytics)")
        }
        var result = ParsedTranscript(turns: [])
        result.externalID = try json.optionalString(root, "jobName", path: "jobName")
        if let code = try json.optionalString(results, "language_code", path: "results.language_code") { result.language = Self.language(code) }

        // Speakers by item start time, for outputs that keep them in `speaker_labels` only.
        var speakerAt: [Double: String] = [:]
        if let labels = try json.optionalObject(results, "speaker_labels", path: "results.speaker_labels") {
            for (index, element) in (try json.optionalArray(labels, "segments", path: "results.speaker_labels.segments") ?? []).enumerated() {
                let segment = try json.object(element, path: "results.speaker_labels.segments[\(index)]")
                let label = try json.optionalString(segment, "speaker_label", path: "results.speaker_labels.segments[\(index)].speaker_label")
                for (offset, item) in (try json.optionalArray(segment, "items", path: "results.speaker_labels.segments[\(index)].items") ?? []).enumerated() {
                    let entry = try json.object(item, path: "results.speaker_labels.segments[\(index)].items[\(offset)]")
                    if let start = try json.optionalNumber(entry, "start_time", path: "results.speaker_labels.segments[\(index)].items[\(offset)].start_time"),
                       let speaker = try json.optionalString(entry, "speaker_label", path: "results.speaker_labels.segments[\(index)].items[\(offset)].speaker_label") ?? label {
                        speakerAt[start] = speaker
                    }
                }
            }
        }

        var words: [SpeechWord] = []
        if let channels = try json.optionalObject(results, "channel_labels", path: "results.channel_labels") {
            // Channel output: each channel holds its own items; interleave them by time.
            for (index, element) in (try json.array(channels, "channels", path: "results.channel_labels.channels")).enumerated() {
                let channel = try json.object(element, path: "results.channel_labels.channels[\(index)]")
                let label = try json.string(channel, "channel_label", path: "results.channel_labels.channels[\(index)].channel_label")
                let items = try json.array(channel, "items", path: "results.channel_labels.channels[\(index)].items")
                words += try self.words(items, json, path: "results.channel_labels.channels[\(index)].items", speakerAt: [:], channel: label)
            }
            words = Self.sortedByTime(words)
        } else {
            words = try self.words(try json.array(results, "items", path: "results.items"), json, path: "results.items", speakerAt: speakerAt, channel: nil)
        }
        result.turns = SpeechWord.turns(from: words)
        return result
    }

    private func words(_ items: [Any], _ json: JSONReading, path: String, speakerAt: [Double: String], channel: String?) throws(KortomError) -> [SpeechWord] {
        var words: [SpeechWord] = []
        for (index, element) in items.enumerated() {
            let itemPath = "\(path)[\(index)]"
            let item = try json.object(element, path: itemPath)
            let type = try json.optionalString(item, "type", path: "\(itemPath).type") ?? "pronunciation"
            let alternatives = try json.array(item, "alternatives", path: "\(itemPath).alternatives")
            guard let first = alternatives.first else { continue }
            let alternative = try json.object(first, path: "\(itemPath).alternatives[0]")
            let content = try json.string(alternative, "content", path: "\(itemPath).alternatives[0].content")
            let start = try json.optionalNumber(item, "start_time", path: "\(itemPath).start_time")
            var speaker = try json.optionalString(item, "speaker_label", path: "\(itemPath).speaker_label") ?? channel
            if speaker == nil, let start { speaker = speakerAt[start] }
            words.append(SpeechWord(
                text: content, start: start, end: try json.optionalNumber(item, "end_time", path: "\(itemPath).end_time"),
                speaker: type == "punctuation" ? nil : speaker,
                confidence: try json.optionalNumber(alternative, "confidence", path: "\(itemPath).alternatives[0].confidence"),
                isPunctuation: type == "punctuation"
            ))
        }
        return words
    }

    /// Merges channel streams by start time; punctuation stays after its word.
    private static func sortedByTime(_ words: [SpeechWord]) -> [SpeechWord] {
        var lastStart = 0.0
        let timed = words.map { word -> (Double, SpeechWord) in
            if let start = word.start { lastStart = start }
            return (word.start ?? lastStart + 0.000_001, word)
        }
        return timed.enumerated().sorted { $0.element.0 != $1.element.0 ? $0.element.0 < $1.element.0 : $0.offset < $1.offset }.map(\.element.1)
    }

    private static func language(_ code: String) -> CallLanguage? {
        let language = CallLanguage(tag: code)
        return language == .unknown ? nil : language
    }
}
