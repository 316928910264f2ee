/// Finds phone numbers, BSNs and payment card numbers read out digit by digit, as speech-to-text writes them:
/// `nul zes twaalf vierendertig zesenvijftig achtenzeventig`, `zes een twee drie ...`,
/// `oh six one two, three four five ...`, `double seven`, and mixes such as `06 twaalf 34 56 78`.
///
/// A run is a sequence of number words and digit groups with at most a comma, full stop or
/// dash between them, holding at least one number word. Each word stands for its digits
/// (`twaalf` is `12`, `vierendertig` is `34`, `dubbel vijf` is `55`). A run, or the longest
/// window of it, is a phone number when its digits have the shape of one, a BSN when they
/// pass the elfproef, and a card number when 13 to 19 of them pass Luhn's check.
public struct SpokenNumberDetector: PIIDetector {
    public let name = "spoken"
    public let findsBSN: Bool
    public let findsPhone: Bool
    public let findsCard: Bool
    /// Whether six to nine digits are a phone number too, with less confidence: the start of
    /// one, broken off or read without its leading `nul` (`zes vijf vijf ... sorry, 06 55
    /// ...`). Only for a turn that answers a question for a phone number.
    public let findsPhoneFragments: Bool

    public init(findsBSN: Bool = true, findsPhone: Bool = true, findsCard: Bool = true, findsPhoneFragments: Bool = false) {
        self.findsBSN = findsBSN
        self.findsPhone = findsPhone
        self.findsCard = findsCard
        self.findsPhoneFragments = findsPhoneFragments
    }

    /// One token of a run: its byte range and the digits it stands for.
    struct Token {
        var range: Range<Int>
        var digits: [UInt8]
        var isWord: Bool
        /// `dubbel`/`double` (2) or `triple` (3): repeats the next token's digits.
        var repeatsNext: Int
    }

