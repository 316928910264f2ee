/// Finds amounts, dates and reference numbers in a turn, with their normalised forms.
public struct FactFinder: Sendable {
    private static let referenceCues = [
        "zaaknummer", "dossiernummer", "aanslagnummer", "factuurnummer", "kenmerk", "referentienummer",
        "aanvraagnummer", "klantnummer", "meldingsnummer", "vergunningnummer", "betalingskenmerk",
        "reference number", "case number", "ticket number", "application number", "reference", "invoice number",
        "assessment number", "receipt number", "referral number", "permit number", "notice number", "booking number",
        "pcn", "foutcode", "error code", "dossier", "report", "case", "nummer", "number", "onder",
    ]
    /// Cue words that also introduce other numbers (`nummer 12`, `case 3`): the value after them
    /// must look like a code, with a letter or a separator beside its digits, or four digits.
    private static let genericCues: Set<String> = ["dossier", "report", "case", "nummer", "number", "onder"]
    private let referenceMatcher = PhraseMatcher(phrases: referenceCues)

    public init() {}

    /// The reference-number cue words, for callers that scan a call for several lexicons in one pass.
    static var referenceCuePhrases: [String] { referenceCues }

    public func facts(in turn: Turn) -> [Fact] {
        facts(in: turn, referenceCues: nil)
    }

    /// - Parameter referenceCues: where the turn's reference cue words are (indices into
    ///   ``referenceCuePhrases``), when the caller found them already; nil to look here.
    func facts(in turn: Turn, referenceCues: [PhraseMatcher.Match]?) -> [Fact] {
        var text = turn.text
        return text.withUTF8 { buffer in
            var facts: [Fact] = []
            // Amounts and dates hold a digit: read only the words around digits, a few before
            // (`EUR`, `maart`) and after (`euro`, `maart 2026`).
            var position = 0
            while position < buffer.count {
                guard ByteClass.isDigit(buffer[position]) else {
                    position += 1
                    continue
                }
                let window = WordTokenizer.words(in: buffer, from: Self.start(twoWordsBefore: position, in: buffer), limit: 7)
                amounts(buffer, window, turn.index, &facts)
                dates(buffer, window, turn.index, &facts)
                if let time = time(buffer, at: position, turn.index) { facts.append(time) }
                while position < buffer.count, !Self.endsToken(buffer[position]) { position += 1 }
            }
            references(buffer, referenceCues ?? referenceMatcher.matches(in: buffer), turn.index, &facts)
            // Windows overlap when digits are close; a fact found twice is one fact.
            var seen = Set<String>()
            return facts
                .sorted { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count }
                .filter { seen.insert("\($0.kind.rawValue)|\($0.range.lowerBound)").inserted }
        }
    }

