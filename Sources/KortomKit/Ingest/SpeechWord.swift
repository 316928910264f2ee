/// A word (or punctuation mark) from a speech-to-text result, before words become turns.
struct SpeechWord {
    var text: String
    var start: Double?
    var end: Double?
    var speaker: String?
    var confidence: Double?
    var isPunctuation: Bool

    /// Turns from words: a new turn starts when the speaker changes. Punctuation joins the word
    /// before it without a space; the turn's confidence is the mean over its words.
    static func turns(from words: [SpeechWord]) -> [Turn] {
        var turns: [Turn] = []
        var confidences: [Double] = []
        func closeTurn() {
            guard !turns.isEmpty, !confidences.isEmpty else { return }
            turns[turns.count - 1].confidence = (confidences.reduce(0, +) / Double(confidences.count) * 1000).rounded() / 1000
            confidences.removeAll()
        }
        for word in words where !word.text.isEmpty {
            let label = word.speaker ?? turns.last?.speaker.label ?? "unknown"
            if let last = turns.last, last.speaker.label == label || word.isPunctuation {
                turns[turns.count - 1].text += word.isPunctuation ? word.text : " " + word.text
                if let end = word.end { turns[turns.count - 1].end = end }
            } else {
                closeTurn()
                let role = RoleVocabulary.role(forLabel: label)
                turns.append(Turn(
                    index: turns.count,
                    speaker: Speaker(role: role ?? .unknown, label: label, roleSource: role == nil ? .none : .label),
                    text: word.text, start: word.start, end: word.end
                ))
            }
            if !word.isPunctuation, let confidence = word.confidence { confidences.append(confidence) }
        }
        closeTurn()
        return turns
    }
}
