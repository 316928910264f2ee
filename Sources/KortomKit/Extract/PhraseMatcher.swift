/// Finds many lower-case phrases in text at once, indexed by their first byte.
///
/// Matching is case-insensitive for ASCII. A phrase must start at a word boundary; it may end
/// inside a word, so `verhuis` matches `verhuisd` and `parkeer` matches the compound
/// `parkeervergunningaanvraag`. A phrase written with a leading `*` may also start inside a
/// word (`*vergunning` matches `parkeervergunning`).
public struct PhraseMatcher: Sendable {
    public struct Match: Sendable, Hashable {
        /// The index of the phrase in the list the matcher was made from.
        public var phrase: Int
        public var range: Range<Int>
    }

    private struct Entry: Sendable {
        var bytes: [UInt8]
        var phrase: Int
        var infix: Bool
    }

    private let table: [[Entry]]

    public init(phrases: [String]) {
        var table = [[Entry]](repeating: [], count: 256)
        for (index, phrase) in phrases.enumerated() {
            let infix = phrase.hasPrefix("*")
            let bytes = Array((infix ? String(phrase.dropFirst()) : phrase).lowercased().utf8)
            guard let first = bytes.first else { continue }
            table[Int(first)].append(Entry(bytes: bytes, phrase: index, infix: infix))
        }
        self.table = table
    }

    /// Every match in `text`, in order of position.
    public func matches(in text: String) -> [Match] {
        var text = text
        return text.withUTF8 { matches(in: $0) }
    }

    func matches(in text: UnsafeBufferPointer<UInt8>) -> [Match] {
        var result: [Match] = []
        let count = text.count
        for position in 0..<count {
            let entries = table[Int(ByteClass.lowercased(text[position]))]
            guard !entries.isEmpty else { continue }
            let atWordStart = position == 0 || !ByteClass.isWordByte(text[position - 1])
            for entry in entries where (atWordStart || entry.infix) && position + entry.bytes.count <= count {
                var offset = 1
                while offset < entry.bytes.count, ByteClass.lowercased(text[position + offset]) == entry.bytes[offset] { offset += 1 }
                if offset == entry.bytes.count {
                    result.append(Match(phrase: entry.phrase, range: position..<(position + offset)))
                }
            }
        }
        return result
    }

    /// Whether any phrase occurs in `text`.
    public func containsMatch(in text: String) -> Bool { !matches(in: text).isEmpty }
}
