/// Finds identifiers that only a cue word tells apart from other codes: Dutch passport and
/// identity card numbers (nine characters, letters and digits, no `O`, ending in a digit),
/// driving licence numbers (ten digits), KvK numbers (eight digits), NHS numbers (ten digits
/// with their check), foreign nationals' numbers (v-nummer, ten digits), DBS certificate numbers
/// (twelve digits) and badge numbers (a Blue Badge's or a taxi driver's: capitals and digits in
/// groups), each within a few words after its cue; and Dutch VAT numbers (`NL123456789B01`),
/// British National Insurance numbers (`QQ 12 34 56 C`, `QQ123456C`) and British driving licence
/// numbers (`MORGA753116SM9IJ`), which are recognisable on their own.
public struct IdentifierCueDetector: PIIDetector {
    public let name = "identifier"

    private enum Kind: Int {
        case document, drivingLicence, chamberOfCommerce, nhsNumber, badge, foreignNational, criminalRecordCertificate, ppsNumber, germanTaxID, prisonNumber
        case belgianNationalNumber, polishNationalNumber
    }

    private static let cuePhrases: [(String, Kind)] = [
        ("paspoort", .document), ("paspoortnummer", .document), ("documentnummer", .document), ("id-kaart", .document),
        ("identiteitskaart", .document), ("id kaart", .document), ("passport", .document), ("document number", .document),
        ("id card", .document), ("rijbewijs", .drivingLicence), ("rijbewijsnummer", .drivingLicence),
        ("driving licence", .drivingLicence), ("driving license", .drivingLicence), ("kvk", .chamberOfCommerce),
        ("kamer van koophandel", .chamberOfCommerce), ("chamber of commerce", .chamberOfCommerce),
        ("nhs number", .nhsNumber), ("nhs no", .nhsNumber), ("nhs-nummer", .nhsNumber), ("badge number", .badge), ("blue badge", .badge),
        // Scotland's CHI number has the NHS number's shape and check: a date of birth, then four digits.
        ("chi number", .nhsNumber), ("chi no", .nhsNumber), ("community health index", .nhsNumber),
        ("v-nummer", .foreignNational), ("vreemdelingennummer", .foreignNational), ("v nummer", .foreignNational),
        // A DBS certificate, the record of a criminal records check a taxi driver or carer holds.
        ("dbs", .criminalRecordCertificate), ("certificate number", .criminalRecordCertificate),
        // Ireland's Personal Public Service number, and Germany's tax identification number, as
        // callers who live or work across a border give them.
        ("pps", .ppsNumber), ("ppsn", .ppsNumber), ("personal public service", .ppsNumber),
        ("steuer-id", .germanTaxID), ("steuer id", .germanTaxID), ("steueridentifikationsnummer", .germanTaxID), ("identifikationsnummer", .germanTaxID),
        // A prisoner's number in England and Wales (`A4417CJ`), as probation and housing give it.
        ("prison number", .prisonNumber), ("prisoner number", .prisonNumber),
        // Belgium's national register number (`85.07.30-033.28`), as callers from across the border give it.
        ("rijksregisternummer", .belgianNationalNumber), ("rijksregister", .belgianNationalNumber), ("insz", .belgianNationalNumber),
        ("national number", .belgianNationalNumber),
        // Poland's PESEL (`85071401231`), as workers from Poland give it with their BSN still to come.
        ("pesel", .polishNationalNumber), ("numer pesel", .polishNationalNumber),
    ]
    private static let cues = PhraseMatcher(phrases: cuePhrases.map(\.0))

    public init() {}

    /// A long code, or digits in groups with a cue for a driving licence or KvK number.
    public let lineRequirement = LineRequirement(.longCode, or: [.eightDigits, .documentCue], [.spelledLetters, .documentCue], [.spokenDigits, .documentCue])