    private static func endsToken(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The start of the word two words before the word holding `position`.
    private static func start(twoWordsBefore position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var start = position
        while start > 0, !endsToken(text[start - 1]) { start -= 1 }
        for _ in 0..<2 {
            var previous = start
            while previous > 0, endsToken(text[previous - 1]) { previous -= 1 }
            guard previous > 0 else { break }
            while previous > 0, !endsToken(text[previous - 1]) { previous -= 1 }
            start = previous
        }
        return start
    }

    private func string(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    }

    /// `€ 1.234,56`, `€45`, `45 euro`, `12,50 euro`, `EUR 80`, `£30`, `30 pounds`.
    private func amounts(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], _ turn: Int, _ facts: inout [Fact]) {
        for (index, word) in words.enumerated() where ByteClass.isDigit(text[word.range.lowerBound]) {
            guard let value = Self.amountValue(text, word.range) else { continue }
            var start = word.range.lowerBound
            var end = word.range.upperBound
            var currency: String?
            // A symbol right before: `€ 12` or `€12`.
            var probe = start
            while probe > 0, text[probe - 1] == 0x20 { probe -= 1 }
            if probe >= 3, text[probe - 3] == 0xE2, text[probe - 2] == 0x82, text[probe - 1] == 0xAC { currency = "EUR"; start = probe - 3 }
            else if probe >= 2, text[probe - 2] == 0xC2, text[probe - 1] == 0xA3 { currency = "GBP"; start = probe - 2 }
            else if probe >= 1, text[probe - 1] == UInt8(ascii: "$") { currency = "USD"; start = probe - 1 }
            else if index > 0, WordTokenizer.matches(text, words[index - 1], Array("eur".utf8)) { currency = "EUR"; start = words[index - 1].range.lowerBound }
            if currency == nil, index + 1 < words.count {
                let next = words[index + 1]
                for (word, code) in [("euro", "EUR"), ("euros", "EUR"), ("eur", "EUR"), ("pounds", "GBP"), ("pound", "GBP")] where WordTokenizer.matches(text, next, Array(word.utf8)) {
                    currency = code
                    end = next.range.upperBound
                }
            }
            guard let currency else { continue }
            // `€ 189,-` and `€ 12,--`: the dash says "no cents".
            if end == word.range.upperBound, end + 1 < text.count, text[end] == UInt8(ascii: ",") || text[end] == UInt8(ascii: "."), text[end + 1] == UInt8(ascii: "-") {
                end += 2
                if end < text.count, text[end] == UInt8(ascii: "-") { end += 1 }
            }
            facts.append(Fact(kind: .amount, text: string(text, start..<end), normalized: "\(value) \(currency)", turnIndex: turn, range: start..<end))
        }
    }

    /// Reads `1.234,56`, `1234.56`, `45`, `12,50`, `1,234.56` as a decimal string with a dot
    /// and two decimals.
    static func amountValue(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var digits: [UInt8] = []
        var lastSeparator: (byte: UInt8, digitsAfter: Int)?
        var separators: [UInt8] = []
        for position in range {
            let byte = text[position]
            if ByteClass.isDigit(byte) {
                digits.append(byte)
                if lastSeparator != nil { lastSeparator!.digitsAfter += 1 }
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                lastSeparator = (byte, 0)
                separators.append(byte)
            } else if byte == UInt8(ascii: "-") && position == range.upperBound - 1 {
                continue
            } else {
                return nil
            }
        }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        var integerDigits = digits
        var fraction: [UInt8] = []
        if let last = lastSeparator, last.digitsAfter > 0, last.digitsAfter <= 2, separators.filter({ $0 == last.byte }).count == 1 {
            fraction = Array(digits.suffix(last.digitsAfter))
            integerDigits = Array(digits.dropLast(last.digitsAfter))
        } else if let last = lastSeparator, last.digitsAfter != 3 {
            return nil
        }
        while integerDigits.count > 1, integerDigits.first == UInt8(ascii: "0") { integerDigits.removeFirst() }
        if integerDigits.isEmpty { integerDigits = [UInt8(ascii: "0")] }
        // Always two decimals: a CRM compares `12.50 EUR` and `189.00 EUR` as written.
        while fraction.count < 2 { fraction.append(UInt8(ascii: "0")) }
        return String(decoding: integerDigits, as: UTF8.self) + "." + String(decoding: fraction, as: UTF8.self)
    }

    private static let unitsAfterNumbers: WordSet = WordSet(["euro", "euros", "eur", "pond", "pound", "pounds", "dollar", "dollars", "procent", "percent", "cent"])

    private static let timeLeadIns: WordSet = WordSet(["om", "tot", "tussen", "vanaf", "voor", "at", "until", "by", "from", "before", "after"])

