/// Finds dates of birth said in words, as speech-to-text writes them: `zeventien juli
/// negentienhonderd achtenvijftig`, `elf november negentienhonderd negenendertig`, `ninth of
/// May nineteen ninety`, `May the ninth, nineteen eighty-one`, `17 juli negentien achtenvijftig`.
///
/// A day and a month name, with or without a year, and with the day or the year in words
/// (dates all in digits are ``DateOfBirthDetector``'s), is a date of birth by the same rule
/// as a written one: after a cue (`geboren`, `date of birth`, or the question it answers), or
/// with a year at least `minimumAge` and at most 120 years back. So `op zeventien juli` and
/// `the ninth of May twenty twenty-six`, appointments, are kept.
public struct SpokenDateOfBirthDetector: PIIDetector {
    public let name = "spoken-dob"
    /// The year dates are judged against; the current year by default.
    public let referenceYear: Int
    public let minimumAge: Int

    public init(referenceYear: Int = DateOfBirthDetector.currentYear, minimumAge: Int = 14) {
        self.referenceYear = referenceYear
        self.minimumAge = minimumAge
    }

    /// A month name and a day or year in words.
    /// A month's name and a number word, or a birth cue and a number word (`geboortedatum
    /// twaalf twaalf zesenzeventig`).
    public let lineRequirement = LineRequirement([.monthWord, .numberWord], or: [.birthCue, .numberWord])

    /// The month names in full, Dutch and English: speech-to-text writes no abbreviations.
    static let monthNames: [String: Int] = [
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
        "september": 9, "oktober": 10, "november": 11, "december": 12,
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    ]
    private static let months = WordHashTable(monthNames.map { (StableHash.fnv1a64($0.key.utf8), $0.value) })

    /// Days as ordinal words, with their values: `eerste` ... `eenendertigste`, `first` ...
    /// `thirty-first`.
    static let ordinalWords: [(word: String, day: Int)] = {
        var entries: [(String, Int)] = []
        let dutchUnits = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
        let dutchTeens = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
        var dutch: [Int: [String]] = [:]
        for (offset, word) in dutchUnits.enumerated() { dutch[offset + 1] = [word] }
        for (offset, word) in dutchTeens.enumerated() { dutch[offset + 10] = [word] }
        dutch[20] = ["twintig"]
        dutch[30] = ["dertig"]
        dutch[31] = ["eenendertig"]
        for unit in 1...9 {
            let word = dutchUnits[unit - 1]
            // `tweeëntwintig`, also written without the diaeresis.
            dutch[20 + unit] = word.hasSuffix("e") ? [word + "ëntwintig", word + "entwintig"] : [word + "entwintig"]
        }
        for (day, words) in dutch {
            for word in words {
                switch day {
                case 1: entries.append(("eerste", 1))
                case 3: entries.append(("derde", 3))
                case 8: entries.append(("achtste", 8))
                case 2...19: entries.append((word + "de", day))
                default: entries.append((word + "ste", day))
                }
            }
        }
        let english = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
        for (offset, word) in english.enumerated() { entries.append((word, offset + 1)) }
        entries += [("twentieth", 20), ("thirtieth", 30), ("thirty-first", 31)]
        for unit in 1...9 { entries.append(("twenty-" + english[unit - 1], 20 + unit)) }
        return entries
    }()
    private static let ordinals = WordHashTable(ordinalWords.map { (StableHash.fnv1a64($0.word.utf8), $0.day) })

    /// The words that start a year said as one word.
    static let centuryWords = ["negentienhonderd", "tweeduizend"]

