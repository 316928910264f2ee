/// Finds e-mail addresses read out as speech-to-text writes them:
/// `jan punt jansen apenstaartje gmail punt com`, `j dot smith at outlook dot com`,
/// `m punt wojcik liggend streepje 85 apenstaartje gmail punt com`.
///
/// The address needs its separator (`apenstaartje`, `at`), a domain word, and at least one
/// `punt`/`dot` followed by a known top-level domain, so that ordinary `at` in English is
/// never read as one.
public struct SpokenEmailDetector: PIIDetector {
    public let name = "spoken-email"

    public init() {}

    /// `apestaartje` is the spelling of the Woordenlijst, `apenstaartje` the one most write.
    private static let separators: WordSet = WordSet(["apenstaartje", "apestaartje", "at"])
    private static let dots: WordSet = WordSet(["punt", "dot"])
    /// Joiners inside a local part, and the character each stands for.
    private static let joiners: [[UInt8]: UInt8] = [
        Array("punt".utf8): UInt8(ascii: "."), Array("dot".utf8): UInt8(ascii: "."), Array("streepje".utf8): UInt8(ascii: "-"),
        Array("dash".utf8): UInt8(ascii: "-"), Array("underscore".utf8): UInt8(ascii: "_"), Array("hyphen".utf8): UInt8(ascii: "-"),
    ]
    private static let lowDashWords: WordSet = WordSet(["liggend", "laag", "lage"])
    private static let topLevelDomains: WordSet = WordSet(["com", "nl", "net", "org", "be", "eu", "uk", "de", "fr", "info", "io", "ie", "biz"])

