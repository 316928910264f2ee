/// Finds Dutch licence plates (kentekens) in the sidecodes in use, with dashes (`AB-12-CD`,
/// `12-ABC-3`) anywhere, and without dashes (`AB12CD`) or with spaces (`KL 489 T`) only after a
/// cue such as `kenteken`; and British plates in the current format (`WF19 KHZ`), after such a
/// cue in any shape the format allows, and without one where the letters and the age could
/// have been issued.
public struct LicencePlateDetector: PIIDetector {
    public let name = "plate"

    /// The sidecodes as group shapes: L for a letter, D for a digit.
    private static let sidecodes: Set<String> = [
        "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD",
        "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
    ]
    private static let cues = PhraseMatcher(phrases: cueWords + ["licence plate", "license plate", "number plate"])
    /// The words of the cues, each of which the line scan looks for (``LineSignals/plateCue``).
    static let cueWords = plateWords + vehicleWords
    private static let plateWords = ["kenteken", "nummerbord", "registration", "plate"]
    /// A vehicle said before its plate counts too, for the few words after it: `de auto van
    /// mijn vrouw, k z l zeven zes t`.
    private static let vehicleWords = ["auto", "wagen", "busje", "car", "vehicle", "scooter", "motorbike", "caravan"]
    /// How far after a vehicle word its plate may follow, in bytes.
    private static let vehicleReach = 48

    public init() {}

