/// Splits a turn's text into sentences, as UTF-8 byte ranges.
///
/// A sentence ends at `.`, `?`, `!` or `…` followed by white space, unless the word before
/// the stop is a known abbreviation (`mw.`, `dhr.`, `bijv.`, `e.g.`) or an initial.
public enum SentenceSplitter {
    private static let abbreviations: WordSet = WordSet([
        "mw", "mevr", "dhr", "bijv", "o.a", "d.w.z", "i.v.m", "m.b.t", "ca", "nr", "e.g", "i.e", "mr", "mrs",
        "ms", "dr", "st", "no", "vs", "etc", "incl", "excl", "tel", "jl", "z.s.m", "a.s", "t.a.v", "n.a.v",
    ])

    public static func sentences(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { sentences(in: $0) }
    }

    static func sentences(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let count = bytes.count
        var start = 0
        var index = 0
        func emit(_ end: Int) {
            var lower = start, upper = end
            while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
            if lower < upper { result.append(lower..<upper) }
        }
        while index < count {
            let byte = bytes[index]
            var stopEnd = -1
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") {
                stopEnd = index + 1
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA6 {
                stopEnd = index + 3
            }
            guard stopEnd > 0 else { index += 1; continue }
            var after = stopEnd
            while after < count, bytes[after] == UInt8(ascii: ".") || bytes[after] == UInt8(ascii: "?") || bytes[after] == UInt8(ascii: "!") || bytes[after] == UInt8(ascii: "\"") || bytes[after] == UInt8(ascii: ")") { after += 1 }
            guard after >= count || bytes[after] == 0x20 || bytes[after] == 0x09 else { index = after; continue }
            if byte == UInt8(ascii: "."), isAbbreviation(bytes, before: index) { index = after; continue }
            emit(after)
            start = after
            index = after
        }
        emit(count)
        return result
    }

    private static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, before dot: Int) -> Bool {
        var wordStart = dot
        while wordStart > 0, ByteClass.isWordByte(bytes[wordStart - 1]) || bytes[wordStart - 1] == UInt8(ascii: ".") { wordStart -= 1 }
        let word = bytes[wordStart..<dot].map(ByteClass.lowercased)
        if word.count == 1, ByteClass.isUpper(bytes[wordStart]) { return true }
        return abbreviations.contains(word)
    }
}
