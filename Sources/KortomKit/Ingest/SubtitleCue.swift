import Foundation

/// A timed piece of text from a subtitle-style transcript (WebVTT, SRT), before cues are
/// merged into turns.
struct SubtitleCue {
    var start: Double
    var end: Double
    var speaker: String?
    var text: String
    /// Cues that belong to one utterance share a group (Teams cue ids `GUID/N-M` share `N`).
    var group: String?

    /// Turns from cues: consecutive cues of one speaker become one turn when they belong to one
    /// utterance or follow each other within `maximumGap` seconds.
    static func turns(from cues: [SubtitleCue], maximumGap: Double = 2.0) -> [Turn] {
        var turns: [Turn] = []
        var previous: SubtitleCue?
        for cue in cues where !cue.text.isEmpty {
            let label = cue.speaker ?? "unknown"
            if let last = previous, var turn = turns.last, (last.speaker ?? "unknown") == label,
               (cue.group != nil && cue.group == last.group) || cue.start - last.end <= maximumGap {
                turn.text += " " + cue.text
                turn.end = max(turn.end ?? cue.end, cue.end)
                turns[turns.count - 1] = turn
            } else {
                let role = cue.speaker.flatMap(RoleVocabulary.role(forLabel:))
                turns.append(Turn(
                    index: turns.count,
                    speaker: Speaker(role: role ?? .unknown, label: label, roleSource: role == nil ? .none : .label),
                    text: cue.text, start: cue.start, end: cue.end
                ))
            }
            previous = cue
        }
        return turns
    }

    /// Reads `hh:mm:ss.mmm`, `mm:ss.mmm`, `h:mm:ss,mmm` (SRT) and unpadded forms such as `0:0:1.5`.
    static func seconds(_ text: Substring) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return nil }
        var total = 0.0
        for (index, part) in parts.enumerated() {
            // Digits only, and one decimal separator in the last part: `Double` alone would
            // also take `0x1` or `1e3`.
            let separators = part.filter { $0 == "." || $0 == "," }.count
            guard !part.isEmpty, part.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
                  separators == 0 || (separators == 1 && index == parts.count - 1)
            else { return nil }
            let normalised = part.replacingOccurrences(of: ",", with: ".")
            guard let value = Double(normalised), value >= 0 else { return nil }
            if index < parts.count - 1 {
                guard value == value.rounded(), !part.contains(".") else { return nil }
            } else if parts.count > 1, value >= 60 {
                return nil
            }
            total = total * 60 + value
        }
        return total
    }

    /// Replaces the HTML entities subtitle files use (`&amp;`, `&lt;`, `&gt;`, `&quot;`,
    /// `&apos;`, `&nbsp;`, `&#39;`, `&#x27;`).
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let tail = rest[ampersand...]
            guard let semicolon = tail.prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = rest[rest.index(after: ampersand)...]
                continue
            }
            let name = tail[tail.index(after: tail.startIndex)..<semicolon]
            var replacement: String?
            switch name {
            case "amp": replacement = "&"
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            case "nbsp": replacement = " "
            default:
                if name.hasPrefix("#x"), let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
                    replacement = String(Character(scalar))
                } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) {
                    replacement = String(Character(scalar))
                }
            }
            if let replacement {
                result += replacement
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[rest.index(after: ampersand)...]
            }
        }
        return result + rest
    }
}