    /// Where the code token starting at `start` ends: letters, digits, placeholder brackets, and
    /// `-`, `/` or `.` between them (`Z-2026-0042`, `4400.2219.07`, `HB/2026/04471`, `[NAME-1]`).
    static func codeEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < text.count {
            let byte = text[end]
            if ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") { end += 1; continue }
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "."), end + 1 < text.count, ByteClass.isAlphanumeric(text[end + 1]) { end += 1; continue }
            break
        }
        return end
    }

    /// Whether a value with a digit looks like a code rather than any number: no placeholder,
    /// and a letter or separator beside its digits, or at least four digits (`PV-2026-7781`,
    /// `44817`; not `12`, not `[PHONE-1]`).
    static func looksLikeCode(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        value.first != UInt8(ascii: "[") && (value.count(where: ByteClass.isDigit) >= 4 || value.contains { !ByteClass.isDigit($0) })
    }

    /// The reference a turn gives in answer to a question that asked for one (`Wat is het
    /// kenmerk van de brief?` / `KW-2026-3391.`): a code near the start of the turn, with a digit
    /// and a letter or separator, or at least four digits; not a placeholder.
    ///
    /// - Parameter cue: the cue word of the question, which the fact's normalised form keeps.
    func answeredReference(in turn: Turn, cue: String) -> Fact? {
        var text = turn.text
        return text.withUTF8 { bytes -> Fact? in
            var position = 0
            var words = 0
            while position < bytes.count, position < 48, words <= 4 {
                while position < bytes.count, !ByteClass.isAlphanumeric(bytes[position]), bytes[position] != UInt8(ascii: "[") { position += 1 }
                let start = position
                let end = Self.codeEnd(bytes, from: start)
                guard end > start else { return nil }
                if bytes[start..<end].contains(where: ByteClass.isDigit) {
                    guard Self.looksLikeCode(bytes[start..<end]) else { return nil }
                    return Fact(kind: .reference, text: string(bytes, start..<end), normalized: "\(cue) \(string(bytes, start..<end))", turnIndex: turn.index, range: start..<end)
                }
                words += 1
                position = end
            }
            return nil
        }
    }

    /// A clock time starting at `start`, a token's first digit: `10:40`, `9.15 uur`, `om 10 uur`,
    /// `3:15 pm`, `at 11:00`; normalised to `HH:MM`. `12.50` alone is an amount or a number,
    /// so a time with a dot needs `uur` after it or a lead-in word (`om`, `at`) before it, and a
    /// whole hour needs `uur` with a lead-in, or `pm`, `am`, `o'clock`.
    func time(_ text: UnsafeBufferPointer<UInt8>, at start: Int, _ turn: Int) -> Fact? {
        guard start == 0 || !ByteClass.isAlphanumeric(text[start - 1]) && text[start - 1] != UInt8(ascii: ":") && text[start - 1] != UInt8(ascii: ".") else { return nil }
        var position = start
        var hour = 0
        while position < text.count, ByteClass.isDigit(text[position]), position - start < 3 { hour = hour * 10 + Int(text[position] - 48); position += 1 }
        guard position - start <= 2, hour <= 24 else { return nil }
        var minute = 0
        var separator: UInt8?
        if position + 2 < text.count, text[position] == UInt8(ascii: ":") || text[position] == UInt8(ascii: "."),
           ByteClass.isDigit(text[position + 1]), ByteClass.isDigit(text[position + 2]),
           position + 3 >= text.count || !ByteClass.isDigit(text[position + 3]) {
            separator = text[position]
            minute = Int(text[position + 1] - 48) * 10 + Int(text[position + 2] - 48)
            position += 3
            // `10:40:12` is a timestamp or a duration; `1.234.567` is a number.
            if position + 1 < text.count, text[position] == separator, ByteClass.isDigit(text[position + 1]) { return nil }
        }
        guard minute < 60 else { return nil }
        var end = position
        var probe = position
        while probe < text.count, text[probe] == 0x20 { probe += 1 }
        var wordEnd = probe
        while wordEnd < text.count, ByteClass.isASCIILetter(text[wordEnd]) { wordEnd += 1 }
        let after = text[probe..<wordEnd].map(ByteClass.lowercased)
        // `tot 12.50 euro` is an amount.
        guard !Self.unitsAfterNumbers.contains(after) else { return nil }
        let pm = after == Array("pm".utf8) || after == Array("p.m".utf8)
        let marked = after == Array("uur".utf8) || pm || after == Array("am".utf8) || after == Array("o".utf8) && wordEnd < text.count && text[wordEnd] == UInt8(ascii: "'")
        if marked { end = wordEnd }
        var leadIn = false
        var before = start
        while before > 0, text[before - 1] == 0x20 { before -= 1 }
        var wordStart = before
        while wordStart > 0, ByteClass.isASCIILetter(text[wordStart - 1]) { wordStart -= 1 }
        if wordStart < before { leadIn = Self.timeLeadIns.contains(text[wordStart..<before].map(ByteClass.lowercased)) }
        switch separator {
        case UInt8(ascii: ":"): guard marked || leadIn || hour > 0 else { return nil }
        case UInt8(ascii: "."): guard marked || leadIn else { return nil }
        // `om 10 uur` is a time, `3 uur gewacht` a duration; `3 pm` and `10 o'clock` are times.
        default: guard marked, leadIn || after != Array("uur".utf8) else { return nil }
        }
        if pm, hour < 12 { hour += 12 }
        guard hour < 24 else { return nil }
        let normalized = (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
        return Fact(kind: .time, text: string(text, start..<end), normalized: normalized, turnIndex: turn, range: start..<end)
    }

    /// `12-03-2026`, `12/3/2026`, `2026-03-12`, `12 maart 2026`, `12 maart`, `March 12, 2026`, `12th of March`.
    private func dates(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], _ turn: Int, _ facts: inout [Fact]) {
        var index = 0
        while index < words.count {
            if let (fact, consumed) = date(text, words, at: index, turn) {
                facts.append(fact)
                index += consumed
            } else {
                index += 1
            }
        }
    }

    /// The date starting at `words[index]` as a fact, and how many words it spans.
    private func date(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], at index: Int, _ turn: Int) -> (Fact, Int)? {
        guard let found = DateReader.date(in: text, words, at: index) else { return nil }
        return (Fact(kind: .date, text: string(text, found.range), normalized: found.normalized, turnIndex: turn, range: found.range), found.wordCount)
    }

    /// A cue word, then optionally `is`, `:` or `nummer`, then a token holding a digit or a placeholder.
    private func references(_ text: UnsafeBufferPointer<UInt8>, _ cues: [PhraseMatcher.Match], _ turn: Int, _ facts: inout [Fact]) {
        var covered = 0
        let matches = cues.sorted { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count }
        for match in matches where match.range.lowerBound >= covered {
            var position = match.range.upperBound
            // The cue must end a word (`kenmerk`, not `kenmerken`).
            guard position >= text.count || !ByteClass.isWordByte(text[position]) else { continue }
            // Up to four short lower-case words may stand between the cue and the value
            // (`kenmerk van dit gesprek is KCC-44817`, `heeft nummer PV-2026-7781`).
            var skipped = 0
            while true {
                while position < text.count, text[position] == 0x20 || text[position] == UInt8(ascii: ":") || text[position] == UInt8(ascii: ",") { position += 1 }
                var wordEnd = position
                while wordEnd < text.count, text[wordEnd] &- UInt8(ascii: "a") < 26 { wordEnd += 1 }
                guard skipped < 4, wordEnd > position, wordEnd - position <= 12,
                      wordEnd >= text.count || text[wordEnd] == 0x20 || text[wordEnd] == UInt8(ascii: ":") else { break }
                position = wordEnd
                skipped += 1
            }
            let end = Self.codeEnd(text, from: position)
            guard end > position, text[position..<end].contains(where: ByteClass.isDigit) else { continue }
            let cue = string(text, match.range).lowercased()
            guard !Self.genericCues.contains(cue) || Self.looksLikeCode(text[position..<end]) else { continue }
            covered = end
            facts.append(Fact(kind: .reference, text: string(text, match.range.lowerBound..<end), normalized: "\(cue) \(string(text, position..<end))", turnIndex: turn, range: match.range.lowerBound..<end))
        }
    }
}
