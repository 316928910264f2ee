/// Generates realistic, reproducible call transcripts for benchmarks and property tests.
///
/// Every call is a plain-text transcript of about `targetBytes` bytes, Dutch or English,
/// with a contact reason, identification (postcode, BSN or date of birth), key facts and an
/// agreed action. All personal data is invented: BSNs pass the elfproef and IBANs the mod-97
/// check, so the detectors treat them as real.
public struct SyntheticCalls: Sendable {
    public let targetBytes: Int

    public init(targetBytes: Int = 5000) {
        self.targetBytes = targetBytes
    }

    /// The transcript for call number `index`; the same index always gives the same text.
    public func transcript(_ index: Int) -> String {
        var random = SplitMix(seed: UInt64(index) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        return index % 3 == 2 ? english(&random) : dutch(&random)
    }

    private static let firstNames = ["Anna", "Sanne", "Pieter", "Mohamed", "Fatima", "Jan", "Emma", "Daan", "Lotte", "Youssef", "Sophie", "Kees"]
    private static let lastNames = ["Jansen", "de Vries", "van den Berg", "Bakker", "El Amrani", "Visser", "Smit", "Meijer", "de Boer", "Yilmaz", "Mulder", "Bos"]
    private static let streets = ["Kerkstraat", "Dorpsweg", "Molenlaan", "Stationsplein", "Havenkade", "Beukenlaan"]

    private func dutch(_ random: inout SplitMix) -> String {
        let agent = Self.firstNames[random.next(Self.firstNames.count)]
        let surname = Self.lastNames[random.next(Self.lastNames.count)]
        let reasons = [
            ("Ik ben verhuisd en wil mijn nieuwe adres doorgeven.", "Uw adreswijziging is verwerkt, u krijgt binnen vijf werkdagen een bevestiging per post."),
            ("Ik wil een afspraak maken voor een nieuw paspoort.", "Ik heb een afspraak voor u ingepland op 14 maart om 10:30 uur, neemt u een pasfoto mee."),
            ("Mijn container is vorige week niet geleegd.", "Ik zet een melding door, de container wordt binnen twee werkdagen alsnog geleegd."),
            ("Ik heb een aanslag gemeentelijke belastingen gekregen en wil een betalingsregeling.", "U kunt het bedrag in tien termijnen betalen, ik stuur u vandaag de regeling per e-mail."),
            ("Ik wil een parkeervergunning aanvragen voor mijn tweede auto.", "U moet het formulier voor 1 april opsturen, dan wordt de vergunning binnen drie weken verleend."),
            ("Ik heb al drie weken geen reactie op mijn Wmo-aanvraag.", "Ik vraag het na bij de consulent, u wordt binnen drie werkdagen teruggebeld."),
        ]
        let (reason, resolution) = reasons[random.next(reasons.count)]
        var lines = [
            "# language: nl",
            "[00:00:01] Medewerker: Goedemorgen, gemeente Utrecht, u spreekt met \(agent). Waarmee kan ik u helpen?",
            "[00:00:06] Klant: Goedemorgen, u spreekt met meneer \(surname). \(reason)",
            "[00:00:14] Medewerker: Dat kan ik voor u nakijken. Mag ik uw postcode en huisnummer?",
            "[00:00:19] Klant: Dat is \(random.postcode()). Mijn burgerservicenummer is \(random.bsn()).",
            "[00:00:31] Medewerker: Dank u wel meneer \(surname). Ik zie uw gegevens. Is uw telefoonnummer nog \(random.mobile())?",
            "[00:00:40] Klant: Ja, dat klopt. En mijn e-mailadres is \(surname.lowercased().replacingSpaces())@example.nl.",
        ]
        var second = 45
        let details = [
            "Het gaat om zaaknummer Z-2026-\(random.digits(5)), dat staat op de brief die ik heb gekregen.",
            "Het bedrag op de aanslag is € \(random.next(900) + 100),\(random.digits(2)) en dat kan ik niet in één keer betalen.",
            "Ik heb vorige week ook al gebeld en toen werd gezegd dat het geregeld zou worden.",
            "Mijn rekeningnummer is \(random.iban()), daar mag het van afgeschreven worden.",
            "Ik begrijp het. Ik kijk even in het systeem wat er bekend is over uw situatie en de eerdere contacten.",
            "Er staat een notitie van de vorige medewerker dat de aanvraag in behandeling is bij de afdeling.",
            "Kunt u mij vertellen wanneer ik precies bericht krijg, want ik moet dat ook regelen met mijn werkgever?",
            "Dat snap ik goed. De behandeltermijn is acht weken, maar meestal gaat het sneller dan dat.",
        ]
        var turn = 0
        while lines.reduce(0, { $0 + $1.utf8.count + 1 }) < targetBytes - 400 {
            let speaker = turn % 2 == 0 ? "Klant" : "Medewerker"
            lines.append("[00:\(two(second / 60)):\(two(second % 60))] \(speaker): \(details[random.next(details.count)])")
            second += 7 + random.next(20)
            turn += 1
        }
        lines.append("[00:\(two(second / 60)):\(two(second % 60))] Medewerker: \(resolution)")
        lines.append("[00:\(two((second + 9) / 60)):\(two((second + 9) % 60))] Klant: Fijn, dan is het duidelijk. Dank u wel.")
        lines.append("[00:\(two((second + 12) / 60)):\(two((second + 12) % 60))] Medewerker: Graag gedaan, nog een fijne dag.")
        return lines.joined(separator: "\n") + "\n"
    }

    private func english(_ random: inout SplitMix) -> String {
        let agent = Self.firstNames[random.next(Self.firstNames.count)]
        let surname = ["Smith", "Taylor", "Brown", "Wilson", "Davies", "Evans"][random.next(6)]
        var lines = [
            "# language: en",
            "Agent: Good morning, you're through to the council contact centre, my name is \(agent). How can I help you?",
            "Customer: Hello, my name is Mr \(surname). I'm calling because my bin was not collected on Tuesday.",
            "Agent: I'm sorry to hear that. Can I take your postcode and house number please?",
            "Customer: It's \(random.postcode()), and my phone number is +31 6 \(random.digits(8)).",
            "Agent: Thank you Mr \(surname). I can see the collection was missed on your street.",
        ]
        let details = [
            "This is the second time this month, and I already called last week about it.",
            "I can see reference number REF-\(random.digits(6)) from your previous call on our system.",
            "The crew reported that the road was blocked by parked cars on the 3rd of March.",
            "My email address is \(surname.lowercased())@example.com if you need to send me anything.",
            "I understand, and I'll make sure the crew knows to come back for your street specifically.",
            "Will there be any charge for the extra collection, because I was told it would cost £25?",
        ]
        var turn = 0
        while lines.reduce(0, { $0 + $1.utf8.count + 1 }) < targetBytes - 300 {
            lines.append("\(turn % 2 == 0 ? "Customer" : "Agent"): \(details[random.next(details.count)])")
            turn += 1
        }
        lines.append("Agent: I've logged a missed collection, and the bin will be collected within two working days.")
        lines.append("Customer: That's great, thank you for your help.")
        lines.append("Agent: You're welcome, have a nice day.")
        return lines.joined(separator: "\n") + "\n"
    }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// A small, fast, seedable generator (SplitMix64), so generated corpora are reproducible.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func nextUInt64() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(_ bound: Int) -> Int { Int(nextUInt64() % UInt64(bound)) }

    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(next(10))) })
    }

    mutating func bsn() -> String {
        while true {
            let first = (0..<8).map { _ in next(10) }
            let sum = first.enumerated().reduce(0) { $0 + $1.element * (9 - $1.offset) }
            let check = sum % 11
            if check < 10, first[0] != 0 || first[1] != 0 {
                return (first + [check]).map(String.init).joined()
            }
        }
    }

    mutating func iban() -> String {
        let bank = ["INGB", "RABO", "ABNA", "SNSB", "TRIO"][next(5)]
        let account = "0" + digits(9)
        // Check digits: 98 - (BBAN + "NL00" as numbers) mod 97.
        var remainder = 0
        for character in bank + account + "NL00" {
            if let digit = character.wholeNumberValue {
                remainder = (remainder * 10 + digit) % 97
            } else {
                remainder = (remainder * 100 + Int(character.asciiValue! - 55)) % 97
            }
        }
        let check = 98 - remainder
        return "NL\(check < 10 ? "0" : "")\(check)\(bank)\(account)"
    }

    mutating func postcode() -> String {
        let letters = Array("ABCEGHJKLMNPRTVWXZ")
        return "\(1000 + next(9000)) \(letters[next(letters.count)])\(letters[next(letters.count)]) \(1 + next(200))"
    }

    mutating func mobile() -> String { "06-\(digits(8))" }
}

private extension String {
    func replacingSpaces() -> String { split(separator: " ").joined(separator: ".") }
}
