extension Redactor {
    /// Adds every later mention of an address found in the call, written as it was found
    /// (`Wat is uw nieuwe adres?` / `Noard 27.` ... `Die sturen we naar Noard 27.`): a street
    /// without a street word counts only after a cue or a question, which its repeat lacks.
    ///
    /// - Parameter capitalisedWords: where each capitalised word of the call starts, as the line
    ///   scan found them: an address that opens with a capital is looked for only there.
    func addRepeatedAddresses(_ call: CallText, _ perTurn: inout [[PIICandidate]], capitalisedWords: [Int]) {
        let text = call.bytes
        var addresses: [PIICandidate] = []
        for turn in perTurn {
            for candidate in turn where candidate.type == .address && candidate.range.count >= 4 {
                let first = text[candidate.range.lowerBound]
                guard ByteClass.isUpper(first) || first == 0xC3, text[candidate.range].contains(where: ByteClass.isDigit),
                      !addresses.contains(where: { Self.sameBytes(text, $0.range, candidate.range) }) else { continue }
                addresses.append(candidate)
            }
        }
        guard !addresses.isEmpty else { return }
        var turn = 0
        for start in capitalisedWords {
            for address in addresses where address.range.lowerBound != start && text[start] == text[address.range.lowerBound] {
                let end = start + address.range.count
                guard end <= text.count, end == text.count || !ByteClass.isWordByte(text[end]), Self.sameBytes(text, address.range, start..<end) else { continue }
                while turn < call.turns.count, call.turns[turn].range.upperBound < start { turn += 1 }
                guard turn < call.turns.count, end <= call.turns[turn].range.upperBound,
                      !perTurn[turn].contains(where: { $0.range.overlaps(start..<end) }) else { break }
                var repeated = address
                repeated.range = start..<end
                repeated.detector = "address-repeat"
                repeated.confidence = address.confidence * 0.9
                perTurn[turn] = Self.resolveOverlaps(perTurn[turn] + [repeated])
                break
            }
        }
    }