    /// A word of each cue for a number read in groups or read out, which the line scan looks
    /// for (``LineSignals/documentCue``).
    static let groupedNumberCueWords = ["paspoort", "paspoortnummer", "documentnummer", "passport", "identiteitskaart", "rijbewijs", "rijbewijsnummer", "licence", "license", "kvk", "koophandel", "commerce", "nhs", "chi", "community", "badge", "btw", "vat", "insurance",
                                        "v-nummer", "vreemdelingennummer", "dbs", "certificate", "pps", "ppsn", "steuer-id", "steuer",
                                        "steueridentifikationsnummer", "identifikationsnummer", "prison", "prisoner", "rijksregisternummer", "rijksregister", "insz",
                                        "national", "pesel"]

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        findNationalInsuranceNumbers(in: text, into: &candidates)
        findSpokenNationalInsuranceNumbers(in: text, into: &candidates)
        findDocumentNumbersReadOut(in: text, into: &candidates)
        findVATNumbersReadApart(in: text, into: &candidates)
        var cueHits: [(kind: Kind, end: Int)]?
        defer { findGroupedNumbers(in: text, cueHits: &cueHits, into: &candidates) }
        DigitGroups.forEachTokenWithDigit(in: text) { range in
            let start = range.lowerBound, end = range.upperBound
            guard (7...14).contains(end - start) || end - start == 16, start == 0 || !ByteClass.isWordByte(text[start - 1]) else { return }
            let upper = text[start..<end].map { ByteClass.isLower($0) ? $0 - 0x20 : $0 }
            // Of seven, only a prison number's shape needs its cue looked for.
            if upper.count == 7, !Self.isPrisonNumber(upper) { return }
            if upper.count == 16 {
                if Self.isBritishDrivingLicence(upper) {
                    candidates.append(PIICandidate(type: .documentNumber, range: start..<end, confidence: 0.9, detector: name, canonicalValue: String(decoding: upper, as: UTF8.self)))
                }
                return
            }
            if Self.isDutchVAT(upper) {
                candidates.append(PIICandidate(type: .documentNumber, range: start..<end, confidence: 0.95, detector: name, canonicalValue: String(decoding: upper, as: UTF8.self)))
                return
            }
            if cueHits == nil { cueHits = cues(in: text) }
            let cued = Self.cuedKinds(cueHits!, before: start, in: text)
            guard !cued.isEmpty else { return }
            let allDigits = upper.allSatisfy(ByteClass.isDigit)
            let matches = (cued.contains(.document) && (Self.isDocumentNumber(upper) || Self.isPassportNumberAbroad(upper)))
                || (cued.contains(.drivingLicence) && upper.count == 10 && allDigits)
                || (cued.contains(.chamberOfCommerce) && upper.count == 8 && allDigits)
                || (cued.contains(.nhsNumber) && allDigits && Self.isNHSNumber(upper))
                || (cued.contains(.foreignNational) && upper.count == 10 && allDigits)
                || (cued.contains(.criminalRecordCertificate) && upper.count == 12 && allDigits)
                || (cued.contains(.ppsNumber) && Self.isPPSNumber(upper))
                || (cued.contains(.germanTaxID) && allDigits && Self.isGermanTaxID(upper))
                || (cued.contains(.prisonNumber) && Self.isPrisonNumber(upper))
                || (cued.contains(.belgianNationalNumber) && allDigits && Self.isBelgianNationalNumber(upper))
                || (cued.contains(.polishNationalNumber) && allDigits && Self.isPESEL(upper))
            if matches {
                // A DBS certificate's twelve digits are surer than the phone number they also are
                // after `00` (`001693458217`).
                let confidence = upper.count == 12 ? 0.97 : 0.9
                candidates.append(PIICandidate(type: .documentNumber, range: start..<end, confidence: confidence, detector: name, canonicalValue: String(decoding: upper, as: UTF8.self)))
            }
        }
    }

    /// The kinds of the cues that end within 48 bytes before `start`, or within 96 where the
    /// value is named a number right before it (`Mijn rijbewijs heb ik ook bij me als extra
    /// legitimatie, nummer 5012345678`).
    private static func cuedKinds(_ cueHits: [(kind: Kind, end: Int)], before start: Int, in text: UnsafeBufferPointer<UInt8>) -> Set<Kind> {
        let window = WordTokenizer.lettersBefore(text, start).map { numberWords.contains(text[$0].lazy.map(ByteClass.lowercased)) } == true ? 96 : 48
        return Set(cueHits.filter { $0.end <= start && start - $0.end <= window }.map(\.kind))
    }

    private static let numberWords = WordSet(["nummer", "number", "nr", "no"])

    /// Eleven digits whose last two are 97 less the first nine modulo 97, with `2` put before
    /// them for those born since 2000: a Belgian national register number.
    static func isBelgianNationalNumber(_ digits: [UInt8]) -> Bool {
        guard digits.count == 11, digits.allSatisfy(ByteClass.isDigit) else { return false }
        let base = digits[0..<9].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        let check = Int(digits[9] - 0x30) * 10 + Int(digits[10] - 0x30)
        return check == 97 - base % 97 || check == 97 - (2_000_000_000 + base) % 97
    }

    /// Eleven digits whose weighted sum (1, 3, 7, 9, repeated) is a multiple of ten with the
    /// last digit: a Polish PESEL, its first six digits the date of birth.
    static func isPESEL(_ digits: [UInt8]) -> Bool {
        guard digits.count == 11, digits.allSatisfy(ByteClass.isDigit) else { return false }
        let weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
        let sum = zip(digits, weights).reduce(0) { $0 + Int($1.0 - 0x30) * $1.1 }
        let month = Int(digits[2] - 0x30) * 10 + Int(digits[3] - 0x30)
        return sum % 10 == 0 && (1...12).contains(month % 20)
    }

    private func cues(in text: UnsafeBufferPointer<UInt8>) -> [(kind: Kind, end: Int)] {
        Self.cues.matches(in: text).map { (Self.cuePhrases[$0.phrase].1, $0.range.upperBound) }
    }

    /// Driving licence and KvK numbers read out in groups (`5123 4567 89`, `1234 5678`), in
    /// the few words after their cue.
    /// - Parameter cueHits: the cues of `text`, when already read; read here when first needed.
    private func findGroupedNumbers(in text: UnsafeBufferPointer<UInt8>, cueHits: inout [(kind: Kind, end: Int)]?, into candidates: inout [PIICandidate]) {
        DigitGroups.forEachRun(in: text) { groups, plus in
            guard !plus, groups.count > 1 else { return }
            let digits = DigitGroups.digitCount(groups, from: 0, to: groups.count - 1)
            let start = groups[0].start, end = groups[groups.count - 1].end
            guard digits == 8 || digits == 10 || digits == 11 || digits == 12, DigitGroups.endsCleanly(text, end) else { return }
            if cueHits == nil { cueHits = cues(in: text) }
            let cued = Self.cuedKinds(cueHits!, before: start, in: text)
            let value = DigitGroups.digits(text, groups, from: 0, to: groups.count - 1)
            guard cued.contains(.drivingLicence) && digits == 10 || cued.contains(.chamberOfCommerce) && digits == 8
                || cued.contains(.foreignNational) && digits == 10 || cued.contains(.nhsNumber) && Self.isNHSNumber(value)
                || cued.contains(.criminalRecordCertificate) && digits == 12
                || cued.contains(.germanTaxID) && Self.isGermanTaxID(value)
                || cued.contains(.belgianNationalNumber) && Self.isBelgianNationalNumber(value)
                || cued.contains(.polishNationalNumber) && Self.isPESEL(value)
            else { return }
            candidates.append(PIICandidate(type: .documentNumber, range: start..<end, confidence: digits == 12 ? 0.97 : 0.85, detector: name, canonicalValue: String(decoding: value, as: UTF8.self)))
        }
        // A badge number may be one group (`PH 04417`), which reads no cue above.
        if cueHits == nil, WordTokenizer.holds(text, "badge") { cueHits = cues(in: text) }
        if cueHits?.contains(where: { $0.kind == .badge }) ?? false { findBadgeNumbers(in: text, after: cueHits!.filter { $0.kind == .badge }.map(\.end), into: &candidates) }
        // A number read out in words has no digit run: its cue is looked for on its own.
        if cueHits == nil, WordTokenizer.holds(text, "nhs") || WordTokenizer.holds(text, "kvk") || WordTokenizer.holds(text, "koophandel")
            || WordTokenizer.holds(text, "rijbewijs") || WordTokenizer.holds(text, "licen") {
            cueHits = cues(in: text)
        }
        for cue in cueHits ?? [] {
            switch cue.kind {
            case .nhsNumber: findSpokenNumber(in: text, after: cue.end, digits: 10, check: Self.isNHSNumber, into: &candidates)
            case .chamberOfCommerce: findSpokenNumber(in: text, after: cue.end, digits: 8, into: &candidates)
            case .drivingLicence: findSpokenNumber(in: text, after: cue.end, digits: 10, into: &candidates)
            default: break
            }
        }
    }

    /// A number read out in words within a few words after its cue: an NHS number (`NHS number,
    /// it's oh eight three, oh one six, six one three oh`, ten digits whose check holds), a KvK
    /// number (`kvk nummer ... acht één twee drie vier vijf zes zeven`, eight) or a Dutch
    /// driving licence's (ten).
    private func findSpokenNumber(in text: UnsafeBufferPointer<UInt8>, after cueEnd: Int, digits count: Int, check: ([UInt8]) -> Bool = { _ in true },
                                  into candidates: inout [PIICandidate]) {
        var position = cueEnd
        while position < text.count, position - cueEnd <= 24 {
            guard ByteClass.isWordByte(text[position]), position == 0 || !ByteClass.isWordByte(text[position - 1]) else { position += 1; continue }
            // Digits alone are read as groups (``findGroupedNumbers``); this reads words.
            if let said = NumberWords.digitsSaid(in: text, from: position, maximum: count + 1), said.digits.count == count, check(said.digits),
               !text[position..<said.end].allSatisfy({ ByteClass.isDigit($0) || $0 == 0x20 }) {
                candidates.append(PIICandidate(type: .documentNumber, range: position..<said.end, confidence: 0.9, detector: name, canonicalValue: String(decoding: said.digits, as: UTF8.self)))
                return
            }
            while position < text.count, ByteClass.isWordByte(text[position]) { position += 1 }
        }
    }

    /// Whether `code` (upper case) is an Irish PPS number: seven digits, a check letter and
    /// perhaps a second letter, the check letter the weighted sum's remainder by 23 (`W` for 0)
    /// with the second letter counted as well.
    static func isPPSNumber(_ code: [UInt8]) -> Bool {
        guard code.count == 8 || code.count == 9, code.prefix(7).allSatisfy(ByteClass.isDigit), code.dropFirst(7).allSatisfy(ByteClass.isUpper) else { return false }
        var sum = 0
        for (index, digit) in code.prefix(7).enumerated() { sum += Int(digit - 0x30) * (8 - index) }
        if code.count == 9, code[8] != UInt8(ascii: "W") { sum += Int(code[8] - 0x40) * 9 }
        let remainder = sum % 23
        return code[7] == (remainder == 0 ? UInt8(ascii: "W") : UInt8(ascii: "A") + UInt8(remainder - 1))
    }

    /// Whether `code` (upper case) has a prison number's shape: a letter, four digits, two letters.
    static func isPrisonNumber(_ code: [UInt8]) -> Bool {
        code.count == 7 && ByteClass.isUpper(code[0]) && code[1...4].allSatisfy(ByteClass.isDigit) && code[5...6].allSatisfy(ByteClass.isUpper)
    }

    /// Whether `digits` are a German tax identification number: eleven digits, the first no
    /// zero, the last the check digit of ISO 7064 MOD 11,10.
    static func isGermanTaxID(_ digits: [UInt8]) -> Bool {
        guard digits.count == 11, digits[0] != UInt8(ascii: "0"), digits.allSatisfy(ByteClass.isDigit) else { return false }
        var product = 10
        for digit in digits.prefix(10) {
            var sum = (Int(digit - 0x30) + product) % 10
            if sum == 0 { sum = 10 }
            product = (sum * 2) % 11
        }
        let check = 11 - product
        return Int(digits[10] - 0x30) == (check == 10 ? 0 : check)
    }

    /// A badge number read out in groups of capitals and digits after its cue (`blue badge
    /// number`, then `PG 1194 5530 L`), or written as one word (`RC7K40219`): 8 to 16
    /// characters, at least six of them digits, within 48 bytes of the cue or of the number
    /// before it.
    private func findBadgeNumbers(in text: UnsafeBufferPointer<UInt8>, after cueEnds: [Int], into candidates: inout [PIICandidate]) {
        // `whose blue badge runs out ... Her badge number is GO 7745 1093 K`: each cue in turn.
        var foundEnd = 0
        for cueEnd in cueEnds.sorted() where cueEnd >= foundEnd {
            var searchFrom = cueEnd
            // `RC 7 K 4 0 2 1 9... sorry, it's RC7K40219`: the number said again right after
            // it, to correct how it was read, is the badge's too.
            while let found = badgeNumber(in: text, after: searchFrom) {
                candidates.append(found)
                foundEnd = found.range.upperBound
                searchFrom = found.range.upperBound
            }
        }
    }

    private func badgeNumber(in text: UnsafeBufferPointer<UInt8>, after cueEnd: Int) -> PIICandidate? {
        var start = cueEnd
        while start < text.count, start - cueEnd <= 48 {
            defer { start += 1 }
            guard ByteClass.isDigit(text[start]) || ByteClass.isUpper(text[start]), start == 0 || !ByteClass.isWordByte(text[start - 1]) else { continue }
            var position = start
            var characters: [UInt8] = []
            var end = start
            while position < text.count {
                let groupStart = position
                while position < text.count, ByteClass.isDigit(text[position]) || ByteClass.isUpper(text[position]) { position += 1 }
                // Written as one word (`RC7K40219`), or read out in groups of at most six.
                guard position > groupStart, position - groupStart <= (characters.isEmpty ? 16 : 6), position == text.count || !ByteClass.isWordByte(text[position]) else { break }
                characters += text[groupStart..<position]
                end = position
                guard position + 1 < text.count, text[position] == 0x20 || text[position] == UInt8(ascii: "-"), ByteClass.isAlphanumeric(text[position + 1]) else { break }
                position += 1
            }
            // A taxi driver's badge is shorter (`PH 04417`): a letter and four digits at least.
            let digits = characters.count(where: ByteClass.isDigit)
            guard (8...16).contains(characters.count) && digits >= 6 || (6...7).contains(characters.count) && digits >= 4 && digits < characters.count else { continue }
            return PIICandidate(type: .documentNumber, range: start..<end, confidence: 0.85, detector: name, canonicalValue: String(decoding: characters, as: UTF8.self))
        }
        return nil
    }

    /// Sixteen characters as the DVLA writes a driving licence number: five of the surname
    /// (padded with `9`), the birth date's six digits (decade, month, plus 50 for a woman, day,
    /// year), two initials (padded with `9`), a digit and two check characters.
    static func isBritishDrivingLicence(_ upper: [UInt8]) -> Bool {
        guard upper.count == 16, ByteClass.isUpper(upper[0]), upper[1..<5].allSatisfy({ ByteClass.isUpper($0) || $0 == UInt8(ascii: "9") }),
              upper[5..<11].allSatisfy(ByteClass.isDigit), ByteClass.isUpper(upper[11]), ByteClass.isUpper(upper[12]) || upper[12] == UInt8(ascii: "9"),
              ByteClass.isDigit(upper[13]), ByteClass.isAlphanumeric(upper[14]), ByteClass.isAlphanumeric(upper[15]) else { return false }
        // Padding only ends the surname: `MORRI` or `LEE99`, not `M9RRI`.
        if let pad = upper[1..<5].firstIndex(of: UInt8(ascii: "9")), !upper[pad..<5].allSatisfy({ $0 == UInt8(ascii: "9") }) { return false }
        let number = { (index: Int) in Int(upper[index] - 0x30) * 10 + Int(upper[index + 1] - 0x30) }
        let month = number(6) > 50 ? number(6) - 50 : number(6)
        return (1...12).contains(month) && (1...31).contains(number(8))
    }

    /// Ten digits whose last is the modulus 11 check of the nine before it, weighted 10 down
    /// to 2: an NHS number.
    static func isNHSNumber(_ digits: [UInt8]) -> Bool {
        guard digits.count == 10, digits.allSatisfy(ByteClass.isDigit) else { return false }
        let sum = (0..<9).reduce(0) { $0 + Int(digits[$1] - 0x30) * (10 - $1) }
        let check = (11 - sum % 11) % 11
        return check != 10 && check == Int(digits[9] - 0x30)
    }

    /// A National Insurance number read out after its cue: two letters on their own, six
    /// digits in words or digits, and `A`-`D` (`Q Q one two three four five six C`); in a turn
    /// that speech-to-text wrote in lower case, the letters too (`j h four seven ... c`).
    private func findSpokenNationalInsuranceNumbers(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        guard Self.nationalInsuranceCue.matches(in: text).first != nil else { return }
        let words = WordTokenizer.words(in: text, from: 0, limit: .max)
        let lowercase = PersonNameDetector.isLowercase(text)
        let isLetter = { (word: WordTokenizer.Word) in
            Self.isSingleCapital(text, word) || (lowercase && WordTokenizer.bareRange(text, word.range).count == 1 && ByteClass.isLower(text[word.range.lowerBound]))
        }
        var first = 0
        while first + 4 < words.count {
            defer { first += 1 }
            guard isLetter(words[first]), isLetter(words[first + 1]) else { continue }
            var characters = [text[words[first].range.lowerBound], text[words[first + 1].range.lowerBound]].map { $0 & ~0x20 }
            var index = first + 2
            while index < words.count, characters.count < 8 {
                let range = WordTokenizer.bareRange(text, words[index].range)
                if text[range].allSatisfy(ByteClass.isDigit), range.count <= 6 - (characters.count - 2) {
                    characters += text[range]
                } else if let value = NumberWords.value(forHash: WordTokenizer.foldedHash(text, range)) {
                    characters += NumberWords.spokenDigits(value)
                } else {
                    break
                }
                index += 1
            }
            guard characters.count == 8, index < words.count, isLetter(words[index]),
                  (UInt8(ascii: "A")...UInt8(ascii: "D")).contains(text[words[index].range.lowerBound] & ~0x20)
            else { continue }
            characters.append(text[words[index].range.lowerBound] & ~0x20)
            let range = words[first].range.lowerBound..<WordTokenizer.bareRange(text, words[index].range).upperBound
            candidates.append(PIICandidate(type: .documentNumber, range: range, confidence: 0.8, detector: name, canonicalValue: String(decoding: characters, as: UTF8.self)))
            first = index
        }
    }

    private static let nationalInsuranceCue = PhraseMatcher(phrases: ["national insurance", "ni number"])

    /// A passport or identity card number read out character by character within a few words
    /// after its cue, as speech-to-text writes it (`het is b n zeven f twee k acht l vier`,
    /// `B N 7 F 2 K 8 L 4`): single letters, digits and digit words that together have the
    /// document number's shape; or an Irish PPS number after its cue, with its check (`six
    /// eight one four two two seven t`).
    private func findDocumentNumbersReadOut(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        // Most lines the detector reads hold no letter on its own: the cues are looked for only in those that do.
        guard Self.holdsASingleLetter(text), let cue = cues(in: text).first(where: { $0.kind == .document || $0.kind == .ppsNumber }) else { return }
        let cueEnd = cue.end
        let words = WordTokenizer.words(in: text, from: cueEnd, limit: 32)
        let lowercase = PersonNameDetector.isLowercase(text)
        for first in words.indices where words[first].range.lowerBound - cueEnd <= 48 {
            var characters: [UInt8] = []
            var index = first
            while index < words.count, characters.count < 9 {
                let range = WordTokenizer.bareRange(text, words[index].range)
                if range.count == 1, ByteClass.isUpper(text[range.lowerBound]) || lowercase && ByteClass.isLower(text[range.lowerBound]) {
                    characters.append(text[range.lowerBound] & ~0x20)
                } else if text[range].allSatisfy(ByteClass.isDigit) {
                    characters += text[range]
                } else if let value = NumberWords.value(forHash: WordTokenizer.foldedHash(text, range)), value < 10 {
                    characters += NumberWords.spokenDigits(value)
                } else {
                    break
                }
                index += 1
            }
            guard index > first + 2, cue.kind == .document ? Self.isDocumentNumber(characters) : Self.isPPSNumber(characters) else { continue }
            let range = words[first].range.lowerBound..<WordTokenizer.bareRange(text, words[index - 1].range).upperBound
            candidates.append(PIICandidate(type: .documentNumber, range: range, confidence: 0.8, detector: name, canonicalValue: String(decoding: characters, as: UTF8.self)))
            return
        }
    }

    /// Whether a letter stands alone between spaces or at the text's end, as one read out does.
    private static func holdsASingleLetter(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 1
        while index < text.count {
            if text[index - 1] == 0x20, ByteClass.isASCIILetter(text[index]), index + 1 == text.count || !ByteClass.isWordByte(text[index + 1]) { return true }
            index += 1
        }
        return false
    }

    private static func isSingleCapital(_ text: UnsafeBufferPointer<UInt8>, _ word: WordTokenizer.Word) -> Bool {
        WordTokenizer.bareRange(text, word.range).count == 1 && ByteClass.isUpper(text[word.range.lowerBound])
    }

    /// Dutch VAT numbers with spaces or full stops between their parts, as people read and
    /// write them (`NL 8612.34.567.B01`, `NL 861234567 B01`); written whole, the token reader
    /// finds them.
    private func findVATNumbersReadApart(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        var start = 0
        while start + 14 <= text.count {
            defer { start += 1 }
            guard text[start] | 0x20 == UInt8(ascii: "n"), text[start + 1] | 0x20 == UInt8(ascii: "l"), start == 0 || !ByteClass.isWordByte(text[start - 1]) else { continue }
            var characters: [UInt8] = [UInt8(ascii: "N"), UInt8(ascii: "L")]
            var position = start + 2
            var separated = false
            while position < text.count, characters.count < 14 {
                let byte = text[position]
                if ByteClass.isAlphanumeric(byte) {
                    characters.append(ByteClass.isLower(byte) ? byte - 0x20 : byte)
                } else if (byte == 0x20 || byte == UInt8(ascii: ".")), position + 1 < text.count, ByteClass.isAlphanumeric(text[position + 1]) {
                    separated = true
                } else {
                    break
                }
                position += 1
            }
            guard separated, characters.count == 14, Self.isDutchVAT(characters), DigitGroups.endsCleanly(text, position) else { continue }
            candidates.append(PIICandidate(type: .documentNumber, range: start..<position, confidence: 0.9, detector: name, canonicalValue: String(decoding: characters, as: UTF8.self)))
            start = position
        }
    }

    /// Two capitals, six digits and `A`-`D`, whole or with a space between the letters, the
    /// pairs of digits and the last letter (`QQ 12 34 56 C`).
    private func findNationalInsuranceNumbers(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        var start = 0
        while start + 9 <= text.count {
            defer { start += 1 }
            guard Self.opensNationalInsuranceNumber(text, at: start) else { continue }
            var position = start + 2
            var characters = Array(text[start..<position])
            let spaced = text[position] == 0x20
            for _ in 0..<3 {
                if spaced {
                    guard position < text.count, text[position] == 0x20 else { break }
                    position += 1
                }
                guard position + 2 <= text.count, ByteClass.isDigit(text[position]), ByteClass.isDigit(text[position + 1]) else { break }
                characters += text[position..<(position + 2)]
                position += 2
            }
            if spaced, position < text.count, text[position] == 0x20 { position += 1 }
            guard characters.count == 8, position < text.count, (UInt8(ascii: "A")...UInt8(ascii: "D")).contains(text[position] & ~0x20),
                  ByteClass.isLower(text[position]) == ByteClass.isLower(text[start]),
                  position + 1 == text.count || !ByteClass.isWordByte(text[position + 1])
            else { continue }
            characters.append(text[position])
            characters = characters.map { ByteClass.isLower($0) ? $0 - 0x20 : $0 }
            candidates.append(PIICandidate(type: .documentNumber, range: start..<(position + 1), confidence: 0.85, detector: name, canonicalValue: String(decoding: characters, as: UTF8.self)))
            start = position
        }
    }

    /// Two capitals at a word's start, then two digits, glued or after a space: where a
    /// National Insurance number can start (``LineSignals/longCode``).
    @inline(__always)
    static func opensNationalInsuranceNumber(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + 4 <= text.count, start == 0 || !ByteClass.isWordByte(text[start - 1]) else { return false }
        let digits = text[start + 2] == 0x20 ? start + 3 : start + 2
        guard digits + 2 <= text.count, ByteClass.isDigit(text[digits]), ByteClass.isDigit(text[digits + 1]) else { return false }
        if ByteClass.isUpper(text[start]), ByteClass.isUpper(text[start + 1]) { return true }
        // `jn 55 40 21 b`, as people type it in a chat: in lower case only as a whole number,
        // since two lower-case letters before digits are mostly a word (`at 10`, `om 12`).
        guard ByteClass.isLower(text[start]), ByteClass.isLower(text[start + 1]), !PostcodeDetector.twoLetterWords.contains(text[start..<(start + 2)]) else { return false }
        let spaced = digits == start + 3
        var position = digits
        for _ in 0..<3 {
            guard position + 2 <= text.count, ByteClass.isDigit(text[position]), ByteClass.isDigit(text[position + 1]) else { return false }
            position += 2
            if spaced {
                guard position < text.count, text[position] == 0x20 else { return false }
                position += 1
            }
        }
        return position < text.count && (UInt8(ascii: "a")...UInt8(ascii: "d")).contains(text[position]) && (position + 1 == text.count || !ByteClass.isWordByte(text[position + 1]))
    }

    /// A passport number of another country after a passport cue: eight or nine letters and
    /// digits, six or more of them digits (`533401372` British, `C01X00T47` German).
    static func isPassportNumberAbroad(_ token: [UInt8]) -> Bool {
        (8...9).contains(token.count) && token.allSatisfy(ByteClass.isAlphanumeric) && token.count(where: ByteClass.isDigit) >= 6
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
