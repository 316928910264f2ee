import Foundation

/// A public dialogue-summarisation test set read as transcripts with reference summaries:
/// TweetSumm (customer-care dialogues, `turns` with `speaker` and `sentences`,
/// `abstractive_summaries`) or DialogSum (`dialogue` with `#Person1#:` lines, `summary1..3` or
/// `summary`). The format is recognised per line.
public struct SummaryDataset: Sendable {
    public struct Item: Sendable {
        public var id: String
        public var transcript: Transcript
        /// The dialogue's sentences in order, for the LEAD baseline.
        public var sentences: [String]
        public var references: [String]
    }

    public var items: [Item]

    /// - Throws: ``KortomError`` `malformed` naming the line that is neither format.
    public init(jsonLines text: String, origin: String) throws(KortomError) {
        var items: [Item] = []
        for (number, line) in text.split(separator: "\n").enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw KortomError(.malformed, "\(origin): line \(number + 1) is not a JSON object")
            }
            if let turns = object["turns"] as? [[String: Any]], let references = object["abstractive_summaries"] as? [String] {
                let id = object["conversation_id"] as? String ?? "line-\(number + 1)"
                var transcriptTurns: [Turn] = []
                var sentences: [String] = []
                for turn in turns {
                    let lines = turn["sentences"] as? [String] ?? []
                    let role: SpeakerRole = (turn["speaker"] as? String) == "agent" ? .agent : .customer
                    transcriptTurns.append(Turn(index: transcriptTurns.count, speaker: Speaker(role: role, label: role.rawValue, roleSource: .explicit), text: lines.joined(separator: " ")))
                    sentences += lines
                }
                items.append(Item(id: id, transcript: Transcript(callID: id, source: TranscriptOrigin(path: origin), language: .english, turns: transcriptTurns, format: "tweetsumm"), sentences: sentences, references: references))
            } else if let dialogue = object["dialogue"] as? String {
                let id = object["fname"] as? String ?? "line-\(number + 1)"
                let references = ["summary", "summary1", "summary2", "summary3"].compactMap { object[$0] as? String }
                var transcriptTurns: [Turn] = []
                var sentences: [String] = []
                for raw in dialogue.split(separator: "\n") {
                    var label = "speaker"
                    var text = raw.trimmingCharacters(in: .whitespaces)
                    if text.hasPrefix("#"), let close = text.dropFirst().firstIndex(of: "#"), text[text.index(after: close)...].hasPrefix(":") {
                        label = String(text[text.index(after: text.startIndex)..<close])
                        text = text[text.index(close, offsetBy: 2)...].trimmingCharacters(in: .whitespaces)
                    }
                    guard !text.isEmpty else { continue }
                    transcriptTurns.append(Turn(index: transcriptTurns.count, speaker: Speaker(role: .unknown, label: label, roleSource: .none), text: text))
                    let bytes = Array(text.utf8)
                    sentences += SentenceSplitter.sentences(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
                }
                items.append(Item(id: id, transcript: Transcript(callID: id, source: TranscriptOrigin(path: origin), language: .english, turns: transcriptTurns, format: "dialogsum"), sentences: sentences, references: references))
            } else {
                throw KortomError(.malformed, "\(origin): line \(number + 1) is neither TweetSumm (`turns`, `abstractive_summaries`) nor DialogSum (`dialogue`)")
            }
        }
        self.items = items
    }
}