    public let lineRequirement = LineRequirement(.spokenDigits)

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        // One pass over the bytes, hashing each word as it goes: this runs on every turn, and
        // the word tokenizer's generality costs more than the few words that are numbers.
        var run: [Token] = []
        var lastEnd = 0
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            guard ByteClass.isWordByte(byte) else { index += 1; continue }
            let start = index
            // Number words start with one of these letters (or `één`); other words are skipped
            // without hashing. Digits start digit groups.
            guard ByteClass.isDigit(byte) || Self.mayStartNumberWord[Int(byte)] else {
                index += 1
                while index < count, ByteClass.isWordByte(text[index]) { index += 1 }
                if !run.isEmpty {
                    if run.count >= 2 { classify(text, run, into: &candidates) }
                    run.removeAll(keepingCapacity: true)
                }
                lastEnd = index
                continue
            }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var digitsOnly = true
            while index < count {
                let next = text[index]
                guard ByteClass.isWordByte(next) || (next == UInt8(ascii: "-") && index + 1 < count && ByteClass.isASCIILetter(text[index + 1]) && !digitsOnly) else { break }
                if !ByteClass.isDigit(next) { digitsOnly = false }
                hash ^= UInt64(ByteClass.lowercased(next))
                hash &*= 0x0000_0100_0000_01B3
                index += 1
            }
            let token = Self.token(text, start..<index, hash: hash, digitsOnly: digitsOnly)
            if let token, let last = run.last, Self.isUnit(token, afterEnglishTens: last, text) {
                // `forty nine` is 49, as English says a pair.
                run[run.count - 1].digits[1] = token.digits[0]
                run[run.count - 1].range = last.range.lowerBound..<token.range.upperBound
            } else if let token, run.isEmpty || Self.isJoinable(text, lastEnd, start) {
                run.append(token)
            } else {
                if run.count >= 2 { classify(text, run, into: &candidates) }
                run.removeAll(keepingCapacity: true)
                if let token { run.append(token) }
            }
            lastEnd = index
        }
        if run.count >= 2 { classify(text, run, into: &candidates) }
    }

    /// The first bytes of number words, upper and lower case, and 0xC3 for `één`.
    private static let mayStartNumberWord: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for letter in "nNeEtTdDvVzZaAoOfFsS".utf8 { table[Int(letter)] = true }
        table[0xC3] = true
        return table
    }()

    /// Tries the whole run, then shorter windows, longest first, from each start.
    private func classify(_ text: UnsafeBufferPointer<UInt8>, _ run: [Token], into candidates: inout [PIICandidate]) {
        guard run.contains(where: \.isWord) else { return }
        var first = 0
        while first < run.count {
            var matched = false
            var last = min(run.count - 1, first + 16)
            while last > first {
                let window = run[first...last]
                if window.contains(where: \.isWord), let candidate = candidate(text, window, wholeRun: first == 0 && last == run.count - 1) {
                    candidates.append(candidate)
                    first = last + 1
                    matched = true
                    break
                }
                last -= 1
            }
            if !matched { first += 1 }
        }
    }

    /// - Parameter wholeRun: the window is the whole run: a card's number is read only so, as
    ///   one of every ten windows of a longer run passes Luhn's check by chance.
    private func candidate(_ text: UnsafeBufferPointer<UInt8>, _ window: ArraySlice<Token>, wholeRun: Bool) -> PIICandidate? {
        // A repeat word may open a number (`double seven oh four ...`), not end one.
        guard window.last?.repeatsNext == 0 else { return nil }
        var digits: [UInt8] = []
        var repeats = 1
        for token in window {
            if token.repeatsNext > 0 { repeats = token.repeatsNext; continue }
            for _ in 0..<repeats { digits.append(contentsOf: token.digits) }
            repeats = 1
        }
        guard let start = window.first?.range.lowerBound, let end = window.last?.range.upperBound else { return nil }
        // `zes achtendertig ... zeven, met nul ervoor`: the leading digits said after the number.
        if findsPhone, (8...10).contains(digits.count), let prefix = Self.prefixSaid(after: end, in: text), (10...11).contains(prefix.count + digits.count),
           let canonical = NumberDetector.phone(prefix + digits, plus: false) {
            return PIICandidate(type: .phone, range: start..<end, confidence: 0.8, detector: "spoken-phone", canonicalValue: canonical)
        }
        // `four one three oh four six ...`: a card read out to pay, surer than any phone number
        // its first digits would make.
        if findsCard, wholeRun, (13...19).contains(digits.count), (UInt8(ascii: "3")...UInt8(ascii: "6")).contains(digits[0]), PaymentCardDetector.passesLuhn(digits) {
            return PIICandidate(type: .paymentCard, range: start..<end, confidence: 0.85, detector: "spoken-card", canonicalValue: String(decoding: digits, as: UTF8.self))
        }
        if (9...13).contains(digits.count) {
            if findsPhone, let canonical = Self.phone(digits, plusBefore: Self.isPlus(text, before: start)) {
                return PIICandidate(type: .phone, range: start..<end, confidence: 0.85, detector: "spoken-phone", canonicalValue: canonical)
            }
            if findsBSN, digits.count == 9, NumberDetector.passesElfproef(digits) {
                return PIICandidate(type: .bsn, range: start..<end, confidence: 0.85, detector: "spoken-bsn", canonicalValue: String(decoding: digits, as: UTF8.self))
            }
        }
        // The start of a number, or one read without its leading `nul`/`oh` (a Dutch number's
        // nine digits, a British mobile's ten).
        if findsPhoneFragments, (6...10).contains(digits.count) {
            return PIICandidate(type: .phone, range: start..<end, confidence: 0.6, detector: "spoken-phone", canonicalValue: String(decoding: digits, as: UTF8.self))
        }
        return nil
    }

    /// The leading digits of a phone number said right after the rest of it: `met nul
    /// ervoor`, `met een nul ervoor`, `met nul zes ervoor`, `with a zero in front`, `with oh
    /// seven before it`; nil when no such words follow.
    static func prefixSaid(after end: Int, in text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var position = end
        if position < text.count, text[position] == UInt8(ascii: ",") { position += 1 }
        var words: [Range<Int>] = []
        while words.count < 6 {
            guard position + 1 < text.count, text[position] == 0x20 else { break }
            let word = WordTokenizer.lettersAfter(text, position + 1)
            guard !word.isEmpty else { break }
            words.append(word)
            position = word.upperBound
        }
        guard let opener = words.first, prefixOpeners.contains(text[opener].lazy.map(ByteClass.lowercased)) else { return nil }
        var digits: [UInt8] = []
        for word in words.dropFirst() {
            let lowered = text[word].lazy.map(ByteClass.lowercased)
            if prefixClosers.contains(lowered) { return digits.isEmpty ? nil : digits }
            if prefixFillers.contains(lowered), digits.isEmpty || !lowered.elementsEqual("een".utf8) { continue }
            guard let value = NumberWords.value(forHash: WordTokenizer.foldedHash(text, word)), value < 10, digits.count < 2 else { return nil }
            digits.append(UInt8(0x30 + value))
        }
        return nil
    }

    private static let prefixOpeners = WordSet(["met", "with", "plus"])
    private static let prefixClosers = WordSet(["ervoor", "voor", "vooraan", "erbij", "front", "before", "first"])
    /// Words between `met` and the closing word that say no digit: `een` only before the digits.
    private static let prefixFillers = WordSet(["een", "a", "an", "in", "it"])

    private static func phone(_ digits: [UInt8], plusBefore: Bool) -> String? {
        if plusBefore { return NumberDetector.phone(digits, plus: true) }
        // A Dutch number, or a British one of 0 and ten digits (`oh one one three ...`).
        if digits.count == 10 || digits.count == 11 && digits[0] == UInt8(ascii: "0") { return NumberDetector.phone(digits, plus: false) }
        // `drie een zes ...`: the country code read without its plus.
        if digits.count == 11, digits.starts(with: [0x33, 0x31]) { return NumberDetector.phone(digits, plus: true) }
        if digits.count == 13, digits.starts(with: [0x30, 0x30]) { return NumberDetector.phone(digits, plus: false) }
        return nil
    }

    /// Whether `plus` or `+` stands right before the run.
    private static func isPlus(_ text: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        var index = start - 1
        while index >= 0, text[index] == 0x20 { index -= 1 }
        if index >= 0, text[index] == UInt8(ascii: "+") { return true }
        guard index >= 3 else { return false }
        return text[(index - 3)...index].map(ByteClass.lowercased) == Array("plus".utf8) && (index == 3 || !ByteClass.isWordByte(text[index - 4]))
    }

    /// Between two tokens of one run: spaces with at most one comma, full stop or dash, three
    /// bytes at most.
    @inline(__always)
    static func isJoinable(_ text: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard to - from <= 3 else { return false }
        var marks = 0
        for index in from..<to {
            switch text[index] {
            case 0x20: continue
            case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "-"): marks += 1
            default: return false
            }
        }
        return marks <= 1
    }

    /// Whether `token` is a unit word (`nine`) one space after an English tens word (`forty`),
    /// which together say one pair of digits; Dutch says such a pair as one word.
    private static func isUnit(_ token: Token, afterEnglishTens tens: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        token.isWord && token.digits.count == 1 && token.digits[0] != UInt8(ascii: "0")
            && tens.isWord && tens.digits.count == 2 && tens.digits[1] == UInt8(ascii: "0") && tens.digits[0] >= UInt8(ascii: "2")
            && ByteClass.lowercased(text[tens.range.upperBound - 1]) == UInt8(ascii: "y")
            && token.range.lowerBound == tens.range.upperBound + 1 && text[tens.range.upperBound] == 0x20
    }

    private static func token(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64, digitsOnly: Bool) -> Token? {
        if digitsOnly {
            guard range.count <= 4 else { return nil }
            return Token(range: range, digits: Array(UnsafeBufferPointer(rebasing: text[range])), isWord: false, repeatsNext: 0)
        }
        guard range.count >= 2, range.count <= 24 else { return nil }
        guard let value = NumberWords.table.value(for: hash) else {
            // `tweehonderdachtendertig veertien ...`: a group of three said as one word.
            guard range.count >= 7, let hundreds = NumberWords.dutchHundreds(text[range]), hundreds >= 100 else { return nil }
            return Token(range: range, digits: Array(String(hundreds).utf8), isWord: true, repeatsNext: 0)
        }
        guard range.count <= 16 else { return nil }
        if value >= NumberWords.repeatBase { return Token(range: range, digits: [], isWord: true, repeatsNext: value - NumberWords.repeatBase) }
        return Token(range: range, digits: NumberWords.digits(value), isWord: true, repeatsNext: 0)
    }
}

