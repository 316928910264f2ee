/// The Dutch and English words contact centres use as speaker labels, and the role each means.
public enum RoleVocabulary {
    private static let agentWords = [
        "agent", "medewerker", "klantcontactmedewerker", "kcc", "operator", "employee", "representative",
        "rep", "advisor", "adviseur", "consulent", "servicedesk", "baliemedewerker", "callcenter",
        "callcentre", "support", "staff", "gemeente", "council", "municipality", "helpdesk", "webcare", "chatmedewerker",
        // A web chat's export names the agent's side by the channel: `Chat:`, `Webchat:`.
        "chat", "webchat", "livechat",
    ]
    private static let customerWords = [
        "klant", "beller", "burger", "inwoner", "bewoner", "aanvrager", "client", "cliënt", "customer",
        "caller", "citizen", "resident",
        // Web chat and messaging: `Visitor:`, `Bezoeker:`, `User:`.
        "visitor", "bezoeker", "user", "gebruiker", "guest", "gast", "tenant", "huurder", "applicant", "patient", "patiënt",
        // An interpreter speaks the caller's words (`Tolk: Meneer zegt ...`).
        "tolk", "interpreter", "vertaler", "translator",
        // A message left for the team, transcribed: `Voicemail: Hi there, ...`.
        "voicemail", "voicemailbericht", "answerphone", "antwoordapparaat", "inspreekbericht",
        // Someone who calls with or for the caller: a social worker, a carer, a relative.
        "wijkcoach", "wijkteam", "begeleider", "hulpverlener", "mantelzorger", "bewindvoerder", "schuldhulpverlener", "maatschappelijk",
        "carer", "caseworker", "advocate", "zoon", "dochter", "son", "daughter", "partner", "echtgenoot", "echtgenote", "husband", "wife",
    ]
    private static let systemWords = ["system", "systeem", "ivr", "bot", "voicebot", "keuzemenu", "chatbot", "assistant", "assistent"]
    private static let roles: [SpeakerRole] = [.agent, .customer, .system]

    /// Role words by the hash of their ASCII-lower-cased bytes; the value indexes ``roles``.
    private static let table = WordHashTable(
        agentWords.map { (StableHash.fnv1a64($0.utf8), 0) }
            + customerWords.map { (StableHash.fnv1a64($0.utf8), 1) }
            + systemWords.map { (StableHash.fnv1a64($0.utf8), 2) }
    )

    /// The role a speaker label stands for, judged by its first word (`Medewerker 2` is an
    /// agent) or else by a word in parentheses (`Femke (gemeente)` is an agent).
    public static func role(forLabel label: String) -> SpeakerRole? {
        var label = label
        return label.withUTF8 { bytes in
            if let role = role(ofWordAt: 0, in: bytes) { return role }
            guard let open = bytes.firstIndex(of: UInt8(ascii: "(")) else { return nil }
            var position = open + 1
            while position < bytes.count, bytes[position] != UInt8(ascii: ")") {
                if isWordByte(bytes[position]) {
                    if let role = role(ofWordAt: position, in: bytes) { return role }
                    while position < bytes.count, isWordByte(bytes[position]) { position += 1 }
                } else {
                    position += 1
                }
            }
            return nil
        }
    }

    /// The role a single word names (`Klant`, `agent`), read in place.
    static func role(ofWord word: UnsafeBufferPointer<UInt8>) -> SpeakerRole? {
        role(ofWordAt: 0, in: word)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        ByteClass.isASCIILetter(byte) || byte >= 0x80 || byte == UInt8(ascii: "-")
    }

    private static func role(ofWordAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SpeakerRole? {
        var end = start
        while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
        guard end > start else { return nil }
        return table.value(for: WordTokenizer.foldedHash(bytes, start..<end)).map { roles[$0] }
    }

    private static let numberedSpeakerWords = WordHashTable(words: [
        "person", "persoon", "speaker", "spreker", "spk", "participant", "deelnemer", "channel", "kanaal",
    ])

    /// Whether the label only numbers a speaker (`Person1`, `#Person2#`, `SPEAKER_01`, `spk_0`,
    /// `Spreker 2`): such a label names nobody, so it can be kept and shown in a note.
    public static func isNumberedSpeaker(_ label: String) -> Bool {
        var label = label
        return label.withUTF8 { bytes in
            var start = 0, end = bytes.count
            while start < end, bytes[start] == UInt8(ascii: "#") || bytes[start] == UInt8(ascii: " ") { start += 1 }
            while end > start, bytes[end - 1] == UInt8(ascii: "#") || bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            var wordEnd = start
            while wordEnd < end, ByteClass.isASCIILetter(bytes[wordEnd]) { wordEnd += 1 }
            guard wordEnd > start, numberedSpeakerWords.contains(WordTokenizer.foldedHash(bytes, start..<wordEnd)) else { return false }
            var position = wordEnd
            while position < end, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "_") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < end else { return false }
            while position < end, ByteClass.isDigit(bytes[position]) { position += 1 }
            return position == end
        }
    }

    private static let messageHeaderWords = WordHashTable(words: [
        "subject", "onderwerp", "from", "to", "van", "aan", "cc", "bcc", "date", "datum", "sent", "verzonden", "re", "reply-to",
        // A voicemail's or a note's parts: `Transcript: hi it's ...`.
        "transcript", "transcriptie", "voicemail", "note", "notes", "notitie", "summary", "samenvatting",
    ])

    /// Whether the label is a header of an e-mail or letter (`Subject:`, `Onderwerp:`, `Van:`)
    /// rather than a speaker: it names nobody.
    public static func isMessageHeader(_ label: String) -> Bool {
        var label = label
        return label.withUTF8 { bytes in
            var end = 0
            while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
            return end == bytes.count && end > 0 && messageHeaderWords.contains(WordTokenizer.foldedHash(bytes, 0..<end))
        }
    }
}
