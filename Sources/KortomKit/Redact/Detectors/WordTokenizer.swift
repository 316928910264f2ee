/// Splits UTF-8 text into words for the detectors that read words rather than characters.
///
/// A word is a run of letters and digits (any non-ASCII byte counts as a letter) with inner
/// `.`, `'` or `-` kept, so `J.P.`, `O'Brien` and `Jansen-de` are one word each; a comma
/// between digits is kept too, so `45,50` is one word.
struct WordTokenizer {
    struct Word {
        var range: Range<Int>
        /// A comma, full stop, question mark or other clause break follows the word.
        var breakAfter: Bool
    }

    /// At most `limit` words starting at byte `start`.
    static func words(in text: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(min(limit, 16))
        forEachWord(in: text, from: start) { words.append($0); return words.count < limit }
        return words
    }

    /// Calls `body` with each word from byte `start` on, until it returns false.
    @inline(__always)
    static func forEachWord(in text: UnsafeBufferPointer<UInt8>, from start: Int = 0, _ body: (Word) -> Bool) {
        let count = text.count
        var index = start
        while index < count {
            let symbol = currencySymbolLength(text, index)
            guard symbol == 0, ByteClass.isWordByte(text[index]) else { index += max(1, symbol); continue }
            let start = index
            while index < count {
                let byte = text[index]
                if ByteClass.isWordByte(byte), byte < 0x80 || currencySymbolLength(text, index) == 0 { index += 1; continue }
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-"),
                   index + 1 < count, ByteClass.isWordByte(text[index + 1]) { index += 1; continue }
                // A decimal comma or a date's slash: `45,50`, `22/08/1979`.
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "/"), index + 1 < count, ByteClass.isDigit(text[index - 1]), ByteClass.isDigit(text[index + 1]) { index += 1; continue }
                break
            }
            var end = index
            // Keep the full stop of an abbreviation or initial: `mw.`, `J.`
            if end < count, text[end] == UInt8(ascii: "."), end - start <= 3, !ByteClass.isDigit(text[start]) { end += 1 }
            var probe = end
            while probe < count, text[probe] == 0x20 { probe += 1 }
            let breakAfter = probe >= count || (end == index && isClauseBreak(text[probe]))
            guard body(Word(range: start..<end, breakAfter: breakAfter)) else { return }
            index = end
        }
    }

    @inline(__always) private static func isClauseBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: ":"): true
        default: false
        }
    }

    /// The word starting at `start`, as ``bareRange(_:_:)`` gives it, read without building a
    /// ``Word``: for scans that look up many words and read on only for a few.
    @inline(__always)
    static func bareWord(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Range<Int> {
        let count = text.count
        var end = start
        while end < count {
            let byte = text[end]
            if ByteClass.isWordByte(byte), byte < 0x80 || currencySymbolLength(text, end) == 0 { end += 1; continue }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-"), end + 1 < count, ByteClass.isWordByte(text[end + 1]) { end += 1; continue }
            break
        }
        if end - start > 3, text[end - 2] == UInt8(ascii: "'"), ByteClass.lowercased(text[end - 1]) == UInt8(ascii: "s") { end -= 2 }
        return start..<end
    }

    /// The word without the full stop the tokenizer keeps for abbreviations (`Rik.` at the end
    /// of a sentence is `Rik`), and without a possessive `'s` (`Ethan's`), for list lookups.
    static func bareRange(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var end = range.upperBound
        if end - range.lowerBound > 1, text[end - 1] == UInt8(ascii: ".") { end -= 1 }
        return withoutPossessive(text, range.lowerBound..<end)
    }

    /// The word without a possessive `'s` at its end (`Callum's`), where it has more than one
    /// letter before it.
    static func withoutPossessive(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        let end = range.upperBound
        guard end - range.lowerBound > 3, text[end - 2] == UInt8(ascii: "'"), ByteClass.lowercased(text[end - 1]) == UInt8(ascii: "s") else { return range }
        return range.lowerBound..<(end - 2)
    }

    /// The letters and apostrophes of the word one space before `position` (`i'll`), or nil.
    static func lettersOrApostrophesBefore(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Range<Int>? {
        guard position >= 2, text[position - 1] == 0x20 else { return nil }
        var start = position - 1
        while start > 0, ByteClass.isASCIILetter(text[start - 1]) || text[start - 1] == UInt8(ascii: "'") { start -= 1 }
        return start < position - 1 ? start..<(position - 1) : nil
    }

    /// Whether one of `words` (lower case) is a word of `text`, in any case.
    static func holdsWord(of words: WordSet, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        forEachWord(in: text) { word in
            found = words.contains(hash: foldedHash(text, bareRange(text, word.range)))
            return !found
        }
        return found
    }

    /// Whether one of `words` (lower case) stands among the `count` words before `position`,
    /// each one space after the one before it.
    static func holdsOne(of words: WordSet, inWordsBefore position: Int, count: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = position
        for _ in 0..<count {
            guard var word = lettersBefore(text, position) else { return false }
            // `what's the pps number`: a contraction is one word.
            if word.lowerBound >= 2, text[word.lowerBound - 1] == UInt8(ascii: "'"), ByteClass.isASCIILetter(text[word.lowerBound - 2]) {
                var start = word.lowerBound - 1
                while start > 0, ByteClass.isASCIILetter(text[start - 1]) { start -= 1 }
                word = start..<word.upperBound
            }
            if words.contains(text[word].lazy.map(ByteClass.lowercased)) { return true }
            position = word.lowerBound
        }
        return false
    }

    /// The word (letters, digits and bytes outside ASCII) that ends right at `end`, or nil:
    /// `Brennan` of `Brennan, 16`, `Cottage` of `Rose Cottage, 2 ...`.
    static func wordEnding(at end: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = end
        while start > 0, ByteClass.isWordByte(text[start - 1]) { start -= 1 }
        return start < end ? start..<end : nil
    }

    /// The ASCII letters of the word that ends one space before `position`, or nil.
    static func lettersBefore(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Range<Int>? {
        guard position >= 2, text[position - 1] == 0x20 else { return nil }
        var start = position - 1
        while start > 0, ByteClass.isASCIILetter(text[start - 1]) { start -= 1 }
        return start < position - 1 ? start..<(position - 1) : nil
    }

    /// Whether `letters` (lower case, spaces allowed) stand anywhere in `text`, in any case,
    /// compared in place: a cheap test before a line is read for a cue (`nhs`, `badge`,
    /// `post code`).
    static func holds(_ text: UnsafeBufferPointer<UInt8>, _ letters: StaticString) -> Bool {
        let count = letters.utf8CodeUnitCount
        guard text.count >= count else { return false }
        let letters = UnsafeBufferPointer(start: letters.utf8Start, count: count)
        for index in 0...(text.count - count) where text[index] | 0x20 == letters[0] {
            if (1..<count).allSatisfy({ text[index + $0] | 0x20 == letters[$0] }) { return true }
        }
        return false
    }

    /// Whether `text[range]` is `word` (lower case) in any case, compared in place.
    @inline(__always)
    static func isWord(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for offset in 0..<range.count where ByteClass.lowercased(text[range.lowerBound + offset]) != bytes[offset] { return false }
        return true
    }

    /// The ASCII letters that start at `position`, up to the first byte that is none; empty
    /// when there is none at `position`.
    static func lettersAfter(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Range<Int> {
        var end = position
        while end < text.count, ByteClass.isASCIILetter(text[end]) { end += 1 }
        return position..<end
    }

    /// A hash of the word's bytes with ASCII letters lower-cased, for set and table lookups
    /// without building strings.
    static func foldedHash(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for position in range {
            hash ^= UInt64(ByteClass.lowercased(text[position]))
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// 3 for `€`, 2 for `£`, else 0: currency symbols are not letters, though they are not ASCII.
    static func currencySymbolLength(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        if text[index] == 0xE2, index + 2 < text.count, text[index + 1] == 0x82, text[index + 2] == 0xAC { return 3 }
        if text[index] == 0xC2, index + 1 < text.count, text[index + 1] == 0xA3 { return 2 }
        return 0
    }

    /// Whether the word equals `lowercaseWord`, ignoring ASCII case.
    static func matches(_ text: UnsafeBufferPointer<UInt8>, _ word: Word, _ lowercaseWord: [UInt8]) -> Bool {
        guard word.range.count == lowercaseWord.count else { return false }
        var offset = 0
        for position in word.range {
            if ByteClass.lowercased(text[position]) != lowercaseWord[offset] { return false }
            offset += 1
        }
        return true
    }
}
