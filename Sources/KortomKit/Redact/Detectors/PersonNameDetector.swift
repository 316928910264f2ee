/// Finds person names introduced by a cue: `meneer Jansen`, `mevrouw De Vries`, `mijn naam is
/// Fatima el Amrani`, `u spreekt met Sanne`, `Mr Smith`, `my name is John Doe`, `this is Sarah`.
///
/// After the cue come initials (`J.`, `J.P.`), name particles (`van`, `de`, `van der`, `'t`)
/// and capitalised words, at most five tokens, ending with a capitalised word. Later
/// mentions of a found name elsewhere in the call are the ``Redactor``'s job.
public struct PersonNameDetector: PIIDetector {
    public let name = "name-cue"

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

    /// The cues grouped by their first word, and a table from that word's hash to its group,
    /// so each word of a text is looked up once.
    private static let cueGroups: [[Int]] = {
        var groups: [[UInt8]: [Int]] = [:]
        for (index, cue) in cues.enumerated() { groups[cue.words[0], default: []].append(index) }
        return groups.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { groups[$0]! }
    }()
    private static let cueGroupByFirstWord = WordHashTable(cueGroups.enumerated().map { (StableHash.fnv1a64(cues[$0.element[0]].words[0]), $0.offset) })

    public init() {}

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        let words = WordTokenizer.words(in: text)
        var index = 0
        while index < words.count {
            guard let group = Self.cueGroupByFirstWord.value(for: WordTokenizer.foldedHash(text, words[index].range)) else {
                index += 1
                continue
            }
            let cueIndices = Self.cueGroups[group]
            var matchedEnd: Int?
            for cue in cueIndices.map({ Self.cues[$0] }) {
                let after = index + cue.words.count
                guard after < words.count else { continue }
                var matches = true
                for (offset, cueWord) in cue.words.enumerated() where !WordTokenizer.matches(text, words[index + offset], cueWord) {
                    matches = false
                    break
                }
                // A cue that ends a clause ("mevrouw," as an address) is not followed by a name.
                guard matches, !words[after - 1].breakAfter || cue.words.last?.last == UInt8(ascii: ".") else { continue }
                if let tokens = nameTokens(text, words, from: after) {
                    let range = words[tokens.lowerBound].range.lowerBound..<words[tokens.upperBound - 1].range.upperBound
                    candidates.append(PIICandidate(type: .name, range: range, confidence: cue.confidence, detector: name, canonicalValue: Self.canonical(text, words[tokens])))
                    matchedEnd = tokens.upperBound
                    break
                }
            }
            index = matchedEnd ?? index + 1
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
