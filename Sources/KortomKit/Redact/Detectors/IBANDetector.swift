/// Finds IBANs of any country, in upper or lower case, with spaces or dashes between groups,
/// and keeps only those whose mod-97 check holds.
public struct IBANDetector: PIIDetector {
    public let name = "iban"

    public init() {}

    public let lineRequirement = LineRequirement(.ibanShape)

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        let count = text.count
        var index = 0
        while index + 15 <= count {
            guard ByteClass.isASCIILetter(text[index]), ByteClass.isASCIILetter(text[index + 1]),
                  ByteClass.isDigit(text[index + 2]), ByteClass.isDigit(text[index + 3]),
                  index == 0 || !ByteClass.isWordByte(text[index - 1])
            else {
                index += 1
                continue
            }
            var characters: [UInt8] = []
            characters.reserveCapacity(34)
            var probe = index
            var lastEnd = index
            var best: (end: Int, value: [UInt8])?
            while probe < count, characters.count < 34 {
                let byte = text[probe]
                if ByteClass.isAlphanumeric(byte) {
                    characters.append(ByteClass.isLower(byte) ? byte - 0x20 : byte)
                    probe += 1
                    lastEnd = probe
                    if characters.count >= 15, DigitGroups.endsCleanly(text, probe), Self.isValid(characters) {
                        best = (probe, characters)
                    }
                } else if (byte == 0x20 || byte == UInt8(ascii: "-")), probe + 1 < count, ByteClass.isAlphanumeric(text[probe + 1]), probe == lastEnd {
                    probe += 1
                } else {
                    break
                }
            }
            if let best {
                candidates.append(PIICandidate(type: .iban, range: index..<best.end, confidence: 0.99, detector: name, canonicalValue: String(decoding: best.value, as: UTF8.self)))
                index = best.end
            } else {
                index += 1
            }
        }
    }

    /// ISO 13616: move the first four characters to the end, letters to numbers, mod 97 == 1.
    static func isValid(_ iban: [UInt8]) -> Bool {
        guard iban.count >= 15, iban.count <= 34 else { return false }
        var remainder = 0
        for byte in iban[4...] + iban[..<4] {
            if ByteClass.isDigit(byte) {
                remainder = (remainder * 10 + Int(byte - 0x30)) % 97
            } else if ByteClass.isUpper(byte) {
                remainder = (remainder * 100 + Int(byte - 0x41 + 10)) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }
}
