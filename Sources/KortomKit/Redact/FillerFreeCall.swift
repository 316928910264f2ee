/// A call with the filler words speech-to-text writes (`eh`, `ehm`, `uh`, `um`) taken out, so
/// that a value they interrupt reads as one (`374, eh, 694 059`, `NL55, eh, ABNA 9873 ...`,
/// `6828 eh CA`, `Steenstraat, eh, 14`), and the way back to the call's own offsets.
///
/// A filler with a comma on both sides goes with both commas (`06, ehm, 41 29` becomes `06 41
/// 29`); one without commas goes with the space before it (`12 eh augustus`); one that opens a
/// sentence goes with the comma and spaces after it (`Eh, dat is ...`). Line feeds, and so the
/// turns, stay where they are. `er`, a word in Dutch, is a filler only between two commas
/// (`it's, er, 07700 900 412`), where Dutch puts none.
struct FillerFreeCall {
    /// The call's bytes without the fillers.
    let bytes: [UInt8]
    /// For each byte of ``bytes``, where it stands in the call.
    private let offsets: [Int]
    private let turns: [CallText.TurnSpan]
    private let labels: [String]

    /// The fillers, lower case.
    static let fillerWords = ["eh", "ehm", "ehh", "euh", "uh", "uhh", "uhm", "um", "umm", "hm", "hmm", "erm", "er"]
    private static let fillers = WordSet(fillerWords)

    /// Whether the lower-case word is a filler (`eh`, `um`).
    static func isFiller(_ loweredWord: some Sequence<UInt8>) -> Bool { fillers.contains(loweredWord) }

    /// Whether the word at `range` is `er` with a comma right before and after it.
    private static func isCommaFlankedEr(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count == 2 && text[range.lowerBound] | 0x20 == UInt8(ascii: "e") && text[range.lowerBound + 1] | 0x20 == UInt8(ascii: "r")
            && range.lowerBound >= 2 && text[range.lowerBound - 1] == 0x20 && text[range.lowerBound - 2] == UInt8(ascii: ",")
            && range.upperBound < text.count && text[range.upperBound] == UInt8(ascii: ",")
    }

    /// Whether the word at `range` is `er` (a Dutch word, unless commas flank it).
    private static func isEr(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count == 2 && text[range.lowerBound] | 0x20 == UInt8(ascii: "e") && text[range.lowerBound + 1] | 0x20 == UInt8(ascii: "r")
    }

    /// The call without its fillers, or nil when it has none.
    init?(removingFillersFrom call: CallText) {
        let text = call.bytes
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var offsets: [Int] = []
        offsets.reserveCapacity(text.count)
        var removed = false
        var turns = call.turns
        var index = 0
        for (number, turn) in call.turns.enumerated() {
            // What stands between the turns: their line feeds.
            while index < turn.range.lowerBound {
                bytes.append(text[index])
                offsets.append(index)
                index += 1
            }
            let start = bytes.count
            while index < turn.range.upperBound {
                let first = text[index] | 0x20
                if first == UInt8(ascii: "e") || first == UInt8(ascii: "u") || first == UInt8(ascii: "h"),
                   let filler = Self.filler(in: text, at: index, before: turn.range.upperBound) {
                    removed = true
                    index = Self.cut(filler, in: text, turnEnd: turn.range.upperBound, turnStart: start, written: &bytes, offsets: &offsets)
                    continue
                }
                bytes.append(text[index])
                offsets.append(index)
                index += 1
            }
            turns[number].range = start..<bytes.count
        }
        guard removed else { return nil }
        while index < text.count {
            bytes.append(text[index])
            offsets.append(index)
            index += 1
        }
        self.bytes = bytes
        self.offsets = offsets
        self.turns = turns
        self.labels = call.labels
    }

    /// Calls `body` with this text as a call, its turns and speakers those of the call.
    func withCallText<Result>(_ body: (CallText) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { body(CallText(bytes: $0, turns: turns, labels: labels)) }
    }