    /// Adds every later mention of a house number found alone (`the flat above, number 61` ...
    /// `Do you know who lives in 61?`) where a word for a place stands right before it (`in`,
    /// `at`, `from`, `number`, `op`, `nummer`): the number alone names the neighbour's home as
    /// the first mention did, and elsewhere it may be any count.
    ///
    /// The number of an address found with its street counts again only after `tussen`,
    /// `naast`, `nummer` or `number` (`tussen 12 en 14 in`, after `kerkstr 12`), where it can
    /// be no date or time; and after `tussen` the number joined to it by `en` or `and` is the
    /// house next door's.
    func addRepeatedHouseNumbers(_ call: CallText, _ perTurn: inout [[PIICandidate]]) {
        let text = call.bytes
        var numbers: [(candidate: PIICandidate, alone: Bool)] = []
        for turn in perTurn {
            for candidate in turn where candidate.type == .address {
                var numberRange = candidate.range
                let alone = candidate.range.count <= 5 && ByteClass.isDigit(text[candidate.range.lowerBound]) && text[candidate.range].allSatisfy(ByteClass.isAlphanumeric)
                if !alone {
                    // The house number that ends the address: `kerkstr 12`, `Kerkstraat 24a`.
                    var start = candidate.range.upperBound
                    while start > candidate.range.lowerBound, ByteClass.isAlphanumeric(text[start - 1]) { start -= 1 }
                    guard start > candidate.range.lowerBound, text[start - 1] == 0x20, candidate.range.upperBound - start <= 5, ByteClass.isDigit(text[start]) else { continue }
                    numberRange = start..<candidate.range.upperBound
                }
                guard !numbers.contains(where: { Self.sameBytes(text, $0.candidate.range, numberRange) }) else { continue }
                var number = candidate
                number.range = numberRange
                numbers.append((number, alone))
            }
        }
        guard !numbers.isEmpty else { return }
        for turn in call.turns.indices {
            let range = call.turns[turn].range
            var found: [PIICandidate] = []
            var position = range.lowerBound
            while position < range.upperBound {
                guard ByteClass.isDigit(text[position]), position == range.lowerBound || !ByteClass.isWordByte(text[position - 1]) else { position += 1; continue }
                var end = position
                while end < range.upperBound, ByteClass.isAlphanumeric(text[end]) { end += 1 }
                defer { position = end }
                guard let number = numbers.first(where: { Self.sameBytes(text, $0.candidate.range, position..<end) }),
                      let place = WordTokenizer.lettersBefore(text, position),
                      number.alone && Self.placeWords.contains(text[place].lazy.map(ByteClass.lowercased)) || Self.houseWords.contains(text[place].lazy.map(ByteClass.lowercased)),
                      !perTurn[turn].contains(where: { $0.range.overlaps(position..<end) }),
                      // `at 25 percent`, `op 12 uur`: a quantity or a time, not the house.
                      end >= range.upperBound || text[end] != 0x20 || !Self.unitsAfterNumber.contains(text[WordTokenizer.lettersAfter(text, end + 1)].lazy.map(ByteClass.lowercased)),
                      // `tomorrow between 9 and 1`: hours, which run on past twelve; houses side by side count up.
                      !Self.isRangeOfHours(text, place: place, number: position..<end, before: range.upperBound)
                else { continue }
                var repeated = number.candidate
                repeated.range = position..<end
                repeated.detector = "address-repeat"
                repeated.confidence = number.candidate.confidence * 0.9
                found.append(repeated)
                // `tussen 12 en 14`: the house next to it.
                if WordTokenizer.isWord(text, place, "tussen"), let next = Self.numberJoined(text, after: end, before: range.upperBound),
                   !perTurn[turn].contains(where: { $0.range.overlaps(next) }) {
                    var neighbour = repeated
                    neighbour.range = next
                    neighbour.canonicalValue = String(decoding: text[next].map(ByteClass.lowercased), as: UTF8.self)
                    found.append(neighbour)
                    end = next.upperBound
                }
            }
            if !found.isEmpty { perTurn[turn] = Self.resolveOverlaps(perTurn[turn] + found) }
        }
    }

    private static let placeWords: WordSet = WordSet(["in", "at", "from", "number", "no", "op", "nummer", "van", "naar", "to"])
    private static let unitsAfterNumber: WordSet = WordSet(["percent", "procent", "pm", "am", "uur", "minutes", "minuten", "hours", "days", "dagen", "weeks", "weken",
                                                            "pounds", "euro", "years", "jaar", "mph", "degrees", "graden", "o'clock", "mei", "may"])
    private static let houseWords: WordSet = WordSet(["tussen", "naast", "nummer", "number", "between"])

