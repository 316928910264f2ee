/// Finds person names introduced by a cue: `meneer Jansen`, `mevrouw De Vries`, `mijn naam is
/// Fatima el Amrani`, `u spreekt met Sanne`, `Mr Smith`, `my name is John Doe`, `this is Sarah`.
///
/// After the cue come initials (`J.`, `J.P.`), name particles (`van`, `de`, `van der`, `'t`)
/// and capitalised words, at most five tokens, ending with a capitalised word. Later
/// mentions of a found name elsewhere in the call are the ``Redactor``'s job.
public struct PersonNameDetector: PIIDetector {
    public let name = "name-cue"

    /// Cues of at most four words.
    private static let cues: [(words: [[UInt8]], confidence: Double)] = [
        ("mijn naam is", 0.95), ("u spreekt met", 0.95), ("je spreekt met", 0.95), ("naam is", 0.85),
        ("meneer", 0.9), ("mevrouw", 0.9), ("mw.", 0.9), ("mevr.", 0.9), ("dhr.", 0.9), ("de heer", 0.9),
        ("ik ben", 0.7), ("op naam van", 0.9), ("spreek ik met", 0.9),
        ("my name is", 0.95), ("name's", 0.85), ("this is", 0.6), ("i'm", 0.6), ("mr", 0.9), ("mr.", 0.9),
        ("mrs", 0.9), ("mrs.", 0.9), ("ms", 0.85), ("ms.", 0.85), ("miss", 0.8), ("speaking with", 0.85),
        ("in the name of", 0.9), ("under the name", 0.9),
    ].map { phrase, confidence in (phrase.split(separator: " ").map { Array($0.utf8) }, confidence) }

