/// The Dutch and English words contact centres use as speaker labels, and the role each means.
public enum RoleVocabulary {
    private static let roles: [String: SpeakerRole] = {
        var table: [String: SpeakerRole] = [:]
        for word in [
            "agent", "medewerker", "klantcontactmedewerker", "kcc", "operator", "employee", "representative",
            "rep", "advisor", "adviseur", "consulent", "servicedesk", "baliemedewerker", "callcenter",
            "callcentre", "support", "staff", "gemeente", "council", "municipality",
        ] { table[word] = .agent }
        for word in [
            "klant", "beller", "burger", "inwoner", "bewoner", "aanvrager", "client", "cliënt", "customer",
            "caller", "citizen", "resident",
        ] { table[word] = .customer }
        for word in ["system", "systeem", "ivr", "bot", "voicebot", "keuzemenu"] { table[word] = .system }
        return table
    }()

    /// The role a speaker label stands for, judged by its first word (`Medewerker 2` is an
    /// agent) or else by a word in parentheses (`Femke (gemeente)` is an agent).
    public static func role(forLabel label: String) -> SpeakerRole? {
        let lowered = label.lowercased()
        let firstWord = lowered.prefix { $0.isLetter || $0 == "-" }
        if let role = roles[String(firstWord)] { return role }
        guard let open = lowered.firstIndex(of: "("), let close = lowered[open...].firstIndex(of: ")") else { return nil }
        for word in lowered[lowered.index(after: open)..<close].split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
            if let role = roles[String(word)] { return role }
        }
        return nil
    }
}
