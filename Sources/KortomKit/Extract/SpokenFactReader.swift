import Foundation

/// Reads the key facts that have no digits: amounts said in words (`twaalf euro vijftig`,
/// `fifty pounds`) and relative dates (`morgen`, `volgende week dinsdag`, `over twee weken`,
/// `binnen drie werkdagen`, `next Tuesday`, `in two weeks`), resolved against the call's date
/// when the transcript has one.
///
/// It works from the matches of its trigger words, which the extract stage finds in its one
/// phrase pass per turn (see ``ExtractionLexicon``).
struct SpokenFactReader: Sendable {
    /// What a trigger word starts.
    enum Trigger: Sendable, Hashable {
        /// A currency word: the amount is in the number words before it.
        case currency(String)
        /// A unit of time after a number: `over twee weken`, `binnen 3 werkdagen`.
        case unit(Calendar.Component, days: Int, working: Bool)
        /// A fixed offset in days: `morgen`, `overmorgen`, `tomorrow`, `vanavond`, `gisteren`.
        case days(Int)
        /// The next occurrence of a weekday (1 = Sunday ... 7 = Saturday, as `Calendar` counts).
        case nextWeekday(Int)
        /// The weekday in the coming week: `volgende week dinsdag`.
        case weekdayNextWeek(Int)
        /// Next week, without a day.
        case nextWeek
    }

    static let triggers: [(phrase: String, trigger: Trigger)] = {
        var triggers: [(String, Trigger)] = [
            ("euro", .currency("EUR")), ("euros", .currency("EUR")), ("pond", .currency("GBP")), ("pound", .currency("GBP")), ("pounds", .currency("GBP")),
            ("dagen", .unit(.day, days: 1, working: false)), ("dag", .unit(.day, days: 1, working: false)), ("days", .unit(.day, days: 1, working: false)),
            ("werkdagen", .unit(.day, days: 1, working: true)), ("working days", .unit(.day, days: 1, working: true)), ("business days", .unit(.day, days: 1, working: true)),
            ("weken", .unit(.day, days: 7, working: false)), ("week", .unit(.day, days: 7, working: false)), ("weeks", .unit(.day, days: 7, working: false)),
            ("maanden", .unit(.month, days: 1, working: false)), ("maand", .unit(.month, days: 1, working: false)), ("months", .unit(.month, days: 1, working: false)),
            ("vandaag", .days(0)), ("morgen", .days(1)), ("overmorgen", .days(2)), ("today", .days(0)), ("tomorrow", .days(1)),
            ("vanavond", .days(0)), ("vanmiddag", .days(0)), ("vanochtend", .days(0)), ("vannacht", .days(0)), ("tonight", .days(0)),
            ("this afternoon", .days(0)), ("this evening", .days(0)), ("this morning", .days(0)),
            ("gisteren", .days(-1)), ("eergisteren", .days(-2)), ("yesterday", .days(-1)),
            ("the day after tomorrow", .days(2)), ("volgende week", .nextWeek), ("next week", .nextWeek),
        ]
        let dutchDays = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
        let englishDays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        for (index, day) in dutchDays.enumerated() {
            for lead in ["volgende", "komende", "aanstaande", "deze"] { triggers.append(("\(lead) \(day)", .nextWeekday(index + 1))) }
            triggers.append(("volgende week \(day)", .weekdayNextWeek(index + 1)))
        }
        for (index, day) in englishDays.enumerated() {
            for lead in ["next", "this", "coming"] { triggers.append(("\(lead) \(day)", .nextWeekday(index + 1))) }
        }
        return triggers
    }()

    private static let leadIns: WordSet = WordSet(["over", "binnen", "in", "within", "na", "after"])