    /// A plate's shape, or a cue after which a plate may be written with spaces (`KL 489 T`).
    public let lineRequirement = LineRequirement(.plateShape, or: .plateCue)

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        // Candidates before these come from other lines: their ranges are not offsets into this one.
        let firstOwn = candidates.count
        var cueMatches: [PhraseMatcher.Match]?
        defer {
            // A whole cue word only (`kenteken`, not `kentekenbewijs`), as the line scan sees it.
            let cueHits = (cueMatches ?? Self.cues.matches(in: text)).filter { $0.range.upperBound >= text.count || !ByteClass.isWordByte(text[$0.range.upperBound]) }
            if !cueHits.isEmpty {
                // After a plate's word, anywhere in the line; after a vehicle, in the few words after it.
                let windows = cueHits.compactMap { hit -> Range<Int>? in
                    guard Self.isVehicleCue(hit.phrase) else { return hit.range.upperBound..<text.count }
                    // Most vehicles are spoken of with no plate after them: a plate needs a digit,
                    // or a letter said on its own.
                    let window = hit.range.upperBound..<min(text.count, hit.range.upperBound + Self.vehicleReach)
                    return Self.mayHoldPlate(text, window) ? window : nil
                }
                if !windows.isEmpty { spacedPlates(in: text, within: windows, into: &candidates, after: firstOwn) }
            }
        }
        findSpokenBritishPlates(in: text, into: &candidates)
        DigitGroups.forEachTokenWithDigit(in: text, joinedBy: [UInt8(ascii: "-")]) { range in
            let start = range.lowerBound, end = range.upperBound
            if end - start == 4 || end - start == 7, let plateEnd = Self.issuedBritishPlateEnd(text, at: start) {
                let canonical = text[start..<plateEnd].filter { $0 != 0x20 }.map { ByteClass.isDigit($0) ? $0 : $0 & 0xDF }
                candidates.append(PIICandidate(type: .licencePlate, range: start..<plateEnd, confidence: 0.85, detector: name, canonicalValue: String(decoding: canonical, as: UTF8.self)))
                return
            }
            guard (6...8).contains(end - start), start == 0 || !ByteClass.isWordByte(text[start - 1]), end >= text.count || !ByteClass.isWordByte(text[end]) else { return }
            var shape: [UInt8] = []
            var canonical: [UInt8] = []
            var dashes = 0
            for byte in text[start..<end] {
                if ByteClass.isDigit(byte) { shape.append(UInt8(ascii: "D")); canonical.append(byte) }
                else if byte == UInt8(ascii: "-") { shape.append(byte); dashes += 1 }
                else { shape.append(UInt8(ascii: "L")); canonical.append(byte & 0xDF) }
            }
            guard canonical.count == 6, canonical.allSatisfy({ !ByteClass.isUpper($0) || !Self.unusedLetters.contains($0) }) else { return }
            if dashes == 2, Self.sidecodes.contains(String(decoding: shape, as: UTF8.self)) {
                // Dashed plates are upper case in writing; lower-case dashed words are ordinary
                // text, unless a cue says a plate comes (speech-to-text writes `gz-124-x`).
                if text[range].contains(where: ByteClass.isLower) {
                    if cueMatches == nil { cueMatches = Self.cues.matches(in: text) }
                    guard cueMatches!.contains(where: { $0.range.upperBound <= start && start - $0.range.upperBound <= 30 }) else { return }
                }
                candidates.append(PIICandidate(type: .licencePlate, range: range, confidence: 0.9, detector: name, canonicalValue: String(decoding: canonical, as: UTF8.self)))
            } else if dashes == 0, shape.contains(UInt8(ascii: "L")) {
                if cueMatches == nil { cueMatches = Self.cues.matches(in: text) }
                guard cueMatches!.contains(where: { $0.range.upperBound <= start && start - $0.range.upperBound <= 30 }), Self.matchesUndashed(shape) else { return }
                candidates.append(PIICandidate(type: .licencePlate, range: range, confidence: 0.85, detector: name, canonicalValue: String(decoding: canonical, as: UTF8.self)))
            }
        }
    }

    /// British plates read out letter by letter without a cue (`m k six seven x p t`): two
    /// single letters open one.
    private func findSpokenBritishPlates(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        var start = 0
        while start + 13 <= text.count {
            if Self.opensSpokenPlate(text, at: start), let plate = Self.spokenIssuedBritishPlate(text, at: start) {
                candidates.append(plate)
                start = plate.range.upperBound
                continue
            }
            start += 1
        }
    }

    /// Two letters on their own at `start`, a space between and after them (`m k `).
    @inline(__always)
    static func opensSpokenPlate(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        start + 4 < text.count && (start == 0 || !ByteClass.isWordByte(text[start - 1])) && ByteClass.isASCIILetter(text[start]) && text[start + 1] == 0x20
            && ByteClass.isASCIILetter(text[start + 2]) && text[start + 3] == 0x20
    }

    /// Plates written with spaces between the groups (`KL 489 T`, `12 BBB 3`) or read out
    /// (`h n p zeven vier k`, `Yankee Kilo one seven, Zulu Papa X-ray`), as speech-to-text
    /// writes them, and British plates (`YK17 ZPX`), anywhere after a cue in the line
    /// (`kenteken KL-974-R, de oude had 53 XTB 8`).
    private static func isVehicleCue(_ phrase: Int) -> Bool { phrase >= plateWords.count && phrase < cueWords.count }

    /// Whether `text` speaks of a plate (`kenteken`, `number plate`), not only of a vehicle:
    /// the next turn may then read one out without a cue of its own.
    static func mentionsPlate(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        cues.matches(in: text).contains { !isVehicleCue($0.phrase) && ($0.range.upperBound >= text.count || !ByteClass.isWordByte(text[$0.range.upperBound])) }
    }

    /// Whether `text[window]` holds a digit or a single letter between spaces.
    private static func mayHoldPlate(_ text: UnsafeBufferPointer<UInt8>, _ window: Range<Int>) -> Bool {
        for index in window {
            if ByteClass.isDigit(text[index]) { return true }
            if ByteClass.isASCIILetter(text[index]), index > 0, text[index - 1] == 0x20, index + 1 == text.count || text[index + 1] == 0x20 || text[index + 1] == UInt8(ascii: ",") { return true }
        }
        return false
    }

    /// Plates after a cue, in `windows`; not again where the reading without a cue found one
    /// (the candidates from `firstOwn` on are this line's).
    private func spacedPlates(in text: UnsafeBufferPointer<UInt8>, within windows: [Range<Int>], into candidates: inout [PIICandidate], after firstOwn: Int) {
        guard let firstCueEnd = windows.map(\.lowerBound).min() else { return }
        var start = firstCueEnd
        while start < text.count {
            guard windows.contains(where: { $0.contains(start) }) else { start += 1; continue }
            // A British plate that could have been issued is found without the cue.
            let wordStart = ByteClass.isAlphanumeric(text[start]) && (start == 0 || !ByteClass.isWordByte(text[start - 1])) && Self.issuedBritishPlateEnd(text, at: start) == nil
            if wordStart, let plate = spacedPlate(in: text, at: start) ?? spokenPlate(in: text, at: start) ?? britishPlate(in: text, at: start) {
                if !candidates[firstOwn...].contains(where: { $0.range == plate.range }) { candidates.append(plate) }
                start = plate.range.upperBound
                continue
            }
            start += 1
        }
    }

    /// Three groups of letters or digits at `start`, single spaces between, in a sidecode.
    private func spacedPlate(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> PIICandidate? {
        var shape: [UInt8] = []
        var canonical: [UInt8] = []
        var position = start
        var groups = 0
        while position < text.count, groups < 3 {
            let groupStart = position
            while position < text.count, ByteClass.isAlphanumeric(text[position]) {
                let byte = text[position]
                shape.append(ByteClass.isDigit(byte) ? UInt8(ascii: "D") : UInt8(ascii: "L"))
                canonical.append(ByteClass.isDigit(byte) ? byte : byte & 0xDF)
                position += 1
            }
            guard position > groupStart, canonical.count <= 6 else { return nil }
            groups += 1
            guard groups < 3, position + 1 < text.count, text[position] == 0x20, ByteClass.isAlphanumeric(text[position + 1]) else { break }
            shape.append(UInt8(ascii: "-"))
            position += 1
        }
        guard groups == 3, position >= text.count || !ByteClass.isWordByte(text[position]), canonical.count == 6,
              canonical.allSatisfy({ !ByteClass.isUpper($0) || !Self.unusedLetters.contains($0) }),
              Self.sidecodes.contains(String(decoding: shape, as: UTF8.self))
        else { return nil }
        return PIICandidate(type: .licencePlate, range: start..<position, confidence: 0.85, detector: name, canonicalValue: String(decoding: canonical, as: UTF8.self))
    }

    /// A plate read out letter by letter and digit by digit (`h n p zeven vier k`, `K L 9 7 4
    /// R`), also with a spelling alphabet (`Yankee Kilo one seven, Zulu Papa X-ray`): single
    /// letters, digits and number words, six characters in a Dutch sidecode or seven in the
    /// British layout (`LLDDLLL`).
    func spokenPlate(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> PIICandidate? {
        var shape: [UInt8] = []
        var canonical: [UInt8] = []
        var spokenWord = false
        var position = start
        // Where each word ends, and how many characters the plate has up to it.
        var wordEnds: [(end: Int, characters: Int)] = []
        while canonical.count < 7, position < text.count {
            let word = WordTokenizer.bareWord(in: text, at: position)
            guard !word.isEmpty else { break }
            var wordEnd = word.upperBound
            if word.count == 1, ByteClass.isASCIILetter(text[word.lowerBound]) {
                shape.append(UInt8(ascii: "L"))
                canonical.append(text[word.lowerBound] & 0xDF)
            } else if word.count == 1, ByteClass.isDigit(text[word.lowerBound]) {
                shape.append(UInt8(ascii: "D"))
                canonical.append(text[word.lowerBound])
            } else if canonical.isEmpty, word.count == 2, ByteClass.isASCIILetter(text[word.lowerBound]), ByteClass.isASCIILetter(text[word.lowerBound + 1]),
                      !Self.twoLetterWords.contains(text[word].lazy.map(ByteClass.lowercased)), SpokenLetters.letter(text, word) == nil {
                // `ab twelve c d e`: a plate's first two letters, written as one word.
                shape += Array("LL".utf8)
                canonical += [text[word.lowerBound] & 0xDF, text[word.lowerBound + 1] & 0xDF]
            } else if let letter = Self.spellingTable.value(for: WordTokenizer.foldedHash(text, word)).map(UInt8.init) ?? SpokenLetters.letter(text, word) {
                // `Yankee Kilo`, or the letters' names: `why kay`, `ha es tee`.
                shape.append(UInt8(ascii: "L"))
                canonical.append(letter)
                spokenWord = true
            } else if var value = NumberWords.value(forHash: WordTokenizer.foldedHash(text, word)) {
                // `y k sixty two u w t`: the tens, then the unit, as English says a plate's age.
                if NumberWords.isTens(value), let unit = NumberWords.unit(afterTensEndingAt: word.upperBound, in: text) {
                    value += unit.value
                    wordEnd = unit.end
                }
                let digits = NumberWords.spokenDigits(value)
                shape += Array(repeating: UInt8(ascii: "D"), count: digits.count)
                canonical += digits
                spokenWord = true
            } else {
                break
            }
            wordEnds.append((wordEnd, canonical.count))
            position = wordEnd
            // Letters and digits read out may stand apart by a comma: `one seven, Zulu`.
            if position < text.count, text[position] == UInt8(ascii: ",") { position += 1 }
            guard position + 1 < text.count, text[position] == 0x20 else { break }
            position += 1
        }
        guard spokenWord || shape.filter({ $0 == UInt8(ascii: "L") }).count >= 2 else { return nil }
        if let british = wordEnds.first(where: { $0.characters == 7 }), Array(shape.prefix(7)) == Array("LLDDLLL".utf8) {
            return PIICandidate(type: .licencePlate, range: start..<british.end, confidence: 0.8, detector: name, canonicalValue: String(decoding: canonical.prefix(7), as: UTF8.self))
        }
        guard let dutch = wordEnds.first(where: { $0.characters == 6 }), Self.matchesUndashed(Array(shape.prefix(6))),
              canonical.prefix(6).allSatisfy({ !ByteClass.isUpper($0) || !Self.unusedLetters.contains($0) })
        else { return nil }
        return PIICandidate(type: .licencePlate, range: start..<dutch.end, confidence: 0.8, detector: name, canonicalValue: String(decoding: canonical.prefix(6), as: UTF8.self))
    }

    /// The letter a word of the NATO spelling alphabet stands for (`Bravo` for B), in capitals, or nil.
    static func spellingLetter(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt8? {
        guard (4...8).contains(range.count) else { return nil }
        return spellingTable.value(for: WordTokenizer.foldedHash(text, range)).map(UInt8.init)
    }

    /// The NATO spelling alphabet, and the spellings speech-to-text writes of some of its words.
    static let spellingAlphabetWords = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima", "mike",
                                        "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "x-ray",
                                        "yankee", "zulu", "alfa", "xray", "whisky"]

    /// The spelling alphabet, by the hash of each word, with its letter.
    private static let spellingTable = WordHashTable(spellingAlphabetWords.map { (StableHash.fnv1a64($0.utf8), Int($0.utf8.first! & 0xDF)) })

    /// Two letters, two digits and three letters, with a space after the digits or not
    /// (`WF19 KHZ`, `wf19khz`): a British plate since 2001.
    private func britishPlate(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> PIICandidate? {
        guard let letters = Self.britishLayoutLetters(text, at: start) else { return nil }
        let canonical = (Array(text[start..<(start + 4)]) + Array(text[letters..<(letters + 3)])).map { ByteClass.isDigit($0) ? $0 : $0 & 0xDF }
        return PIICandidate(type: .licencePlate, range: start..<(letters + 3), confidence: 0.85, detector: name, canonicalValue: String(decoding: canonical, as: UTF8.self))
    }

    /// Where a British plate in the current format that could have been issued ends, when one
    /// starts at `start` (`LK19 XPW`, `ny68 bzd`, `WF21OAK`), found without a cue: its shape
    /// and the letters and ages the DVLA issues make one unlikely by chance. Upper case, or all
    /// lower case as people type in a chat, but not with a word of three letters at its end.
    ///
    /// The first letter is a region's (not `I`, `J`, `Q`, `T`, `U`, `X`, `Z`), the second no
    /// `I`, `Q` or `Z`; the two digits are the half-year of issue (`02` to `29` for March,
    /// `51` to `79` for September); the last three letters have no `I` or `Q`.
    static func issuedBritishPlateEnd(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard start == 0 || !ByteClass.isWordByte(text[start - 1]), let letters = britishLayoutLetters(text, at: start),
              letters + 3 == text.count || text[letters + 3] != UInt8(ascii: "-")
        else { return nil }
        let characters = [start, start + 1, letters, letters + 1, letters + 2].map { text[$0] }
        let upper = characters.allSatisfy(ByteClass.isUpper)
        guard upper || characters.allSatisfy(ByteClass.isLower) else { return nil }
        let plate = [characters[0], characters[1], text[start + 2], text[start + 3], characters[2], characters[3], characters[4]].map { ByteClass.isDigit($0) ? $0 : $0 & 0xDF }
        guard Self.couldBeIssuedBritish(plate) else { return nil }
        if !upper, Self.threeLetterWords.contains(text[letters..<(letters + 3)]) { return nil }
        return letters + 3
    }

    /// Where the last three letters start when two letters, two digits and three letters, a
    /// space after the digits or not, start at `start` and end a word (`WF19 KHZ`, `wf19khz`).
    private static func britishLayoutLetters(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard start + 7 <= text.count, ByteClass.isASCIILetter(text[start]), ByteClass.isASCIILetter(text[start + 1]),
              ByteClass.isDigit(text[start + 2]), ByteClass.isDigit(text[start + 3])
        else { return nil }
        let letters = text[start + 4] == 0x20 ? start + 5 : start + 4
        guard letters + 3 <= text.count, (letters..<(letters + 3)).allSatisfy({ ByteClass.isASCIILetter(text[$0]) }),
              letters + 3 == text.count || !ByteClass.isWordByte(text[letters + 3])
        else { return nil }
        return letters
    }

    /// Whether seven capitals and digits in the British layout (`LK19XPW`) could have been
    /// issued: see ``issuedBritishPlateEnd(_:at:)``.
    static func couldBeIssuedBritish(_ plate: [UInt8]) -> Bool {
        guard plate.count == 7, ByteClass.isDigit(plate[2]), ByteClass.isDigit(plate[3]) else { return false }
        let age = Int(plate[2] - 0x30) * 10 + Int(plate[3] - 0x30)
        return ((2...29).contains(age) || (51...79).contains(age)) && !unissuedRegionLetters.contains(plate[0])
            && !unissuedSecondLetters.contains(plate[1]) && !plate[4...].contains(where: { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "Q") })
    }

    /// A British plate read out letter by letter (`m k six seven x p t`) that starts at
    /// `start`, found without a cue where it could have been issued.
    static func spokenIssuedBritishPlate(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> PIICandidate? {
        guard let plate = LicencePlateDetector().spokenPlate(in: text, at: start), plate.canonicalValue.utf8.count == 7,
              couldBeIssuedBritish(Array(plate.canonicalValue.utf8))
        else { return nil }
        return plate
    }

    /// Words of two letters that open no plate read out: `is`, `in`, `op`, ...
    private static let twoLetterWords = WordSet(["an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "oh", "ok",
                                                 "on", "or", "so", "to", "up", "us", "we", "de", "en", "er", "ik", "je", "ze", "op", "om", "te", "na", "al", "nu", "zo"])

    private static let unissuedRegionLetters: Set<UInt8> = Set("IJQTUXZ".utf8)
    private static let unissuedSecondLetters: Set<UInt8> = Set("IQZ".utf8)
    /// Words of three letters that may follow two letters and two digits in lower-case text.
    private static let threeLetterWords = WordSet(["and", "the", "for", "you", "are", "not", "but", "was", "has", "had", "can", "get", "now", "too", "all", "any",
                                                   "een", "van", "met", "het", "uur", "dan", "wel", "nog", "ook", "die", "dat", "wat", "hoe", "mag", "kan", "heb"])

    /// Vowels and a few consonants are not issued on plates.
    private static let unusedLetters: Set<UInt8> = Set("AEIOUCQ".utf8)

    /// Whether six capitals and digits make a Dutch plate in one of the sidecodes in use,
    /// with no letter that is never issued (`T915ZJ`).
    static func isDutchPlate(_ characters: [UInt8]) -> Bool {
        characters.count == 6 && characters.allSatisfy { !ByteClass.isUpper($0) || !unusedLetters.contains($0) }
            && matchesUndashed(characters.map { ByteClass.isDigit($0) ? UInt8(ascii: "D") : UInt8(ascii: "L") })
    }

    private static func matchesUndashed(_ shape: [UInt8]) -> Bool {
        sidecodes.contains { String(decoding: $0.utf8.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self) == String(decoding: shape, as: UTF8.self) }
    }
}