/// Number words from 0 to 99 in Dutch and English, as speech-to-text spells them.
enum NumberWords {
    /// Values at or above this are repeat words: `repeatBase + 2` is `dubbel`.
    static let repeatBase = 1000
    /// Values 100...109 stand for a digit spoken on its own (`nul` is 100 → "0"); 0...99 for a
    /// two-digit number (`twaalf` is 12 → "12").
    static let singleDigitBase = 100

    /// The number a lower-case word stands for (`twaalf` is 12, `nul` is 0), or nil.
    static func value(of word: [UInt8]) -> Int? {
        value(forHash: StableHash.fnv1a64(word))
    }

    /// ``value(of:)`` for the word with this hash (``WordTokenizer/foldedHash(_:_:)``).
    static func value(forHash hash: UInt64) -> Int? {
        guard let value = table.value(for: hash), value < repeatBase else { return nil }
        return value >= singleDigitBase ? value - singleDigitBase : value
    }

    /// The digits said from `start` on, in number words and digit groups with spaces, commas
    /// or dashes between them (`oh eight three, oh one six, six one three oh`, `double seven`),
    /// up to `maximum` digits; and where the last of them ends. Nil when none is said there.
    static func digitsSaid(in text: UnsafeBufferPointer<UInt8>, from start: Int, maximum: Int) -> (digits: [UInt8], end: Int)? {
        var digits: [UInt8] = []
        var repeats = 1
        var position = start
        var end = start
        while position < text.count, digits.count < maximum {
            while position < text.count, text[position] == 0x20 || text[position] == UInt8(ascii: ",") || text[position] == UInt8(ascii: "-") { position += 1 }
            var wordEnd = position
            while wordEnd < text.count, ByteClass.isWordByte(text[wordEnd]) || text[wordEnd] == UInt8(ascii: "-") && wordEnd + 1 < text.count && ByteClass.isASCIILetter(text[wordEnd + 1]) && wordEnd > position && ByteClass.isASCIILetter(text[wordEnd - 1]) { wordEnd += 1 }
            guard wordEnd > position else { break }
            let word = text[position..<wordEnd]
            var said: [UInt8]
            if word.allSatisfy(ByteClass.isDigit) {
                said = Array(word)
            } else if let raw = table.value(for: WordTokenizer.foldedHash(text, position..<wordEnd)) {
                if raw >= repeatBase {
                    repeats = raw - repeatBase
                    position = wordEnd
                    continue
                }
                said = spokenDigits(raw >= singleDigitBase ? raw - singleDigitBase : raw)
                // `forty nine`: English says a pair's tens and unit apart; they are one pair.
                if raw < singleDigitBase, isTens(raw), ByteClass.lowercased(text[wordEnd - 1]) == UInt8(ascii: "y"), let unit = unit(afterTensEndingAt: wordEnd, in: text) {
                    said[1] = 0x30 + UInt8(unit.value)
                    wordEnd = unit.end
                }
            } else if wordEnd - position >= 7, let hundreds = dutchHundreds(word), hundreds >= 100 {
                // `tweehonderdachtendertig veertien ...`: a group of three said as one word.
                said = Array(String(hundreds).utf8)
            } else {
                break
            }
            if repeats > 1, said.count == 1 { said = Array(repeating: said[0], count: repeats) }
            repeats = 1
            digits += said
            end = wordEnd
            position = wordEnd
        }
        return digits.isEmpty ? nil : (digits, end)
    }

