/// Finds BSNs and phone numbers among digit groups.
///
/// - BSN: nine digits, whole or grouped as people write them (3-3-3, 3-2-2-2, 4-2-3), that
///   pass the elfproef; after a BSN cue in any grouping, and also when the elfproef fails
///   (with less confidence): a misheard or mistyped BSN still points to the person.
/// - Phone: a Dutch number of ten digits starting with `0` (`06-12345678`, `010 123 4567`),
///   the same with `+31`/`0031` (a `(0)` after the country code is allowed), a British
///   number of eleven digits starting with `01`, `02`, `03` or `07` (`0115 962 4471`), or an
///   international `+` number of 8 to 15 digits.
/// - Phone, after a cue that says so (`my phone number is`, `bel me op`): any other number of
///   6 to 15 digits, with less confidence: a foreign, local or misheard number is still one.
///
/// Each run of groups is tried from every group start, longest window first, so a phone
/// number right after a house number is still found.
public struct NumberDetector: PIIDetector {
    public let name = "number"
    public let findsBSN: Bool
    public let findsPhone: Bool

    public init(findsBSN: Bool = true, findsPhone: Bool = true) {
        self.findsBSN = findsBSN
        self.findsPhone = findsPhone
    }

    public let lineRequirement = LineRequirement(.eightDigits, or: [.phoneCue, .shortNumber])

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        DigitGroups.forEachRun(in: text) { groups, plus in
            let digitCount = DigitGroups.digitCount(groups, from: 0, to: groups.count - 1)
            // Most runs (times, house numbers, amounts) have too few digits for any window.
            guard digitCount >= 8 else {
                if let cued = cuedPhone(text, groups, plus: plus, digitCount: digitCount) { candidates.append(cued) }
                return
            }
            let found = candidates.count
            defer {
                if candidates.count == found, let cued = cuedPhone(text, groups, plus: plus, digitCount: digitCount) { candidates.append(cued) }
            }
            var first = 0
            while first < groups.count {
                var matched = false
                var last = groups.count - 1
                while last >= first {
                    let end = groups[last].end
                    if DigitGroups.endsCleanly(text, end), let candidate = classify(text, groups, first, last, plus: plus && first == 0) {
                        candidates.append(candidate)
                        first = last + 1
                        matched = true
                        break
                    }
                    last -= 1
                }
                if !matched { first += 1 }
            }
        }
    }

    private func classify(_ text: UnsafeBufferPointer<UInt8>, _ groups: [DigitGroups.Group], _ first: Int, _ last: Int, plus: Bool) -> PIICandidate? {
        guard (8...16).contains(DigitGroups.digitCount(groups, from: first, to: last)) else { return nil }
        let digits = DigitGroups.digits(text, groups, from: first, to: last)
        let start = plus ? groups[first].start - 1 : groups[first].start
        let range = start..<groups[last].end
        if findsPhone, let canonical = Self.phone(digits, plus: plus) {
            return PIICandidate(type: .phone, range: range, confidence: 0.95, detector: "phone", canonicalValue: canonical)
        }
        // Grouped otherwise, nine digits are a BSN only after a cue that says so.
        if findsBSN, !plus, digits.count == 9 {
            let cued = Self.hasBSNCue(text, before: range.lowerBound)
            if Self.passesElfproef(digits), cued || Self.bsnGroupings.contains(groups[first...last].map { $0.end - $0.start }) {
                return PIICandidate(type: .bsn, range: range, confidence: 0.9, detector: "bsn", canonicalValue: String(decoding: digits, as: UTF8.self))
            }
            if cued {
                return PIICandidate(type: .bsn, range: range, confidence: 0.6, detector: "bsn", canonicalValue: String(decoding: digits, as: UTF8.self))
            }
        }
        // A BSN with its leading zero dropped, as systems that store it as a number print it.
        if findsBSN, !plus, digits.count == 8, Self.passesElfproef([0x30] + digits), Self.hasBSNCue(text, before: range.lowerBound) {
            return PIICandidate(type: .bsn, range: range, confidence: 0.85, detector: "bsn", canonicalValue: "0" + String(decoding: digits, as: UTF8.self))
        }
        return nil
    }

    /// A run of 6 to 15 digits right after a phone cue, which no other rule took: a phone
    /// number in a shape the rules do not know (`626-555-1739`, `367 - 1314`).
    private func cuedPhone(_ text: UnsafeBufferPointer<UInt8>, _ groups: [DigitGroups.Group], plus: Bool, digitCount: Int) -> PIICandidate? {
        guard findsPhone, (6...15).contains(digitCount), DigitGroups.endsCleanly(text, groups[groups.count - 1].end) else { return nil }
        let start = plus ? groups[0].start - 1 : groups[0].start
        // The cue's own number: no other number between them (`my phone number is ... and my
        // case is 123456` keeps the case).
        var afterLastDigit = start
        while afterLastDigit > max(0, start - CueWindow.width), !ByteClass.isDigit(text[afterLastDigit - 1]) { afterLastDigit -= 1 }
        guard CueWindow.contains(Self.phoneCues, in: UnsafeBufferPointer(rebasing: text[afterLastDigit..<start]), before: start - afterLastDigit) else { return nil }
        let digits = DigitGroups.digits(text, groups, from: 0, to: groups.count - 1)
        // Service numbers (`0800 1234`, `0900-8844`) are the organisation's, not a person's.
        guard plus || !Self.servicePrefixes.contains(where: { digits.starts(with: $0) }) else { return nil }
        return PIICandidate(type: .phone, range: start..<groups[groups.count - 1].end, confidence: 0.7, detector: "phone", canonicalValue: (plus ? "+" : "") + String(decoding: digits, as: UTF8.self))
    }

    private static let servicePrefixes: [[UInt8]] = ["0800", "0900", "0906", "0909"].map { Array($0.utf8) }

    /// Cues after which a number is a phone number, whatever its shape.
    private static let phoneCues: [[UInt8]] = [
        "phone number", "telephone number", "contact number", "phone is",
        "reach me on", "reach me at", "call me on", "call me at", "telefoonnummer", "telefoonnr",
        "bel me op", "bel mij op", "bereikbaar op", "bereikbaar via", "bereikbaar onder",
        // Found anywhere in the window, so also `mobile number`, `mobiele nummer`, and a second
        // number after the first: `..., of mobiel 06 ...`, `landline's ...`.
        "mobiel", "mobile", "landline", "vaste nummer", "thuisnummer",
    ].map { Array($0.utf8) }

    /// The words of ``phoneCues`` the line scan looks for (``LineSignals/phoneCue``).
    static let phoneCueWords = ["phone", "telephone", "mobile", "mobile's", "contact", "reach", "call", "telefoonnummer", "telefoonnr", "mobiele", "mobiel", "bel", "bereikbaar",
                                "landline", "landline's", "vaste", "thuisnummer"]

    private static let bsnCues: [[UInt8]] = ["bsn", "servicenummer", "sofinummer", "sofi-nummer", "service number"].map { Array($0.utf8) }

    /// Whether a BSN cue stands closely before `position` (``CueWindow``).
    static func hasBSNCue(_ text: UnsafeBufferPointer<UInt8>, before position: Int) -> Bool {
        CueWindow.contains(bsnCues, in: text, before: position)
    }

    /// The number in E.164 form (`+31612345678`) when `digits` are a phone number.
    static func phone(_ digits: [UInt8], plus: Bool) -> String? {
        var national = digits[...]
        let zero = UInt8(ascii: "0")
        if !plus, national.starts(with: [zero, zero]) {
            national = national.dropFirst(2)
            return international(national)
        }
        if plus { return international(national) }
        // British national: 0 and ten digits, for geographic (01, 02, 03) and mobile (07) lines.
        if digits.count == 11, digits[0] == zero, Self.britishPrefixes.contains(digits[1]) {
            return "+44" + String(decoding: digits.dropFirst(), as: UTF8.self)
        }
        // Dutch national: 0 followed by nine digits, and not 00.
        guard digits.count == 10, digits[0] == zero, digits[1] != zero else { return nil }
        return "+31" + String(decoding: digits.dropFirst(), as: UTF8.self)
    }

    private static let britishPrefixes: [UInt8] = Array("1237".utf8)

    private static func international(_ digits: ArraySlice<UInt8>) -> String? {
        var number = digits
        if number.starts(with: Array("31".utf8)) {
            var rest = number.dropFirst(2)
            if rest.first == UInt8(ascii: "0") { rest = rest.dropFirst() }
            guard rest.count == 9 else { return nil }
            number = Array("31".utf8)[...] + rest
        }
        guard number.count >= 8, number.count <= 15, number.first != UInt8(ascii: "0") else { return nil }
        return "+" + String(decoding: number, as: UTF8.self)
    }

    /// How people write a BSN: in one piece, or in groups of 3-3-3, 3-2-2-2 or 4-2-3. Nine
    /// digits grouped otherwise (`2026-63991`) are a code or a date, not a BSN.
    static let bsnGroupings: Set<[Int]> = [[9], [3, 3, 3], [3, 2, 2, 2], [4, 2, 3]]

    /// The BSN check: 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros).
    static func passesElfproef(_ digits: [UInt8]) -> Bool {
        guard digits.count == 9 else { return false }
        var sum = 0
        for (position, digit) in digits.enumerated() {
            let value = Int(digit - 0x30)
            sum += position == 8 ? -value : value * (9 - position)
        }
        return sum != 0 && sum % 11 == 0
    }
}