    /// Dutch years written as one word, as speech-to-text often writes them
    /// (`negentienhonderdzestig`, `tweeduizendelf`), with the year each stands for.
    static let compoundYearWords: [(word: String, year: Int)] = NumberWords.words.flatMap { word, value -> [(String, Int)] in
        let number = value >= NumberWords.singleDigitBase ? value - NumberWords.singleDigitBase : value
        guard value < NumberWords.repeatBase, number >= 1 else { return [] }
        // `negentienzevenenzestig`: the nineteen hundreds without `honderd`, as many say them;
        // only with tens, so that `negentienelf` is no year.
        let withoutHundred: [(String, Int)] = number >= 20 ? [("negentien" + word, 1900 + number)] : []
        return [(centuryWords[0] + word, 1900 + number), (centuryWords[1] + word, 2000 + number)] + withoutHundred
    }
    private static let compoundYears = WordHashTable(compoundYearWords.map { (StableHash.fnv1a64($0.word.utf8), $0.year) })

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        let words = WordTokenizer.words(in: text, from: 0, limit: .max)
        defer {
            findNumberDates(in: text, words, into: &candidates)
            findOrdinalMonthDates(in: text, words, into: &candidates)
        }
        var cueEnds: [Int]?
        var index = 0
        while index < words.count {
            guard let month = Self.month(text, words[index]), var date = date(text, words, month: month, at: index) else {
                index += 1
                continue
            }
            // A year of birth given the Dutch way before it counts as a cue: `ze is van '34, vier april`.
            if cueEnds == nil { cueEnds = DateOfBirthDetector.cues.matches(in: text).map(\.range.upperBound) + DateOfBirthDetector.birthYears(in: text, referenceYear: referenceYear).map(\.range.upperBound) }
            // `ik ben van vier april achtendertig`: the date right after `ik ben van` or `ze is
            // van`, with its year (`ze is van vijf mei` may be a letter's date).
            let afterPersonBeing = DateOfBirthDetector.followsPersonBeingOf(text, date.range.lowerBound)
            let afterCue = cueEnds!.contains { $0 <= date.range.lowerBound && date.range.lowerBound - $0 <= 40 } || afterPersonBeing
            // After a cue, a year said by its last two words only (`the fourteenth of June,
            // eighty-two`) belongs to the date: 1920 to 1999.
            if date.year == nil, afterCue, let (value, last) = Self.twoDigits(text, words, startingAt: date.lastWord + 1), (20...99).contains(value) {
                date.year = 1900 + value
                date.lastWord = last
                var end = words[last].range.upperBound
                if text[end - 1] == UInt8(ascii: ".") { end -= 1 }
                date.range = date.range.lowerBound..<end
            } else if date.year == nil, afterCue, date.lastWord + 1 < words.count, !words[date.lastWord].breakAfter,
                      let short = DateOfBirthDetector.shortYear(in: text, after: words[date.lastWord].range.upperBound) {
                // `vijf mei '79`: the year's last two digits, after an apostrophe or not.
                date.year = short.year
                date.lastWord += 1
                date.range = date.range.lowerBound..<short.end
            }
            index = date.lastWord + 1
            let plausibleAge = date.year.map { $0 <= referenceYear - minimumAge && $0 >= referenceYear - 120 } ?? false
            guard afterCue && (!afterPersonBeing || date.year != nil) || plausibleAge else { continue }
            candidates.append(PIICandidate(type: .dateOfBirth, range: date.range, confidence: afterCue ? 0.95 : 0.75, detector: name, canonicalValue: DateReader.iso(date.year, month, date.day)))
        }
    }

    /// A date of birth said as three numbers after a cue (`geboortedatum twaalf twaalf
    /// zesenzeventig`, `date of birth nine three eighty-one`): a day, a month of 1 to 12, and a
    /// year in words, two-digit years taken as the last one it can be for someone born.
    private func findNumberDates(in text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], into candidates: inout [PIICandidate]) {
        // Every cue holds `geb`, `dob`, `bor` or `bir` (``DateOfBirthDetector/cues``): most lines hold none.
        guard Self.mayHoldBirthCue(text) else { return }
        let cueEnds = DateOfBirthDetector.cues.matches(in: text).map(\.range.upperBound)
        guard !cueEnds.isEmpty else { return }
        for (index, word) in words.enumerated() where cueEnds.contains(where: { $0 <= word.range.lowerBound && word.range.lowerBound - $0 <= 24 }) {
            guard let day = Self.day(text, words, startingAt: index), day.spoken, day.last + 1 < words.count,
                  let month = NumberWords.value(of: Self.lowered(text, words[day.last + 1])), (1...12).contains(month),
                  Self.isValid(day: day.value, month: month), day.last + 2 < words.count,
                  let year = birthYear(text, words, startingAt: day.last + 2, inWordsOnly: true)
            else { continue }
            candidates.append(PIICandidate(type: .dateOfBirth, range: word.range.lowerBound..<year.end, confidence: 0.85, detector: name, canonicalValue: DateReader.iso(year.value, month, day.value)))
            return
        }
    }

    /// A date of birth with its month said as an ordinal, after a cue (`de vijftiende van de
    /// zesde, negentien negenentachtig`, `twenty-third of the ninth, eighty-four`): a day, `van
    /// de` or `of the`, an ordinal from 1 to 12, and a year in words or digits.
    private func findOrdinalMonthDates(in text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], into candidates: inout [PIICandidate]) {
        guard words.count >= 5, Self.mayHoldBirthCue(text) else { return }
        let cueEnds = DateOfBirthDetector.cues.matches(in: text).map(\.range.upperBound)
        guard !cueEnds.isEmpty else { return }
        var index = 1
        while index + 2 < words.count {
            defer { index += 1 }
            guard Self.isWord(text, words[index], "van") && Self.isWord(text, words[index + 1], "de") || Self.isWord(text, words[index], "of") && Self.isWord(text, words[index + 1], "the"),
                  let day = Self.day(text, words, endingAt: index - 1), day.spoken,
                  let month = Self.ordinals.value(for: StableHash.fnv1a64(Self.lowered(text, words[index + 2]))), (1...12).contains(month),
                  Self.isValid(day: day.value, month: month)
            else { continue }
            var first = day.first
            // `de vijftiende`, `the twenty-third`: the article goes with the date.
            if first >= 1, Self.isWord(text, words[first - 1], "de") || Self.isWord(text, words[first - 1], "the") { first -= 1 }
            guard cueEnds.contains(where: { $0 <= words[first].range.lowerBound && words[first].range.lowerBound - $0 <= 40 }),
                  let year = birthYear(text, words, startingAt: index + 3, inWordsOnly: false)
            else { continue }
            candidates.append(PIICandidate(type: .dateOfBirth, range: words[first].range.lowerBound..<year.end, confidence: 0.85, detector: name, canonicalValue: DateReader.iso(year.value, month, day.value)))
            index = year.last
        }
    }

    /// The year of a date of birth that starts at `words[first]`: as ``year(_:_:startingAt:)``
    /// reads one (said in words only, with `inWordsOnly`), or its last two digits in words
    /// (`zesenzeventig`), taken as the last such year someone can be born in; at most 120 years
    /// back. With the index of its last word and where it ends, without a full stop.
    private func birthYear(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], startingAt first: Int, inWordsOnly: Bool) -> (value: Int, last: Int, end: Int)? {
        var year: Int
        var last: Int
        if let found = Self.year(text, words, startingAt: first), found.spoken || !inWordsOnly {
            (year, last) = (found.value, found.last)
        } else if let (value, end) = Self.twoDigits(text, words, startingAt: first) {
            year = DateReader.latestYear(endingIn: value, by: referenceYear)
            last = end
        } else {
            return nil
        }
        guard year <= referenceYear, year >= referenceYear - 120 else { return nil }
        var end = words[last].range.upperBound
        if text[end - 1] == UInt8(ascii: ".") { end -= 1 }
        return (year, last, end)
    }

    private static func mayHoldBirthCue(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 3 else { return false }
        for index in 0..<(text.count - 2) {
            let a = text[index] | 0x20, b = text[index + 1] | 0x20, c = text[index + 2] | 0x20
            if a == UInt8(ascii: "g") && b == UInt8(ascii: "e") && c == UInt8(ascii: "b") || a == UInt8(ascii: "d") && b == UInt8(ascii: "o") && c == UInt8(ascii: "b")
                || a == UInt8(ascii: "b") && (b == UInt8(ascii: "o") || b == UInt8(ascii: "i")) && c == UInt8(ascii: "r") {
                return true
            }
        }
        return false
    }

    private struct SpokenDate {
        var range: Range<Int>
        var lastWord: Int
        var day: Int
        var year: Int?
    }

    /// The date around the month name at `words[monthIndex]`: a day before it (`ninth of May`,
    /// `zeventien juli`) or after it (`May the ninth`), then perhaps a year.
    private func date(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], month: Int, at monthIndex: Int) -> SpokenDate? {
        var dayBefore = monthIndex - 1
        if dayBefore >= 1, Self.isWord(text, words[dayBefore], "of") { dayBefore -= 1 }
        var first: Int
        var last: Int
        var day: (value: Int, spoken: Bool)
        if dayBefore >= 0, let found = Self.day(text, words, endingAt: dayBefore) {
            day = (found.value, found.spoken)
            first = found.first
            last = monthIndex
        } else {
            var dayAfter = monthIndex + 1
            if dayAfter + 1 < words.count, Self.isWord(text, words[dayAfter], "the") { dayAfter += 1 }
            guard dayAfter < words.count, let found = Self.day(text, words, startingAt: dayAfter) else { return nil }
            day = (found.value, found.spoken)
            first = monthIndex
            last = found.last
        }
        var year: Int?
        var yearSpoken = false
        if last + 1 < words.count, let found = Self.year(text, words, startingAt: last + 1) {
            year = found.value
            yearSpoken = found.spoken
            last = found.last
        }
        // All in digits, it is a written date: ``DateOfBirthDetector`` reads those.
        guard day.spoken || yearSpoken, Self.isValid(day: day.value, month: month) else { return nil }
        var end = words[last].range.upperBound
        if text[end - 1] == UInt8(ascii: ".") { end -= 1 }
        return SpokenDate(range: words[first].range.lowerBound..<end, lastWord: last, day: day.value, year: year)
    }

    private static func isValid(day: Int, month: Int) -> Bool {
        day >= 1 && day <= (month == 2 ? 29 : [4, 6, 9, 11].contains(month) ? 30 : 31)
    }

    /// A day that ends at `words[last]`: digits (`17`, `17e`, `9th`), an ordinal (`ninth`,
    /// `zeventiende`), a number word (`zeventien`), or tens and a unit (`twenty first`).
    private static func day(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], endingAt last: Int) -> (value: Int, spoken: Bool, first: Int)? {
        if let digits = digitDay(text, words[last]) { return (digits, false, last) }
        guard let value = ordinalOrNumber(text, words[last]), (1...31).contains(value) else { return nil }
        if value <= 9, last >= 1, let tens = NumberWords.value(of: lowered(text, words[last - 1])), tens == 20 || tens == 30, tens + value <= 31 {
            return (tens + value, true, last - 1)
        }
        return (value, true, last)
    }

    /// A day that starts at `words[first]`, read as ``day(_:_:endingAt:)`` reads one.
    private static func day(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], startingAt first: Int) -> (value: Int, spoken: Bool, last: Int)? {
        if let digits = digitDay(text, words[first]) { return (digits, false, first) }
        guard let value = ordinalOrNumber(text, words[first]), (1...31).contains(value) else { return nil }
        if value == 20 || value == 30, !words[first].breakAfter, first + 1 < words.count,
           let unit = ordinalOrNumber(text, words[first + 1]), (1...9).contains(unit), value + unit <= 31 {
            return (value + unit, true, first + 1)
        }
        return (value, true, first)
    }

    /// A year that starts at `words[first]`: four digits, or said as people say years
    /// (`negentienhonderd achtenvijftig`, `negentien achtenvijftig`, `nineteen eighty-one`,
    /// `nineteen oh five`, `two thousand and five`, `tweeduizend vijf`, `twenty ten`).
    private static func year(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], startingAt first: Int) -> (value: Int, spoken: Bool, last: Int)? {
        let word = lowered(text, words[first])
        if word.count == 4, word.allSatisfy(ByteClass.isDigit) {
            let value = word.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            return (1900...2100).contains(value) ? (value, false, first) : nil
        }
        var base: Int
        var next = first + 1
        switch String(decoding: word, as: UTF8.self) {
        case centuryWords[0]: base = 1900
        case centuryWords[1]: base = 2000
        case "negentien", "nineteen":
            base = 1900
            if next < words.count, isWord(text, words[next], "honderd") || isWord(text, words[next], "hundred") { next += 1 }
        case "two":
            guard next < words.count, isWord(text, words[next], "thousand") else { return nil }
            base = 2000
            next += 1
        case "twenty", "twintig":
            // `twenty ten`: the century alone is no year.
            guard let (value, last) = twoDigits(text, words, startingAt: next), value >= 10 else { return nil }
            return (2000 + value, true, last)
        default:
            guard let year = compoundYears.value(for: StableHash.fnv1a64(word)) else { return nil }
            return (year, true, first)
        }
        let centuryEnd = next - 1
        if next + 1 < words.count, isWord(text, words[next], "en") || isWord(text, words[next], "and") { next += 1 }
        if let (value, last) = twoDigits(text, words, startingAt: next) { return (base + value, true, last) }
        // `negentien` alone is a day or a count, not a year; `negentienhonderd` is one.
        guard word.count > 9 || base == 2000 || centuryEnd > first else { return nil }
        return (base, true, centuryEnd)
    }

    /// A number from 1 to 99 in words from `words[first]`: one word (`achtenvijftig`,
    /// `eighty-one`), tens and a unit (`eighty one`), or `oh`/`nul` and a unit (`oh five`).
    private static func twoDigits(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], startingAt first: Int) -> (Int, Int)? {
        guard first < words.count, let value = NumberWords.value(of: lowered(text, words[first])) else { return nil }
        let unit = first + 1 < words.count && !words[first].breakAfter ? NumberWords.value(of: lowered(text, words[first + 1])) : nil
        if value == 0 {
            guard let unit, (1...9).contains(unit) else { return nil }
            return (unit, first + 1)
        }
        if value >= 20, value % 10 == 0, let unit, (1...9).contains(unit) { return (value + unit, first + 1) }
        return (value, first)
    }

    private static func digitDay(_ text: UnsafeBufferPointer<UInt8>, _ word: WordTokenizer.Word) -> Int? {
        var position = word.range.lowerBound
        var value = 0
        while position < word.range.upperBound, ByteClass.isDigit(text[position]), position - word.range.lowerBound < 2 {
            value = value * 10 + Int(text[position] - 0x30)
            position += 1
        }
        guard position > word.range.lowerBound, (1...31).contains(value) else { return nil }
        let suffix = lowered(text, WordTokenizer.Word(range: position..<word.range.upperBound, breakAfter: false))
        return ["", "e", "ste", "de", "st", "nd", "rd", "th"].contains(String(decoding: suffix, as: UTF8.self)) ? value : nil
    }

    private static func ordinalOrNumber(_ text: UnsafeBufferPointer<UInt8>, _ word: WordTokenizer.Word) -> Int? {
        let bytes = lowered(text, word)
        return ordinals.value(for: StableHash.fnv1a64(bytes)) ?? NumberWords.value(of: bytes)
    }

    /// Whether `text[range]` is a month's name in full, in any case.
    static func isMonthName(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count >= 3 && months.value(for: WordTokenizer.foldedHash(text, range)) != nil
    }

    private static func month(_ text: UnsafeBufferPointer<UInt8>, _ word: WordTokenizer.Word) -> Int? {
        var range = word.range
        if text[range.upperBound - 1] == UInt8(ascii: ".") { range = range.lowerBound..<(range.upperBound - 1) }
        guard range.count >= 3 else { return nil }
        return months.value(for: WordTokenizer.foldedHash(text, range))
    }

    private static func isWord(_ text: UnsafeBufferPointer<UInt8>, _ word: WordTokenizer.Word, _ expected: String) -> Bool {
        lowered(text, word).elementsEqual(expected.utf8)
    }

    /// The word's bytes in lower case, without the full stop the tokenizer keeps after a short word.
    private static func lowered(_ text: UnsafeBufferPointer<UInt8>, _ word: WordTokenizer.Word) -> [UInt8] {
        var range = word.range
        if range.count > 1, text[range.upperBound - 1] == UInt8(ascii: ".") { range = range.lowerBound..<(range.upperBound - 1) }
        return text[range].map(ByteClass.lowercased)
    }
}