    /// The unit word (`nine`, 1 to 9) right after a tens word that ends at `position`, joined by
    /// a space or a dash (`seventy nine`, `seventy-nine`), with its value and where it ends.
    static func unit(afterTensEndingAt position: Int, in text: UnsafeBufferPointer<UInt8>) -> (value: Int, end: Int)? {
        guard position + 1 < text.count, text[position] == 0x20 || text[position] == UInt8(ascii: "-") else { return nil }
        var end = position + 1
        while end < text.count, ByteClass.isASCIILetter(text[end]) { end += 1 }
        guard end > position + 1, let value = value(forHash: WordTokenizer.foldedHash(text, (position + 1)..<end)), (1...9).contains(value) else { return nil }
        return (value, end)
    }

    /// Where a house number said in words ends that opens with the word at `first`: a tens
    /// and a unit (`twenty four`), hundreds and what follows them (`honderd vier`, `tweehonderd
    /// en vijf`, `one hundred and four`); the word's own end otherwise.
    static func spokenHouseNumberEnd(_ text: UnsafeBufferPointer<UInt8>, from first: Range<Int>) -> Int {
        var end = first.upperBound
        let firstValue = value(forHash: WordTokenizer.foldedHash(text, first))
        if let tens = firstValue, isTens(tens), let unit = unit(afterTensEndingAt: end, in: text) { return unit.end }
        var hundreds = dutchHundreds(text[first]).map { $0 % 100 == 0 }
        // `one hundred`, `a hundred`: the unit or article, then the word.
        if hundreds == nil, firstValue.map({ (1...9).contains($0) }) ?? WordTokenizer.isWord(text, first, "a"), end + 1 < text.count, text[end] == 0x20 {
            let next = WordTokenizer.lettersAfter(text, end + 1)
            if WordTokenizer.isWord(text, next, "hundred") {
                end = next.upperBound
                hundreds = true
            }
        }
        guard hundreds == true, end + 1 < text.count, text[end] == 0x20 else { return end }
        var next = WordTokenizer.lettersAfter(text, end + 1)
        if WordTokenizer.isWord(text, next, "and") || WordTokenizer.isWord(text, next, "en"), next.upperBound + 1 < text.count, text[next.upperBound] == 0x20 {
            next = WordTokenizer.lettersAfter(text, next.upperBound + 1)
        }
        guard !next.isEmpty, let rest = value(forHash: WordTokenizer.foldedHash(text, next)), (1...99).contains(rest) else { return end }
        if isTens(rest), let unit = unit(afterTensEndingAt: next.upperBound, in: text) { return unit.end }
        return next.upperBound
    }

