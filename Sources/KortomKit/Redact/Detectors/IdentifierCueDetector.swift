/// Finds identifiers that only a cue word tells apart from other codes: Dutch passport and
/// identity card numbers (nine characters, letters and digits, no `O`, ending in a digit),
/// driving licence numbers (ten digits) and KvK numbers (eight digits), each within a few words
/// after its cue; and Dutch VAT numbers (`NL123456789B01`), which are recognisable on their own.
public struct IdentifierCueDetector: PIIDetector {
    public let name = "identifier"

    private enum Kind: Int {
        case document, drivingLicence, chamberOfCommerce
    }

    private static let cuePhrases: [(String, Kind)] = [
        ("paspoort", .document), ("paspoortnummer", .document), ("documentnummer", .document), ("id-kaart", .document),
        ("identiteitskaart", .document), ("id kaart", .document), ("passport", .document), ("document number", .document),
        ("id card", .document), ("rijbewijs", .drivingLicence), ("rijbewijsnummer", .drivingLicence),
        ("driving licence", .drivingLicence), ("driving license", .drivingLicence), ("kvk", .chamberOfCommerce),
        ("kamer van koophandel", .chamberOfCommerce), ("chamber of commerce", .chamberOfCommerce),
    ]
    private static let cues = PhraseMatcher(phrases: cuePhrases.map(\.0))

    public init() {}

    public let lineRequirement = LineRequirement(.longCode)

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        var cueHits: [(kind: Kind, end: Int)]?
        DigitGroups.forEachTokenWithDigit(in: text) { range in
            let start = range.lowerBound, end = range.upperBound
            guard (8...14).contains(end - start), start == 0 || !ByteClass.isWordByte(text[start - 1]) else { return }
            let upper = text[start..<end].map { ByteClass.isLower($0) ? $0 - 0x20 : $0 }
            if Self.isDutchVAT(upper) {
                candidates.append(PIICandidate(type: .documentNumber, range: start..<end, confidence: 0.95, detector: name, canonicalValue: String(decoding: upper, as: UTF8.self)))
                return
            }
            if cueHits == nil { cueHits = Self.cues.matches(in: text).map { (Self.cuePhrases[$0.phrase].1, $0.range.upperBound) } }
            let cued = Set(cueHits!.filter { $0.end <= start && start - $0.end <= 48 }.map(\.kind))
            guard !cued.isEmpty else { return }
            let allDigits = upper.allSatisfy(ByteClass.isDigit)
            let matches = (cued.contains(.document) && Self.isDocumentNumber(upper))
                || (cued.contains(.drivingLicence) && upper.count == 10 && allDigits)
                || (cued.contains(.chamberOfCommerce) && upper.count == 8 && allDigits)
            if matches {
                candidates.append(PIICandidate(type: .documentNumber, range: start..<end, confidence: 0.9, detector: name, canonicalValue: String(decoding: upper, as: UTF8.self)))
            }
        }
    }

    /// Nine characters: two letters, six letters or digits, a digit; the letter O is never used.
    static func isDocumentNumber(_ token: [UInt8]) -> Bool {
        guard token.count == 9, ByteClass.isUpper(token[0]), ByteClass.isUpper(token[1]), ByteClass.isDigit(token[8]) else { return false }
        return token.allSatisfy { ByteClass.isDigit($0) || (ByteClass.isUpper($0) && $0 != UInt8(ascii: "O")) }
    }

    /// `NL` + nine digits + `B` + two digits.
    static func isDutchVAT(_ token: [UInt8]) -> Bool {
        token.count == 14 && token.starts(with: "NL".utf8) && token[2..<11].allSatisfy(ByteClass.isDigit)
            && token[11] == UInt8(ascii: "B") && token[12...].allSatisfy(ByteClass.isDigit)
    }
}
