/// Letters as speech-to-text writes them when a caller reads a code out: the letter's name
/// as a word (`bee kaa` for `BK`, `why kay` for `YK`, `zed`, `iks`).
///
/// Many of these names are words too (`are`, `see`, `tea`, `ha`), so the readers of
/// postcodes and plates take them only where a letter must stand: after a postcode's digits,
/// between a plate's groups. `en`, `er`, `you`, `oh` and `ie` are left out: far more often
/// they are `and`, `there`, `you`, the digit zero and `he`.
enum SpokenLetters {
    /// The letter that `text[range]` names, in capitals, or nil.
    static func letter(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt8? {
        guard (2...5).contains(range.count) else { return nil }
        return table.value(for: WordTokenizer.foldedHash(text, range)).map(UInt8.init)
    }

    /// The words of ``letter(_:_:)``, which the line scan looks up.
    static let names: [String] = words.map(\.word)

    /// The names of the letters, Dutch and English.
    private static let words: [(word: String, letter: Character)] = [
        ("aa", "A"), ("ay", "A"), ("bee", "B"), ("be", "B"), ("cee", "C"), ("see", "C"), ("sea", "C"), ("dee", "D"), ("ee", "E"),
        ("ef", "F"), ("eff", "F"), ("gee", "G"), ("ha", "H"), ("haa", "H"), ("aitch", "H"), ("haitch", "H"), ("eye", "I"), ("jee", "J"),
        ("jay", "J"), ("ka", "K"), ("kaa", "K"), ("kay", "K"), ("el", "L"), ("ell", "L"), ("em", "M"), ("oo", "O"), ("pee", "P"),
        ("pea", "P"), ("ku", "Q"), ("kuu", "Q"), ("queue", "Q"), ("cue", "Q"), ("are", "R"), ("ar", "R"), ("es", "S"), ("ess", "S"),
        ("tee", "T"), ("tea", "T"), ("uu", "U"), ("vee", "V"), ("wee", "W"), ("iks", "X"), ("ex", "X"), ("why", "Y"), ("zet", "Z"),
        ("zed", "Z"), ("zee", "Z"),
    ]

    private static let table = WordHashTable(words.map { (StableHash.fnv1a64($0.word.utf8), Int($0.letter.asciiValue!)) })
}
