/// FNV-1a hashes: stable across runs and platforms, unlike `Hasher`. Not for security.
enum StableHash {
    static func fnv1a64<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// Eight hex digits of the FNV-1a hash of `text`.
    static func hex32(_ text: String) -> String {
        let hash = fnv1a64(text.utf8)
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let digits = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// Sixteen hex digits of the FNV-1a hash of `text`.
    static func hex64(_ text: String) -> String {
        let digits = String(fnv1a64(text.utf8), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