    /// Whether `value` is a tens word (`twenty` ... `ninety`).
    static func isTens(_ value: Int) -> Bool { value >= 20 && value <= 90 && value % 10 == 0 }

    /// A house number said as one Dutch word of hundreds (`tweehonderdtwaalf` is 212,
    /// `honderdeneen` 101, `driehonderd` 300), as speech-to-text writes it; or nil.
    static func dutchHundreds(_ word: some Collection<UInt8>) -> Int? {
        let lowered = word.map(ByteClass.lowercased)
        let marker = Array("honderd".utf8)
        guard lowered.count >= marker.count, let start = (0...(lowered.count - marker.count)).first(where: { lowered[$0..<($0 + marker.count)].elementsEqual(marker) }) else { return nil }
        let prefix = lowered[..<start]
        var hundreds = 1
        if !prefix.isEmpty {
            guard let unit = value(of: Array(prefix)), (2...9).contains(unit) else { return nil }
            hundreds = unit
        }
        var rest = lowered[(start + marker.count)...]
        if rest.isEmpty { return hundreds * 100 }
        // `honderdeneen`, `honderdentwee`: `en` before a unit.
        if rest.starts(with: "en".utf8), let unit = value(of: Array(rest.dropFirst(2))), (1...9).contains(unit) { return hundreds * 100 + unit }
        if rest.starts(with: "ën".utf8) { rest = rest.dropFirst(3) }
        guard let remainder = value(of: Array(rest)), (1...99).contains(remainder) else { return nil }
        return hundreds * 100 + remainder
    }

