extension Redactor {
    /// Adds the parts of a value that speech-to-text split over two turns of one speaker, as it
    /// does where the speaker pauses: a surname on its own after a turn that was only a first
    /// name (`Imogen` / `Fairweather.`), and a flat at the end of a turn before the
    /// address the next one opens with (`It's flat 3` / `81 Gloucester Road, BS7 8AS.`).
    func addValuesContinuedInTheNextTurn(_ call: CallText, _ perTurn: inout [[PIICandidate]]) {
        for index in call.turns.indices.dropLast() where call.sameSpeaker(index, index + 1) {
            let turnStart = call.turns[index].range.lowerBound
            let text = call.text(ofTurn: index)
            let end = Self.valueEnd(of: text)
            let next = call.text(ofTurn: index + 1)
            let nextStart = call.turns[index + 1].range.lowerBound
            let opening = Self.speakerPrefixEnd(in: next)
            if perTurn[index].contains(where: { $0.type == .name && $0.range.upperBound - turnStart == end && $0.range.lowerBound - turnStart == Self.speakerPrefixEnd(in: text) }),
               let surname = Self.nameFillingTurn(next, from: opening, maximumWords: 2, allowingParticles: false),
               !surname.words.contains(where: { Self.weekdays.contains(next[$0].lazy.map(ByteClass.lowercased)) || SpokenDateOfBirthDetector.isMonthName(next, $0) }) {
                let name = PIICandidate(type: .name, range: (nextStart + opening)..<(nextStart + surname.end), confidence: 0.8, detector: "continued-name",
                                        canonicalValue: String(decoding: next[opening..<surname.end].map(ByteClass.lowercased), as: UTF8.self))
                perTurn[index + 1] = Self.resolveOverlaps(perTurn[index + 1] + [name])
            } else if perTurn[index + 1].contains(where: { $0.type == .address && $0.range.lowerBound - nextStart == opening }),
                      let flat = Self.flatEnding(text, at: end), !perTurn[index].contains(where: { $0.range.overlaps((turnStart + flat.lowerBound)..<(turnStart + flat.upperBound)) }) {
                let address = PIICandidate(type: .address, range: (turnStart + flat.lowerBound)..<(turnStart + flat.upperBound), confidence: 0.8, detector: "continued-address",
                                           canonicalValue: String(decoding: text[flat].map(ByteClass.lowercased), as: UTF8.self))
                perTurn[index] = Self.resolveOverlaps(perTurn[index] + [address])
            }
        }
    }

    /// Where a turn's words end, before a trailing comma, dash or spaces; not after a full
    /// stop, question mark or exclamation mark, which end what was said.
    private static func valueEnd(of text: UnsafeBufferPointer<UInt8>) -> Int {
        var end = text.count
        while end > 0, text[end - 1] == 0x20 || text[end - 1] == UInt8(ascii: ",") || text[end - 1] == UInt8(ascii: "-") { end -= 1 }
        return end
    }

    private static let weekdays: WordSet = WordSet(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"])

    /// A flat's word and number that end at `end` (`flat 3`, `Apartment 12B`).
    private static func flatEnding(_ text: UnsafeBufferPointer<UInt8>, at end: Int) -> Range<Int>? {
        var numberStart = end
        while numberStart > 0, ByteClass.isAlphanumeric(text[numberStart - 1]) { numberStart -= 1 }
        guard numberStart < end, end - numberStart <= 4, ByteClass.isDigit(text[numberStart]),
              let flat = StreetAddressDetector.flatWordStart(text, before: numberStart) else { return nil }
        return flat..<end
    }
}
