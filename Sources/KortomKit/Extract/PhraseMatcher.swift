/// Finds many lower-case phrases in text at once, indexed by their first byte.
///
/// Matching is case-insensitive for ASCII. A phrase must start at a word boundary; it may end
/// inside a word, so `verhuis` matches `verhuisd` and `parkeer` matches the compound
/// `parkeervergunningaanvraag`. A phrase written with a leading `*` may also start inside a
/// word (`*vergunning` matches `parkeervergunning`).
///
/// The phrases live in flat arrays so the scan allocates nothing but its results: at each
/// word start it compares only the phrases that begin with that byte.
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
        var infix: Bool
    }

    private static let bucketCount = 4096

    private let bytes: [UInt8]
    private let entries: [Entry]
    /// `entries[bucketStart[b]..<bucketStart[b + 1]]` are the phrases whose first two bytes hash to `b`.
    private let bucketStart: [Int32]
    /// Whether any phrase starting with byte `b` may start inside a word.
    private let infixFirstByte: [Bool]

    @inline(__always) private static func bucket(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) &* 131 &+ Int(second)) & (bucketCount - 1)
    }

    public init(phrases: [String]) {
        var pending: [(bucket: Int, bytes: [UInt8], phrase: Int, infix: Bool)] = []
        for (index, phrase) in phrases.enumerated() {
            let infix = phrase.hasPrefix("*")
            let bytes = Array((infix ? String(phrase.dropFirst()) : phrase).lowercased().utf8)
            precondition(bytes.count >= 2, "phrases have at least two bytes")
            pending.append((Self.bucket(bytes[0], bytes[1]), bytes, index, infix))
        }
        pending.sort { $0.bucket != $1.bucket ? $0.bucket < $1.bucket : $0.phrase < $1.phrase }
        var bytes: [UInt8] = []
        var entries: [Entry] = []
        var bucketStart = [Int32](repeating: 0, count: Self.bucketCount + 1)
        var infixFirstByte = [Bool](repeating: false, count: 256)
        for item in pending {
            entries.append(Entry(start: Int32(bytes.count), length: Int32(item.bytes.count), phrase: Int32(item.phrase), infix: item.infix))
            bytes.append(contentsOf: item.bytes)
            bucketStart[item.bucket + 1] = Int32(entries.count)
            if item.infix { infixFirstByte[Int(item.bytes[0])] = true }
        }
        for bucket in 1...Self.bucketCount where bucketStart[bucket] < bucketStart[bucket - 1] {
            bucketStart[bucket] = bucketStart[bucket - 1]
        }
        self.bytes = bytes
        self.entries = entries
        self.bucketStart = bucketStart
        self.infixFirstByte = infixFirstByte
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

    /// Whether any phrase occurs in `text`.
    public func containsMatch(in text: String) -> Bool { !matches(in: text).isEmpty }

    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ body: (Match) -> Void) {
        let count = text.count
        guard count >= 2 else { return }
        bytes.withUnsafeBufferPointer { phraseBytes in
            entries.withUnsafeBufferPointer { entries in
                bucketStart.withUnsafeBufferPointer { buckets in
                    infixFirstByte.withUnsafeBufferPointer { infix in
                        var previousIsWord = false
                        for position in 0..<(count - 1) {
                            let byte = ByteClass.lowercased(text[position])
                            let atWordStart = !previousIsWord
                            previousIsWord = ByteClass.isWordByte(text[position])
                            guard atWordStart || infix[Int(byte)] else { continue }
                            let bucket = Self.bucket(byte, ByteClass.lowercased(text[position + 1]))
                            let lower = Int(buckets[bucket]), upper = Int(buckets[bucket + 1])
                            guard lower < upper else { continue }
                            for entryIndex in lower..<upper {
                                let entry = entries[entryIndex]
                                let length = Int(entry.length), start = Int(entry.start)
                                guard atWordStart || entry.infix, position + length <= count else { continue }
                                var offset = 0
                                while offset < length, ByteClass.lowercased(text[position + offset]) == phraseBytes[start + offset] { offset += 1 }
                                if offset == length {
                                    body(Match(phrase: Int(entry.phrase), range: position..<(position + length)))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
