/// Hands out `[TYPE-n]` placeholders, the same one for the same value.
///
/// Values are remembered by a hash of their canonical form, never by the value itself. Names
/// are one person when the words of one are all among the words of the other (`Evans`, `Tom
/// Evans`, `meneer T. Evans` after `Tom Evans`, `mevrouw Hoekstra` after `Wilma
/// Hoekstra-Brouwer`), so they share a placeholder.
struct PlaceholderBook {
    /// Each value's hash; for a name, the words that identify the person, then from
    /// `partsStart` on the parts of a double surname, which a shorter name may be (`Hoekstra`
    /// of `Hoekstra-Brouwer`).
    private var assigned: [(type: PIIType, hash: UInt64, words: [UInt64], partsStart: Int, placeholder: String)] = []
    /// How many placeholders each type has handed out, by ``PIIType/listOrder``: several
    /// entries may share one.
    private var numbered = [Int](repeating: 0, count: PIIType.allCases.count)
    private let prefix: String

    init(prefix: String = "") {
        self.prefix = prefix
    }

    mutating func placeholder(for type: PIIType, canonicalValue: String) -> String {
        // A call holds a handful of values, so a list is the cheapest table.
        let hash = StableHash.fnv1a64(canonicalValue.utf8)
        if let existing = assigned.first(where: { $0.type == type && $0.hash == hash }) { return existing.placeholder }
        var words: [UInt64] = []
        var partsStart = 0
        if type == .name {
            words = NameLists.identifyingWordHashes(canonicalValue)
            partsStart = words.count
            if canonicalValue.utf8.contains(UInt8(ascii: "-")) {
                words += NameLists.identifyingWordHashes(canonicalValue, includingDoubleNameParts: true).filter { !words.contains($0) }
            }
            let whole = words[..<partsStart]
            // `noor brinkman` after `brinkman` and `gerrit brinkman`: a placeholder already
            // given to a name that shares a word with this one, but neither holds the other,
            // is another person's (`carola` and `van den heuvel` share none: `carola van den
            // heuvel` made them one).
            func isAnotherPersons(_ placeholder: String) -> Bool {
                assigned.contains { other in
                    let otherWhole = other.words[..<other.partsStart]
                    return other.type == .name && other.placeholder == placeholder && whole.contains(where: other.words.contains)
                        && !whole.allSatisfy(other.words.contains) && !otherWhole.allSatisfy(whole.contains)
                }
            }
            // A part of a double name only when no whole name matches: `Okafor` after `Daniel
            // Okafor-Reid` and `Grace Okafor` is Grace; and only for the shorter name, so that
            // `Greetje de Graaf-Visser` is not `meneer De Graaf`.
            if !whole.isEmpty, let person = assigned.first(where: { entry in
                entry.type == .name && entry.partsStart > 0 && (whole.allSatisfy(entry.words[..<entry.partsStart].contains) || entry.words[..<entry.partsStart].allSatisfy(whole.contains))
                    && !isAnotherPersons(entry.placeholder)
            }) ?? assigned.first(where: { entry in
                entry.type == .name && entry.words.count > entry.partsStart && whole.allSatisfy(entry.words.contains) && !isAnotherPersons(entry.placeholder)
            }) {
                // `carola`, then `carola van den heuvel`: the longer name's words are the
                // person's too, so that `van den heuvel` after them is the same person.
                assigned.append((type, hash, words, partsStart, person.placeholder))
                return person.placeholder
            }
        }
        numbered[type.listOrder] += 1
        let number = numbered[type.listOrder]
        let placeholder = "[" + prefix + type.rawValue + "-" + String(number) + "]"
        assigned.append((type, hash, words, partsStart, placeholder))
        return placeholder
    }
}
