/// Finds Dutch postcodes (`1234 AB`, `1234AB`, `1234 ab`) and the house number, addition and
/// place that follow them (`1234 AB 12`, `1234AB, 12-B`, `3512 BK Utrecht`); and British
/// postcodes in capitals (`NG7 3FR`, `LS12 1DP`, `SW1A 1AA`).
///
/// The first digit is 1-9 and the letter pairs SA, SD and SS are never issued. Lower-case
/// letters count when glued to the digits (`1234ab`), or after a space in a line written all
/// in lower case when they are no word (`7811 hr`, not `1234 en`).
/// A British postcode is an outward code (`A9`, `A99`, `AA9`, `AA99`, `A9A`, `AA9A`), a space,
/// and an inward code of a digit and two letters other than C, I, K, M, O and V.
public struct PostcodeDetector: PIIDetector {
    public let name = "postcode"

    public init() {}

    public let lineRequirement = LineRequirement(.postcodeShape)

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        let count = text.count
        var index = 0
        while index + 6 <= count {
            guard text[index] >= UInt8(ascii: "1"), text[index] <= UInt8(ascii: "9"),
                  index == 0 || !ByteClass.isAlphanumeric(text[index - 1]),
                  ByteClass.isDigit(text[index + 1]), ByteClass.isDigit(text[index + 2]), ByteClass.isDigit(text[index + 3])
            else { index += 1; continue }
            var letters = index + 4
            let spaced = letters < count && text[letters] == 0x20
            if spaced { letters += 1 }
            guard letters + 2 <= count,
                  ByteClass.isASCIILetter(text[letters]), ByteClass.isASCIILetter(text[letters + 1]),
                  DigitGroups.endsCleanly(text, letters + 2)
            else { index += 1; continue }
            let first = text[letters], second = text[letters + 1]
            let upper = ByteClass.isUpper(first) && ByteClass.isUpper(second)
            guard upper || !spaced || Self.isSpacedLowercasePostcode(text, letters: letters, number: index) else { index += 1; continue }
            let pair = [first & 0xDF, second & 0xDF]
            guard pair != Array("SA".utf8), pair != Array("SD".utf8), pair != Array("SS".utf8) else { index += 1; continue }
            // `Postbus 150, 4000 AD Tiel`: an organisation's.
            guard !StreetAddressDetector.followsPostOfficeBox(text, index) else { index = letters + 2; continue }
            let place = addPostcode(text, index..<(letters + 2), digits: Array(text[index..<(index + 4)]), letters: pair, confidence: upper ? 0.95 : 0.8, into: &candidates)
            index = place
        }
        findSpacedPostcodes(in: text, into: &candidates)
        findBritishPostcodes(in: text, into: &candidates)
        findSpokenPostcodes(in: text, into: &candidates)
    }

    /// Adds the postcode at `range` with the house number, addition and place that follow it,
    /// and returns where they end.
    private func addPostcode(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, digits: [UInt8], letters: [UInt8], confidence: Double, into candidates: inout [PIICandidate]) -> Int {
        let count = text.count
        var end = range.upperBound
        var canonical = digits + letters
        // The house number, when it follows directly: ` 12`, `, 12`, ` 12a`, ` 12-B`, ` 12 bis`,
        // `, nummer 8`.
        var probe = end
        if probe < count, text[probe] == UInt8(ascii: ",") { probe += 1 }
        if probe < count, text[probe] == 0x20 { probe += 1 }
        if let word = Self.numberWord(text, at: probe) {
            probe = word
            // `, nummer twaalf`: the house number said in a word.
            var wordEnd = probe
            while wordEnd < count, ByteClass.isWordByte(text[wordEnd]) { wordEnd += 1 }
            if !ByteClass.isDigit(text[probe]), NumberWords.value(forHash: WordTokenizer.foldedHash(text, probe..<wordEnd)) != nil || NumberWords.dutchHundreds(text[probe..<wordEnd]) != nil {
                wordEnd = NumberWords.spokenHouseNumberEnd(text, from: probe..<wordEnd)
                canonical += [UInt8(ascii: " ")] + text[probe..<wordEnd].map(ByteClass.lowercased)
                end = wordEnd
            }
        }
        if end == range.upperBound, probe < count, ByteClass.isDigit(text[probe]) {
            var numberEnd = probe
            while numberEnd < count, numberEnd - probe < 5, ByteClass.isDigit(text[numberEnd]) { numberEnd += 1 }
            if numberEnd < count, text[numberEnd] == UInt8(ascii: "-"), numberEnd + 1 < count, ByteClass.isAlphanumeric(text[numberEnd + 1]) { numberEnd += 2 }
            else if numberEnd < count, ByteClass.isASCIILetter(text[numberEnd]), DigitGroups.endsCleanly(text, numberEnd + 1) { numberEnd += 1 }
            if DigitGroups.endsCleanly(text, numberEnd) {
                canonical += [UInt8(ascii: " ")] + text[probe..<numberEnd]
                end = numberEnd
            }
        }
        // A place name after the postcode is part of the address (`3512 BK Utrecht`).
        let place = NameContext.placeNameEnd(after: end, in: text) ?? end
        candidates.append(PIICandidate(type: .postcode, range: range.lowerBound..<place, confidence: confidence, detector: name, canonicalValue: String(decoding: canonical, as: UTF8.self)))
        if end == range.upperBound { addHouseNumberSaid(after: range.lowerBound..<place, in: text, postcode: canonical, into: &candidates) }
        return place
    }

    /// Adds the house number said a few words after the postcode at `range`, if any, as an address.
    private func addHouseNumberSaid(after range: Range<Int>, in text: UnsafeBufferPointer<UInt8>, postcode: [UInt8], into candidates: inout [PIICandidate]) {
        guard let number = Self.houseNumberSaidAfter(range.upperBound, in: text) else { return }
        candidates.append(PIICandidate(type: .address, range: number, confidence: 0.8, detector: name, canonicalValue: String(decoding: postcode + [0x20] + text[number].map(ByteClass.lowercased), as: UTF8.self)))
    }

    /// The house number said a few words after a postcode that had none: `7311 HK en het
    /// huisnummer is achttien`, `NG7 3FR, and the house number is 12`: digits (with a letter)
    /// or a number word.
    private static func houseNumberSaidAfter(_ position: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var words: [Range<Int>] = []
        var index = position
        while index < text.count, words.count < 7, index - position < 48 {
            guard ByteClass.isWordByte(text[index]) else {
                // Only spaces, a comma and a pause (`huisnummer... 12`) between the postcode and the number.
                if text[index] == UInt8(ascii: "."), index + 1 < text.count, text[index + 1] == UInt8(ascii: ".") {
                    while index < text.count, text[index] == UInt8(ascii: ".") { index += 1 }
                    continue
                }
                guard text[index] == 0x20 || text[index] == UInt8(ascii: ",") else { break }
                index += 1
                continue
            }
            let start = index
            while index < text.count, ByteClass.isWordByte(text[index]) { index += 1 }
            words.append(start..<index)
        }
        guard let cue = words.firstIndex(where: { houseNumberCues.contains(text[$0].lazy.map(ByteClass.lowercased)) }),
              words[..<cue].allSatisfy({ houseNumberLeadIns.contains(text[$0].lazy.map(ByteClass.lowercased)) })
        else { return nil }
        var numberIndex = cue + 1
        if numberIndex < words.count, text[words[numberIndex]].lazy.map(ByteClass.lowercased).elementsEqual("is".utf8) { numberIndex += 1 }
        guard numberIndex < words.count else { return nil }
        let number = words[numberIndex]
        let isDigits = number.count <= 5 && ByteClass.isDigit(text[number.lowerBound]) && text[number].dropLast().allSatisfy(ByteClass.isDigit)
        guard isDigits || NumberWords.value(forHash: WordTokenizer.foldedHash(text, number)) != nil || NumberWords.dutchHundreds(text[number]) != nil else { return nil }
        // `nummer honderd vier`: the words that go on saying the number.
        return isDigits ? number : number.lowerBound..<NumberWords.spokenHouseNumberEnd(text, from: number)
    }

    private static let houseNumberCues: WordSet = WordSet(["huisnummer", "nummer", "number", "nr"])
    /// Words that may come between a postcode and the word for its house number: `en het`,
    /// `and the house`.
    private static let houseNumberLeadIns: WordSet = WordSet(["en", "het", "mijn", "and", "the", "my", "house", "with", "met"])

    /// Where the house number (digits or a word) may start after `nummer `, `number `, `nr. `
    /// or `huisnummer ` at `position`, or nil.
    private static func numberWord(_ text: UnsafeBufferPointer<UInt8>, at position: Int) -> Int? {
        var end = position
        while end < text.count, ByteClass.isASCIILetter(text[end]) { end += 1 }
        guard end > position, houseNumberWords.contains(text[position..<end].lazy.map(ByteClass.lowercased)) else { return nil }
        if end < text.count, text[end] == UInt8(ascii: ".") { end += 1 }
        guard end + 1 < text.count, text[end] == 0x20, ByteClass.isWordByte(text[end + 1]) else { return nil }
        return end + 1
    }

    private static let houseNumberWords: WordSet = WordSet(["nummer", "number", "nr", "no", "huisnummer"])

    /// A Dutch postcode written as speech-to-text writes digits one by one: `6 5 3 1 G H`,
    /// `1 0 1 1 AB`.
    private func findSpacedPostcodes(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        var index = 0
        while index + 9 <= text.count {
            defer { index += 1 }
            guard text[index] >= UInt8(ascii: "1"), text[index] <= UInt8(ascii: "9"), index == 0 || !ByteClass.isWordByte(text[index - 1]) else { continue }
            var digits: [UInt8] = []
            var position = index
            while digits.count < 4, position + 1 < text.count, ByteClass.isDigit(text[position]), text[position + 1] == 0x20 {
                digits.append(text[position])
                position += 2
            }
            guard digits.count == 4, position + 2 <= text.count, ByteClass.isUpper(text[position]) else { continue }
            let letters: [UInt8]
            let end: Int
            if ByteClass.isUpper(text[position + 1]) {
                (letters, end) = ([text[position], text[position + 1]], position + 2)
            } else if position + 3 <= text.count, text[position + 1] == 0x20, ByteClass.isUpper(text[position + 2]) {
                (letters, end) = ([text[position], text[position + 2]], position + 3)
            } else {
                continue
            }
            guard DigitGroups.endsCleanly(text, end), letters != Array("SA".utf8), letters != Array("SD".utf8), letters != Array("SS".utf8) else { continue }
            index = addPostcode(text, index..<end, digits: digits, letters: letters, confidence: 0.85, into: &candidates) - 1
        }
    }

    /// A Dutch postcode read out: four digits in words (`acht nul één één`, `achtentachtig
    /// elf`), then its two letters on their own (`K L`, `KL`, `k l`) or by their names (`bee kaa`).
    private func findSpokenPostcodes(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        let words = WordTokenizer.words(in: text, from: 0, limit: .max)
        let values = words.map { NumberWords.value(forHash: WordTokenizer.foldedHash(text, $0.range)) }
        guard values.contains(where: { $0 != nil }) else { return }
        var first = 0
        while first < words.count {
            defer { first += 1 }
            var digits: [UInt8] = []
            var index = first
            while index < words.count, digits.count < 4, let value = values[index] {
                // `zes en twintig`: a number speech-to-text wrote as three words (`zesentwintig`).
                if (1...9).contains(value), index + 2 < words.count, WordTokenizer.isWord(text, words[index + 1].range, "en"),
                   let tens = values[index + 2], NumberWords.isTens(tens) {
                    digits += NumberWords.spokenDigits(tens + value)
                    index += 3
                    continue
                }
                digits += NumberWords.spokenDigits(value)
                index += 1
            }
            guard digits.count == 4, digits[0] != UInt8(ascii: "0"), index > first + 1, index < words.count else { continue }
            var letters: [UInt8] = []
            var last = index
            // `b e` said as two letters is no word, as `be` written as one may be.
            var lettersAsOneWord = false
            // `ka el`: two letters by their names, not `KA` and a word after it.
            if index + 1 < words.count, let firstName = SpokenLetters.letter(text, WordTokenizer.bareRange(text, words[index].range)),
               let secondName = Self.singleLetter(text, WordTokenizer.bareRange(text, words[index + 1].range)) {
                letters = [firstName, secondName]
                last = index + 1
            }
            for letterWord in index..<min(index + 2, words.count) where letters.count < 2 {
                let bare = WordTokenizer.bareRange(text, words[letterWord].range)
                let bytes = text[bare]
                if bytes.count <= 2 - letters.count, bytes.allSatisfy(ByteClass.isASCIILetter) {
                    if bytes.count == 2 { lettersAsOneWord = true }
                    letters += bytes.map { $0 & 0xDF }
                } else if let named = SpokenLetters.letter(text, bare) {
                    // `drie vijf een twee, bee kaa`
                    letters.append(named)
                } else if letters.count == 1, let named = Self.letterNamedAsAWord(text, bare), letterWord + 1 == words.count || words[letterWord].breakAfter {
                    // `drie vijf drie een e en`: `en` and `er`, which are words far more often,
                    // name N and R as a postcode's last letter, where the clause ends.
                    letters.append(named)
                } else {
                    break
                }
                last = letterWord
            }
            guard letters.count == 2, letters != Array("SA".utf8), letters != Array("SD".utf8), letters != Array("SS".utf8),
                  !lettersAsOneWord || !Self.twoLetterWords.contains(letters.map(ByteClass.lowercased))
            else { continue }
            let range = words[first].range.lowerBound..<WordTokenizer.bareRange(text, words[last].range).upperBound
            candidates.append(PIICandidate(type: .postcode, range: range, confidence: 0.8, detector: name, canonicalValue: String(decoding: digits + letters, as: UTF8.self)))
            addHouseNumberSaid(after: range, in: text, postcode: digits + letters, into: &candidates)
            first = last
        }
        findSpokenBritishPostcodes(in: text, words, values, into: &candidates)
    }

    /// N for `en` and R for `er`, in any case.
    private static func letterNamedAsAWord(_ text: UnsafeBufferPointer<UInt8>, _ bare: Range<Int>) -> UInt8? {
        guard bare.count == 2, text[bare.lowerBound] | 0x20 == UInt8(ascii: "e") else { return nil }
        switch text[bare.lowerBound + 1] | 0x20 {
        case UInt8(ascii: "n"): return UInt8(ascii: "N")
        case UInt8(ascii: "r"): return UInt8(ascii: "R")
        default: return nil
        }
    }

    /// The letter a word stands for when it is one letter or a letter's name (`k`, `el`), in capitals.
    private static func singleLetter(_ text: UnsafeBufferPointer<UInt8>, _ bare: Range<Int>) -> UInt8? {
        if bare.count == 1, ByteClass.isASCIILetter(text[bare.lowerBound]) { return text[bare.lowerBound] & 0xDF }
        return SpokenLetters.letter(text, bare)
    }

    /// A British postcode read out as speech-to-text writes it: `l s six two j q` (LS6 2JQ),
    /// `n g seven three f r`: the outward code's letters, its digits in words (and a letter),
    /// then the inward code's digit and two letters, in the shapes postcodes have.
    /// Words that sound as a digit, by hash: `for`, `to`, `too`, `won`, `ate`.
    private static let digitHomophones: [UInt64: Int] = [
        StableHash.fnv1a64("for".utf8): 4, StableHash.fnv1a64("to".utf8): 2, StableHash.fnv1a64("too".utf8): 2,
        StableHash.fnv1a64("won".utf8): 1, StableHash.fnv1a64("ate".utf8): 8,
    ]

    private func findSpokenBritishPostcodes(in text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], _ values: [Int?], into candidates: inout [PIICandidate]) {
        // Most lines spell no letter with a word: nothing to copy.
        let spellsLetters = words.contains { WordTokenizer.isWord(text, $0.range, "for") || WordTokenizer.isWord(text, $0.range, "as") }
        let (words, values, spelled) = spellsLetters ? Self.mergingSpelledLetters(text, words, values) : (words, values, [])
        func letter(_ index: Int) -> UInt8? {
            guard index < words.count else { return nil }
            if spellsLetters, let letter = spelled[index] { return letter }
            let bare = WordTokenizer.bareRange(text, words[index].range)
            // `be one three nine are ex`: a letter's name, as speech-to-text writes it; `Bravo
            // Sierra six`: the spelling alphabet's word.
            guard bare.count == 1, ByteClass.isASCIILetter(text[bare.lowerBound]) else { return SpokenLetters.letter(text, bare) ?? LicencePlateDetector.spellingLetter(text, bare) }
            return text[bare.lowerBound] & 0xDF
        }
        // `l s for six ...`: speech-to-text writes a digit said alone as a word that sounds so;
        // inside a postcode's shape there is no other reading.
        func value(_ index: Int) -> Int? {
            guard index < words.count else { return nil }
            if let value = values[index] { return value }
            return Self.digitHomophones[WordTokenizer.foldedHash(text, WordTokenizer.bareRange(text, words[index].range))]
        }
        func digit(_ index: Int) -> UInt8? {
            guard let value = value(index), value < 10 else { return nil }
            return UInt8(ascii: "0") + UInt8(value)
        }
        // The outward code from `start` with `digitCount` digits and perhaps a letter after
        // them, then the inward code: where it ends and what it reads.
        func postcode(from start: Int, letters: [UInt8], digitCount: Int, trailingLetter: Bool) -> (end: Int, canonical: [UInt8])? {
            var index = start
            var outward = letters
            while outward.count < letters.count + digitCount, index < words.count, var value = value(index) {
                // `c f thirty one ...`: the tens, then the unit, as English says them.
                if NumberWords.isTens(value), index + 1 < words.count, let unit = values[index + 1], (1...9).contains(unit) {
                    value += unit
                    index += 1
                }
                let digits = NumberWords.spokenDigits(value)
                guard outward.count + digits.count <= letters.count + digitCount else { return nil }
                outward += digits
                index += 1
            }
            guard outward.count == letters.count + digitCount else { return nil }
            if trailingLetter {
                guard let byte = letter(index) else { return nil }
                outward.append(byte)
                index += 1
            }
            guard let inwardDigit = digit(index), let second = letter(index + 1), let third = letter(index + 2), letter(index + 3) == nil,
                  Self.isBritishOutwardCode(outward), !"CIKMOV".utf8.contains(second), !"CIKMOV".utf8.contains(third)
            else { return nil }
            return (index + 2, outward + [0x20, inwardDigit, second, third])
        }
        var first = 0
        while first < words.count {
            var index = first
            var letters: [UInt8] = []
            while letters.count < 2, let byte = letter(index) { letters.append(byte); index += 1 }
            // Only at the first letter of the code: `x l s six ...` is read from `l`.
            guard !letters.isEmpty, first == 0 || letter(first - 1) == nil else { first += 1; continue }
            var found: (end: Int, canonical: [UInt8])?
            for digitCount in [2, 1] {
                for trailingLetter in [false, true] where found == nil {
                    found = postcode(from: index, letters: letters, digitCount: digitCount, trailingLetter: trailingLetter)
                }
            }
            guard let found else { first += 1; continue }
            let range = words[first].range.lowerBound..<WordTokenizer.bareRange(text, words[found.end].range).upperBound
            candidates.append(PIICandidate(type: .postcode, range: range, confidence: 0.8, detector: name, canonicalValue: String(decoding: found.canonical, as: UTF8.self)))
            first = found.end + 1
        }
    }

    /// The words with each letter spelled by a word after it (`s for sugar`, `h as in hotel`)
    /// made one, and the letter each such word stands for: inside a postcode read out, `for`
    /// there is no digit.
    private static func mergingSpelledLetters(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], _ values: [Int?])
        -> (words: [WordTokenizer.Word], values: [Int?], spelled: [UInt8?]) {
        var merged: [WordTokenizer.Word] = [], mergedValues: [Int?] = [], spelled: [UInt8?] = []
        var index = 0
        while index < words.count {
            let bare = WordTokenizer.bareRange(text, words[index].range)
            if bare.count == 1, ByteClass.isASCIILetter(text[bare.lowerBound]), !words[index].breakAfter, index + 2 < words.count {
                let joinerWords = WordTokenizer.isWord(text, words[index + 1].range, "for") ? 1
                    : WordTokenizer.isWord(text, words[index + 1].range, "as") && index + 3 < words.count && WordTokenizer.isWord(text, words[index + 2].range, "in") ? 2 : 0
                let speller = index + 1 + joinerWords
                if joinerWords > 0, speller < words.count, !words[index + joinerWords].breakAfter {
                    let spellerBare = WordTokenizer.bareRange(text, words[speller].range)
                    if spellerBare.count >= 3, ByteClass.lowercased(text[spellerBare.lowerBound]) == ByteClass.lowercased(text[bare.lowerBound]),
                       spellerBare.allSatisfy({ ByteClass.isASCIILetter(text[$0]) }), values[speller] == nil {
                        // Not `l s for six`: a digit said as `for`, then a number.
                        merged.append(WordTokenizer.Word(range: words[index].range.lowerBound..<words[speller].range.upperBound, breakAfter: words[speller].breakAfter))
                        mergedValues.append(nil)
                        spelled.append(text[bare.lowerBound] & 0xDF)
                        index = speller + 1
                        continue
                    }
                }
            }
            merged.append(words[index])
            mergedValues.append(values[index])
            spelled.append(nil)
            index += 1
        }
        return (merged, mergedValues, spelled)
    }

    /// Whether lower-case letters after a space end a postcode (`7811 hr`): in a line written
    /// all in lower case, as speech-to-text writes some turns, or after the word `postcode`,
    /// when the two letters are no word (`1234 en`, `2023 is`).
    private static func isSpacedLowercasePostcode(_ text: UnsafeBufferPointer<UInt8>, letters: Int, number: Int) -> Bool {
        ByteClass.isLower(text[letters]) && ByteClass.isLower(text[letters + 1])
            && !twoLetterWords.contains(text[letters..<(letters + 2)]) && (followsPostcodeCue(text, number) || PersonNameDetector.isLowercase(text))
    }

    /// Whether the word `postcode` stands before the number at `position`, `is`, `was` or a
    /// colon between them allowed (`de postcode is 4001 ks`, `postcode: 4001 ks`): after it,
    /// two lower-case letters are a postcode's in any line. The line scan asks this of four
    /// digits before two lower-case letters, so it compares bytes in place.
    static func followsPostcodeCue(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard position >= 2, text[position - 1] == 0x20 else { return false }
        var end = position - 1
        if text[end - 1] == UInt8(ascii: ":") { end -= 1 }
        var start = end
        while start > 0, ByteClass.isASCIILetter(text[start - 1]) { start -= 1 }
        if end == position - 1, (WordTokenizer.isWord(text, start..<end, "is") || WordTokenizer.isWord(text, start..<end, "was")), start >= 2, text[start - 1] == 0x20 {
            end = start - 1
            start = end
            while start > 0, ByteClass.isASCIILetter(text[start - 1]) { start -= 1 }
        }
        return WordTokenizer.isWord(text, start..<end, "postcode")
    }


    /// Words of two letters, which after four digits are ordinary text, not a postcode's letters.
    static let twoLetterWords: WordSet = WordSet([
        "en", "de", "in", "op", "is", "ik", "je", "we", "ze", "om", "af", "al", "na", "er", "eh", "uh", "ja", "nu", "zo", "te", "of",
        "as", "an", "at", "be", "by", "do", "go", "he", "if", "it", "me", "my", "no", "on", "or", "so", "to", "up", "us", "am",
        "hm", "mm", "ok", "oh", "ah", "pm", "um", "et", "du", "ga", "ca", "nr", "st", "jr", "tv", "pc",
    ])

    private func findBritishPostcodes(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        var inward = 3
        // Whether the line is written all in lower case, worked out when first needed: only
        // there does a postcode in lower case count (`b13 9rx`).
        var lowercaseLine: Bool?
        while inward + 3 <= text.count {
            defer { inward += 1 }
            let lowercase: Bool
            var needsKnownArea = false
            if Self.mayOpenBritishInwardCode(text, at: inward) {
                lowercase = false
            } else if Self.mayOpenBritishInwardCode(text, at: inward, lowercase: true) {
                if lowercaseLine == nil { lowercaseLine = PersonNameDetector.isLowercase(text) }
                needsKnownArea = lowercaseLine != true
                lowercase = true
            } else {
                continue
            }
            let outwardEnd = inward - 1
            var outwardStart = outwardEnd
            while outwardStart > 0, ByteClass.isAlphanumeric(text[outwardStart - 1]) { outwardStart -= 1 }
            if needsKnownArea, !Self.opensWithBritishArea(text, outwardStart..<outwardEnd) { continue }
            let upper = { (byte: UInt8) in lowercase ? byte & 0xDF : byte }
            guard outwardStart == 0 || !ByteClass.isWordByte(text[outwardStart - 1]),
                  Self.isBritishOutwardCode(text[outwardStart..<outwardEnd].lazy.map { ByteClass.isDigit($0) ? $0 : ByteClass.isLower($0) == lowercase ? upper($0) : 0 }),
                  !"CIKMOV".utf8.contains(upper(text[inward + 1])), !"CIKMOV".utf8.contains(upper(text[inward + 2]))
            else { continue }
            let canonical = text[outwardStart..<outwardEnd].map { ByteClass.isDigit($0) ? $0 : upper($0) } + [0x20] + text[inward..<(inward + 3)].map { ByteClass.isDigit($0) ? $0 : upper($0) }
            candidates.append(PIICandidate(type: .postcode, range: outwardStart..<(inward + 3), confidence: 0.9, detector: name, canonicalValue: String(decoding: canonical, as: UTF8.self)))
            addHouseNumberSaid(after: outwardStart..<(inward + 3), in: text, postcode: canonical, into: &candidates)
        }
    }

    /// A digit and two capitals (two lower-case letters, with `lowercase`) at `start`, ending a
    /// word, one space after a letter or digit: where a British inward code can stand
    /// (``LineSignals/postcodeShape``).
    static func mayOpenBritishInwardCode(_ text: UnsafeBufferPointer<UInt8>, at start: Int, lowercase: Bool = false) -> Bool {
        guard start >= 2, start + 3 <= text.count, ByteClass.isDigit(text[start]) else { return false }
        let letters = lowercase ? ByteClass.isLower(text[start + 1]) && ByteClass.isLower(text[start + 2]) : ByteClass.isUpper(text[start + 1]) && ByteClass.isUpper(text[start + 2])
        return letters
            && text[start - 1] == 0x20 && ByteClass.isAlphanumeric(text[start - 2])
            && (start + 3 == text.count || !ByteClass.isWordByte(text[start + 3]))
    }

    /// Whether a British postcode's outward code may start at `start`, in any case: one or two
    /// letters that open a postcode area, then a digit (`ls6 3ab` after `14 elm grove`).
    static func mayOpenBritishOutwardCode(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var digit = start
        while digit < text.count, digit - start < 2, ByteClass.isASCIILetter(text[digit]) { digit += 1 }
        return digit > start && digit < text.count && ByteClass.isDigit(text[digit]) && opensWithBritishArea(text, start..<digit)
    }

    /// Whether a whole British postcode, in any case, starts at `start`: an outward code that
    /// opens with a postcode area (`tr18`, `NG5`, `sw1a`), a space, and an inward code.
    static func opensBritishPostcode(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard mayOpenBritishOutwardCode(text, at: start) else { return false }
        var end = start
        while end < text.count, ByteClass.isAlphanumeric(text[end]) { end += 1 }
        guard (2...4).contains(end - start), end + 1 < text.count, text[end] == 0x20 else { return false }
        return mayOpenBritishInwardCode(text, at: end + 1, lowercase: true) || mayOpenBritishInwardCode(text, at: end + 1)
    }

    /// Whether a British postcode read out may start at `start`: one or two letters said apart,
    /// of a postcode area, then a number word (`n e two one n h`, `l s six ...`).
    static func mayOpenSpokenBritishOutwardCode(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var letters: [UInt8] = []
        var position = start
        while letters.count < 2, position + 1 < text.count, ByteClass.isASCIILetter(text[position]), text[position + 1] == 0x20 {
            letters.append(text[position])
            position += 2
        }
        guard !letters.isEmpty else { return false }
        let word = WordTokenizer.lettersAfter(text, position)
        guard !word.isEmpty, let value = NumberWords.value(forHash: WordTokenizer.foldedHash(text, word)), value < 100 else { return false }
        return letters.withUnsafeBufferPointer { opensWithBritishArea($0, 0..<$0.count) }
    }

    /// Whether the letters that open `text[outward]` (in any case) are one of the postcode areas
    /// of the United Kingdom, the Channel Islands and the Isle of Man: how a postcode typed in
    /// lower case in a turn with capitals (`ng3 2fh`, as people type in a chat) is told from
    /// other letters and digits.
    static func opensWithBritishArea(_ text: UnsafeBufferPointer<UInt8>, _ outward: Range<Int>) -> Bool {
        guard !outward.isEmpty, ByteClass.isASCIILetter(text[outward.lowerBound]) else { return false }
        let first = Int((text[outward.lowerBound] | 0x20) - UInt8(ascii: "a"))
        let hasSecond = outward.count > 1 && ByteClass.isASCIILetter(text[outward.lowerBound + 1])
        let second = hasSecond ? Int((text[outward.lowerBound + 1] | 0x20) - UInt8(ascii: "a")) + 1 : 0
        return britishAreas[first] & (1 << UInt32(second)) != 0
    }

    /// For each first letter, a bit per second letter (bit 0: none) that makes a postcode area
    /// of the United Kingdom, the Channel Islands or the Isle of Man.
    private static let britishAreas: [UInt32] = {
        var bits = [UInt32](repeating: 0, count: 26)
        let areas = """
            AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU
            GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE
            PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE
            """
        for area in areas.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let letters = Array(area.utf8).map { Int($0 - UInt8(ascii: "A")) }
            bits[letters[0]] |= 1 << UInt32(letters.count > 1 ? letters[1] + 1 : 0)
        }
        return bits
    }()

    /// `A9`, `A99`, `AA9`, `AA99`, `A9A` or `AA9A`, in capitals.
    private static func isBritishOutwardCode(_ code: some Collection<UInt8>) -> Bool {
        let shape = code.map { ByteClass.isUpper($0) ? UInt8(ascii: "A") : ByteClass.isDigit($0) ? UInt8(ascii: "9") : 0 }
        return britishOutwardShapes.contains(shape)
    }

    private static let britishOutwardShapes: Set<[UInt8]> = Set(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"].map { Array($0.utf8) })
}
