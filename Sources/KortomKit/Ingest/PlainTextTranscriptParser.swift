import Foundation

/// Reads `SPEAKER: text` transcripts, the shape people and many tools write by hand.
///
/// Each line that starts with a speaker label begins a turn; other lines continue the turn
/// before them. A timestamp may come before the label (`[00:01:05] Klant: ...`,
/// `00:01:05 Klant: ...`) or after it (`Klant [00:01:05]: ...`). Lines starting with `#`
/// before the first turn are a header of `key: value` pairs (`# language: nl`,
/// `# call-id: ...`, `# date: 2026-03-02T09:15:00+01:00`, `# channel: phone`).
/// Line ends may be LF, CRLF or a lone CR.
public struct PlainTextTranscriptParser: TranscriptParser {
    public let name = "plain-text"

    public init() {}

    public func recognise(_ document: TranscriptDocument) -> Double {
        if let first = document.firstSignificantByte, first == UInt8(ascii: "{") || first == UInt8(ascii: "[") && !startsWithTimestamp(document) {
            return 0
        }
        let bytes = Array(document.head)
        var speakerLines = 0, roleLines = 0, otherLines = 0
        var seen = LabelTable()
        forEachLine(in: bytes) { start, end in
            // Eight speaker lines are evidence enough.
            guard speakerLines < 8, speakerLines + otherLines < 20 else { return }
            let line = trimmed(bytes, start, end)
            guard line.start < line.end, bytes[line.start] != UInt8(ascii: "#") else { return }
            if let parsed = speakerLine(bytes, line.start, line.end, labels: &seen) {
                speakerLines += 1
                if parsed.speaker.role != nil { roleLines += 1 }
            } else {
                otherLines += 1
            }
        }
        guard speakerLines > 0 else { return 0 }
        var score = roleLines > 0 ? 0.8 : 0.55
        if speakerLines < otherLines / 4 { score -= 0.3 }
        if document.fileExtension == "txt" { score += 0.1 }
        return max(score, 0.05)
    }

    public func parse(_ document: TranscriptDocument) throws(KortomError) -> ParsedTranscript {
        let bytes = Array(document.text.utf8)
        var result = ParsedTranscript(turns: [])
        var labels = LabelTable()
        var inHeader = true
        var current: (label: String, role: SpeakerRole?, start: Double?, text: [UInt8])?

        func flush() {
            guard let turn = current else { return }
            let role = turn.role
            result.turns.append(Turn(
                index: result.turns.count,
                speaker: Speaker(role: role ?? .unknown, label: turn.label, roleSource: role == nil ? .none : .label),
                text: String(decoding: turn.text, as: UTF8.self),
                start: turn.start
            ))
            current = nil
        }

        forEachLine(in: bytes) { start, end in
            let line = trimmed(bytes, start, end)
            guard line.start < line.end else { return }
            if inHeader, bytes[line.start] == UInt8(ascii: "#") {
                readHeader(bytes[(line.start + 1)..<line.end], into: &result)
                return
            }
            if let parsed = speakerLine(bytes, line.start, line.end, labels: &labels) {
                inHeader = false
                flush()
                current = (parsed.speaker.label, parsed.speaker.role, parsed.time, Array(bytes[parsed.text]))
            } else if current != nil {
                current!.text.append(0x20)
                current!.text.append(contentsOf: bytes[line.start..<line.end])
            }
        }
        flush()
        if result.turns.isEmpty {
            throw KortomError(.malformed, "\(document.origin): no line starts with a speaker label such as `Klant:` or `Agent:`")
        }
        return result
    }

    // MARK: - Lines

    private func startsWithTimestamp(_ document: TranscriptDocument) -> Bool {
        let bytes = Array(document.head.prefix(64))
        var index = 0
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
        return timestamp(bytes, index, bytes.count) != nil
    }

    private func forEachLine(in bytes: [UInt8], _ body: (Int, Int) -> Void) {
        var start = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                body(start, index)
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { body(start, bytes.count) }
    }