    /// Whether `between` or `tussen` at `place` opens a range of hours: a smaller number after
    /// `and` or `en` (`between 9 and 1`), or a day before it (`tomorrow between 9 and 12`).
    private static func isRangeOfHours(_ text: UnsafeBufferPointer<UInt8>, place: Range<Int>, number: Range<Int>, before limit: Int) -> Bool {
        guard WordTokenizer.isWord(text, place, "between") || WordTokenizer.isWord(text, place, "tussen") else { return false }
        if let day = WordTokenizer.lettersBefore(text, place.lowerBound), daysBeforeHours.contains(text[day].lazy.map(ByteClass.lowercased)) { return true }
        guard let next = numberJoined(text, after: number.upperBound, before: limit) else { return false }
        let value = { (range: Range<Int>) in text[range].prefix(while: ByteClass.isDigit).reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        return value(next) < value(number)
    }

    private static let daysBeforeHours: WordSet = WordSet(["tomorrow", "today", "morgen", "vandaag", "monday", "tuesday", "wednesday", "thursday", "friday",
                                                           "saturday", "sunday", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"])

    /// The house number after ` en ` or ` and ` at `end`, up to `limit`: `12 en 14`.
    private static func numberJoined(_ text: UnsafeBufferPointer<UInt8>, after end: Int, before limit: Int) -> Range<Int>? {
        guard end + 1 < limit, text[end] == 0x20 else { return nil }
        let joiner = WordTokenizer.lettersAfter(text, end + 1)
        guard WordTokenizer.isWord(text, joiner, "en") || WordTokenizer.isWord(text, joiner, "and"),
              joiner.upperBound + 1 < limit, text[joiner.upperBound] == 0x20, ByteClass.isDigit(text[joiner.upperBound + 1]) else { return nil }
        var numberEnd = joiner.upperBound + 1
        while numberEnd < limit, ByteClass.isAlphanumeric(text[numberEnd]) { numberEnd += 1 }
        guard numberEnd - joiner.upperBound - 1 <= 5, numberEnd == limit || !ByteClass.isWordByte(text[numberEnd]) else { return nil }
        return (joiner.upperBound + 1)..<numberEnd
    }

    /// Whether `text[lhs]` and `text[rhs]` hold the same bytes, ASCII letters in either case.
    private static func sameBytes(_ text: UnsafeBufferPointer<UInt8>, _ lhs: Range<Int>, _ rhs: Range<Int>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for offset in 0..<lhs.count where ByteClass.lowercased(text[lhs.lowerBound + offset]) != ByteClass.lowercased(text[rhs.lowerBound + offset]) { return false }
        return true
    }

    /// Adds every mention of an e-mail address's local part typed or said as one word in a
    /// lower-case line (`no no dot just sandraatkins1 all one word` after `sandra atkins one at
    /// gmail dot com`): the part before `@` of an address found in the call, of six characters
    /// or more, names its owner as the address does.
    func addEmailLocalParts(_ call: CallText, _ perTurn: inout [[PIICandidate]], lowercaseLines: [Range<Int>]) {
        guard !lowercaseLines.isEmpty else { return }
        var locals: [(hash: UInt64, canonical: String, confidence: Double)] = []
        for turn in perTurn {
            // A department's mailbox (`leerplicht@...`) names no one, and its local part is a word.
            for candidate in turn where candidate.type == .email && !candidate.detector.hasSuffix(EmailDetector.roleMailboxDetector) {
                guard let at = candidate.canonicalValue.utf8.firstIndex(of: UInt8(ascii: "@")) else { continue }
                let local = candidate.canonicalValue.utf8[..<at]
                // A local part that is one word (`meijer@...`) is a name the name mentions find;
                // one run together from several (`sandraatkins1`, `j.smith`) only this.
                guard local.count >= 9 || local.count >= 6 && local.contains(where: { ByteClass.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") })
                else { continue }
                let hash = StableHash.fnv1a64(local)
                if !locals.contains(where: { $0.hash == hash }) { locals.append((hash, candidate.canonicalValue, candidate.confidence)) }
            }
        }
        guard !locals.isEmpty else { return }
        let text = call.bytes
        var turn = 0
        for line in lowercaseLines {
            while turn < call.turns.count, call.turns[turn].range.upperBound < line.lowerBound { turn += 1 }
            guard turn < call.turns.count else { break }
            let lineText = UnsafeBufferPointer(rebasing: text[line])
            var found: [PIICandidate] = []
            WordTokenizer.forEachWord(in: lineText) { word in
                guard word.range.count >= 6 else { return true }
                let hash = WordTokenizer.foldedHash(lineText, word.range)
                guard let local = locals.first(where: { $0.hash == hash }) else { return true }
                let range = (line.lowerBound + word.range.lowerBound)..<(line.lowerBound + word.range.upperBound)
                if !perTurn[turn].contains(where: { $0.range.overlaps(range) }) {
                    found.append(PIICandidate(type: .email, range: range, confidence: local.confidence * 0.9, detector: "email-local-part", canonicalValue: local.canonical))
                }
                return true
            }
            if !found.isEmpty { perTurn[turn] = Self.resolveOverlaps(perTurn[turn] + found) }
        }
    }
}