    public let lineRequirement = LineRequirement(.dotWord)

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        // Cheap first test: a spoken address holds ` punt ` or ` dot `.
        guard Self.containsDotWord(text) else { return }
        var words: [WordTokenizer.Word] = []
        WordTokenizer.forEachWord(in: text) { words.append($0); return true }
        let lowered = words.map { text[WordTokenizer.bareRange(text, $0.range)].map(ByteClass.lowercased) }
        var index = 1
        while index < words.count - 3 {
            guard Self.separators.contains(lowered[index]) else { index += 1; continue }
            // The domain: word (punt word)* ending in a top-level domain.
            var end = index + 1
            var domain = lowered[end]
            // `b t internet dot com`: the domain's first letters said apart.
            while lowered[end].count == 1, end + 2 < words.count, !words[end].breakAfter, !Self.dots.contains(lowered[end + 1]),
                  !lowered[end + 1].isEmpty, lowered[end + 1].allSatisfy(ByteClass.isLower) {
                domain += lowered[end + 1]
                end += 1
            }
            // `kpn mail punt nl`: a domain said as two words.
            if end + 3 < words.count, !Self.dots.contains(lowered[end + 1]), Self.dots.contains(lowered[end + 2]), !lowered[end + 1].isEmpty,
               lowered[end + 1].allSatisfy(ByteClass.isLower), !words[end].breakAfter {
                domain += lowered[end + 1]
                end += 1
            }
            var sawTopLevel = false
            while end + 2 < words.count, Self.dots.contains(lowered[end + 1]) {
                domain += [UInt8(ascii: ".")] + lowered[end + 2]
                end += 2
                if Self.topLevelDomains.contains(lowered[end]) { sawTopLevel = true }
            }
            guard sawTopLevel else { index += 1; continue }
            // The local part: word (joiner word)* before the separator.
            var start = index - 1
            var local = lowered[start]
            // `dave dot k 79 at ...`: digits said apart end the word before them (`k79`).
            if start >= 1, local.allSatisfy(ByteClass.isDigit), !lowered[start - 1].isEmpty, lowered[start - 1].allSatisfy(ByteClass.isASCIILetter),
               Self.joiners[lowered[start - 1]] == nil, !Self.separators.contains(lowered[start - 1]) {
                local = lowered[start - 1] + local
                start -= 1
            }
            // `dennis punt kuipers tachtig at ...`, `doyle sixty one at ...`: a number said after
            // the last word of the local part belongs to it (`kuipers80`, `doyle61`).
            var numberStart = start
            while numberStart >= 1, start - numberStart < 2, NumberWords.value(of: lowered[numberStart - 1]) != nil { numberStart -= 1 }
            if NumberWords.value(of: local) != nil, numberStart >= 1, !lowered[numberStart - 1].isEmpty, lowered[numberStart - 1].allSatisfy(ByteClass.isLower),
               Self.joiners[lowered[numberStart - 1]] == nil, !Self.separators.contains(lowered[numberStart - 1]), NumberWords.value(of: lowered[numberStart - 1]) == nil {
                local = lowered[numberStart - 1] + Self.localPart(lowered[numberStart...start])
                start = numberStart - 1
            }
            while start >= 1 {
                // A name particle said apart belongs to the word after it: `de vries` is `devries`.
                if PersonNameDetector.particles.contains(lowered[start - 1]) {
                    local = lowered[start - 1] + local
                    start -= 1
                } else if start >= 3, lowered[start - 1] == Array("streepje".utf8), Self.lowDashWords.contains(lowered[start - 2]), !Self.separators.contains(lowered[start - 3]) {
                    // `liggend streepje`, `laag streepje`: the underscore.
                    local = lowered[start - 3] + [UInt8(ascii: "_")] + local
                    start -= 3
                } else if start >= 2, let joiner = Self.joiners[lowered[start - 1]], !Self.separators.contains(lowered[start - 2]) {
                    local = lowered[start - 2] + [joiner] + local
                    start -= 2
                } else if lowered[start - 1].count == 1, ByteClass.isLower(lowered[start - 1][0]), lowered[start - 1][0] != UInt8(ascii: "a"),
                          lowered[start - 1][0] != UInt8(ascii: "i"), !words[start - 1].breakAfter {
                    // `j fairweather at ...`: an initial said before the name.
                    local = lowered[start - 1] + local
                    start -= 1
                } else if start == numberStart - 1, lowered[start].count == 1, !lowered[start - 1].isEmpty, !words[start - 1].breakAfter,
                          NameLists.contains(lowered[start - 1]) {
                    // `chloe f nineteen ninety seven at ...`: a listed name before an initial and a
                    // number (not `gerrit, g punt dijkhuis at ...`, the name, then the address).
                    local = lowered[start - 1] + local
                    start -= 1
                    break
                } else {
                    break
                }
            }
            // `is your email still shaz mac seventy nine at hotmail dot co dot uk`: after a cue for
            // the address, the words between it and the separator are the local part.
            if let cueEnd = Self.cueEnd(before: start, lowered, words), cueEnd < start {
                local = Self.localPart(lowered[cueEnd..<index])
                start = cueEnd
            }
            let range = words[start].range.lowerBound..<WordTokenizer.bareRange(text, words[end].range).upperBound
            // `leerplicht at apeldoorn punt nl`: a department's mailbox, as written ones (``EmailDetector``).
            let role = EmailDetector.isRoleMailbox(local: local, domain: domain)
            candidates.append(PIICandidate(type: .email, range: range, confidence: role ? 0.5 : 0.8, detector: role ? EmailDetector.roleMailboxDetector : name,
                                           canonicalValue: String(decoding: local + [UInt8(ascii: "@")] + domain, as: UTF8.self)))
            index = end + 1
        }
    }

    /// The index of the word after an e-mail cue (`email`, `e-mailadres`) and the words that
    /// may follow it (`is`, `still`, `address`, `me`), when at most four words stand between it and
    /// the local part's start at `start`, none of them ending a clause; nil otherwise.
    private static func cueEnd(before start: Int, _ lowered: [[UInt8]], _ words: [WordTokenizer.Word]) -> Int? {
        var index = start - 1
        while index >= 0, start - index <= 7 {
            if cueWords.contains(lowered[index]) {
                var end = index + 1
                while end < start, cueFollowers.contains(lowered[end]) { end += 1 }
                // `email me the confirmation it's lewis ...`: what the mail is, then the address.
                for word in end..<start where valueOpeners.contains(lowered[word]) { end = word + 1 }
                return start - end <= 4 && !words[end..<start].contains(where: \.breakAfter) && !lowered[end..<start].contains(where: { notLocalWords.contains($0) }) ? end : nil
            }
            index -= 1
        }
        return nil
    }

    /// The local part as written, from all the words said before the separator: joiners as
    /// their characters, numbers said in words as digits (`seventy nine` as `79`), the rest
    /// run together.
    private static func localPart(_ lowered: ArraySlice<[UInt8]>) -> [UInt8] {
        var local: [UInt8] = []
        var index = lowered.startIndex
        while index < lowered.endIndex {
            let word = lowered[index]
            index += 1
            if let joiner = joiners[word] {
                local.append(joiner)
            } else if lowDashWords.contains(word), index < lowered.endIndex, lowered[index] == Array("streepje".utf8) {
                local.append(UInt8(ascii: "_"))
                index += 1
            } else if var value = NumberWords.value(of: word) {
                if NumberWords.isTens(value), index < lowered.endIndex, let unit = NumberWords.value(of: lowered[index]), (1...9).contains(unit) {
                    value += unit
                    index += 1
                }
                local += NumberWords.spokenDigits(value)
            } else {
                local += word
            }
        }
        return local
    }

    private static let cueWords: WordSet = WordSet(["email", "e-mail", "mail", "emailadres", "e-mailadres", "mailadres", "e-mailadresje", "mailtje"])
    /// Words that say where a mail goes rather than what the address is: `mail naar marieke ...`.
    private static let notLocalWords: WordSet = WordSet(["naar", "aan", "to", "via", "op", "from", "van", "send", "sturen", "stuur", "my", "mijn", "your", "uw"])
    /// Words that open the address after what the mail is for: `email me the receipt, it's ...`.
    private static let valueOpeners: WordSet = WordSet(["is", "it", "it's", "its", "that's", "thats", "is:", "i'm", "im"])
    /// `can you email me i'm becca w eighty eight at ...`: `me` and `i'm` too.
    private static let cueFollowers: WordSet = WordSet(["is", "still", "was", "address", "adres", "nog", "steeds", "it's", "its", "het", "dat", "that's", "thats", "is:",
                                                         "me", "i'm", "im",
                                                         // The cue carried over from a question stands before the answer's first words:
                                                         // `Yes. And it's becky harding at ...`.
                                                         "and", "en", "yes", "ja", "yeah", "so", "dus", "it"])

    private static func containsDotWord(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 5 else { return false }
        for index in 1..<(text.count - 4) where text[index - 1] == 0x20 {
            let first = text[index] | 0x20
            if first == UInt8(ascii: "p"), text[index + 1] | 0x20 == UInt8(ascii: "u"), text[index + 2] | 0x20 == UInt8(ascii: "n"), text[index + 3] | 0x20 == UInt8(ascii: "t"), text[index + 4] == 0x20 { return true }
            if first == UInt8(ascii: "d"), text[index + 1] | 0x20 == UInt8(ascii: "o"), text[index + 2] | 0x20 == UInt8(ascii: "t"), text[index + 3] == 0x20 { return true }
        }
        return false
    }
}