    /// Where `range`, in ``bytes``, stands in the call: from its first byte to its last.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return offsets[range.lowerBound]..<offsets[range.lowerBound] }
        return offsets[range.lowerBound]..<(offsets[range.upperBound - 1] + 1)
    }

    /// The filler word at `index`, when one starts there as a whole word before `end`.
    private static func filler(in text: UnsafeBufferPointer<UInt8>, at index: Int, before end: Int) -> Range<Int>? {
        let first = text[index] | 0x20
        guard first == UInt8(ascii: "e") || first == UInt8(ascii: "u") || first == UInt8(ascii: "h"),
              index == 0 || !ByteClass.isWordByte(text[index - 1])
        else { return nil }
        var wordEnd = index
        while wordEnd < end, ByteClass.isASCIILetter(text[wordEnd]) { wordEnd += 1 }
        guard wordEnd - index >= 2, wordEnd - index <= 4,
              wordEnd == end || !ByteClass.isWordByte(text[wordEnd]) && text[wordEnd] != UInt8(ascii: "-") && text[wordEnd] != UInt8(ascii: "'"),
              !isCapitals(text, index), fillers.contains(text[index..<wordEnd].lazy.map(ByteClass.lowercased)),
              !isEr(text, index..<wordEnd) || isCommaFlankedEr(text, index..<wordEnd)
        else { return nil }
        // `3115 hm 195`: a postcode's letters, unless two letters follow (`6828 eh ca`).
        if wordEnd - index == 2, followsFourDigits(text, index), !(wordEnd + 3 <= end && text[wordEnd] == 0x20
            && ByteClass.isASCIILetter(text[wordEnd + 1]) && ByteClass.isASCIILetter(text[wordEnd + 2]) && (wordEnd + 3 == end || !ByteClass.isWordByte(text[wordEnd + 3]))) {
            return nil
        }
        return index..<wordEnd
    }

    /// Takes the filler at `filler` out, with the commas and spaces that go with it, from what
    /// `bytes` holds of the turn so far (from `turnStart` on), and returns where to read on.
    private static func cut(_ filler: Range<Int>, in text: UnsafeBufferPointer<UInt8>, turnEnd: Int, turnStart: Int, written bytes: inout [UInt8], offsets: inout [Int]) -> Int {
        // After the filler: one comma or an ellipsis (a pause, as a comma is), then spaces.
        var after = filler.upperBound
        var commaAfter = false
        var dots = after
        while dots < turnEnd, text[dots] == UInt8(ascii: ".") { dots += 1 }
        if after < turnEnd, text[after] == UInt8(ascii: ",") {
            commaAfter = true
            after += 1
        } else if dots - after >= 2 {
            commaAfter = true
            after = dots
        } else if after + 2 < turnEnd, text[after] == 0xE2, text[after + 1] == 0x80, text[after + 2] == 0xA6 {
            commaAfter = true
            after += 3
        }
        while after < turnEnd, text[after] == 0x20 { after += 1 }
        let nextIsToken = after < turnEnd && !isSentenceEnd(text[after])
        // Before it: spaces, and a comma when the filler has one on both sides, unless it
        // stands between two capitalised words, as between two names (`Verbeek, eh, Anja
        // Verbeek`), which stay apart.
        var kept = bytes.count
        while kept > turnStart, bytes[kept - 1] == 0x20 { kept -= 1 }
        if kept > turnStart, bytes[kept - 1] == UInt8(ascii: ","), commaAfter, nextIsToken,
           !(ByteClass.isUpper(text[after]) && opensCapitalisedWord(bytes, endingAt: kept - 1, from: turnStart)) {
            kept -= 1
            while kept > turnStart, bytes[kept - 1] == 0x20 { kept -= 1 }
        }
        // A filler that opens the turn or a sentence goes with what follows it.
        guard kept > turnStart, ByteClass.isWordByte(bytes[kept - 1]) || bytes[kept - 1] == UInt8(ascii: ",") else { return after }
        bytes.removeSubrange(kept...)
        offsets.removeSubrange(kept...)
        if nextIsToken {
            bytes.append(0x20)
            offsets.append(filler.lowerBound)
        }
        return after
    }

    /// Whether the word that ends at `end` in `bytes` (not before `start`) opens with a capital
    /// and ends with a letter.
    private static func opensCapitalisedWord(_ bytes: [UInt8], endingAt end: Int, from start: Int) -> Bool {
        guard end > start, ByteClass.isASCIILetter(bytes[end - 1]) || bytes[end - 1] >= 0x80 else { return false }
        var wordStart = end
        while wordStart > start, ByteClass.isWordByte(bytes[wordStart - 1]) { wordStart -= 1 }
        return ByteClass.isUpper(bytes[wordStart]) || bytes[wordStart] == 0xC3
    }

    /// Whether the filler at `range` may stand inside a value, as the line scan judges it
    /// (``LineSignals/filler``): after a digit or a number word, or before a digit, a capital or
    /// a number word (`374, eh, 694`, `zes twee eh vier`, `Met eh Hüseyin`); not `Um, I think`
    /// or `Hi, um, yeah`, which a call is read with as they are.
    static func mayInterruptValue(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !isCapitals(text, range.lowerBound), !isEr(text, range) || isCommaFlankedEr(text, range) else { return false }
        var before = range.lowerBound
        while before > 0, text[before - 1] == 0x20 || text[before - 1] == UInt8(ascii: ",") { before -= 1 }
        if before > 0, ByteClass.isDigit(text[before - 1]) { return true }
        var wordStart = before
        while wordStart > 0, ByteClass.isASCIILetter(text[wordStart - 1]) || text[wordStart - 1] >= 0x80 { wordStart -= 1 }
        if wordStart < before, NumberWords.value(forHash: WordTokenizer.foldedHash(text, wordStart..<before)) != nil { return true }
        var after = range.upperBound
        while after < text.count, text[after] == 0x20 || text[after] == UInt8(ascii: ",") || text[after] == UInt8(ascii: ".") { after += 1 }
        guard after < text.count else { return false }
        let next = text[after]
        // `Um, I think ...`: the pronoun is no value's start.
        let pronounI = next == UInt8(ascii: "I") && (after + 1 == text.count || !ByteClass.isWordByte(text[after + 1]))
        if ByteClass.isDigit(next) || (ByteClass.isUpper(next) && !pronounI) || next == 0xC3 || next == 0xC4 || next == 0xC5 { return true }
        var nextEnd = after
        while nextEnd < text.count, ByteClass.isASCIILetter(text[nextEnd]) || text[nextEnd] >= 0x80 { nextEnd += 1 }
        // `kanaalstraat eh honderdzevenenveertig`: hundreds said as one word too.
        return nextEnd > after && (NumberWords.value(forHash: WordTokenizer.foldedHash(text, after..<nextEnd)) != nil
            || nextEnd - after >= 7 && NumberWords.dutchHundreds(text[after..<nextEnd]) != nil)
    }

    /// Whether the word at `index` opens with two capitals (`HM`, `EH`): a postcode's or a
    /// code's letters, which speech-to-text writes no filler as.
    static func isCapitals(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index + 1 < text.count && ByteClass.isUpper(text[index]) && ByteClass.isUpper(text[index + 1])
    }

    /// Whether four digits stand one space before `index`, as a postcode's do.
    private static func followsFourDigits(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index >= 5, text[index - 1] == 0x20 else { return false }
        return (index - 5..<index - 1).allSatisfy { ByteClass.isDigit(text[$0]) } && (index == 5 || !ByteClass.isWordByte(text[index - 6]))
    }

    private static func isSentenceEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
    }
}
