/// Finds amounts, dates and reference numbers in a turn, with their normalised forms.
public struct FactFinder: Sendable {
    private static let referenceCues = [
        "zaaknummer", "dossiernummer", "aanslagnummer", "factuurnummer", "kenmerk", "referentienummer",
        "aanvraagnummer", "klantnummer", "meldingsnummer", "vergunningnummer", "betalingskenmerk",
        "reference number", "case number", "ticket number", "application number", "reference", "invoice number",
        "assessment number",
    ]
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
