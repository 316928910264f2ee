import KortomTesting
import Testing
@testable import KortomKit

/// Plants generated values of every type in random call text and checks that none survives
/// redaction, in every spelling the detectors support: grouped, spoken, lower case.
@Suite("Redaction properties")
struct RedactionPropertyTests {
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }

        mutating func digits(_ count: Int) -> [Int] { (0..<count).map { _ in next(10) } }

        /// Ten digits whose last is the modulus 11 check of the nine before it.
        mutating func nhsNumber() -> String {
            while true {
                let first = digits(9)
                let check = (11 - first.enumerated().reduce(0) { $0 + $1.element * (10 - $1.offset) } % 11) % 11
                if check < 10 { return (first + [check]).map(String.init).joined() }
            }
        }

        mutating func bsn() -> String {
            while true {
                let first = [1 + next(9)] + digits(7)
                let check = first.enumerated().reduce(0) { $0 + $1.element * (9 - $1.offset) } % 11
                if check < 10 { return (first + [check]).map(String.init).joined() }
            }
        }

        mutating func iban() -> String {
            let bank = ["ABNA", "INGB", "RABO", "SNSB"][next(4)]
            let account = "0" + digits(9).map(String.init).joined()
            var remainder = 0
            for character in bank + account + "NL00" {
                if let digit = character.wholeNumberValue { remainder = (remainder * 10 + digit) % 97 }
                else { remainder = (remainder * 100 + Int(character.asciiValue! - 55)) % 97 }
            }
            let check = 98 - remainder
            return "NL\(check < 10 ? "0" : "")\(check)\(bank)\(account)"
        }

        /// A number of `length` digits starting with `prefix` that passes the Luhn check.
        mutating func luhn(prefix: [Int], length: Int) -> String {
            var digits = prefix + self.digits(length - prefix.count - 1)
            let sum = digits.reversed().enumerated().reduce(0) { total, pair in
                let doubled = pair.offset % 2 == 0 ? pair.element * 2 : pair.element
                return total + (doubled > 9 ? doubled - 9 : doubled)
            }
            digits.append((10 - sum % 10) % 10)
            return digits.map(String.init).joined()
        }
    }

    static let fillers = [
        "Ik bel over de aanslag van € 312,50 die ik op 12 maart kreeg.", "Het zaaknummer is Z-2026-0042.",
        "Om 10:30 uur heb ik een afspraak.", "Dat is goed, dank u wel.", "Can you check reference REF-88123 please?",
        "The amount was 1,234.56 euros.", "Ik woon er sinds 2019.",
    ]

    func spellings(_ value: String, type: PIIType) -> [String] {
        let characters = Array(value)
        func grouped(_ sizes: [Int], _ separator: String) -> String {
            var parts: [String] = [], index = 0
            for size in sizes { parts.append(String(characters[index..<min(index + size, characters.count)])); index += size }
            return parts.joined(separator: separator)
        }
        switch type {
        case .bsn: return [value, grouped([3, 3, 3], " "), grouped([3, 2, 2, 2], "."), grouped([4, 2, 3], "-"),
                           // With a filler inside, as speech-to-text writes a caller's hesitation.
                           String(characters[..<3]) + ", eh, " + grouped([3, 3, 3], " ").dropFirst(4)]
        case .iban: return [value, grouped([4, 4, 4, 4, 2], " "), value.lowercased(), grouped([4, 4, 4, 4, 2], "-"), grouped([2, 2, 4, 4, 4, 2], " "),
                            // As speech-to-text writes an IBAN read out character by character,
                            characters.map(String.init).joined(separator: " "),
                            // ... and read out in words, lower case.
                            (["n", "l"] + characters[2...].map { character in
                                character.wholeNumberValue.map { Self.dutchDigits[$0] } ?? String(character).lowercased()
                            }).joined(separator: " "),
                            String(characters[..<4]) + ", eh, " + grouped([4, 4, 4, 4, 2], " ").dropFirst(5)]
        case .phone: return [value, "06-" + value.dropFirst(2), "06 " + grouped([2, 4, 4], " ").dropFirst(3), "+31 6 " + value.dropFirst(2), "+31 (0)6 " + value.dropFirst(2), "0031 6 " + value.dropFirst(2),
                             "06, ehm, " + value.dropFirst(2)]
        default: return [value]
        }
    }

    static let dutchDigits = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    static let streets = ["Kerkstraat", "Beukenlaan", "Oudegracht", "Stationsweg", "Marktplein", "Noordersingel"]
    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

    /// One planted value of `type`, spelled in one of the ways the detectors support, with the
    /// words around it that a caller would say.
    func plant(_ type: PIIType, _ random: inout Generator) -> (value: String, sentence: String) {
        func pick<T>(_ options: [T]) -> T { options[random.next(options.count)] }
        switch type {
        case .bsn:
            let bsn = random.bsn()
            let spelled = pick(spellings(bsn, type: .bsn) + [bsn.map { Self.dutchDigits[$0.wholeNumberValue!] }.joined(separator: " ")])
            return (spelled, "Mijn BSN is \(spelled), klopt dat?")
        case .iban:
            let spelled = pick(spellings(random.iban(), type: .iban))
            return (spelled, "Het rekeningnummer is \(spelled).")
        case .phone:
            let number = "06" + random.digits(8).map(String.init).joined()
            let spoken = number.map { Self.dutchDigits[$0.wholeNumberValue!] }.joined(separator: " ")
            let british = "07" + random.digits(9).map(String.init).joined()
            let britishSpelled = String(british.prefix(5)) + " " + british.dropFirst(5).prefix(3) + " " + british.suffix(3)
            let spelled = pick(spellings(number, type: .phone) + [spoken, britishSpelled])
            // A number of any other shape right after a phone cue: foreign, local or misheard.
            let local = "\(100 + random.next(900))-\(1000 + random.next(9000))"
            if random.next(4) == 0 { return (local, pick(["My phone number is \(local), thanks.", "Mijn telefoonnummer is \(local)."])) }
            return (spelled, pick(["Bel me op \(spelled) alstublieft.", "\(spelled), dat is mijn mobiel."]))
        case .email:
            let user = "\(pick(["jan", "m.bakker", "sanne_v", "p-dekker"]))\(random.next(100))"
            let spelled = pick(["\(user)@example.nl", "\(user.uppercased())@Gmail.com"])
            return (spelled, "Mijn e-mail is \(spelled).")
        case .postcode:
            let digits = "\(1000 + random.next(9000))"
            // `EH`, `HM` and `UM` are fillers' letters too: a postcode's are never taken for one.
            let letters = pick(["AB", "KL", "XZ", "PT", "EH", "HM", "UM"])
            let british = "\(pick(["NG", "LS", "B", "SW"]))\(1 + random.next(20)) \(random.next(10))\(pick(["FR", "DP", "AA", "XH"]))"
            let oneByOne = (digits.map(String.init) + letters.map(String.init)).joined(separator: " ")
            let spelled = pick(["\(digits) \(letters) \(1 + random.next(300))", "\(digits)\(letters)", "\(digits) \(letters)", "\(digits)\(letters.lowercased()) \(1 + random.next(99))", british, oneByOne])
            return (spelled, "De postcode is \(spelled).")
        case .address:
            let welsh = "\(1 + random.next(99)) \(pick(["Heol", "Clos", "Ffordd"])) \(pick(["y Felin", "yr Eglwys", "Penrhos"]))"
            let spelled = pick(["\(pick(Self.streets)) \(1 + random.next(300))", "\(1 + random.next(99)) \(pick(["Station", "Church", "Victoria"])) \(pick(["Road", "Street", "Lane"]))", "\(pick(Self.streets)) \(1 + random.next(90))-\(pick(["A", "2", "bis"]))", welsh])
            return (spelled, "Ik woon op \(spelled), al jaren.")
        case .name:
            let first = pick(["Anouk", "Pieter", "Fatima", "Helen", "Mehmet", "Daniel", "Mike", "Jenny", "Sanne"])
            let last = pick(["Jansen", "de Graaf", "van der Linden", "Yilmaz", "Fletcher", "Hoekstra"])
            let spelled = pick(["\(first) \(last)", "\(first)"])
            // Spelled out letter by letter, as a caller spells a name for the agent.
            let letters = first.uppercased().map(String.init).joined(separator: pick(["-", " ", ", "]))
            // ... or with a spelling alphabet, one word for each letter.
            let alphabet = first.uppercased().map { letter in "\(letter) \(pick(["van", "for"])) \(letter)\(pick(["aap", "ert", "ina", "om"]))" }.joined(separator: ", ")
            // A name someone is addressed by, listed or not.
            let addressed = pick([first, "Zorita", "Quillan"])
            return pick([(spelled, pick(["Mijn naam is \(spelled).", "Ik heb gesproken met \(first) \(last) van hiernaast.", "Goedemorgen, met \(spelled)."])),
                         (addressed, pick(["Hi, \(addressed).", "Sorry, \(addressed), dat weet ik niet.", "Thank you, \(addressed)!"])),
                         (letters, "Dat spel je als \(letters), ja."), (alphabet, "Dat is \(alphabet).")])
        case .dateOfBirth:
            // Also said in words, as speech-to-text writes a date.
            let spokenDutch = "\(pick(["drie", "elf", "zeventien", "drieëntwintig", "eerste", "twaalfde"])) \(pick(Self.months)) negentienhonderd\(pick([" ", ""]))\(pick(["achtenvijftig", "negenendertig", "zevenenzestig", "tweeëntachtig"]))"
            let spokenEnglish = "the \(pick(["ninth", "first", "twenty third", "3rd"])) of \(pick(["May", "March", "October"])) nineteen \(pick(["ninety", "eighty-one", "sixty two", "oh five"]))"
            let spelled = pick(["\(1 + random.next(28)) \(pick(Self.months)) \(1930 + random.next(70))", "\(10 + random.next(18))-0\(1 + random.next(9))-\(1930 + random.next(70))", spokenDutch, spokenEnglish])
            return (spelled, pick(["Ik ben geboren op \(spelled).", "Mijn geboortedatum is \(spelled)."]))
        case .licencePlate:
            let letters = Array("BDFGHJKLMNPRSTVXZ")
            let plate = "\(random.next(10))\(random.next(10))-\(letters[random.next(letters.count)])\(letters[random.next(letters.count)])\(letters[random.next(letters.count)])-\(random.next(10))"
            // ... or read out, as speech-to-text writes it: `h n p zeven vier k`.
            let readOut = plate.filter { $0 != "-" }.map { $0.isNumber ? Self.dutchDigits[$0.wholeNumberValue!] : String($0).lowercased() }.joined(separator: " ")
            let spelled = pick([plate, plate.replacingOccurrences(of: "-", with: ""), readOut])
            return (spelled, "Het kenteken is \(spelled).")
        case .paymentCard:
            let card = random.luhn(prefix: [4], length: 16)
            let spelled = pick([card, stride(from: 0, to: 16, by: 4).map { String(Array(card)[$0..<($0 + 4)]) }.joined(separator: pick([" ", "-"]))])
            return (spelled, "Mijn kaartnummer is \(spelled).")
        case .documentNumber:
            let letters = Array("BCDFGHJKLMNPRSTVWXZ")
            let passport = "N" + String(letters[random.next(letters.count)]) + (0..<6).map { _ in String(random.next(10)) }.joined() + String(random.next(10))
            let kvk = random.digits(8).map(String.init).joined()
            let vatDigits = random.digits(9).map(String.init).joined()
            let vatReadApart = [String(vatDigits.prefix(4)), String(vatDigits.dropFirst(4).prefix(2)), String(vatDigits.suffix(3)), "B01"].joined(separator: ".")
            let vat = pick(["NL" + vatDigits + "B01", "NL " + vatReadApart])
            let nhsDigits = random.nhsNumber()
            let nhsNumber = pick([nhsDigits, [nhsDigits.prefix(3), nhsDigits.dropFirst(3).prefix(3), nhsDigits.suffix(4)].joined(separator: " ")])
            return pick([(passport, "Mijn paspoortnummer is \(passport)."), (kvk, "Ons KvK-nummer is \(kvk)."), (vat, "Het btw-nummer is \(vat)."),
                         (nhsNumber, "His NHS number is \(nhsNumber), I've got it here.")])
        case .ipAddress:
            let address = "\(11 + random.next(200)).\(random.next(256)).\(random.next(256)).\(1 + random.next(254))"
            return (address, "Mijn IP-adres was \(address) toen het misging.")
        case .age:
            let age = "\(18 + random.next(80))"
            return (age, pick(["Ik ben \(age) jaar oud.", "Mijn moeder is \(age) jaar.", "He is \(age) years old.", "Mijn zoon, een \(age)-jarige, helpt."]))
        case .url:
            let url = "https://mijn.example.nl/zaak?burger=\(pick(["j.jansen", "m.bakker"]))&id=\(random.next(9999))"
            return (url, "De link was \(url) in de mail.")
        }
    }

    /// A call with two values of every type planted among filler sentences: its turns, and
    /// the values planted (with their sentence for ages, which are bare numbers).
    func generatedCall(seed: Int) -> (turns: [(SpeakerRole, String)], planted: [(value: String, sentence: String)]) {
        var random = Generator(state: UInt64(seed) &+ 99)
        var turns: [(SpeakerRole, String)] = []
        var planted: [(value: String, sentence: String)] = []
        for _ in 0..<2 {
            for type in PIIType.allCases {
                let (value, sentence) = plant(type, &random)
                planted.append((value, type == .age ? sentence : ""))
                let filler = Self.fillers[random.next(Self.fillers.count)]
                turns.append((random.next(2) == 0 ? .customer : .agent, random.next(2) == 0 ? "\(filler) \(sentence)" : "\(sentence) \(filler)"))
            }
        }
        return (turns, planted)
    }

    /// The texts of `count` generated calls, their turns joined by line feeds.
    static func generatedCalls(count: Int) -> [String] {
        (0..<count).map { RedactionPropertyTests().generatedCall(seed: $0).turns.map(\.1).joined(separator: "\n") }
    }

    @Test(arguments: 0..<40)
    func noPlantedValueSurvives(seed: Int) {
        let (turns, planted) = generatedCall(seed: seed)
        let redacted = Redactor.standard.redact(TranscriptBuilder.transcript(turns))
        let output = redacted.transcript.turns.map(\.text).joined(separator: "\n")
        for (value, sentence) in planted {
            // An age is a bare number, so look for the sentence around it rather than the number.
            let survived = sentence.isEmpty ? output.contains(value) : output.contains(sentence)
            #expect(!survived, "a planted value survived redaction: \(value)")
        }
        #expect(output.contains("€ 312,50") || !turns.contains { $0.1.contains("€ 312,50") }, "amounts must be kept")
        #expect(output.contains("Z-2026-0042") || !turns.contains { $0.1.contains("Z-2026-0042") }, "case numbers must be kept")
    }
}
