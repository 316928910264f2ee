extension Redactor {
    /// Redacts a plain text, reading each line as a turn, so that an answer on one line to a
    /// question on the line before is recognised as it is in a call.
    ///
    /// A line that opens with a speaker (`Klant:`, `Agent:`, `SPEAKER_01:`) is that speaker's
    /// turn; the speaker stays part of the line's text.
    ///
    /// - Returns: the redacted text, and the findings with ranges as UTF-8 byte offsets into
    ///   `text` (``PIIFinding/turnIndex`` is the line number, from 0).
    public func redactText(_ text: String) -> (text: String, findings: [PIIFinding]) {
        var turns: [Turn] = []
        var lineStarts: [Int] = []
        var text = text
        // Split on the byte: as Characters, `\r\n` is one that is not `\n`.
        text.withUTF8 { bytes in
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                lineStarts.append(start)
                let lineText = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                let label = Self.speakerLabel(lineText) ?? "text"
                let role = RoleVocabulary.role(forLabel: label) ?? .unknown
                turns.append(Turn(index: turns.count, speaker: Speaker(role: role, label: label, roleSource: role == .unknown ? .none : .label), text: lineText))
                start = end + 1
            }
        }
        let transcript = Transcript(callID: "text", source: TranscriptOrigin(path: "text"), turns: turns, format: "text")
        let redacted = redact(transcript)
        let findings = redacted.findings.map { finding in
            var shifted = finding
            let start = lineStarts[finding.turnIndex]
            shifted.range = (finding.range.lowerBound + start)..<(finding.range.upperBound + start)
            return shifted
        }
        return (redacted.transcript.turns.map(\.text).joined(separator: "\n"), findings)
    }

    /// The speaker written in front of a line (`Klant: ...`): up to 40 bytes before `: `,
    /// without sentence punctuation, and without a time in brackets before it
    /// (`[00:01:05] Klant: ...`), so that the speaker's turns share one label.
    static func speakerLabel(_ line: String) -> String? {
        let length = speakerLabelLength(line)
        guard length > 0 else { return nil }
        var line = line
        return line.withUTF8 { bytes in
            var start = 0
            if bytes[0] == UInt8(ascii: "["), let close = bytes[..<length].firstIndex(of: UInt8(ascii: "]")) {
                start = close + 1
                while start < length, bytes[start] == 0x20 { start += 1 }
                if start == length { start = 0 }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<length]), as: UTF8.self)
        }
    }

    /// The byte length of the speaker in front of a line, with the time in brackets before
    /// it if there is one, or 0.
    static func speakerLabelLength(_ line: String) -> Int {
        var line = line
        return line.withUTF8 { bytes in
            var start = 0
            // `[00:01:05] Klant:`: the colons of the time are not the speaker's.
            if bytes.first == UInt8(ascii: "[") {
                var close = 1
                while close < min(bytes.count, 24), bytes[close] != UInt8(ascii: "]") { close += 1 }
                if close < min(bytes.count, 24) {
                    start = close + 1
                    while start < bytes.count, bytes[start] == 0x20 { start += 1 }
                }
            }
            var position = start
            while position < min(bytes.count, start + 41) {
                switch bytes[position] {
                case UInt8(ascii: ":"):
                    guard position > start, position + 1 < bytes.count, bytes[position + 1] == 0x20 else { return 0 }
                    return position
                case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ","):
                    return 0
                default:
                    position += 1
                }
            }
            return 0
        }
    }
}