    /// The digits a value from ``value(of:)`` stands for: one for a digit word (`zes`), two
    /// for a two-digit word (`twaalf`).
    static func spokenDigits(_ value: Int) -> [UInt8] {
        value < 10 ? [UInt8(0x30 + value)] : digits(value)
    }

    static func digits(_ value: Int) -> [UInt8] {
        if value >= singleDigitBase { return [UInt8(0x30 + value - singleDigitBase)] }
        return [UInt8(0x30 + value / 10), UInt8(0x30 + value % 10)]
    }

    static let table = WordHashTable(entries)

    /// The hashes of the number words, with their values.
    static let entries: [(hash: UInt64, value: Int)] = words.map { (StableHash.fnv1a64($0.word.utf8), $0.value) }

    private static let dutchUnits = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    private static let dutchTeens = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]

    /// The Dutch tens (`twintig`) and the words of a unit and tens (`tweeëntwintig`, also as
    /// speech-to-text writes it without the diaeresis), with their values.
    private static let dutchTensWords: [(word: String, value: Int)] = {
        var entries: [(String, Int)] = []
        let dutchTens = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
        for (offset, tens) in dutchTens.enumerated() {
            let value = 20 + offset * 10
            entries.append((tens, value))
            for unit in 1...9 {
                // `tweeëntwintig`, `drieëndertig`: a diaeresis where two vowels would meet.
                let unitWord = dutchUnits[unit]
                let joiner = unitWord.hasSuffix("e") ? "ën" : "en"
                entries.append((unitWord + joiner + tens, value + unit))
                if joiner == "ën" { entries.append((unitWord + "en" + tens, value + unit)) }
                if unit == 1 { entries.append(("eenen" + tens, value + 1)) }
            }
        }
        return entries
    }()

    /// Every house number said as one Dutch word of hundreds that ``dutchHundreds(_:)``
    /// reads (`honderdtwaalf`, `tweehonderdeneen`, `driehonderd`), for the line scan's table.
    static let dutchHundredsWords: [String] = {
        let rests = [""] + dutchUnits.dropFirst().map { "en" + $0 } + dutchUnits.dropFirst() + ["één"] + dutchTeens + dutchTensWords.map(\.word)
        return (1...9).flatMap { hundreds in rests.map { (hundreds == 1 ? "" : dutchUnits[hundreds]) + "honderd" + $0 } }
    }()

    /// The number words, lower case, with their values.
    static let words: [(word: String, value: Int)] = {
        var entries: [(String, Int)] = []
        let englishUnits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        for (value, word) in dutchUnits.enumerated() { entries.append((word, singleDigitBase + value)) }
        for (value, word) in englishUnits.enumerated() { entries.append((word, singleDigitBase + value)) }
        entries += [("één", singleDigitBase + 1), ("oh", singleDigitBase)]
        let englishTeens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (offset, word) in dutchTeens.enumerated() { entries.append((word, 10 + offset)) }
        for (offset, word) in englishTeens.enumerated() { entries.append((word, 10 + offset)) }
        let englishTens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        entries += dutchTensWords
        for (offset, tens) in englishTens.enumerated() {
            let value = 20 + offset * 10
            entries.append((tens, value))
            for unit in 1...9 { entries.append((tens + "-" + englishUnits[unit], value + unit)) }
        }
        entries += [("dubbel", repeatBase + 2), ("double", repeatBase + 2), ("triple", repeatBase + 3), ("tripel", repeatBase + 3)]
        return entries
    }()
}
