/// Finds payment card numbers: 13 to 19 digits, whole or in groups, starting with 3, 4, 5 or 6,
/// that pass the Luhn check; and, with less confidence, sixteen digits in four groups of four
/// after a card cue (`card`, `kaart`) that fail it, as a misheard card number is still one; and
/// the security code said after the number (`CVV 123`), which must never be kept.
public struct PaymentCardDetector: PIIDetector {
    public let name = "card"

    public init() {}

    public let lineRequirement = LineRequirement(.thirteenDigits)

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        DigitGroups.forEachRun(in: text) { groups, plus in
            guard !plus, DigitGroups.digitCount(groups, from: 0, to: groups.count - 1) >= 13 else { return }
            var first = 0
            while first < groups.count {
                var found = false
                for last in stride(from: groups.count - 1, through: first, by: -1) {
                    guard (13...19).contains(DigitGroups.digitCount(groups, from: first, to: last)) else { continue }
                    let digits = DigitGroups.digits(text, groups, from: first, to: last)
                    guard [UInt8(ascii: "3"), UInt8(ascii: "4"), UInt8(ascii: "5"), UInt8(ascii: "6")].contains(digits[0]),
                          DigitGroups.endsCleanly(text, groups[last].end)
                    else { continue }
                    let confidence: Double
                    if Self.passesLuhn(digits) {
                        confidence = 0.95
                    } else if last - first == 3, groups[first...last].allSatisfy({ $0.end - $0.start == 4 }), Self.hasCardCue(text, before: groups[first].start) {
                        confidence = 0.6
                    } else {
                        continue
                    }
                    candidates.append(PIICandidate(type: .paymentCard, range: groups[first].start..<groups[last].end, confidence: confidence, detector: name, canonicalValue: String(decoding: digits, as: UTF8.self)))
                    first = last + 1
                    found = true
                    break
                }
                if !found { first += 1 }
            }
        }
        if candidates.last?.type == .paymentCard { findSecurityCode(in: text, into: &candidates) }
    }

    /// A card's security code after its cue, on the line of the card number (`expiry 09/28,
    /// CVV 123`): three or four digits, which PCI DSS forbids keeping.
    private func findSecurityCode(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        for cue in Self.securityCodeCues.matches(in: text) {
            var start = cue.range.upperBound
            while start < text.count, start - cue.range.upperBound <= 12, !ByteClass.isDigit(text[start]) { start += 1 }
            var end = start
            while end < text.count, ByteClass.isDigit(text[end]) { end += 1 }
            guard (3...4).contains(end - start), DigitGroups.endsCleanly(text, end), start == 0 || !ByteClass.isAlphanumeric(text[start - 1]) else { continue }
            candidates.append(PIICandidate(type: .paymentCard, range: start..<end, confidence: 0.85, detector: name, canonicalValue: "cvv " + String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)))
        }
    }

    private static let securityCodeCues = PhraseMatcher(phrases: ["security code", "cvv", "cvc", "beveiligingscode", "controlecode"])

    private static let cardCues: [[UInt8]] = ["card", "kaart", "visa", "mastercard", "amex", "maestro"].map { Array($0.utf8) }

    /// Whether a card cue stands closely before `position` (``CueWindow``).
    static func hasCardCue(_ text: UnsafeBufferPointer<UInt8>, before position: Int) -> Bool {
        CueWindow.contains(cardCues, in: text, before: position)
    }

    static func passesLuhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            var value = Int(digit - 0x30)
            if offset % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }
}
