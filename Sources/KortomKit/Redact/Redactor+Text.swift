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
        let perTurn = text.withUTF8 { values(in: CallText(lines: $0)) }
        guard perTurn.contains(where: { !$0.isEmpty }) else { return (text, []) }
        var placeholders = PlaceholderBook()
        var findings: [PIIFinding] = []
        findings.reserveCapacity(perTurn.reduce(0) { $0 + $1.count })
        // The output is built from slices of the text, which is valid UTF-8 already, and the
        // replacements: a text built from bytes would be checked again, byte by byte.
        var output = ""
        output.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        let utf8 = text.utf8
        var cursor = utf8.startIndex
        for (line, candidates) in perTurn.enumerated() where !candidates.isEmpty {
            for candidate in candidates {
                let placeholder = placeholders.placeholder(for: candidate.type, canonicalValue: candidate.canonicalValue)
                let action = policy.action(for: candidate.type)
                let start = utf8.index(utf8.startIndex, offsetBy: candidate.range.lowerBound)
                let end = utf8.index(utf8.startIndex, offsetBy: candidate.range.upperBound)
                output += text[cursor..<start]
                switch action {
                case .placeholder: output += placeholder
                case .keep: output += text[start..<end]
                case .mask:
                    var masked: [UInt8] = []
                    Self.append(.mask, placeholder: placeholder, value: utf8[start..<end], to: &masked)
                    output += String(decoding: masked, as: UTF8.self)
                }
                cursor = end
                findings.append(PIIFinding(type: candidate.type, turnIndex: line, range: candidate.range, detector: candidate.detector, confidence: candidate.confidence, placeholder: placeholder, action: action))
            }
        }
        output += text[cursor...]
        return (output, findings)
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
