/// Splits text into runs of digit groups joined by light separators, the shape in which
/// people say and write numbers: `06-12345678`, `123 456 789`, `+31 (0)6 1234 5678`.
///
/// Detectors for numeric identifiers (BSN, phone numbers) try every window of consecutive
/// groups in a run, so that a number next to another number is still found.
struct DigitGroups {
    struct Group {
        var start: Int
        var end: Int
    }

    /// Calls `body` with each run of groups, in order; `plus` tells whether the run starts with `+`.
    static func forEachRun(in text: UnsafeBufferPointer<UInt8>, _ body: (_ groups: [Group], _ plus: Bool) -> Void) {
        var index = 0
        let count = text.count
        var groups: [Group] = []
        while index < count {
            guard ByteClass.isDigit(text[index]) else { index += 1; continue }
            // A digit glued to a letter (`A12`, `12b`), or joined to one by a dash or slash
            // (`Z-2026-63991`, `REF/88123`), is part of a code, not a number to find.
            let codePrefix = index > 0 && ByteClass.isASCIILetter(text[index - 1])
                || index > 1 && (text[index - 1] == UInt8(ascii: "-") || text[index - 1] == UInt8(ascii: "/")) && ByteClass.isASCIILetter(text[index - 2])
            if codePrefix {
                while index < count, ByteClass.isAlphanumeric(text[index]) || text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "/") { index += 1 }
                continue
            }
            let plus = index > 0 && text[index - 1] == UInt8(ascii: "+")
            groups.removeAll(keepingCapacity: true)
            var groupStart = index
            while true {
                while index < count, ByteClass.isDigit(text[index]) { index += 1 }
                groups.append(Group(start: groupStart, end: index))
                var probe = index, separators = 0
                while probe < count, separators < 3, isSeparator(text[probe]) { probe += 1; separators += 1 }
                // Three separators only around a bracket (`+31 (0)6`) or a dash between spaces
                // (`033 - 456 78 90`).
                let spacedDash = separators == 3 && text[probe - 3] == 0x20 && text[probe - 2] == UInt8(ascii: "-") && text[probe - 1] == 0x20
                guard separators > 0, probe < count, ByteClass.isDigit(text[probe]), separators <= 2 || text[probe - 1] == UInt8(ascii: ")") || spacedDash else { break }
                // `12.30` or `12:30` style times and decimals end the run at a single dot between short groups.
                index = probe
                groupStart = probe
            }
            body(groups, plus)
        }
    }

    @inline(__always) static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
    }

    /// How many digits `groups[from...to]` hold.
    static func digitCount(_ groups: [Group], from: Int, to: Int) -> Int {
        var count = 0
        for group in groups[from...to] { count += group.end - group.start }
        return count
    }

    /// The digits of `groups[from...to]` as a string.
    static func digits(_ text: UnsafeBufferPointer<UInt8>, _ groups: [Group], from: Int, to: Int) -> [UInt8] {
        var result: [UInt8] = []
        for group in groups[from...to] { result.append(contentsOf: text[group.start..<group.end]) }
        return result
    }

    /// Whether the byte after `end` ends a word (so `123456789` in `123456789X` is not taken).
    static func endsCleanly(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        end >= text.count || !ByteClass.isAlphanumeric(text[end])
    }

    /// Calls `body` with the range of each token that holds a digit: the run of letters and
    /// digits around it, joined across single `joiners` (`-` for `12-BBB-3`). Detectors of
    /// identifiers use it to skip the words without digits, which are most words.
    static func forEachTokenWithDigit(in text: UnsafeBufferPointer<UInt8>, joinedBy joiners: [UInt8] = [], _ body: (Range<Int>) -> Void) {
        func isJoiner(at index: Int) -> Bool {
            joiners.contains(text[index]) && index > 0 && index + 1 < text.count
                && ByteClass.isAlphanumeric(text[index - 1]) && ByteClass.isAlphanumeric(text[index + 1])
        }
        var position = 0
        while position < text.count {
            guard ByteClass.isDigit(text[position]) else {
                position += 1
                continue
            }
            var start = position
            while start > 0, ByteClass.isAlphanumeric(text[start - 1]) || (start > 1 && isJoiner(at: start - 1)) { start -= 1 }
            var end = position
            while end < text.count, ByteClass.isAlphanumeric(text[end]) || isJoiner(at: end) { end += 1 }
            body(start..<end)
            position = end
        }
    }
}
