/// Finds IBANs of any country, in upper or lower case, with spaces or dashes between groups
/// (for a Dutch IBAN also between the country and its check digits, `NL 91 ABNA ...`),
/// whose mod-97 check holds; and, with less confidence, Dutch IBANs whose check fails (`NL`,
/// two digits, a bank's four letters, ten digits), as a misheard or mistyped account number
/// still points to its holder. British accounts, sort code and account number, count after
/// the sort code's cue.
public struct IBANDetector: PIIDetector {
    public let name = "iban"

    public init() {}

    /// An IBAN's shape, a British sort code's cue, or digits read out (a Dutch IBAN read out
    /// in words, ``findSpokenDutch(in:into:)``).
    public let lineRequirement = LineRequirement(.ibanShape, or: .bankCue, .spokenDigits)

    /// The word of the cue for a British sort code, which the line scan looks for (``LineSignals/bankCue``).
    static let sortCodeCueWord = "sort"

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        findBritishAccounts(in: text, into: &candidates)
        findSpokenDutch(in: text, into: &candidates)
        let count = text.count
        var index = 0
        var characters: [UInt8] = []
        while index + 15 <= count {
            guard ByteClass.isASCIILetter(text[index]) && ByteClass.isASCIILetter(text[index + 1])
                    && (ByteClass.isDigit(text[index + 2]) && ByteClass.isDigit(text[index + 3]) || Self.opensDutchReadApart(text, at: index))
                    || Self.opensDutchSpelledOut(text, at: index),
                  index == 0 || !ByteClass.isWordByte(text[index - 1])
            else {
                index += 1
                continue
            }
            characters.removeAll(keepingCapacity: true)
            var probe = index
            var lastEnd = index
            // Read apart, `op 12 februari een brief` would be tried as well: then only the
            // Dutch layout counts, which ordinary words never have.
            let spaced = !ByteClass.isDigit(text[index + 2])
            var best: (end: Int, value: [UInt8])?
            var dutchShaped: (end: Int, value: [UInt8])?
            while probe < count, characters.count < 34 {
                let byte = text[probe]
                if ByteClass.isAlphanumeric(byte) {
                    characters.append(ByteClass.isLower(byte) ? byte - 0x20 : byte)
                    probe += 1
                    lastEnd = probe
                    if characters.count >= 15, DigitGroups.endsCleanly(text, probe), !spaced || Self.isDutchShaped(characters) {
                        if Self.isValid(characters) {
                            best = (probe, characters)
                        } else if Self.isDutchShaped(characters) {
                            dutchShaped = (probe, characters)
                        }
                    }
                } else if (byte == 0x20 || byte == UInt8(ascii: "-")), probe + 1 < count, ByteClass.isAlphanumeric(text[probe + 1]), probe == lastEnd {
                    probe += 1
                } else {
                    break
                }
            }
            if let best {
                candidates.append(PIICandidate(type: .iban, range: index..<best.end, confidence: 0.99, detector: name, canonicalValue: String(decoding: best.value, as: UTF8.self)))
                index = best.end
            } else if let dutchShaped {
                candidates.append(PIICandidate(type: .iban, range: index..<dutchShaped.end, confidence: 0.6, detector: name, canonicalValue: String(decoding: dutchShaped.value, as: UTF8.self)))
                index = dutchShaped.end
            } else {
                index += 1
            }
        }
    }

    /// A British bank account: the sort code after its cue (`sort code 20-45-77`, `20 45 77`,
    /// `204577`), and the eight-digit account number after it in the line (`account number
    /// 31926819`, `3192 6819`), which without the sort code would be any number. Reported as
    /// IBANs: they are the account an IBAN names.
    private func findBritishAccounts(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        // Most lines the detector reads hold an IBAN's shape and no sort code.
        guard Self.mayHoldSortCodeCue(text), let cue = Self.sortCodeCue.matches(in: text).first else { return }
        defer { findBritishAccountsReadOut(in: text, after: cue.range.upperBound, into: &candidates) }
        var sortCode: (range: Range<Int>, digits: [UInt8])?
        DigitGroups.forEachRun(in: text) { groups, plus in
            guard !plus, groups[0].start >= cue.range.upperBound else { return }
            // `82-60-22 10457338`: the sort code and the account number in one run of groups.
            if sortCode == nil, groups.count >= 2, groups[0].start - cue.range.upperBound <= 24,
               let split = [1, 3].first(where: { $0 < groups.count && DigitGroups.digitCount(groups, from: 0, to: $0 - 1) == 6 }),
               DigitGroups.digitCount(groups, from: split, to: groups.count - 1) == 8, DigitGroups.endsCleanly(text, groups[groups.count - 1].end) {
                let code = DigitGroups.digits(text, groups, from: 0, to: split - 1)
                let account = DigitGroups.digits(text, groups, from: split, to: groups.count - 1)
                candidates.append(PIICandidate(type: .iban, range: groups[0].start..<groups[split - 1].end, confidence: 0.9, detector: name,
                                               canonicalValue: Self.sortCodePrefix + String(decoding: code, as: UTF8.self)))
                candidates.append(PIICandidate(type: .iban, range: groups[split].start..<groups[groups.count - 1].end, confidence: 0.9, detector: name,
                                               canonicalValue: String(decoding: code + [0x2F] + account, as: UTF8.self)))
                return
            }
            let digits = DigitGroups.digits(text, groups, from: 0, to: groups.count - 1)
            let range = groups[0].start..<groups[groups.count - 1].end
            if sortCode == nil {
                guard digits.count == 6, groups.count == 1 || groups.count == 3, range.lowerBound - cue.range.upperBound <= 24 else { return }
                sortCode = (range, digits)
                candidates.append(PIICandidate(type: .iban, range: range, confidence: 0.9, detector: name, canonicalValue: Self.sortCodePrefix + String(decoding: digits, as: UTF8.self)))
            } else if let code = sortCode, digits.count == 8, range.lowerBound - code.range.upperBound <= 40, DigitGroups.endsCleanly(text, range.upperBound) {
                candidates.append(PIICandidate(type: .iban, range: range, confidence: 0.9, detector: name, canonicalValue: String(decoding: code.digits + [0x2F] + digits, as: UTF8.self)))
                sortCode = nil
            }
        }
    }

    private static let sortCodeCue = PhraseMatcher(phrases: ["sort code", "sortcode"])
    /// What a sort code's canonical value opens with, before its six digits.
    static let sortCodePrefix = "sort-code "

    /// A sort code and account number read out in words after the sort code's cue (`sort code
    /// forty, twelve, seventy-six, account seven three, double one, four eight, nine two`): six
    /// digits within a few words of the cue, then eight within a few words more.
    private func findBritishAccountsReadOut(in text: UnsafeBufferPointer<UInt8>, after cueEnd: Int, into candidates: inout [PIICandidate]) {
        guard let sortCode = Self.numberReadOut(in: text, from: cueEnd, within: 16, digits: 6) else { return }
        let sortDigits = String(decoding: sortCode.digits, as: UTF8.self)
        candidates.append(PIICandidate(type: .iban, range: sortCode.range, confidence: 0.85, detector: name, canonicalValue: Self.sortCodePrefix + sortDigits))
        guard let account = Self.numberReadOut(in: text, from: sortCode.range.upperBound, within: 32, digits: 8) else { return }
        candidates.append(PIICandidate(type: .iban, range: account.range, confidence: 0.85, detector: name, canonicalValue: sortDigits + "/" + String(decoding: account.digits, as: UTF8.self)))
    }

    /// Exactly `digits` digits said in words (at least one word among them) that start within
    /// `within` bytes after `position`.
    private static func numberReadOut(in text: UnsafeBufferPointer<UInt8>, from position: Int, within: Int, digits: Int) -> (range: Range<Int>, digits: [UInt8])? {
        var start = position
        while start < text.count, start - position <= within {
            guard ByteClass.isWordByte(text[start]), start == 0 || !ByteClass.isWordByte(text[start - 1]) else { start += 1; continue }
            if let said = NumberWords.digitsSaid(in: text, from: start, maximum: digits + 1) {
                guard said.digits.count == digits, !text[start..<said.end].allSatisfy({ ByteClass.isDigit($0) || !ByteClass.isWordByte($0) }) else { return nil }
                return (start..<said.end, said.digits)
            }
            while start < text.count, ByteClass.isWordByte(text[start]) { start += 1 }
        }
        return nil
    }

    /// Whether `sort` stands in the text, in any case.
    private static func mayHoldSortCodeCue(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 4 <= text.count {
            if text[index] | 0x20 == UInt8(ascii: "s"), text[index + 1] | 0x20 == UInt8(ascii: "o"), text[index + 2] | 0x20 == UInt8(ascii: "r"), text[index + 3] | 0x20 == UInt8(ascii: "t") { return true }
            index += 1
        }
        return false
    }

    /// A Dutch IBAN read out as speech-to-text writes it: `n l drieëntwintig s n s b zes acht
    /// vier een ...` or `NL 23 SNSB 68 41 04 47 33` in words and digits: `NL` (or `N L`), the
    /// check digits, the bank's four letters (a word or four single letters) and ten digits,
    /// whose mod-97 check must hold, as a misheard number read in words cannot be told from
    /// other words.
    private func findSpokenDutch(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        guard Self.mayHoldSpokenOpening(text) else { return }
        var words: [Range<Int>] = []
        var index = 0
        while index < text.count {
            guard ByteClass.isWordByte(text[index]) else { index += 1; continue }
            let start = index
            while index < text.count, ByteClass.isWordByte(text[index]) { index += 1 }
            words.append(start..<index)
        }
        func lowered(_ range: Range<Int>) -> [UInt8] { text[range].map(ByteClass.lowercased) }
        var first = 0
        while first < words.count {
            let opener = lowered(words[first])
            var next: Int
            if opener == Array("nl".utf8) {
                next = first + 1
            } else if opener == [UInt8(ascii: "n")], first + 1 < words.count, lowered(words[first + 1]) == [UInt8(ascii: "l")] {
                next = first + 2
            } else {
                first += 1
                continue
            }
            var characters: [UInt8] = Array("NL".utf8)
            // Two check digits, then four letters, then ten digits.
            var spoken = false
            func readDigits(_ wanted: Int) -> Bool {
                var read = 0
                while read < wanted, next < words.count {
                    let word = words[next]
                    if text[word].allSatisfy(ByteClass.isDigit) {
                        guard read + word.count <= wanted else { return false }
                        characters += text[word]
                        read += word.count
                    } else if let value = NumberWords.value(forHash: WordTokenizer.foldedHash(text, word)) {
                        let digits = NumberWords.spokenDigits(value)
                        guard read + digits.count <= wanted else { return false }
                        characters += digits
                        read += digits.count
                        spoken = true
                    } else {
                        return false
                    }
                    next += 1
                }
                return read == wanted
            }
            guard readDigits(2) else { first += 1; continue }
            var letters = 0
            while letters < 4, next < words.count {
                let word = words[next]
                guard text[word].allSatisfy(ByteClass.isASCIILetter), word.count == 1 || (letters == 0 && word.count == 4) else { break }
                characters += text[word].map { ByteClass.isLower($0) ? $0 - 0x20 : $0 }
                letters += word.count
                next += 1
            }
            // Without a word among the digits it is written, and the pass above reads it.
            guard letters == 4, readDigits(10), spoken, Self.isValid(characters) else { first += 1; continue }
            let range = words[first].lowerBound..<words[next - 1].upperBound
            candidates.append(PIICandidate(type: .iban, range: range, confidence: 0.9, detector: name, canonicalValue: String(decoding: characters, as: UTF8.self)))
            first = next
        }
    }

    /// Whether `nl` or `n l` stands as a word or words in the line, as a spoken IBAN opens: most
    /// lines the scan sends here hold a written IBAN or a number read out, and none.
    private static func mayHoldSpokenOpening(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 2 < text.count {
            if text[index] | 0x20 == UInt8(ascii: "n"), index == 0 || !ByteClass.isWordByte(text[index - 1]) {
                if text[index + 1] | 0x20 == UInt8(ascii: "l"), !ByteClass.isWordByte(text[index + 2]) { return true }
                if text[index + 1] == 0x20, index + 3 < text.count, text[index + 2] | 0x20 == UInt8(ascii: "l"), !ByteClass.isWordByte(text[index + 3]) { return true }
            }
            index += 1
        }
        return false
    }

    /// `NL` at `start` (any case), then a space or dash and two digits: a Dutch IBAN with its
    /// check digits read apart (`NL 91 ABNA ...`).
    @inline(__always)
    static func opensDutchReadApart(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        start + 5 <= text.count && text[start] | 0x20 == UInt8(ascii: "n") && text[start + 1] | 0x20 == UInt8(ascii: "l")
            && (text[start + 2] == 0x20 || text[start + 2] == UInt8(ascii: "-"))
            && ByteClass.isDigit(text[start + 3]) && ByteClass.isDigit(text[start + 4])
    }

    /// `N L` and a digit, each on its own (`N L 3 0 A B N A ...`): a Dutch IBAN as
    /// speech-to-text writes one read out character by character.
    @inline(__always)
    static func opensDutchSpelledOut(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        start + 6 <= text.count && text[start] | 0x20 == UInt8(ascii: "n") && text[start + 1] == 0x20 && text[start + 2] | 0x20 == UInt8(ascii: "l")
            && text[start + 3] == 0x20 && ByteClass.isDigit(text[start + 4]) && text[start + 5] == 0x20
    }

    /// `NL`, two digits, four letters and ten digits: the layout of every Dutch IBAN.
    static func isDutchShaped(_ iban: [UInt8]) -> Bool {
        iban.count == 18 && iban[0] == UInt8(ascii: "N") && iban[1] == UInt8(ascii: "L")
            && iban[2..<4].allSatisfy(ByteClass.isDigit) && iban[4..<8].allSatisfy(ByteClass.isUpper) && iban[8...].allSatisfy(ByteClass.isDigit)
    }

    /// ISO 13616: move the first four characters to the end, letters to numbers, mod 97 == 1.
    static func isValid(_ iban: [UInt8]) -> Bool {
        guard iban.count >= 15, iban.count <= 34 else { return false }
        var remainder = 0
        for index in 4..<(iban.count + 4) {
            let byte = iban[index < iban.count ? index : index - iban.count]
            if ByteClass.isDigit(byte) {
                remainder = (remainder * 10 + Int(byte - 0x30)) % 97
            } else if ByteClass.isUpper(byte) {
                remainder = (remainder * 100 + Int(byte - 0x41 + 10)) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }
}
