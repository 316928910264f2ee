/// A set of lower-case words that looks a word up by a hash of its bytes.
///
/// `Set<[UInt8]>` hashes every key with SipHash and compares arrays; the detectors and the
/// extract stage consult these lists for many words of every call, so a 64-bit FNV hash and
/// one probe of a ``WordHashTable`` do instead. Two different words share a hash with a
/// chance of about one in 2⁶⁴ per pair.
struct WordSet: Sendable {
    private let table: WordHashTable

    /// - Parameter words: the words, in lower case.
    init(_ words: [String]) {
        table = WordHashTable(words: words)
    }

    @inline(__always) func contains(_ word: some Sequence<UInt8>) -> Bool {
        table.contains(StableHash.fnv1a64(word))
    }

    /// Whether the word with this hash (``WordTokenizer/foldedHash(_:_:)``) is in the set.
    @inline(__always) func contains(hash: UInt64) -> Bool {
        table.contains(hash)
    }
}