    private func trimmed(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (start: Int, end: Int) {
        var start = start, end = end
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return (start, end)
    }

    private func readHeader(_ line: ArraySlice<UInt8>, into result: inout ParsedTranscript) {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        let key = String(decoding: line[line.startIndex..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
        let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, !value.isEmpty else { return }
        switch key {
        case "call-id", "call_id", "callid", "id", "gesprek-id":
            result.externalID = value
        case "language", "lang", "taal":
            let language = CallLanguage(tag: value)
            if language != .unknown { result.language = language }
        case "date", "datum", "started-at", "started_at", "start":
            result.startedAt = TimestampParsing.date(from: value)
            if result.startedAt == nil { result.metadata[key] = value }
        case "channel", "kanaal":
            result.channel = value
        default:
            result.metadata[key] = value
        }
    }

    // MARK: - Speaker lines

    private struct SpeakerLine {
        var speaker: LabelTable.Entry
        var text: Range<Int>
        var time: Double?
    }

    /// The labels seen so far, by a hash of their bytes, so a label is turned into a string
    /// and judged once per call rather than once per line.
    private struct LabelTable {
        struct Entry {
            var label: String
            var role: SpeakerRole?
        }

        private var entries: [UInt64: Entry] = [:]

        func entry(for hash: UInt64) -> Entry? { entries[hash] }

        mutating func add(_ label: String, hash: UInt64) -> Entry {
            let entry = Entry(label: label, role: RoleVocabulary.role(forLabel: label))
            entries[hash] = entry
            return entry
        }
    }

    /// Reads `[time] LABEL [time]: text` between `start` and `end`, or returns nil.
    private func speakerLine(_ bytes: [UInt8], _ start: Int, _ end: Int, labels: inout LabelTable) -> SpeakerLine? {
        var index = start
        var time: Double?
        if let stamp = timestamp(bytes, index, end) {
            time = stamp.seconds
            index = stamp.end
            while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "|") { index += 1 }
        }
        let labelStart = index
        guard index < end, isLabelStart(bytes[index]) else { return nil }
        var labelEnd = -1
        while index < end, index - labelStart <= 48 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") {
                labelEnd = index
                break
            }
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "("), let stamp = timestamp(bytes, index, end) {
                var after = stamp.end
                while after < end, bytes[after] == 0x20 { after += 1 }
                guard after < end, bytes[after] == UInt8(ascii: ":") else { return nil }
                time = time ?? stamp.seconds
                labelEnd = index
                index = after
                break
            }
            guard isLabelByte(byte) else { return nil }
            index += 1
        }
        guard labelEnd > labelStart else { return nil }
        // `index` is on the colon; a label's colon is followed by white space or the line end.
        let afterColon = index + 1
        guard afterColon >= end || bytes[afterColon] == 0x20 || bytes[afterColon] == 0x09 else { return nil }
        var trimmedEnd = labelEnd
        while trimmedEnd > labelStart, bytes[trimmedEnd - 1] == 0x20 || bytes[trimmedEnd - 1] == 0x09 { trimmedEnd -= 1 }
        guard trimmedEnd > labelStart else { return nil }
        let hash = StableHash.fnv1a64(bytes[labelStart..<trimmedEnd])
        let speaker: LabelTable.Entry
        if let known = labels.entry(for: hash) {
            speaker = known
        } else {
            let label = String(decoding: bytes[labelStart..<trimmedEnd], as: UTF8.self)
            guard isPlausibleLabel(label) else { return nil }
            speaker = labels.add(label, hash: hash)
        }
        var textStart = afterColon
        while textStart < end, bytes[textStart] == 0x20 || bytes[textStart] == 0x09 { textStart += 1 }
        return SpeakerLine(speaker: speaker, text: textStart..<max(textStart, end), time: time)
    }

    private func isLabelStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte >= 0x80
    }

    private func isLabelByte(_ byte: UInt8) -> Bool {
        isLabelStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == 0x20 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "'")
            || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
    }

    private static let labelParticles: Set<Substring> = ["van", "de", "der", "den", "ter", "ten", "het", "'t", "in", "la", "le", "du"]
    private static let speakerWords: Set<String> = ["speaker", "spreker", "spk", "persoon", "person"]

    /// Role words, speaker ids and names: every word capitalised (or a name particle), at most four words.
    private func isPlausibleLabel(_ label: String) -> Bool {
        if RoleVocabulary.role(forLabel: label) != nil { return true }
        let words = label.split(separator: " ")
        guard words.count <= 4, label.utf8.count <= 40 else { return false }
        if let first = words.first, Self.speakerWords.contains(first.lowercased()) { return true }
        return words.allSatisfy { word in
            guard let initial = word.first(where: { $0 != "(" }) else { return false }
            return initial.isUppercase || initial.isNumber || Self.labelParticles.contains(word)
        }
    }

    /// Reads `hh:mm:ss`, `mm:ss` or `h:mm:ss.mmm`, optionally in brackets or parentheses.
    private func timestamp(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (seconds: Double, end: Int)? {
        var index = start
        var closing: UInt8?
        if index < end, bytes[index] == UInt8(ascii: "[") { closing = UInt8(ascii: "]"); index += 1 }
        else if index < end, bytes[index] == UInt8(ascii: "(") { closing = UInt8(ascii: ")"); index += 1 }
        guard index < end, ByteClass.isDigit(bytes[index]) else { return nil }
        // Up to three fields (h:m:s); the first may have three digits (minutes of a long call).
        var total = 0, fieldCount = 0, fieldsValid = true
        var fraction = 0.0
        while index < end {
            var value = 0, digits = 0
            while index < end, digits < 3, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                value = value * 10 + Int(bytes[index] - 0x30)
                digits += 1
                index += 1
            }
            guard digits > 0, digits <= 2 || fieldCount == 0 else { return nil }
            if fieldCount > 0, value >= 60 { fieldsValid = false }
            total = total * 60 + value
            fieldCount += 1
            if index < end, bytes[index] == UInt8(ascii: ":"), fieldCount < 3 {
                index += 1
                continue
            }
            if index < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ","), fieldCount >= 2 {
                index += 1
                var scale = 0.1
                while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                    fraction += Double(bytes[index] - 0x30) * scale
                    scale /= 10
                    index += 1
                }
            }
            break
        }
        guard fieldCount >= 2, fieldsValid else { return nil }
        if let closing {
            guard index < end, bytes[index] == closing else { return nil }
            index += 1
        } else {
            // A bare time must stand alone, so `10:30:` or `10:30u` is not taken for one.
            guard index < end, bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
        }
        return (Double(total) + fraction, index)
    }
}
