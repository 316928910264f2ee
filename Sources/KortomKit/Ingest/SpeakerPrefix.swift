import Foundation

/// Splits a speaker written in front of the text, as subtitle files do: `[SPEAKER_00]: ...`,
/// `SPEAKER_01: ...`, `Klant: ...`, `Jan de Vries: ...`.
enum SpeakerPrefix {
    private static let particles: Set<Substring> = ["van", "de", "der", "den", "ter", "ten", "het", "'t", "la", "le", "du"]

    /// The label and the rest of the text, or nil when the text starts with no speaker.
    static func split(_ text: String) -> (label: String, text: String)? {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 40 else { return nil }
        let afterColon = text.index(after: colon)
        guard afterColon == text.endIndex || text[afterColon] == " " else { return nil }
        var label = text[..<colon].trimmingCharacters(in: .whitespaces)
        if label.hasPrefix("["), label.hasSuffix("]") { label = String(label.dropFirst().dropLast()) }
        if label.hasPrefix("-") { label = label.dropFirst().trimmingCharacters(in: .whitespaces) }
        guard !label.isEmpty, isSpeakerLabel(label) else { return nil }
        return (label, text[afterColon...].trimmingCharacters(in: .whitespaces))
    }

    private static func isSpeakerLabel(_ label: String) -> Bool {
        if RoleVocabulary.role(forLabel: label) != nil { return true }
        let lowered = label.lowercased()
        if lowered.hasPrefix("speaker") || lowered.hasPrefix("spk") || lowered.hasPrefix("spreker") { return true }
        let words = label.split(separator: " ")
        guard words.count <= 4, let first = label.first, first.isLetter else { return false }
        return words.allSatisfy { word in
            guard let initial = word.first else { return false }
            return initial.isUppercase || particles.contains(word)
        }
    }
}
