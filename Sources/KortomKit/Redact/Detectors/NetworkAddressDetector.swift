/// Finds IP addresses (IPv4 dotted quads, IPv6 in full or compressed form) and URLs that carry
/// personal data (a query string, an `@`, or a path segment with five or more digits), and
/// links to a profile on a social network (`facebook.com/jan.devries.1988`,
/// `linkedin.com/in/jandevries`), and handles on a social network named beside them
/// (`@dazza_m16 on Instagram`). Plain links such as `gemeente.nl/afval` are kept.
public struct NetworkAddressDetector: PIIDetector {
    public let name = "network"

    public init() {}

    public let lineRequirement = LineRequirement(.networkShape)

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        findHandles(in: text, into: &candidates)
        guard Self.mayHoldAddress(text) else { return }
        var index = 0
        while index < text.count {
            guard index == 0 || text[index - 1] == 0x20 || text[index - 1] == UInt8(ascii: "(") || text[index - 1] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            var end = index
            var colon = false, dot = false, digit = false
            while end < text.count, !Self.endsToken(text[end]) {
                let byte = text[end]
                colon = colon || byte == UInt8(ascii: ":")
                dot = dot || byte == UInt8(ascii: ".")
                digit = digit || ByteClass.isDigit(byte)
                end += 1
            }
            // An address has a colon (IPv6, a URL's scheme) or dots and digits (IPv4), or starts
            // with `www.`; other words are left without building anything.
            let startsWithW = ByteClass.lowercased(text[index]) == UInt8(ascii: "w")
            // A colon alone (`Klant:`) is no address: IPv6 has digits, a URL a slash.
            let hasSlash = text[index..<end].contains(UInt8(ascii: "/"))
            let slash = colon && !digit && hasSlash
            guard (colon && (digit || slash)) || (dot && digit) || (startsWithW && dot) || (dot && hasSlash && ByteClass.isASCIILetter(text[index])) else {
                index = max(end, index + 1)
                continue
            }
            // A token's trailing full stop or comma belongs to the sentence.
            while end > index, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";")].contains(text[end - 1]) { end -= 1 }
            let token = Array(UnsafeBufferPointer(rebasing: text[index..<end]))
            if Self.isIPv4(token) {
                candidates.append(PIICandidate(type: .ipAddress, range: index..<end, confidence: 0.95, detector: name, canonicalValue: String(decoding: token, as: UTF8.self)))
            } else if Self.isIPv6(token) {
                candidates.append(PIICandidate(type: .ipAddress, range: index..<end, confidence: 0.9, detector: name, canonicalValue: String(decoding: token.map(ByteClass.lowercased), as: UTF8.self)))
            } else if Self.isPersonalURL(token) || Self.isSocialProfile(token) {
                candidates.append(PIICandidate(type: .url, range: index..<end, confidence: 0.9, detector: name, canonicalValue: String(decoding: token, as: UTF8.self)))
            }
            index = max(end, index + 1)
        }
    }

    /// A person's handle on a social network named in the same line (`He posts as @dazza_m16
    /// on Instagram`, `haar tiktok is @lotte.vd`): `@` after a space or at the line's start,
    /// then 2 to 30 letters, digits, `_` or `.`, one of them a letter. Without the network's
    /// name an `@` and a word is as often an organisation's account (`@NSonline`), which stays;
    /// so does the account a message opens with, which is whom it replies to (`@British_Airways
    /// Your reply ...`), and one named as a help desk (`@AzureSupport`, `@CoxHelp`).
    private func findHandles(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        guard let at = text.firstIndex(of: UInt8(ascii: "@")), WordTokenizer.holdsWord(of: Self.handleNetworks, in: text) else { return }
        let messageStart = Redactor.speakerPrefixEnd(in: text)
        var index = at
        while index < text.count {
            defer { index += 1 }
            guard text[index] == UInt8(ascii: "@"), index > messageStart, text[index - 1] == 0x20 || text[index - 1] == UInt8(ascii: "(") else { continue }
            var end = index + 1
            while end < text.count, ByteClass.isAlphanumeric(text[end]) || text[end] == UInt8(ascii: "_") || text[end] == UInt8(ascii: ".") { end += 1 }
            while end > index + 1, text[end - 1] == UInt8(ascii: ".") { end -= 1 }
            let handle = text[(index + 1)..<end]
            let lowered = handle.map(ByteClass.lowercased)
            guard (2...30).contains(handle.count), handle.contains(where: ByteClass.isASCIILetter),
                  !Self.helpDeskWords.contains(where: { word in lowered.count >= word.count && (0...(lowered.count - word.count)).contains { lowered[$0..<($0 + word.count)].elementsEqual(word) } })
            else { continue }
            candidates.append(PIICandidate(type: .url, range: index..<end, confidence: 0.8, detector: name,
                                           canonicalValue: "@" + String(decoding: lowered, as: UTF8.self)))
            index = end
        }
    }

    private static let helpDeskWords: [[UInt8]] = ["support", "help", "care", "service", "official", "team", "klantenservice", "webcare"].map { Array($0.utf8) }

    /// The names of social networks by which a handle is told from an organisation's account;
    /// the line scan looks for them too (``SignalWords/socialHost``).
    static let handleNetworkWords = socialHostWords + ["insta", "snap", "ig", "bluesky", "mastodon", "twitch", "discord"]
    private static let handleNetworks = WordSet(handleNetworkWords)

    /// A colon, `www.`, or a digit, a dot and a digit in a row: without one there is no address.
    private static func mayHoldAddress(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 4 else { return false }
        for index in 0..<(text.count - 2) {
            let byte = text[index]
            if byte == UInt8(ascii: ":") { return true }
            if byte == UInt8(ascii: "."), index > 0, ByteClass.isDigit(text[index - 1]), ByteClass.isDigit(text[index + 1]) { return true }
            if byte | 0x20 == UInt8(ascii: "w"), text[index + 1] | 0x20 == UInt8(ascii: "w"), text[index + 2] | 0x20 == UInt8(ascii: "w") { return true }
            if byte == UInt8(ascii: "/"), index > 0, ByteClass.isASCIILetter(text[index - 1]) { return true }
        }
        return false
    }

    /// Social networks whose links name a person's profile after the host.
    static let socialHosts = ["facebook.com", "fb.com", "instagram.com", "linkedin.com", "twitter.com", "x.com", "tiktok.com", "youtube.com",
                              "github.com", "threads.net", "snapchat.com", "pinterest.com", "reddit.com"]
    /// The words of ``socialHosts`` before their dot, which the line scan looks for (`x` apart:
    /// the scan reads it with the `.com/` after it).
    static let socialHostWords = ["facebook", "fb", "instagram", "linkedin", "twitter", "tiktok", "youtube", "github", "threads", "snapchat", "pinterest", "reddit"]
    private static let socialHostBytes = socialHosts.map { Array($0.utf8) }

    /// Whether `token` links to a page on a social network below its host (`facebook.com/jan.devries.1988`,
    /// `https://nl.linkedin.com/in/jandevries`, `www.instagram.com/janneke_b`), with or without
    /// its scheme, `www.` or a country's two letters before the host.
    static func isSocialProfile(_ token: [UInt8]) -> Bool {
        var rest = token.map(ByteClass.lowercased)[...]
        for scheme in ["https://", "http://"] where rest.starts(with: scheme.utf8) { rest = rest.dropFirst(scheme.utf8.count) }
        if rest.starts(with: "www.".utf8) || rest.starts(with: "m.".utf8) {
            rest = rest.dropFirst(rest.first == UInt8(ascii: "w") ? 4 : 2)
        } else if rest.count > 3, ByteClass.isLower(rest[rest.startIndex]), ByteClass.isLower(rest[rest.startIndex + 1]), rest[rest.startIndex + 2] == UInt8(ascii: "."),
                  socialHostBytes.contains(where: { rest.dropFirst(3).starts(with: $0) }) {
            rest = rest.dropFirst(3)
        }
        guard let host = socialHostBytes.first(where: { rest.starts(with: $0) }) else { return false }
        let path = rest.dropFirst(host.count)
        guard path.first == UInt8(ascii: "/") else { return false }
        return path.dropFirst().filter(ByteClass.isAlphanumeric).count >= 2
    }

    private static func endsToken(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ">")
    }

    static func isIPv4(_ token: [UInt8]) -> Bool {
        let parts = token.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        return parts.allSatisfy { part in
            guard (1...3).contains(part.count), part.allSatisfy(ByteClass.isDigit), part.count == 1 || part.first != UInt8(ascii: "0") else { return false }
            return part.reduce(0) { $0 * 10 + Int($1 - 0x30) } <= 255
        }
    }

    static func isIPv6(_ token: [UInt8]) -> Bool {
        let colons = token.filter { $0 == UInt8(ascii: ":") }.count
        guard colons >= 2, colons <= 7, token.count >= 3, token.count <= 39 else { return false }
        let groups = token.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        let compressed = token.windows(ofCount: 2).contains { $0.allSatisfy { $0 == UInt8(ascii: ":") } }
        guard compressed || groups.count == 8 else { return false }
        let isHex: (UInt8) -> Bool = { ByteClass.isDigit($0) || (ByteClass.lowercased($0) >= UInt8(ascii: "a") && ByteClass.lowercased($0) <= UInt8(ascii: "f")) }
        // Times such as `10:30:00` are not addresses: an address has a letter or a compression.
        guard groups.allSatisfy({ $0.count <= 4 && $0.allSatisfy(isHex) }), compressed || token.contains(where: ByteClass.isASCIILetter) else { return false }
        return groups.filter { !$0.isEmpty }.count >= 2
    }

    static func isPersonalURL(_ token: [UInt8]) -> Bool {
        let lowered = token.map(ByteClass.lowercased)
        let isURL = lowered.starts(with: "http://".utf8) || lowered.starts(with: "https://".utf8) || lowered.starts(with: "www.".utf8)
        guard isURL else { return false }
        if token.contains(UInt8(ascii: "?")) || token.contains(UInt8(ascii: "@")) { return true }
        var run = 0
        for byte in token {
            run = ByteClass.isDigit(byte) ? run + 1 : 0
            if run >= 5 { return true }
        }
        return false
    }
}

private extension Array where Element == UInt8 {
    func windows(ofCount count: Int) -> [ArraySlice<UInt8>] {
        guard self.count >= count else { return [] }
        return (0...(self.count - count)).map { self[$0..<($0 + count)] }
    }
}
