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
        var text = text
        var placeholders = PlaceholderBook()
        var findings: [PIIFinding] = []
        let output: [UInt8]? = text.withUTF8 { bytes in
            let call = CallText(lines: bytes)
            let perTurn = values(in: call)
            guard perTurn.contains(where: { !$0.isEmpty }) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 8)
            findings.reserveCapacity(perTurn.reduce(0) { $0 + $1.count })
            var cursor = 0
            for (line, candidates) in perTurn.enumerated() where !candidates.isEmpty {
                let end = call.turns[line].range.upperBound
                write(bytes, cursor..<end, replacing: candidates, placeholders: &placeholders, to: &output) { candidate, placeholder, action in
                    findings.append(PIIFinding(type: candidate.type, turnIndex: line, range: candidate.range, detector: candidate.detector, confidence: candidate.confidence, placeholder: placeholder, action: action))
                }
                cursor = end
            }
            output.append(contentsOf: bytes[cursor...])
            return output
        }
        guard let output else { return (text, []) }
        return (String(decoding: output, as: UTF8.self), findings)
    }

    /// Where the speaker written in front of a line is (`Klant: ...`): up to 40 bytes before
    /// `: `, without sentence punctuation, and without a time in brackets before it
    /// (`[00:01:05] Klant: ...`), so that the speaker's turns share one label.
    static func speakerLabelRange(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let length = speakerLabelLength(in: bytes)
        guard length > 0 else { return nil }
        var start = 0
        if bytes[0] == UInt8(ascii: "["), let close = bytes[..<length].firstIndex(of: UInt8(ascii: "]")) {
            start = close + 1
            while start < length, bytes[start] == 0x20 { start += 1 }
            if start == length { start = 0 }
        }
        return start..<length
    }

    /// The byte length of a time in brackets that opens a line (`[00:01:05] `), with the spaces
    /// after it, or 0: at most 24 bytes up to the closing bracket.
    static func timePrefixLength(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard bytes.first == UInt8(ascii: "[") else { return 0 }
        var close = 1
        while close < min(bytes.count, 24), bytes[close] != UInt8(ascii: "]"), bytes[close] != 0x0A { close += 1 }
        guard close < min(bytes.count, 24), bytes[close] == UInt8(ascii: "]") else { return 0 }
        var start = close + 1
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        return start
    }

    /// The byte length of the speaker in front of a line, with the time in brackets before
    /// it if there is one, or 0.
    static func speakerLabelLength(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // `[00:01:05] Klant:`: the colons of the time are not the speaker's.
        let start = timePrefixLength(in: bytes)
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