    /// The facts that the trigger matches in `turn` start.
    ///
    /// - Parameters:
    ///   - matches: the trigger matches, `phrase` an index into ``triggers``.
    ///   - callDate: the call's start, to resolve relative dates against; nil leaves them relative.
    func facts(in turn: Turn, matches: [PhraseMatcher.Match], callDate: Date?) -> [Fact] {
        guard !matches.isEmpty else { return [] }
        var text = turn.text
        return text.withUTF8 { buffer in
            var facts: [Fact] = []
            var covered = 0
            // Longer phrases first at the same start: `volgende week dinsdag` over `volgende week`.
            let ordered = matches.sorted { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count }
            for match in ordered where match.range.lowerBound >= covered && Self.isWholeWord(buffer, match.range) && !Self.isGreeting(buffer, match.range) {
                let fact: Fact?
                switch Self.triggers[match.phrase].trigger {
                case .currency(let code): fact = amount(buffer, match.range, code, turn.index)
                case .unit(let component, let days, let working): fact = offset(buffer, match.range, component, days, working, turn.index, callDate)
                case .days(let days): fact = date(buffer, match.range, turn.index, relative: "P\(days)D", callDate.map { Self.adding(days, to: $0) })
                case .nextWeek: fact = date(buffer, match.range, turn.index, relative: "P1W", callDate.map { Self.adding(7, to: $0) })
                case .nextWeekday(let weekday): fact = date(buffer, match.range, turn.index, relative: "next-\(Self.weekdayName(weekday))", callDate.map { Self.next(weekday, after: $0) })
                case .weekdayNextWeek(let weekday): fact = date(buffer, match.range, turn.index, relative: "next-week-\(Self.weekdayName(weekday))", callDate.map { Self.weekdayOfNextWeek(weekday, after: $0) })
                }
                if let fact {
                    facts.append(fact)
                    covered = fact.range.upperBound
                }
            }
            return facts
        }
    }

    /// `twaalf euro vijftig`, `vijftig euro`, `twelve pounds fifty`: number words right before
    /// the currency word, and cents in number words right after it.
    private func amount(_ text: UnsafeBufferPointer<UInt8>, _ currency: Range<Int>, _ code: String, _ turn: Int) -> Fact? {
        guard let (whole, start) = Self.numberWord(endingAt: currency.lowerBound, in: text), whole < 100,
              // `een euro` is as often `a euro` as `one euro`; `één euro` is one.
              text[start..<(currency.lowerBound - 1)].map(ByteClass.lowercased) != Array("een".utf8)
        else { return nil }
        var end = currency.upperBound
        var cents = 0
        if let (value, wordEnd) = Self.numberWord(startingAt: currency.upperBound, in: text), value < 100 {
            cents = value
            end = wordEnd
        }
        let normalized = String(whole) + "." + (cents < 10 ? "0" : "") + String(cents) + " " + code
        return Fact(kind: .amount, text: String(decoding: text[start..<end], as: UTF8.self), normalized: normalized, turnIndex: turn, range: start..<end)
    }

    /// `over twee weken`, `binnen 3 werkdagen`, `in two weeks`.
    private func offset(_ text: UnsafeBufferPointer<UInt8>, _ unit: Range<Int>, _ component: Calendar.Component, _ days: Int, _ working: Bool, _ turn: Int, _ callDate: Date?) -> Fact? {
        let count: Int, numberStart: Int
        if let (value, start) = Self.numberWord(endingAt: unit.lowerBound, in: text) {
            (count, numberStart) = (value, start)
        } else if let (value, start) = Self.digits(endingAt: unit.lowerBound, in: text) {
            (count, numberStart) = (value, start)
        } else {
            return nil
        }
        guard count > 0, count <= 365, let (leadIn, start) = Self.word(endingAt: numberStart, in: text), Self.leadIns.contains(leadIn) else { return nil }
        let relative: String
        var resolved: Date?
        if component == .month {
            relative = "P\(count)M"
            resolved = callDate.flatMap { Self.calendar.date(byAdding: .month, value: count, to: $0) }
        } else if working {
            relative = "P\(count)WD"
            resolved = callDate.map { Self.addingWorkingDays(count, to: $0) }
        } else {
            relative = "P\(count * days)D"
            resolved = callDate.map { Self.adding(count * days, to: $0) }
        }
        guard !Self.isCountedFromAnotherEvent(text, start..<unit.upperBound) else { return nil }
        return date(text, start..<unit.upperBound, turn, relative: relative, resolved)
    }

    private static let anchorWords: WordSet = WordSet([
        "na", "nadat", "zodra", "daarna", "als", "indien", "after", "once", "afterwards", "if", "when",
    ])

