/// Finds person names without a cue, from the first names and surnames in ``NameLists``.
///
/// Only capitalised words are read. A listed first name followed by a capitalised word, with
/// name particles between (`Tom Evans`, `Jan van der Berg`), is a full name; a listed first
/// name alone is a name unless it is also a common word (`Will`, `Roos`); a listed surname
/// is a name inside a sentence, with any particles before it (`dat heeft van Dijk gezegd`),
/// unless it is also a common word and opens the sentence.
public struct NameListDetector: PIIDetector {
    public let name = "name-list"

    public init() {}

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        var position = 0
        var previousIsWord = false
        var sentenceStart = true
        var resumeAt = 0
        while position < text.count {
            let byte = text[position]
            let isWordByte = ByteClass.isWordByte(byte)
            defer {
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: ":") || byte == 0x0A {
                    sentenceStart = true
                } else if isWordByte {
                    // Set once the word is passed, below.
                } else if byte != 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "'"), byte != UInt8(ascii: "-") {
                    sentenceStart = false
                }
                previousIsWord = isWordByte
                position += 1
            }
            guard isWordByte, !previousIsWord else { continue }
            let opensSentence = sentenceStart
            sentenceStart = false
            guard position >= resumeAt, ByteClass.isUpper(byte) || Self.isAccentedCapital(text, position) else { continue }
            var word: WordTokenizer.Word?
            WordTokenizer.forEachWord(in: text, from: position) { word = $0; return false }
            guard let word, word.range.lowerBound == position, word.range.count >= 2 else { continue }
            let hash = WordTokenizer.foldedHash(text, word.range)
            if let found = name(in: text, startingWith: word, hash: hash, opensSentence: opensSentence) {
                candidates.append(found)
                resumeAt = found.range.upperBound
            }
        }
    }

    private func name(in text: UnsafeBufferPointer<UInt8>, startingWith word: WordTokenizer.Word, hash: UInt64, opensSentence: Bool) -> PIICandidate? {
        if NameLists.isFirstName(hash), !PersonNameDetector.notNames.contains(Self.lowered(text, word.range)) {
            if !word.breakAfter, let surnameEnd = Self.surnameEnd(in: text, after: word.range.upperBound) {
                return candidate(text, word.range.lowerBound..<surnameEnd, confidence: 0.85)
            }
            if !NameLists.isAmbiguous(hash) {
                return candidate(text, word.range, confidence: 0.7)
            }
            return nil
        }
        if !opensSentence, let surnameEnd = Self.surnameEnd(in: text, after: word.range.lowerBound - 1, requireListed: true) {
            let start = Self.particlesStart(before: word.range.lowerBound, in: text)
            return candidate(text, start..<surnameEnd, confidence: 0.7)
        }
        if opensSentence, NameLists.isSurname(hash), !NameLists.isAmbiguous(hash), !word.breakAfter || Self.isAtEnd(text, word.range.upperBound) {
            return candidate(text, word.range, confidence: 0.6)
        }
        return nil
    }

    private func candidate(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, confidence: Double) -> PIICandidate {
        var canonical: [UInt8] = []
        var previousSpace = false
        for index in range {
            let byte = text[index]
            if byte == 0x20 { previousSpace = true; continue }
            if previousSpace { canonical.append(0x20); previousSpace = false }
            canonical.append(ByteClass.lowercased(byte))
        }
        return PIICandidate(type: .name, range: range, confidence: confidence, detector: name, canonicalValue: String(decoding: canonical, as: UTF8.self))
    }

    /// The end of a surname that starts after `position` and a space: optional particles, then
    /// a capitalised word that is not a common word (listed as a surname, with `requireListed`).
    private static func surnameEnd(in text: UnsafeBufferPointer<UInt8>, after position: Int, requireListed: Bool = false) -> Int? {
        let words = WordTokenizer.words(in: text, from: max(0, position), limit: 5)
        var index = 0
        while index < words.count {
            let word = words[index]
            // Only single spaces between the words of a name.
            let gapStart = index == 0 ? position : words[index - 1].range.upperBound
            guard word.range.lowerBound - gapStart <= 1 || (index == 0 && requireListed) else { return nil }
            let lowered = lowered(text, word.range)
            let bytes = Array(UnsafeBufferPointer(rebasing: text[word.range]))
            if PersonNameDetector.particles.contains(lowered), !word.breakAfter, index < 3 {
                index += 1
                continue
            }
            guard PersonNameDetector.isCapitalised(bytes), !PersonNameDetector.notNames.contains(lowered), !NameContext.isNotAName(lowered) else { return nil }
            if requireListed {
                let hash = StableHash.fnv1a64(lowered)
                guard NameLists.isSurname(hash) else { return nil }
                // A common word as a surname needs a particle before it (`de Groot`).
                if NameLists.isAmbiguous(hash), index == 0, particlesStart(before: word.range.lowerBound, in: text) == word.range.lowerBound { return nil }
            }
            guard !NameContext.startsAddress(text, after: word.range.upperBound) else { return nil }
            var end = word.range.upperBound
            if text[end - 1] == UInt8(ascii: "."), !PersonNameDetector.isInitial(bytes) { end -= 1 }
            return end
        }
        return nil
    }

    /// Where the name particles (`van der`, `de`) right before `start` begin; `start` when none.
    private static func particlesStart(before start: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var begin = start
        for _ in 0..<3 {
            guard begin >= 2, text[begin - 1] == 0x20 else { break }
            var wordStart = begin - 1
            while wordStart > 0, ByteClass.isWordByte(text[wordStart - 1]) || text[wordStart - 1] == UInt8(ascii: "'") { wordStart -= 1 }
            guard wordStart < begin - 1, PersonNameDetector.particles.contains(lowered(text, wordStart..<(begin - 1))) else { break }
            begin = wordStart
        }
        return begin
    }

    private static func isAtEnd(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        var index = position
        while index < text.count, !ByteClass.isWordByte(text[index]) { index += 1 }
        return index >= text.count
    }

    private static func lowered(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        text[range].map(ByteClass.lowercased)
    }

    private static func isAccentedCapital(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        text[position] == 0xC3 && position + 1 < text.count && text[position + 1] >= 0x80 && text[position + 1] <= 0x9E
    }
}
