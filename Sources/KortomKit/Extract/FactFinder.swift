/// Finds amounts, dates and reference numbers in a turn, with their normalised forms.
public struct FactFinder: Sendable {
    private static let months: [String: Int] = [
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
        "september": 9, "oktober": 10, "november": 11, "december": 12,
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
        "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
    ]
    private static let referenceCues = [
        "zaaknummer", "dossiernummer", "aanslagnummer", "factuurnummer", "kenmerk", "referentienummer",
        "aanvraagnummer", "klantnummer", "meldingsnummer", "vergunningnummer", "betalingskenmerk",
        "reference number", "case number", "ticket number", "application number", "reference", "invoice number",
        "assessment number",
    ]
    private let referenceMatcher = PhraseMatcher(phrases: referenceCues)

    public init() {}

    public func facts(in turn: Turn) -> [Fact] {
        var text = turn.text
        return text.withUTF8 { buffer in
            var facts: [Fact] = []
            let words = WordTokenizer.words(in: buffer)
            amounts(buffer, words, turn.index, &facts)
            dates(buffer, words, turn.index, &facts)
            references(buffer, turn.index, &facts)
            return facts.sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
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

    /// Reads `1.234,56`, `1234.56`, `45`, `12,50`, `1,234.56` as a decimal string with a dot.
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
        if fraction.count == 1 { fraction.append(UInt8(ascii: "0")) }
        let integer = String(decoding: integerDigits, as: UTF8.self)
        return fraction.isEmpty ? integer : integer + "." + String(decoding: fraction, as: UTF8.self)
    }

    /// `12-03-2026`, `12/3/2026`, `2026-03-12`, `12 maart 2026`, `12 maart`, `March 12, 2026`, `12th of March`.
    private func dates(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], _ turn: Int, _ facts: inout [Fact]) {
        var index = 0
        while index < words.count {
            let word = words[index]
            // Every date form starts with a digit or a month name.
            let first = ByteClass.lowercased(text[word.range.lowerBound])
            guard ByteClass.isDigit(first) || Self.monthInitials.contains(first) else {
                index += 1
                continue
            }
            let raw = Array(UnsafeBufferPointer(rebasing: text[word.range]))
            if ByteClass.isDigit(first), raw.count >= 8, let numeric = Self.numericDate(raw) {
                facts.append(Fact(kind: .date, text: string(text, word.range), normalized: numeric, turnIndex: turn, range: word.range))
                index += 1
                continue
            }
            // Day then month name, or month name then day.
            if let day = Self.day(raw), index + 1 < words.count, let month = Self.month(text, words[index + 1]) {
                var end = words[index + 1].range.upperBound
                var year: Int?
                if index + 2 < words.count, let found = Self.year(text, words[index + 2]) { year = found; end = words[index + 2].range.upperBound; index += 1 }
                facts.append(Fact(kind: .date, text: string(text, word.range.lowerBound..<end), normalized: Self.iso(year, month, day), turnIndex: turn, range: word.range.lowerBound..<end))
                index += 2
                continue
            }
            if let day = Self.day(raw), index + 2 < words.count, WordTokenizer.matches(text, words[index + 1], Array("of".utf8)), let month = Self.month(text, words[index + 2]) {
                let end = words[index + 2].range.upperBound
                facts.append(Fact(kind: .date, text: string(text, word.range.lowerBound..<end), normalized: Self.iso(nil, month, day), turnIndex: turn, range: word.range.lowerBound..<end))
                index += 3
                continue
            }
            if let month = Self.month(text, word), index + 1 < words.count, let day = Self.day(Array(UnsafeBufferPointer(rebasing: text[words[index + 1].range]))) {
                var end = words[index + 1].range.upperBound
                var year: Int?
                if index + 2 < words.count, let found = Self.year(text, words[index + 2]) { year = found; end = words[index + 2].range.upperBound; index += 1 }
                facts.append(Fact(kind: .date, text: string(text, word.range.lowerBound..<end), normalized: Self.iso(year, month, day), turnIndex: turn, range: word.range.lowerBound..<end))
                index += 2
                continue
            }
            index += 1
        }
    }

