/// The Dutch and English words contact centres use as speaker labels, and the role each means.
public enum RoleVocabulary {
    private static let roles: [String: SpeakerRole] = {
        var table: [String: SpeakerRole] = [:]
        for word in [
            "agent", "medewerker", "klantcontactmedewerker", "kcc", "operator", "employee", "representative",
            "rep", "advisor", "adviseur", "consulent", "servicedesk", "baliemedewerker", "callcenter",
            "callcentre", "support", "staff",
        ] { table[word] = .agent }
        for word in [
            "klant", "beller", "burger", "inwoner", "bewoner", "aanvrager", "client", "cliënt", "customer",
            "caller", "citizen", "resident",
        ] { table[word] = .customer }
        for word in ["system", "systeem", "ivr", "bot", "voicebot", "keuzemenu"] { table[word] = .system }
        return table
    }()

    /// The role a speaker label stands for, judged by its first word: `Medewerker 2` is an agent.
    public static func role(forLabel label: String) -> SpeakerRole? {
        let firstWord = label.lowercased().prefix { $0.isLetter || $0 == "-" }
        return roles[String(firstWord)]
    }
}
