/// Finds many lower-case phrases in text at once.
///
/// Matching is case-insensitive for ASCII. A phrase must start at a word boundary; it may end
/// inside a word, so `verhuis` matches `verhuisd` and `parkeer` matches the compound
/// `parkeervergunningaanvraag`. A phrase written with a leading `*` may also start inside a
/// word (`*vergunning` matches `parkeervergunning`).
///
/// The phrases live in flat arrays so the scan allocates nothing but its results. At each
/// word start a bitmap of two-byte phrase starts rules most positions out with one load; the
/// rest compare only the phrases that share their first four bytes (fewer for short phrases).
public struct PhraseMatcher: Sendable {
    public struct Match: Sendable, Hashable {
        /// The index of the phrase in the list the matcher was made from.
        public var phrase: Int
        public var range: Range<Int>
    }

    private struct Entry: Sendable {
        var start: Int32
        var length: Int32
        var phrase: Int32
    }

    /// Phrases bucketed by a hash of their first two, three or four bytes (fewer only when the
    /// phrase is shorter), so a common start such as `ik ` does not line up dozens of phrases.
    private struct Table: Sendable {
        static let bucketCount = 8192
        static let keyLength = 4

        var bytes: [UInt8] = []
        var entries: [Entry] = []
        /// `entries[bucketStart[b]..<bucketStart[b + 1]]` are the phrases in bucket `b`.
        var bucketStart = [Int32](repeating: 0, count: bucketCount + 1)
        /// One bit per (first byte, second byte) pair that starts a phrase: most positions in a
        /// text start none, and this settles that with one load.
        var pairBits = [UInt64](repeating: 0, count: 65536 / 64)
        /// Whether a phrase starts with a byte that is no word byte (`'t`, `#1`): only then are
        /// positions outside words tried.
        var opensOutsideWords = false

        /// Folds one more (lower-cased) byte into a prefix hash.
        @inline(__always) static func extend(_ hash: UInt32, _ byte: UInt8) -> UInt32 {
            (hash ^ UInt32(byte)) &* 16_777_619
        }

        static let emptyHash: UInt32 = 2_166_136_261

        /// The bucket of a prefix of `length` bytes whose hash is `hash`.
        @inline(__always) static func bucket(_ hash: UInt32, length: Int) -> Int {
            Int((hash ^ UInt32(truncatingIfNeeded: length &* 0x9E37_79B1)) & UInt32(bucketCount - 1))
        }

        static func bucket(of phrase: [UInt8]) -> Int {
            let length = min(phrase.count, keyLength)
            return bucket(phrase.prefix(length).reduce(emptyHash, extend), length: length)
        }

        init(_ phrases: [(bytes: [UInt8], phrase: Int)]) {
            let sorted = phrases.map { (bucket: Self.bucket(of: $0.bytes), $0.bytes, $0.phrase) }
                .sorted { $0.bucket != $1.bucket ? $0.bucket < $1.bucket : $0.2 < $1.2 }
            for (bucket, phraseBytes, phrase) in sorted {
                if !ByteClass.isWordByte(phraseBytes[0]) { opensOutsideWords = true }
                let pair = Int(phraseBytes[0]) << 8 | Int(phraseBytes[1])
                pairBits[pair >> 6] |= 1 << UInt64(pair & 63)
                entries.append(Entry(start: Int32(bytes.count), length: Int32(phraseBytes.count), phrase: Int32(phrase)))
                bytes.append(contentsOf: phraseBytes)
                bucketStart[bucket + 1] = Int32(entries.count)
            }
            for bucket in 1...Self.bucketCount where bucketStart[bucket] < bucketStart[bucket - 1] {
                bucketStart[bucket] = bucketStart[bucket - 1]
            }
        }

        /// Calls `body` with a view of the table that needs no further retains or bounds checks.
        func withView<R>(_ body: (View) -> R) -> R {
            bucketStart.withUnsafeBufferPointer { buckets in
                bytes.withUnsafeBufferPointer { phraseBytes in
                    entries.withUnsafeBufferPointer { entries in
                        pairBits.withUnsafeBufferPointer { pairBits in
                            body(View(buckets: buckets, bytes: phraseBytes, entries: entries, pairBits: pairBits, opensOutsideWords: opensOutsideWords))
                        }
                    }
                }
            }
        }
    }

