/// Reads the date forms calls contain, for key facts and for dates of birth.
///
/// `12-03-2026`, `12/3/2026`, `2026-03-12`, `12 maart 2026`, `12 maart`, `March 12, 2026`,
/// `12th of March`; Dutch and English month names and their abbreviations.
enum DateReader {
    /// A date found in a text.
    struct DateMatch {
        var range: Range<Int>
        var wordCount: Int
        var year: Int?
        var month: Int
        var day: Int

        /// `2026-03-01`, or `--03-01` without a year (ISO 8601).
        var normalized: String { DateReader.iso(year, month, day) }
    }

    static let months: [String: Int] = [
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
        "september": 9, "oktober": 10, "november": 11, "december": 12,
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
        "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// The date starting at `words[index]`, if one does.
    static func date(in text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], at index: Int) -> DateMatch? {
        let word = words[index]
        // Every date form starts with a digit or a month name.
        let first = ByteClass.lowercased(text[word.range.lowerBound])
        func fact(through last: Int, _ date: (year: Int?, month: Int, day: Int)) -> DateMatch {
            DateMatch(range: word.range.lowerBound..<words[last].range.upperBound, wordCount: last - index + 1, year: date.year, month: date.month, day: date.day)
        }
        func year(after last: Int) -> Int? {
            last + 1 < words.count ? Self.year(text, words[last + 1]) : nil
        }
        if ByteClass.isDigit(first) {
            if word.range.count >= 8, let numeric = Self.numericDate(text, word.range) {
                return fact(through: index, (numeric.year, numeric.month, numeric.day))
            }
            guard let day = Self.day(text, word.range), index + 1 < words.count else { return nil }
            // Day then month name: `12 maart (2026)`.
            if let month = Self.month(text, words[index + 1]) {
                let year = year(after: index + 1)
                return fact(through: index + (year == nil ? 1 : 2), (year, month, day))
            }
            // `12th of March (2014)`.
            if index + 2 < words.count, WordTokenizer.matches(text, words[index + 1], Self.of), let month = Self.month(text, words[index + 2]) {
                let year = year(after: index + 2)
                return fact(through: index + (year == nil ? 2 : 3), (year, month, day))
            }
            // `3rd of the 9th(, 2004)`: the month as an ordinal.
            if index + 3 < words.count, WordTokenizer.matches(text, words[index + 1], Self.of), WordTokenizer.matches(text, words[index + 2], Self.the),
               words[index + 3].range.count > 1, !text[words[index + 3].range].allSatisfy(ByteClass.isDigit),
               let month = Self.day(text, words[index + 3].range), (1...12).contains(month) {
                let year = year(after: index + 3)
                return fact(through: index + (year == nil ? 3 : 4), (year, month, day))
            }
            return nil
        }
        // Month name then day: `March 12(, 2026)`.
        guard Self.monthInitials[Int(first)], let month = Self.month(text, word), index + 1 < words.count,
              let day = Self.day(text, words[index + 1].range)
        else { return nil }
        let year = year(after: index + 1)
        return fact(through: index + (year == nil ? 1 : 2), (year, month, day))
    }

    private static let of = Array("of".utf8)
    private static let the = Array("the".utf8)

    static func iso(_ year: Int?, _ month: Int, _ day: Int) -> String {
        let monthDay = (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
        guard let year else { return "--" + monthDay }
        return "\(year)-" + monthDay
    }

    /// The value of 1 to 4 digits, or nil.
    private static func number(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 4 else { return nil }
        var value = 0
        for position in range {
            guard ByteClass.isDigit(text[position]) else { return nil }
            value = value * 10 + Int(text[position] - 0x30)
        }
        return value
    }

    /// `1`..`31`, optionally with an ordinal suffix (`1st`, `22nd`, `3rd`, `4th`, `1e`).
    private static func day(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard range.count <= 4, ByteClass.isDigit(text[range.lowerBound]) else { return nil }
        var end = range.lowerBound
        var value = 0
        while end < range.upperBound, ByteClass.isDigit(text[end]) {
            value = value * 10 + Int(text[end] - 0x30)
            end += 1
        }
        guard end - range.lowerBound <= 2, (1...31).contains(value) else { return nil }
        switch range.upperBound - end {
        case 0: return value
        case 1: return ByteClass.lowercased(text[end]) == UInt8(ascii: "e") ? value : nil
        case 2:
            let suffix = (ByteClass.lowercased(text[end]), ByteClass.lowercased(text[end + 1]))
            let ordinal = suffix == (UInt8(ascii: "s"), UInt8(ascii: "t")) || suffix == (UInt8(ascii: "n"), UInt8(ascii: "d"))
                || suffix == (UInt8(ascii: "r"), UInt8(ascii: "d")) || suffix == (UInt8(ascii: "t"), UInt8(ascii: "h"))
            return ordinal ? value : nil
        default: return nil
        }
    }

    /// Whether a month name starts with the byte, by byte value.
    private static let monthInitials: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for name in months.keys { table[Int(name.utf8.first!)] = true }
        return table
    }()
    private static let monthByHash = WordHashTable(months.map { (StableHash.fnv1a64($0.key.utf8), $0.value) })

    private static func month(_ text: UnsafeBufferPointer<UInt8>, _ word: WordTokenizer.Word) -> Int? {
        var range = word.range
        if text[range.upperBound - 1] == UInt8(ascii: ".") { range = range.lowerBound..<(range.upperBound - 1) }
        guard range.count >= 3, range.count <= 9, monthInitials[Int(ByteClass.lowercased(text[range.lowerBound]))] else { return nil }
        return monthByHash.value(for: WordTokenizer.foldedHash(text, range))
    }

    /// The last year up to `referenceYear` that ends in the two digits `twoDigits`: `58` is
    /// 1958, `13` is 2013 (in 2026), as a year of birth said by its last two digits is read.
    static func latestYear(endingIn twoDigits: Int, by referenceYear: Int) -> Int {
        let century = referenceYear / 100 * 100
        return twoDigits <= referenceYear % 100 ? century + twoDigits : century - 100 + twoDigits
    }

    private static func year(_ text: UnsafeBufferPointer<UInt8>, _ word: WordTokenizer.Word) -> Int? {
        // `'48`: two digits after an apostrophe, the last year they can be for one born.
        if word.range.count == 2, word.range.lowerBound > 0, text[word.range.lowerBound - 1] == UInt8(ascii: "'"), let value = number(text, word.range) {
            return latestYear(endingIn: value, by: DateOfBirthDetector.currentYear)
        }
        guard word.range.count == 4, let value = number(text, word.range), (1900...2100).contains(value) else { return nil }
        return value
    }

    /// `dd-mm-yyyy`, `dd/mm/yyyy`, `dd.mm.yyyy` or `yyyy-mm-dd`.
    static func numericDate(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (year: Int, month: Int, day: Int)? {
        for separator in [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")] {
            var parts: [Range<Int>] = []
            var start = range.lowerBound
            for position in range where text[position] == separator {
                parts.append(start..<position)
                start = position + 1
            }
            parts.append(start..<range.upperBound)
            guard parts.count == 3, let a = number(text, parts[0]), let b = number(text, parts[1]), let c = number(text, parts[2]) else { continue }
            if parts[0].count == 4, (1...12).contains(b), (1...31).contains(c) { return (a, b, c) }
            if parts[2].count == 4, (1...31).contains(a), (1...12).contains(b), (1900...2100).contains(c) { return (c, b, a) }
        }
        return nil
    }
}