    static let particles: Set<[UInt8]> = Set(["van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "el", "al", "da", "di", "le", "la", "von", "du", "del", "bin"].map { Array($0.utf8) })

    /// Capitalised words that follow cues but are not names.
    private static let notNames: Set<[UInt8]> = Set([
        "de", "het", "een", "gemeente", "klantcontactcentrum", "ik", "u", "the", "a", "an", "i", "council",
        "calling", "bellen", "bel", "hier", "blij", "bezig", "niet", "wel", "nog", "ook", "al", "er", "dus",
        "just", "not", "sure", "here", "so", "very", "really", "afraid", "sorry", "hoping", "trying", "about",
        "geen", "aan", "benieuwd", "verhuisd", "gebeld", "boos", "erg", "zo", "heel", "bang", "het", "team",
        "afdeling", "department", "from", "van", "met", "and", "en", "yes", "no", "ja", "nee", "goed",
        "good", "fine", "well", "ok", "oké", "okay", "klant", "burger", "inwoner", "speaking",
    ].map { Array($0.utf8) })

    /// The cues by the hash of their whole word sequence (see ``sequenceHash(_:)``).
    private static let cueBySequence = WordHashTable(cues.enumerated().map { (sequenceHash($0.element.words.map { StableHash.fnv1a64($0) }), $0.offset) })
    /// The last words of cues: only after one of these can a cue end.
    private static let cueLastWords = WordHashTable(cues.map { (StableHash.fnv1a64($0.words.last!), 0) })

    /// Folds word hashes, oldest first, into one hash for the sequence.
    static func sequenceHash(_ wordHashes: [UInt64]) -> UInt64 {
        wordHashes.reduce(sequenceSeed, fold)
    }

    private static let sequenceSeed: UInt64 = 0x9E37_79B9_7F4A_7C15
    @inline(__always) private static func fold(_ hash: UInt64, _ word: UInt64) -> UInt64 { (hash ^ word) &* 0x0000_0100_0000_01B3 }

    public init() {}

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        // Stream the words, keeping the hashes of the last four (cues are at most four words
        // long); a cue is recognised when the words ending here hash to one. Only then are the
        // following words read.
        var previous: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var seen = 0
        var resumeAt = 0
        WordTokenizer.forEachWord(in: text) { word in
            let current = WordTokenizer.foldedHash(text, word.range)
            defer {
                previous = (previous.1, previous.2, current)
                seen += 1
            }
            guard word.range.lowerBound >= resumeAt, Self.cueLastWords.contains(current) else { return true }
            let sequences = [
                Self.fold(Self.sequenceSeed, current),
                Self.fold(Self.fold(Self.sequenceSeed, previous.2), current),
                Self.fold(Self.fold(Self.fold(Self.sequenceSeed, previous.1), previous.2), current),
                Self.fold(Self.fold(Self.fold(Self.fold(Self.sequenceSeed, previous.0), previous.1), previous.2), current),
            ]
            for length in 1...min(4, seen + 1) {
                guard let cueIndex = Self.cueBySequence.value(for: sequences[length - 1]),
                      Self.cues[cueIndex].words.count == length
                else { continue }
                let cue = Self.cues[cueIndex]
                // A cue that ends a clause ("mevrouw," as an address) is not followed by a name.
                guard !word.breakAfter || cue.words.last?.last == UInt8(ascii: ".") else { continue }
                let following = WordTokenizer.words(in: text, from: word.range.upperBound, limit: 6)
                if let tokens = nameTokens(text, following, from: 0) {
                    let range = following[tokens.lowerBound].range.lowerBound..<following[tokens.upperBound - 1].range.upperBound
                    candidates.append(PIICandidate(type: .name, range: range, confidence: cue.confidence, detector: name, canonicalValue: Self.canonical(text, following[tokens])))
                    resumeAt = range.upperBound
                    break
                }
            }
            return true
        }
    }

    /// Titles that may follow another cue ("my name is Mrs Davies"); the title's own cue then applies.
    private static let titles: Set<[UInt8]> = Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "meneer", "mevrouw", "mw.", "mevr.", "dhr.", "de heer"].map { Array($0.utf8) })

    private func nameTokens(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], from start: Int) -> Range<Int>? {
        if start < words.count, Self.titles.contains(text[words[start].range].map(ByteClass.lowercased)) { return nil }
        var index = start
        var lastCapitalised: Int?
        while index < words.count, index - start < 5 {
            let word = words[index]
            let bytes = Array(UnsafeBufferPointer(rebasing: text[word.range]))
            let lowered = bytes.map(ByteClass.lowercased)
            if Self.isInitial(bytes) || (Self.isCapitalised(bytes) && !Self.notNames.contains(lowered)) {
                lastCapitalised = index
            } else if Self.particles.contains(lowered), index + 1 < words.count {
                // A particle must be followed by more of the name.
            } else {
                break
            }
            if word.breakAfter { index += 1; break }
            index += 1
        }
        guard let last = lastCapitalised else { return nil }
        // Initials alone are not a name.
        let range = start..<(last + 1)
        let hasFullWord = range.contains { !Self.isInitial(Array(UnsafeBufferPointer(rebasing: text[words[$0].range]))) && Self.isCapitalised(Array(UnsafeBufferPointer(rebasing: text[words[$0].range]))) }
        return hasFullWord ? range : nil
    }

    static func isCapitalised(_ word: [UInt8]) -> Bool {
        guard let first = word.first else { return false }
        if ByteClass.isUpper(first) { return word.count >= 2 }
        // Accented capitals (É, Ö, ...) are two bytes starting 0xC3 0x80...0x9E.
        return first == 0xC3 && word.count >= 3 && word[1] >= 0x80 && word[1] <= 0x9E
    }

    static func isInitial(_ word: [UInt8]) -> Bool {
        guard word.count >= 2, word.last == UInt8(ascii: ".") else { return false }
        var expectLetter = true
        for byte in word {
            if expectLetter { guard ByteClass.isUpper(byte) else { return false } }
            else { guard byte == UInt8(ascii: ".") else { return false } }
            expectLetter.toggle()
        }
        return true
    }

    /// The name's words, ASCII-lower-cased (as ``WordTokenizer/foldedHash(_:_:)`` folds them), joined by spaces.
    private static func canonical(_ text: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<WordTokenizer.Word>) -> String {
        words.map { String(decoding: text[$0.range].map(ByteClass.lowercased), as: UTF8.self) }.joined(separator: " ")
    }
}
