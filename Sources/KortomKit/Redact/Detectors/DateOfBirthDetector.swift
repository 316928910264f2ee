import Foundation

/// Finds dates of birth: a date after a cue (`geboren op`, `geboortedatum`, `date of birth`,
/// `born on`), or a full date whose year makes it someone's birth date rather than an
/// appointment (at least `minimumAge` years before the reference year).
///
/// Dates of events in the call (`voor 1 maart`, `on the 28th of March`, `31 oktober 2025`)
/// are kept: they are key facts.
public struct DateOfBirthDetector: PIIDetector {
    public let name = "dob"
    /// The year dates are judged against; the current year by default.
    public let referenceYear: Int
    public let minimumAge: Int

    /// This year, read once: a redactor builds a detector for every answer to a question for
    /// a birth date.
    public static let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())

    /// The cues that make a date a birth date when they stand shortly before it.
    static let cues = PhraseMatcher(phrases: [
        "geboren", "geboortedatum", "geboortedata", "geb.", "geb", "geboortejaar", "date of birth", "dates of birth", "born on", "born", "birthday",
        "birth date", "dob",
        // As a chat shortens it: `geb datum 3-2-88`, `geboorte datum`.
        "geb datum", "geboorte datum", "d.o.b",
    ])

    public init(referenceYear: Int = Self.currentYear, minimumAge: Int = 14) {
        self.referenceYear = referenceYear
        self.minimumAge = minimumAge
    }

    /// Whether the digits at `position` are one or two long (a day, `12`, `3rd`) or open a
    /// numeric date (`22-08-1979`, `1979-08-22`, `22/8/1979`).
    private static func mayStartDate(_ text: UnsafeBufferPointer<UInt8>, digitsAt position: Int) -> Bool {
        var end = position
        while end < text.count, ByteClass.isDigit(text[end]) { end += 1 }
        let run = end - position
        if run <= 2 { return true }
        guard run == 4, end < text.count else { return false }
        let separator = text[end]
        return (separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".")) && end + 1 < text.count && ByteClass.isDigit(text[end + 1])
    }

    /// A day, a month and a year in two digits (`12/03/58`, `1-3-62`, `17.09.13`), the year
    /// taken as the last one it can be for someone born: `58` is 1958, `13` is 2013.
    private static func shortYearDate(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (year: Int, month: Int, day: Int)? {
        // Most words here are no such date: their shape settles it before anything is split.
        guard (5...9).contains(range.count), ByteClass.isDigit(text[range.upperBound - 1]), ByteClass.isDigit(text[range.upperBound - 2]) else { return nil }
        // `3-4-'58`: an apostrophe for the century left out.
        let apostrophe = text[range.upperBound - 3] == UInt8(ascii: "'")
        let separator = text[range.upperBound - (apostrophe ? 4 : 3)]
        guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") else { return nil }
        let parts = text[range].filter { $0 != UInt8(ascii: "'") }.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(ByteClass.isDigit) }) else { return nil }
        let numbers = parts.map { $0.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        guard (1...31).contains(numbers[0]), (1...12).contains(numbers[1]) else { return nil }
        return (DateReader.latestYear(endingIn: numbers[2], by: currentYear), numbers[1], numbers[0])
    }

    /// A day, a month and a year of four digits written with single spaces between them at
    /// `start` (`12 03 1951`): where it stands, and its parts; nil for any other digits.
    private static func spacedDate(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> (range: Range<Int>, year: Int, month: Int, day: Int)? {
        var parts: [Int] = []
        var position = start
        for length in [2, 2, 4] {
            let partStart = position
            while position < text.count, ByteClass.isDigit(text[position]), position - partStart < length { position += 1 }
            let digits = position - partStart
            guard digits == length || length == 2 && digits == 1 else { return nil }
            parts.append(text[partStart..<position].reduce(0) { $0 * 10 + Int($1 - 0x30) })
            if parts.count < 3 {
                guard position + 1 < text.count, text[position] == 0x20, ByteClass.isDigit(text[position + 1]) else { return nil }
                position += 1
            }
        }
        guard DigitGroups.endsCleanly(text, position), (1...31).contains(parts[0]), (1...12).contains(parts[1]), (1900...2100).contains(parts[2]) else { return nil }
        return (start..<position, parts[2], parts[1], parts[0])
    }

    /// A year in two digits one space after `position`, with or without an apostrophe (`58`,
    /// `'58`), ending its word: where it ends, and the last year it can be for someone born.
    static func shortYear(in text: UnsafeBufferPointer<UInt8>, after position: Int) -> (end: Int, year: Int)? {
        var start = position + 1
        guard start < text.count, text[position] == 0x20 else { return nil }
        if start < text.count, text[start] == UInt8(ascii: "'") || text[start] == 0xE2 && start + 2 < text.count && text[start + 1] == 0x80 && text[start + 2] == 0x99 {
            start += text[start] == UInt8(ascii: "'") ? 1 : 3
        }
        guard start + 2 <= text.count, ByteClass.isDigit(text[start]), ByteClass.isDigit(text[start + 1]), DigitGroups.endsCleanly(text, start + 2) else { return nil }
        return (start + 2, DateReader.latestYear(endingIn: Int(text[start] - 0x30) * 10 + Int(text[start + 1] - 0x30), by: currentYear))
    }

    /// The Dutch way of giving a year of birth: `ik ben van '58`, `ze is van 1934`; and a day
    /// and month written right after it (`ze is van '34, 4 april`; in words, `vier april`,
    /// ``SpokenDateOfBirthDetector`` reads it).
    private func findBirthYears(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        for (range, year) in Self.bornInYears(in: text, referenceYear: referenceYear, minimumAge: minimumAge) {
            candidates.append(PIICandidate(type: .dateOfBirth, range: range, confidence: 0.85, detector: name, canonicalValue: String(year)))
        }
        for (range, year) in Self.birthYears(in: text, referenceYear: referenceYear, minimumAge: minimumAge) {
            candidates.append(PIICandidate(type: .dateOfBirth, range: range, confidence: 0.85, detector: name, canonicalValue: String(year)))
            // `, 4 april`: the day and month of that year.
            var next = range.upperBound
            if next < text.count, text[next] == UInt8(ascii: ",") { next += 1 }
            guard next + 1 < text.count, text[next] == 0x20 else { continue }
            let words = WordTokenizer.words(in: text, from: next + 1, limit: 3)
            if !words.isEmpty, words[0].range.lowerBound == next + 1, let date = DateReader.date(in: text, words, at: 0), date.year == nil {
                candidates.append(PIICandidate(type: .dateOfBirth, range: date.range, confidence: 0.85, detector: name, canonicalValue: DateReader.iso(year, date.month, date.day)))
            }
        }
    }

    /// Years of birth given the Dutch way, `ik ben van '58`, `u bent van 1961`, `ze is van '34`
    /// (after `is` or `zijn` only with a person before it: `het huis is van 1934` is no one's
    /// birth): where each year is written, and the year.
    static func birthYears(in text: UnsafeBufferPointer<UInt8>, referenceYear: Int = currentYear, minimumAge: Int = 14) -> [(range: Range<Int>, year: Int)] {
        var found: [(Range<Int>, Int)] = []
        var index = 0
        while index + 7 < text.count {
            defer { index += 1 }
            guard text[index] | 0x20 == UInt8(ascii: "v"), text[index + 1] | 0x20 == UInt8(ascii: "a"), text[index + 2] | 0x20 == UInt8(ascii: "n"),
                  text[index + 3] == 0x20, index == 0 || !ByteClass.isWordByte(text[index - 1]), followsPersonBeing(text, index)
            else { continue }
            var start = index + 4
            let apostrophe = text[start] == UInt8(ascii: "'")
            if apostrophe { start += 1 }
            var end = start
            while end < text.count, ByteClass.isDigit(text[end]) { end += 1 }
            guard DigitGroups.endsCleanly(text, end), end > start, end - start <= 4 else { continue }
            let value = text[start..<end].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            let year: Int
            if apostrophe, end - start == 2 {
                year = DateReader.latestYear(endingIn: value, by: referenceYear)
            } else if !apostrophe, end - start == 4 {
                year = value
            } else {
                continue
            }
            guard year <= referenceYear - minimumAge, year >= referenceYear - 120 else { continue }
            found.append(((apostrophe ? start - 1 : start)..<end, year))
            index = end
        }
        return found
    }

    /// Years of birth after `in` and a cue shortly before it in the sentence: `I was born in
    /// 1941`, `ze is geboren in 1952`, `he was born in Leeds in 1950`; not `built in 1941`.
    static func bornInYears(in text: UnsafeBufferPointer<UInt8>, referenceYear: Int = currentYear, minimumAge: Int = 14) -> [(range: Range<Int>, year: Int)] {
        var found: [(Range<Int>, Int)] = []
        var cueEnds: [Int]?
        var index = 3
        while index + 4 <= text.count {
            defer { index += 1 }
            guard ByteClass.isDigit(text[index]), text[index - 1] == 0x20, text[index - 2] | 0x20 == UInt8(ascii: "n"), text[index - 3] | 0x20 == UInt8(ascii: "i"),
                  index == 3 || !ByteClass.isWordByte(text[index - 4]), ByteClass.isDigit(text[index + 1]), ByteClass.isDigit(text[index + 2]), ByteClass.isDigit(text[index + 3]),
                  DigitGroups.endsCleanly(text, index + 4) else { continue }
            let year = text[index..<(index + 4)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            guard year <= referenceYear - minimumAge, year >= referenceYear - 120 else { continue }
            if cueEnds == nil { cueEnds = cues.matches(in: text).map(\.range.upperBound) }
            let inStart = index - 3
            guard cueEnds!.contains(where: { $0 <= inStart && inStart - $0 <= 30 && !text[$0..<inStart].contains(UInt8(ascii: ".")) }) else { continue }
            found.append((index..<(index + 4), year))
            index += 4
        }
        return found
    }

    /// Whether `van` after a person being (`ik ben van`, `ze is van`) ends one space before `position`.
    static func followsPersonBeingOf(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard let van = WordTokenizer.lettersBefore(text, position), WordTokenizer.isWord(text, van, "van") else { return false }
        return followsPersonBeing(text, van.lowerBound)
    }

    /// Whether a person is before `van` at `position`: `ben` or `bent` (`ik ben van`), or
    /// `is`/`zijn` after a person (`ze is van`, `mijn ouders zijn van`).
    private static func followsPersonBeing(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard let verb = WordTokenizer.lettersBefore(text, position) else { return false }
        let lowered = text[verb].map(ByteClass.lowercased)
        if lowered == Array("ben".utf8) || lowered == Array("bent".utf8) { return true }
        guard lowered == Array("is".utf8) || lowered == Array("zijn".utf8), let subject = WordTokenizer.lettersBefore(text, verb.lowerBound) else { return false }
        return persons.contains(text[subject].lazy.map(ByteClass.lowercased))
    }

    private static let persons: WordSet = WordSet(["ze", "zij", "hij", "die", "moeder", "vader", "man", "vrouw", "zoon", "dochter", "ouders", "kinderen"])

    /// A date, with a cue or a year (a birth date without either is no candidate).
    public let lineRequirement = LineRequirement([.dateShape, .birthCue], or: [.dateShape, .year])

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        findBirthYears(in: text, into: &candidates)
        // Every date holds a digit (see `mayMatch`): read words only around digits, starting
        // one word early for `March 12`.
        var position = 0
        var covered = 0
        var cueEnds: [Int]?
        // Whether a cue ends at most 40 bytes before `start`, in the same stretch of speech;
        // the cues are read once, when a date first asks.
        func followsCue(_ start: Int) -> Bool {
            if cueEnds == nil { cueEnds = Self.cues.matches(in: text).map(\.range.upperBound) }
            return cueEnds!.contains { $0 <= start && start - $0 <= 40 }
        }
        while position < text.count {
            guard ByteClass.isDigit(text[position]), position >= covered else {
                position += 1
                continue
            }
            var from = position
            while from > 0, ByteClass.isWordByte(text[from - 1]) { from -= 1 }
            // Only a day (one or two digits) or a numeric date (`22-08-1979`) can start the
            // digits of a date; longer numbers (account numbers, codes) are skipped whole.
            guard Self.mayStartDate(text, digitsAt: position) else {
                while position < text.count, ByteClass.isAlphanumeric(text[position]) || text[position] == UInt8(ascii: "-") || text[position] == UInt8(ascii: "/") || text[position] == UInt8(ascii: ".") && position + 1 < text.count && ByteClass.isDigit(text[position + 1]) { position += 1 }
                continue
            }
            var previous = from
            while previous > 0, text[previous - 1] == 0x20 { previous -= 1 }
            while previous > 0, ByteClass.isWordByte(text[previous - 1]) { previous -= 1 }
            let window = WordTokenizer.words(in: text, from: max(previous, covered), limit: 6)
            var found: DateReader.DateMatch?
            for index in window.indices.prefix(2) {
                if let date = DateReader.date(in: text, window, at: index), date.range.upperBound > position {
                    found = date
                    break
                }
            }
            guard let date = found else {
                // `12 03 1951`: a date typed with spaces, which only a cue makes a birth date.
                if let spaced = Self.spacedDate(text, at: from) {
                    if followsCue(spaced.range.lowerBound) {
                        candidates.append(PIICandidate(type: .dateOfBirth, range: spaced.range, confidence: 0.9, detector: name,
                                                       canonicalValue: DateReader.iso(spaced.year, spaced.month, spaced.day)))
                        covered = spaced.range.upperBound
                        position = covered
                        continue
                    }
                }
                // `12/03/58`: a year in two digits, which only a cue makes a birth date.
                var word = window.first { $0.range.lowerBound == from }
                // `3-4-'58`: the words end before the apostrophe.
                if let end = word?.range.upperBound, end + 4 <= text.count, text[end] == UInt8(ascii: "-") || text[end] == UInt8(ascii: "/") || text[end] == UInt8(ascii: "."),
                   text[end + 1] == UInt8(ascii: "'"), ByteClass.isDigit(text[end + 2]), ByteClass.isDigit(text[end + 3]), DigitGroups.endsCleanly(text, end + 4) {
                    let start = word!.range.lowerBound
                    word?.range = start..<(end + 4)
                }
                if let word, let date = Self.shortYearDate(text, word.range) {
                    if followsCue(word.range.lowerBound) {
                        candidates.append(PIICandidate(type: .dateOfBirth, range: word.range, confidence: 0.9, detector: name, canonicalValue: DateReader.iso(date.year, date.month, date.day)))
                        covered = word.range.upperBound
                        position = covered
                        continue
                    }
                }
                while position < text.count, ByteClass.isWordByte(text[position]) { position += 1 }
                continue
            }
            covered = date.range.upperBound
            position = covered
            let afterCue = followsCue(date.range.lowerBound)
            let plausibleAge = date.year.map { $0 <= referenceYear - minimumAge && $0 >= referenceYear - 120 } ?? false
            guard afterCue || plausibleAge else { continue }
            // `geboren 3 april 58`, `DOB 3rd April '58`: the year in two digits after a birth
            // date's day and month is part of it.
            if date.year == nil, afterCue, let (end, year) = Self.shortYear(in: text, after: date.range.upperBound) {
                candidates.append(PIICandidate(type: .dateOfBirth, range: date.range.lowerBound..<end, confidence: 0.95, detector: name, canonicalValue: DateReader.iso(year, date.month, date.day)))
                covered = end
                position = covered
                continue
            }
            candidates.append(PIICandidate(type: .dateOfBirth, range: date.range, confidence: afterCue ? 0.95 : 0.75, detector: name, canonicalValue: date.normalized))
        }
    }
}
