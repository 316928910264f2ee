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

    /// Whether `text[lhs]` and `text[rhs]` hold the same bytes, ASCII letters in either case.
    private static func sameBytes(_ text: UnsafeBufferPointer<UInt8>, _ lhs: Range<Int>, _ rhs: Range<Int>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for offset in 0..<lhs.count where ByteClass.lowercased(text[lhs.lowerBound + offset]) != ByteClass.lowercased(text[rhs.lowerBound + offset]) { return false }
        return true
    }
}