    private struct View {
        let buckets: UnsafeBufferPointer<Int32>
        let bytes: UnsafeBufferPointer<UInt8>
        let entries: UnsafeBufferPointer<Entry>
        let pairBits: UnsafeBufferPointer<UInt64>
        let opensOutsideWords: Bool

        /// Reports the phrases that start at `position`.
        @inline(__always)
        func match(_ text: UnsafeBufferPointer<UInt8>, at position: Int, _ body: (Match) -> Void) {
            let first = ByteClass.lowercased(text[position]), second = ByteClass.lowercased(text[position + 1])
            let pair = Int(first) << 8 | Int(second)
            guard pairBits[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return }
            var hash = Table.extend(Table.extend(Table.emptyHash, first), second)
            let longest = min(Table.keyLength, text.count - position)
            var length = 2
            while true {
                matchBucket(Table.bucket(hash, length: length), keyLength: length, text, at: position, body)
                guard length < longest else { return }
                hash = Table.extend(hash, ByteClass.lowercased(text[position + length]))
                length += 1
            }
        }

        @inline(__always)
        private func matchBucket(_ bucket: Int, keyLength: Int, _ text: UnsafeBufferPointer<UInt8>, at position: Int, _ body: (Match) -> Void) {
            let lower = Int(buckets[bucket]), upper = Int(buckets[bucket + 1])
            guard lower < upper else { return }
            for entryIndex in lower..<upper {
                let entry = entries[entryIndex]
                let length = Int(entry.length), start = Int(entry.start)
                // Buckets of different key lengths may collide; each phrase is tried under its own.
                guard min(length, Table.keyLength) == keyLength, position + length <= text.count else { continue }
                var offset = 0
                while offset < length, ByteClass.lowercased(text[position + offset]) == bytes[start + offset] { offset += 1 }
                if offset == length {
                    body(Match(phrase: Int(entry.phrase), range: position..<(position + length)))
                }
            }
        }
    }

    /// Phrases that must start at a word start, and phrases that may start anywhere.
    private let wordStart: Table
    private let anywhere: Table
    private let hasInfix: Bool
    /// The length of the shortest first word of an infix phrase: a word no longer than this
    /// cannot hold one after its first byte.
    private let shortestInfix: Int

    public init(phrases: [String]) {
        var atWordStart: [(bytes: [UInt8], phrase: Int)] = []
        var infix: [(bytes: [UInt8], phrase: Int)] = []
        for (index, phrase) in phrases.enumerated() {
            let isInfix = phrase.hasPrefix("*")
            let bytes = Array((isInfix ? String(phrase.dropFirst()) : phrase).lowercased().utf8)
            precondition(bytes.count >= 2, "phrases have at least two bytes")
            if isInfix { infix.append((bytes, index)) } else { atWordStart.append((bytes, index)) }
        }
        wordStart = Table(atWordStart)
        anywhere = Table(infix)
        hasInfix = !infix.isEmpty
        shortestInfix = infix.map { $0.bytes.prefix(while: ByteClass.isWordByte).count }.min() ?? 0
    }

    /// Every match in `text`, in order of position.
    public func matches(in text: String) -> [Match] {
        var text = text
        return text.withUTF8 { matches(in: $0) }
    }

    func matches(in text: UnsafeBufferPointer<UInt8>) -> [Match] {
        var result: [Match] = []
        forEachMatch(in: text) { result.append($0) }
        return result
    }

    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ body: (Match) -> Void) {
        let count = text.count
        guard count >= 2 else { return }
        wordStart.withView { wordStart in
            anywhere.withView { anywhere in
                // Try each position after a non-word byte; inside a word, try infix phrases only
                // where the word is long enough to hold one (compounds are long words).
                var position = 0
                while position < count - 1 {
                    guard ByteClass.isWordByte(text[position]) else {
                        if wordStart.opensOutsideWords { wordStart.match(text, at: position, body) }
                        position += 1
                        continue
                    }
                    wordStart.match(text, at: position, body)
                    var end = position + 1
                    while end < count, ByteClass.isWordByte(text[end]) { end += 1 }
                    if hasInfix {
                        anywhere.match(text, at: position, body)
                        if end - position > shortestInfix {
                            for inner in (position + 1)..<min(end, count - 1) { anywhere.match(text, at: inner, body) }
                        }
                    }
                    // The byte that ends the word is not after a non-word byte: skip it too.
                    position = end + 1
                }
            }
        }
    }
}
