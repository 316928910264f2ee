/// Finds e-mail addresses: a local part, `@`, and a domain with at least one dot and a
/// top-level domain of two or more letters.
///
/// Role mailboxes of organisations (`info@`, `meldingen@`, `noreply@`) point to no one and
/// are kept; see ``roleMailboxes``. So are departments' mailboxes on government domains
/// and councils' domains (``isGovernmentDepartment(_:local:domain:)``).
public struct EmailDetector: PIIDetector {
    public let name = "email"

    public init() {}

    public let lineRequirement = LineRequirement(.at)

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        let count = text.count
        var index = 0
        var lastEnd = 0
        while index < count {
            // `kellym.tranter(at)gmail.com`: the `@` written as a word in brackets, against spam.
            let bracketed = Self.isBracketedAt(text, at: index)
            guard text[index] == UInt8(ascii: "@") || bracketed else { index += 1; continue }
            // `bas.vanrijn @ ziggo.nl`: speech-to-text may write spaces around the `@`.
            let spaced = !bracketed && index >= 2 && index + 2 < count && text[index - 1] == 0x20 && text[index + 1] == 0x20
                && isLocalByte(text[index - 2]) && isDomainByte(text[index + 2])
            let localEnd = spaced ? index - 1 : index
            let domainStart = bracketed ? index + 4 : spaced ? index + 2 : index + 1
            var start = localEnd
            while start > lastEnd, isLocalByte(text[start - 1]) { start -= 1 }
            while start < localEnd, text[start] == UInt8(ascii: ".") { start += 1 }
            var end = domainStart
            var lastDot = -1
            while end < count, isDomainByte(text[end]) {
                if text[end] == UInt8(ascii: ".") { lastDot = end }
                end += 1
            }
            while end > domainStart, text[end - 1] == UInt8(ascii: ".") || text[end - 1] == UInt8(ascii: "-") {
                end -= 1
                if lastDot >= end { lastDot = -1; for probe in domainStart..<end where text[probe] == UInt8(ascii: ".") { lastDot = probe } }
            }
            // `marloes@ziggo .nl`: a space typed before the top-level domain.
            if lastDot < 0, end > domainStart, end + 3 < count, text[end] == 0x20, text[end + 1] == UInt8(ascii: ".") {
                var topLevelEnd = end + 2
                while topLevelEnd < count, ByteClass.isASCIILetter(text[topLevelEnd]) { topLevelEnd += 1 }
                if (2...6).contains(topLevelEnd - end - 2), topLevelEnd == count || !ByteClass.isWordByte(text[topLevelEnd]) {
                    lastDot = end + 1
                    end = topLevelEnd
                }
            }
            // `fatma.yilmaz81@hotmail,com`: a comma typed for the dot before a top-level domain
            // people use, which no sentence goes on with.
            var commaForDot = false
            if lastDot < 0, end > domainStart, end < count, text[end] == UInt8(ascii: ",") {
                var topLevelEnd = end + 1
                while topLevelEnd < count, ByteClass.isASCIILetter(text[topLevelEnd]) { topLevelEnd += 1 }
                if Self.typedTopLevelDomains.contains(text[(end + 1)..<topLevelEnd].lazy.map(ByteClass.lowercased)), topLevelEnd == count || !ByteClass.isWordByte(text[topLevelEnd]) {
                    lastDot = end
                    end = topLevelEnd
                    commaForDot = true
                }
            }
            let tldLength = lastDot < 0 ? 0 : end - lastDot - 1
            if start < localEnd, lastDot > domainStart, tldLength >= 2,
               (lastDot + 1..<end).allSatisfy({ ByteClass.isASCIILetter(text[$0]) }),
               case let role = Self.isRoleMailbox(local: text[start..<localEnd], domain: text[domainStart..<lastDot]),
               role || !Self.isGovernmentDepartment(text, local: start..<localEnd, domain: domainStart..<end) {
                let value = String(decoding: Array(text[start..<localEnd]) + [UInt8(ascii: "@")]
                                   + text[domainStart..<end].filter { $0 != 0x20 }.map { commaForDot && $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }, as: UTF8.self).lowercased()
                candidates.append(PIICandidate(type: .email, range: start..<end, confidence: role ? 0.5 : 0.99, detector: role ? Self.roleMailboxDetector : name, canonicalValue: value))
                lastEnd = end
                index = end
            } else {
                index += 1
            }
        }
    }

    /// Whether `(at)` or `[at]` stands at `index`, right after a local part's byte and before a
    /// domain's.
    static func isBracketedAt(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index >= 1, index + 4 < text.count, text[index] == UInt8(ascii: "(") || text[index] == UInt8(ascii: "["),
              text[index + 1] | 0x20 == UInt8(ascii: "a"), text[index + 2] | 0x20 == UInt8(ascii: "t"),
              text[index + 3] == (text[index] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]"))
        else { return false }
        return ByteClass.isAlphanumeric(text[index - 1]) && ByteClass.isAlphanumeric(text[index + 4])
    }

    /// The detector of a role mailbox (`info@`), which the redactor keeps unless its domain
    /// holds a name found in the call (``Redactor``).
    static let roleMailboxDetector = "email-role"

    /// Whether a mailbox belongs to a function, not a person: its local part is a role
    /// (``roleMailboxes``) and no part of its domain is a listed name (`jansen` in
    /// `info@jansen-klussen.nl`, a sole trader's). The redactor decides for names found in the call.
    static func isRoleMailbox(local: some Collection<UInt8>, domain: some Collection<UInt8>) -> Bool {
        roleMailboxes.contains(local.map(ByteClass.lowercased))
            && !domain.split(whereSeparator: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }).contains { part in
                part.count >= 4 && NameLists.contains(hash: StableHash.fnv1a64(part.lazy.map(ByteClass.lowercased)))
            }
    }

    /// Top-level domains a comma may be typed before in place of the dot.
    private static let typedTopLevelDomains = WordSet(["com", "nl", "net", "org", "be", "de", "uk", "eu", "info"])

    /// Local parts of mailboxes that belong to a function, not a person.
    static let roleMailboxes: WordSet = WordSet([
        "info", "informatie", "contact", "meldingen", "melding", "noreply", "no-reply", "donotreply", "klantenservice",
        "klantcontact", "support", "helpdesk", "servicedesk", "post", "postbus", "secretariaat", "administratie", "facturen",
        "factuur", "belastingen", "burgerzaken", "gemeente", "privacy", "fg", "bezwaar", "bezwaarschriften", "uploads",
        "upload", "enquiries", "enquiry", "hello", "admin", "office", "reception", "receptie", "webmaster", "customerservice",
        "customer.service", "sales", "team", "communicatie", "pers", "press", "vacatures", "jobs", "wmo", "jeugd", "loket",
        // Departments of a municipality, which agents give callers to write to.
        "parkeren", "inkomen", "werkeninkomen", "schuldhulp", "vergunningen", "afval", "handhaving", "publiekszaken",
        "participatie", "bijstand", "kwijtschelding", "leerplicht", "subsidies", "openbareruimte", "wonen", "zorg",
        // and of a water board or a tax office.
        "heffingen", "invordering", "waterschapsbelastingen", "vergunningverlening", "watersysteem",
        "parking", "housing", "benefits", "counciltax", "revenues", "licensing", "planning", "waste", "recycling",
        // Where applications, claims and complaints are sent.
        "applications", "application", "aanvragen", "aanvraag", "claims", "complaints", "klachten", "feedback", "billing",
        "payments", "betalingen", "debiteuren", "crediteuren",
        // Where fraud and abuse are reported.
        "phishing", "abuse", "security", "fraude", "fraud", "spam", "meldpunt", "cert", "veiligheid",
    ])

    /// Government domains, on which a mailbox of words that are no names is a department's
    /// (`bluebadge@carmarthenshire.gov.uk`, `parking.appeals@swansea.gov.uk`), where a
    /// person's holds a name or a digit (`john.smith@leeds.gov.uk`, `jsmith1@leeds.gov.uk`).
    private static let governmentDomainEnds: [[UInt8]] = [".gov.uk", ".gov.wales", ".gov.scot", ".gov", ".overheid.nl", ".gov.ie"].map { Array($0.utf8) }

    /// Words in a domain's name that make it a council's or a municipality's where it is no
    /// government domain (`housingtransfers@dublincity.ie`, `belastingen@gemeente-oss.nl`).
    private static let councilDomainWords: [[UInt8]] = ["council", "city", "county", "borough", "gemeente", "provincie", "waterschap"].map { Array($0.utf8) }

    static func isGovernmentDepartment(_ text: UnsafeBufferPointer<UInt8>, local: Range<Int>, domain: Range<Int>) -> Bool {
        let lowered = text[domain].map(ByteClass.lowercased)
        let name = lowered.prefix { $0 != UInt8(ascii: ".") }
        guard governmentDomainEnds.contains(where: { lowered.count > $0.count && lowered.suffix($0.count).elementsEqual($0) })
                || councilDomainWords.contains(where: { word in name.count >= word.count && (0...(name.count - word.count)).contains { name.dropFirst($0).starts(with: word) } })
        else { return false }
        guard local.count >= 4, text[local].allSatisfy({ ByteClass.isASCIILetter($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") }) else { return false }
        // `parking.appeals@` is a department's; `john.smith@` a person's: no part of a
        // department's mailbox is a listed name.
        return !text[local].split(whereSeparator: { !ByteClass.isASCIILetter($0) }).contains { part in
            NameLists.contains(hash: StableHash.fnv1a64(part.lazy.map(ByteClass.lowercased)))
        }
    }

    private func isLocalByte(_ byte: UInt8) -> Bool {
        ByteClass.isWordByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "%")
    }

    private func isDomainByte(_ byte: UInt8) -> Bool {
        ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }
}