    private static func iso(_ year: Int?, _ month: Int, _ day: Int) -> String {
        let monthDay = (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
        guard let year else { return "--" + monthDay }
        return "\(year)-" + monthDay
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 4, bytes.allSatisfy(ByteClass.isDigit) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// `1`..`31`, optionally with an ordinal suffix (`1st`, `22nd`, `3rd`, `4th`, `1e`).
    private static func day(_ raw: [UInt8]) -> Int? {
        guard let first = raw.first, ByteClass.isDigit(first), raw.count <= 4 else { return nil }
        var digits = 0, value = 0
        while digits < raw.count, ByteClass.isDigit(raw[digits]) {
            value = value * 10 + Int(raw[digits] - 0x30)
            digits += 1
        }
        guard digits <= 2, (1...31).contains(value) else { return nil }
        let suffix = raw[digits...].map(ByteClass.lowercased)
        guard suffix.isEmpty || [Array("st".utf8), Array("nd".utf8), Array("rd".utf8), Array("th".utf8), Array("e".utf8)].contains(suffix) else { return nil }
        return value
    }

    private static let monthInitials: Set<UInt8> = Set(months.keys.map { $0.utf8.first! })
    private static let monthNames: [(bytes: [UInt8], month: Int)] = months.map { (Array($0.key.utf8), $0.value) }

    private static func month(_ text: UnsafeBufferPointer<UInt8>, _ word: WordTokenizer.Word) -> Int? {
        var range = word.range
        if text[range.upperBound - 1] == UInt8(ascii: ".") { range = range.lowerBound..<(range.upperBound - 1) }
        guard range.count >= 3, range.count <= 9, monthInitials.contains(ByteClass.lowercased(text[range.lowerBound])) else { return nil }
        let candidate = WordTokenizer.Word(range: range, breakAfter: false)
        return monthNames.first { WordTokenizer.matches(text, candidate, $0.bytes) }?.month
    }

    private static func year(_ text: UnsafeBufferPointer<UInt8>, _ word: WordTokenizer.Word) -> Int? {
        guard word.range.count == 4, let value = number(ArraySlice(text[word.range])), (1900...2100).contains(value) else { return nil }
        return value
    }

    static func numericDate(_ raw: [UInt8]) -> String? {
        for separator in [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")] {
            let parts = raw.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, let a = number(parts[0]), let b = number(parts[1]), let c = number(parts[2]) else { continue }
            if parts[0].count == 4, (1...12).contains(b), (1...31).contains(c) { return iso(a, b, c) }
            if parts[2].count == 4, (1...31).contains(a), (1...12).contains(b), (1900...2100).contains(c) { return iso(c, b, a) }
        }
        return nil
    }

    /// A cue word, then optionally `is`, `:` or `nummer`, then a token holding a digit or a placeholder.
    private func references(_ text: UnsafeBufferPointer<UInt8>, _ turn: Int, _ facts: inout [Fact]) {
        var covered = 0
        let matches = referenceMatcher.matches(in: text).sorted { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count }
        for match in matches where match.range.lowerBound >= covered {
            var position = match.range.upperBound
            // The cue must end a word (`kenmerk`, not `kenmerken`).
            guard position >= text.count || !ByteClass.isWordByte(text[position]) else { continue }
            let skip: [[UInt8]] = [Array("is".utf8), Array("luidt".utf8), Array("nummer".utf8), Array("number".utf8)]
            while true {
                while position < text.count, text[position] == 0x20 || text[position] == UInt8(ascii: ":") { position += 1 }
                var wordEnd = position
                while wordEnd < text.count, ByteClass.isWordByte(text[wordEnd]) { wordEnd += 1 }
                let word = text[position..<wordEnd].map(ByteClass.lowercased)
                if skip.contains(word) { position = wordEnd; continue }
                break
            }
            var end = position
            var hasDigit = false
            while end < text.count {
                let byte = text[end]
                if ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") { hasDigit = hasDigit || ByteClass.isDigit(byte); end += 1; continue }
                if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")), end + 1 < text.count, ByteClass.isAlphanumeric(text[end + 1]) { end += 1; continue }
                break
            }
            guard hasDigit, end > position else { continue }
            covered = end
            let cue = string(text, match.range).lowercased()
            facts.append(Fact(kind: .reference, text: string(text, match.range.lowerBound..<end), normalized: "\(cue) \(string(text, position..<end))", turnIndex: turn, range: match.range.lowerBound..<end))
        }
    }
}
