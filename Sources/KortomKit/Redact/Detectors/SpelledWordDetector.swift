/// Finds words spelled out letter by letter, as callers spell their names and streets for the
/// agent: `O-L-U-W-A-S-E-U-N`, `B A K K E R`, `J.A.N.S.E.N.`, `b-a-k-k-e-r`.
///
/// Four or more single letters, each joined to the next by the same mark: a dash, a space, a
/// full stop or a comma (with a space after the last two). Capitals, or lower-case letters
/// joined by dashes. A spelled word is read as a name: a caller spells what the agent must
/// write down, and a name spelled shares its placeholder with the name (``PlaceholderBook``).
public struct SpelledWordDetector: PIIDetector {
    public let name = "spelled"

    public init() {}

    public let lineRequirement = LineRequirement(.spelledLetters)

    /// Spelling shorter than this is too often an abbreviation (`B-T-W`, `K L M`).
    static let minimumLetters = 4

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        var start = 0
        while start < text.count {
            guard ByteClass.isASCIILetter(text[start]), start == 0 || !ByteClass.isWordByte(text[start - 1]),
                  let joiner = Self.joiner(after: start, in: text)
            else { start += 1; continue }
            let capitals = ByteClass.isUpper(text[start])
            guard capitals || joiner.mark == UInt8(ascii: "-") else { start += 1; continue }
            var letters = [ByteClass.lowercased(text[start])]
            var end = start + 1
            var next = start + 1 + joiner.length
            while next < text.count, Self.isSingleLetter(text, at: next), ByteClass.isUpper(text[next]) == capitals {
                letters.append(ByteClass.lowercased(text[next]))
                end = next + 1
                guard let following = Self.joiner(after: next, in: text), following == joiner else { break }
                next += 1 + joiner.length
            }
            // `J.A.N.S.E.N.`: the last full stop belongs to the spelling.
            if joiner.mark == UInt8(ascii: "."), end < text.count, text[end] == UInt8(ascii: ".") { end += 1 }
            if letters.count >= Self.minimumLetters {
                candidates.append(PIICandidate(type: .name, range: start..<end, confidence: 0.7, detector: name, canonicalValue: String(decoding: letters, as: UTF8.self)))
                start = end
            } else {
                start += 1
            }
        }
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
