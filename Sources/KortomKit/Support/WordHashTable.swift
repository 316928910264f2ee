/// A fixed, read-only table from word hashes (see ``WordTokenizer/foldedHash(_:_:)``) to small
/// integers, probed linearly.
///
/// The keys are already well-mixed FNV hashes, so the table uses their low bits directly
/// instead of hashing them again: looking up every word of a call this way costs a few
/// nanoseconds per word.
struct WordHashTable: Sendable {
    private let keys: [UInt64]
    private let values: [Int32]
    private let mask: Int

    /// - Parameter entries: hash and value pairs; for a repeated hash the first value wins.
    init(_ entries: [(hash: UInt64, value: Int)]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        for entry in entries {
            var slot = Int(truncatingIfNeeded: entry.hash) & (capacity - 1)
            while values[slot] >= 0, keys[slot] != entry.hash { slot = (slot + 1) & (capacity - 1) }
            if values[slot] < 0 {
                keys[slot] = entry.hash
                values[slot] = Int32(entry.value)
            }
        }
        self.keys = keys
        self.values = values
        self.mask = capacity - 1
    }

    /// A set of words, each mapped to 0.
    init(words: [String]) {
        self.init(words.map { (StableHash.fnv1a64($0.utf8), 0) })
    }

    @inline(__always) func value(for hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let value = values[slot]
            if value < 0 { return nil }
            if keys[slot] == hash { return Int(value) }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always) func contains(_ hash: UInt64) -> Bool { value(for: hash) != nil }
}
