/// Finds words spelled out letter by letter, as callers spell their names and streets for the
/// agent: `O-L-U-W-A-S-E-U-N`, `B A K K E R`, `J.A.N.S.E.N.`, `b-a-k-k-e-r`.
///
/// Four or more single letters, each joined to the next by the same mark: a dash, a space, a
/// full stop or a comma (with a space after the last two). Capitals, or lower-case letters
/// joined by dashes, or by spaces in a turn written all in lower case (`o apostrophe d o n o
/// g h u e`, with a mark said as a word); or three or more letters of a spelling alphabet (`S van Simon, C van
/// Cornelis, ...`, `M for Mike, ...`). A spelled word is read as a name: a caller spells what the agent must
/// write down, and a name spelled shares its placeholder with the name (``PlaceholderBook``).
public struct SpelledWordDetector: PIIDetector {
    public let name = "spelled"

    public init() {}

    public let lineRequirement = LineRequirement(.spelledLetters)

    /// Spelling shorter than this is too often an abbreviation (`B-T-W`, `K L M`).
    static let minimumLetters = 4

    /// What joins the parts of a name spelled in turn, spaces around it included.
    private static let wordsBetweenSpelledParts: Set<[UInt8]> = Set([" en dan ", " and then ", " then ", " dan ", ", en dan ", ", and then ", ", then ", ", dan "].map { Array($0.utf8) })

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        var lowercase: Bool?
        var start = 0
        while start < text.count {
            // Not the `s` of `that's`.
            guard ByteClass.isASCIILetter(text[start]), start == 0 || !ByteClass.isWordByte(text[start - 1]) && text[start - 1] != UInt8(ascii: "'"),
                  let joiner = Self.joiner(after: start, in: text) ?? Self.saidMarkJoiner(after: start, in: text)
            else { start += 1; continue }
            let capitals = ByteClass.isUpper(text[start])
            // Lower-case letters said apart only where speech-to-text wrote the whole turn so
            // (`d o n o g h u e`): elsewhere they are too often words.
            guard capitals || joiner.mark == UInt8(ascii: "-") || joiner.mark == 0x20 && {
                if lowercase == nil { lowercase = PersonNameDetector.isLowercase(text) }
                return lowercase!
            }() else { start += 1; continue }
            var letters = [ByteClass.lowercased(text[start])]
            var letterCount = 1
            var end = start + 1
            var next = start + 1 + joiner.length
            while next < text.count {
                // `o apostrophe d o n ...`: a mark said as a word between the letters.
                if joiner.mark == 0x20, let said = Self.saidMark(in: text, at: next) {
                    guard said.end + 1 < text.count, text[said.end] == 0x20, Self.isSingleLetter(text, at: said.end + 1) else { break }
                    letters.append(said.character)
                    next = said.end + 1
                    continue
                }
                guard Self.isSingleLetter(text, at: next), ByteClass.isUpper(text[next]) == capitals else { break }
                letters.append(ByteClass.lowercased(text[next]))
                letterCount += 1
                end = next + 1
                guard let following = Self.joiner(after: next, in: text) ?? (joiner.mark == 0x20 ? Self.saidMarkJoiner(after: next, in: text) : nil),
                      following == joiner else { break }
                next += 1 + joiner.length
            }
            // `J.A.N.S.E.N.`: the last full stop belongs to the spelling.
            if joiner.mark == UInt8(ascii: "."), end < text.count, text[end] == UInt8(ascii: ".") { end += 1 }
            if letterCount >= Self.minimumLetters {
                // `A-L, M-A-S-R-I`: a short part spelled just before, as of `Al-Masri`.
                var spelledStart = start
                if joiner.mark == UInt8(ascii: "-"), let part = Self.shortDashedPart(before: start, in: text, capitals: capitals) {
                    spelledStart = part.start
                    // Joined as the double name is written, whose part the rest may be.
                    letters = part.letters + [UInt8(ascii: "-")] + letters
                }
                candidates.append(PIICandidate(type: .name, range: spelledStart..<end, confidence: 0.7, detector: name, canonicalValue: String(decoding: letters, as: UTF8.self)))
                start = end
            } else if letterCount >= 2, joiner.mark == 0x20 || joiner.mark == UInt8(ascii: "-"), let previous = candidates.last, previous.detector == name, previous.range.upperBound < start,
                      Self.wordsBetweenSpelledParts.contains(text[previous.range.upperBound..<start].map(ByteClass.lowercased)) {
                // `m o h a m e d en dan e l en dan o u a r d i`, `N-I-A-M-H, then N-I, then ...`:
                // a short part spelled after a longer one, as a particle is.
                candidates.append(PIICandidate(type: .name, range: start..<end, confidence: 0.7, detector: name, canonicalValue: String(decoding: letters, as: UTF8.self)))
                start = end
            } else {
                start += 1
            }
        }
        findSpellingAlphabet(in: text, into: &candidates)
    }

    /// Two or three letters joined by dashes (`A-L`, `V-A-N`) that end with a comma or a space
    /// one or two bytes before `start`, and their letters, lower-cased.
    private static func shortDashedPart(before start: Int, in text: UnsafeBufferPointer<UInt8>, capitals: Bool) -> (start: Int, letters: [UInt8])? {
        var end = start - 1
        guard end >= 3, text[end] == 0x20 else { return nil }
        if text[end - 1] == UInt8(ascii: ",") { end -= 1 }
        var letters: [UInt8] = []
        var first = end
        var position = end - 1
        while position >= 0, isSingleLetter(text, at: position), ByteClass.isUpper(text[position]) == capitals, position == 0 || !ByteClass.isWordByte(text[position - 1]) {
            letters.insert(ByteClass.lowercased(text[position]), at: 0)
            first = position
            guard position >= 2, text[position - 1] == UInt8(ascii: "-") else { break }
            position -= 2
        }
        guard (2...3).contains(letters.count) else { return nil }
        return (first, letters)
    }

    /// Marks said as words while spelling, and the character each stands for.
    private static let saidMarks: [(word: [UInt8], character: UInt8)] = [
        (Array("apostrophe".utf8), UInt8(ascii: "'")), (Array("apostrof".utf8), UInt8(ascii: "'")),
        (Array("hyphen".utf8), UInt8(ascii: "-")), (Array("dash".utf8), UInt8(ascii: "-")), (Array("streepje".utf8), UInt8(ascii: "-")),
    ]

    /// The mark said as a word at `index`, and where the word ends.
    private static func saidMark(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (character: UInt8, end: Int)? {
        var end = index
        while end < text.count, ByteClass.isASCIILetter(text[end]) { end += 1 }
        guard end - index >= 4 else { return nil }
        let word = text[index..<end].lazy.map(ByteClass.lowercased)
        return saidMarks.first { $0.word.elementsEqual(word) }.map { ($0.character, end) }
    }

    /// A space as the joiner after the single letter at `index` when a mark said as a word
    /// follows it (`o apostrophe d`).
    private static func saidMarkJoiner(after index: Int, in text: UnsafeBufferPointer<UInt8>) -> (mark: UInt8, length: Int)? {
        guard isSingleLetter(text, at: index), index + 2 < text.count, text[index + 1] == 0x20, saidMark(in: text, at: index + 2) != nil else { return nil }
        return (0x20, 1)
    }

    /// Words spelled with a spelling alphabet: `S van Simon, C van Cornelis, H van Hendrik`,
    /// `M for Mike, A for Alpha`, `B as in Bravo`; three letters or more, each unit joined to
    /// the next by a comma, full stop or space. With digits said between the letters, a Dutch
    /// plate so spelled (`T van Theo, negen, één, vijf, Z van Zaandam, J van Johan`).
    private func findSpellingAlphabet(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        var start = 0
        while start < text.count {
            guard start == 0 || !ByteClass.isWordByte(text[start - 1]), let first = Self.spellingUnit(in: text, at: start) else { start += 1; continue }
            if let plate = Self.spelledPlate(in: text, from: start, first: first) {
                candidates.append(PIICandidate(type: .licencePlate, range: start..<plate.end, confidence: 0.8, detector: name, canonicalValue: String(decoding: plate.characters, as: UTF8.self)))
                start = plate.end
                continue
            }
            var letters = [first.letter]
            var end = first.end
            while true {
                var next = end
                if next < text.count, text[next] == UInt8(ascii: ",") || text[next] == UInt8(ascii: ".") || text[next] == UInt8(ascii: ";") { next += 1 }
                guard next + 1 < text.count, text[next] == 0x20, let unit = Self.spellingUnit(in: text, at: next + 1) else { break }
                letters.append(unit.letter)
                end = unit.end
            }
            if letters.count >= 3 {
                candidates.append(PIICandidate(type: .name, range: start..<end, confidence: 0.75, detector: name, canonicalValue: String(decoding: letters, as: UTF8.self)))
                start = end
            } else {
                start += 1
            }
        }
    }

    /// Letters of a spelling alphabet with digits, or number words, between them, from the
    /// unit `first` at `start` on, when the six characters make a Dutch plate.
    private static func spelledPlate(in text: UnsafeBufferPointer<UInt8>, from start: Int, first: (letter: UInt8, end: Int)) -> (characters: [UInt8], end: Int)? {
        var characters = [first.letter & 0xDF]
        var end = first.end
        while characters.count < 6 {
            var next = end
            if next < text.count, text[next] == UInt8(ascii: ",") || text[next] == UInt8(ascii: ".") { next += 1 }
            guard next + 1 < text.count, text[next] == 0x20 else { break }
            if let unit = spellingUnit(in: text, at: next + 1) {
                characters.append(unit.letter & 0xDF)
                end = unit.end
                continue
            }
            let word = WordTokenizer.bareWord(in: text, at: next + 1)
            guard !word.isEmpty else { break }
            if word.count == 1, ByteClass.isDigit(text[word.lowerBound]) {
                characters.append(text[word.lowerBound])
            } else if let value = NumberWords.value(forHash: WordTokenizer.foldedHash(text, word)), value < 100 {
                characters += NumberWords.spokenDigits(value)
            } else {
                break
            }
            end = word.upperBound
        }
        guard characters.contains(where: ByteClass.isDigit), LicencePlateDetector.isDutchPlate(characters) else { return nil }
        return (characters, end)
    }

    /// One unit of a spelling alphabet at `start`: a single letter, `van`, `voor`, `for`, `as
    /// in` or `als in`, and the word that stands for the letter, which starts with it.
    private static func spellingUnit(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> (letter: UInt8, end: Int)? {
        guard opensSpellingAlphabet(text, at: start) else { return nil }
        var position = start + 2
        let link = word(in: text, at: position)
        position = link.upperBound
        if link.count == 2 || link.count == 3, text[link.lowerBound] | 0x20 == UInt8(ascii: "a") {
            // `as in`, `als in`
            guard position + 3 < text.count, text[position] == 0x20 else { return nil }
            let inWord = word(in: text, at: position + 1)
            guard inWord.count == 2, text[inWord.lowerBound] | 0x20 == UInt8(ascii: "i"), text[inWord.lowerBound + 1] | 0x20 == UInt8(ascii: "n") else { return nil }
            position = inWord.upperBound
        }
        guard position + 1 < text.count, text[position] == 0x20 else { return nil }
        let spelled = word(in: text, at: position + 1)
        let letter = ByteClass.lowercased(text[start])
        guard spelled.count >= 2, ByteClass.lowercased(text[spelled.lowerBound]) == letter else { return nil }
        return (letter, spelled.upperBound)
    }

    /// Whether a single letter at `start` is followed by a word that links it to a spelling
    /// alphabet's word (`S van`, `M for`, `B as in`), which the line scan looks for
    /// (``LineSignals/spelledLetters``).
    @inline(__always)
    static func opensSpellingAlphabet(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + 6 < text.count, isSingleLetter(text, at: start), text[start + 1] == 0x20 else { return false }
        let opening = text[start + 2] | 0x20
        guard opening == UInt8(ascii: "v") || opening == UInt8(ascii: "f") || opening == UInt8(ascii: "a") else { return false }
        let link = word(in: text, at: start + 2)
        return link.upperBound < text.count && text[link.upperBound] == 0x20 && spellingLinks.contains(text[link].lazy.map(ByteClass.lowercased))
    }

    private static let spellingLinks: WordSet = WordSet(["van", "voor", "for", "as", "als"])

    /// The run of ASCII letters at `start`.
    private static func word(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Range<Int> {
        var end = start
        while end < text.count, ByteClass.isASCIILetter(text[end]) { end += 1 }
        return start..<end
    }

    /// A letter that is a word of its own.
    @inline(__always)
    private static func isSingleLetter(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        ByteClass.isASCIILetter(text[index]) && (index + 1 == text.count || !ByteClass.isAlphanumeric(text[index + 1]) && text[index + 1] < 0x80)
    }

    /// The mark after the single letter at `index` and how many bytes it takes up to the next
    /// letter (`-`: 1, `, `: 2), when a single letter follows.
    @inline(__always)
    static func joiner(after index: Int, in text: UnsafeBufferPointer<UInt8>) -> (mark: UInt8, length: Int)? {
        guard isSingleLetter(text, at: index), index + 2 < text.count else { return nil }
        let mark = text[index + 1]
        switch mark {
        case UInt8(ascii: "-"), 0x20:
            return isSingleLetter(text, at: index + 2) ? (mark, 1) : nil
        case UInt8(ascii: "."), UInt8(ascii: ","):
            if isSingleLetter(text, at: index + 2) { return (mark, 1) }
            return index + 3 < text.count && text[index + 2] == 0x20 && isSingleLetter(text, at: index + 3) ? (mark, 2) : nil
        default:
            return nil
        }
    }
}