    /// Whether the period is counted from something other than the call: its sentence says
    /// after what (`binnen zes weken na de dagtekening`, `Daarna krijgt u binnen tien werkdagen`,
    /// `within eight weeks after we receive the form`) or makes it a condition (`als u het binnen
    /// 3 dagen wilt`). Such a period names no day.
    static func isCountedFromAnotherEvent(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var sentenceStart = range.lowerBound
        while sentenceStart > 0, ![UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(text[sentenceStart - 1]) { sentenceStart -= 1 }
        var position = sentenceStart
        while position < range.lowerBound {
            guard ByteClass.isASCIILetter(text[position]) else { position += 1; continue }
            let start = position
            while position < text.count, ByteClass.isWordByte(text[position]) { position += 1 }
            if anchorWords.contains(text[start..<position].map(ByteClass.lowercased)) { return true }
        }
        // The word right after the period: `binnen vijf dagen na de verhuisdatum`.
        var after = range.upperBound
        while after < text.count, text[after] == 0x20 { after += 1 }
        var end = after
        while end < text.count, ByteClass.isWordByte(text[end]) { end += 1 }
        return anchorWords.contains(text[after..<end].map(ByteClass.lowercased))
    }

    private func date(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ turn: Int, relative: String, _ resolved: Date?) -> Fact {
        let normalized = resolved.map(Self.isoDate) ?? relative
        return Fact(kind: .date, text: String(decoding: text[range], as: UTF8.self), normalized: normalized, turnIndex: turn, range: range)
    }

    // MARK: Words

    /// `Morgen!` or `Morgen, met Jansen` opening a turn greets; it is not tomorrow.
    private static func isGreeting(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // `How can I help you today?`, `Anything else today?`
        if range.upperBound < text.count, text[range.upperBound] == UInt8(ascii: "?"),
           let (word, _) = word(endingAt: range.lowerBound, in: text), word == Array("you".utf8) || word == Array("else".utf8) { return true }
        guard range.lowerBound == 0 || text[..<range.lowerBound].allSatisfy({ $0 == 0x20 }), range.upperBound < text.count else { return false }
        return [UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: ".")].contains(text[range.upperBound])
    }

    private static func isWholeWord(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        (range.lowerBound == 0 || !ByteClass.isWordByte(text[range.lowerBound - 1])) && (range.upperBound >= text.count || !ByteClass.isWordByte(text[range.upperBound]))
    }

    /// The lower-cased word that ends one space before `position`, and where it starts.
    private static func word(endingAt position: Int, in text: UnsafeBufferPointer<UInt8>) -> ([UInt8], Int)? {
        guard position >= 2, text[position - 1] == 0x20 else { return nil }
        var start = position - 1
        while start > 0, ByteClass.isWordByte(text[start - 1]) { start -= 1 }
        guard start < position - 1 else { return nil }
        return (text[start..<(position - 1)].map(ByteClass.lowercased), start)
    }

    private static func numberWord(endingAt position: Int, in text: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        guard let (word, start) = word(endingAt: position, in: text), let value = NumberWords.value(of: word) else { return nil }
        return (value, start)
    }

    private static func numberWord(startingAt position: Int, in text: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        guard position + 1 < text.count, text[position] == 0x20 else { return nil }
        var end = position + 1
        while end < text.count, ByteClass.isWordByte(text[end]) { end += 1 }
        guard let value = NumberWords.value(of: text[(position + 1)..<end].map(ByteClass.lowercased)) else { return nil }
        return (value, end)
    }

    private static func digits(endingAt position: Int, in text: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        guard let (word, start) = word(endingAt: position, in: text), word.count <= 3, word.allSatisfy(ByteClass.isDigit) else { return nil }
        return (word.reduce(0) { $0 * 10 + Int($1 - 0x30) }, start)
    }

    // MARK: Dates

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
        return calendar
    }()

    private static func adding(_ days: Int, to date: Date) -> Date {
        calendar.date(byAdding: .day, value: days, to: date) ?? date
    }

    private static func addingWorkingDays(_ count: Int, to date: Date) -> Date {
        var day = date
        var left = count
        while left > 0 {
            day = adding(1, to: day)
            let weekday = calendar.component(.weekday, from: day)
            if weekday != 1, weekday != 7 { left -= 1 }
        }
        return day
    }

    /// The first `weekday` after `date`.
    private static func next(_ weekday: Int, after date: Date) -> Date {
        let today = calendar.component(.weekday, from: date)
        let ahead = (weekday - today + 7) % 7
        return adding(ahead == 0 ? 7 : ahead, to: date)
    }

    /// `weekday` in the week (Monday to Sunday) after the one holding `date`.
    private static func weekdayOfNextWeek(_ weekday: Int, after date: Date) -> Date {
        let today = calendar.component(.weekday, from: date)
        let mondayOffset = (today + 5) % 7          // days since Monday
        let nextMonday = adding(7 - mondayOffset, to: date)
        return adding((weekday + 5) % 7, to: nextMonday)
    }

    private static func weekdayName(_ weekday: Int) -> String {
        ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"][weekday - 1]
    }

    private static func isoDate(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(parts.year ?? 0)-\(two(parts.month ?? 1))-\(two(parts.day ?? 1))"
    }
}
