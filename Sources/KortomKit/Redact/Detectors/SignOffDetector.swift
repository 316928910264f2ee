/// Finds the name a writer signs a chat message or e-mail with: `TY - Robyn`, `-Floi`,
/// `^Kev`, `– Lindsey`, `Kind regards - Ross 3/3`, `groetjes shar`.
///
/// A capitalised word at the very end of a line (after it only a counter such as `2/2`, a
/// link or a smiley), right after a dash, `^`, `~` or `*` that stands apart from the word
/// before it, or joins a closing word (`Thanks-Mich`); or any word, in any case, that ends the
/// line right after a greeting one signs with (`groetjes`, `liefs`, `mvg`, `regards`, `love`),
/// a comma allowed between. Initials (`^HP`) are no name; a word
/// one signs for a group with (`- The Team`, `- Support`) is none either. The name is the
/// writer's own, so it is an introduction: a pipeline that keeps agents' names keeps it in an
/// agent's turn.
public struct SignOffDetector: PIIDetector {
    public let name = "sign-off"

    public init() {}

    public let lineRequirement = LineRequirement(.signOffMark)

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        var end = Self.endOfMessage(text)
        if end > 0, text[end - 1] == UInt8(ascii: ".") { end -= 1 }
        var start = end
        while start > 0 {
            if ByteClass.isASCIILetter(text[start - 1]) {
                start -= 1
            } else if start >= 2, text[start - 1] >= 0x80, text[start - 1] <= 0xBF, text[start - 2] >= 0xC3, text[start - 2] <= 0xC5 {
                // A Latin letter with an accent (`é`, `ł`), not a dash (`–`) or a symbol.
                start -= 2
            } else {
                break
            }
        }
        let length = end - start
        let lowered = text[start..<end].lazy.map(ByteClass.lowercased)
        guard length >= 2, length <= 20, !Self.groupWords.contains(lowered), !PersonNameDetector.notNames.contains(lowered), !NameContext.isNotAName(lowered) else { return }
        // `groetjes shar`, `Liefs, Anke`: after a greeting one signs with, in any case.
        if Self.followsSigningGreeting(text, start) {
            candidates.append(PIICandidate(type: .name, range: start..<end, confidence: 0.85, detector: PersonNameDetector.introductionDetector,
                                           canonicalValue: String(decoding: lowered, as: UTF8.self)))
            return
        }
        guard ByteClass.isUpper(text[start]), (start + 1..<end).contains(where: { ByteClass.isLower(text[$0]) }),
              let markStart = Self.markStart(before: start, in: text)
        else { return }
        // A dash glued to the word before joins a compound (`Coca-Cola`), unless that word closes a message.
        if markStart > 0, ByteClass.isWordByte(text[markStart - 1]) {
            var wordStart = markStart
            while wordStart > 0, ByteClass.isWordByte(text[wordStart - 1]) { wordStart -= 1 }
            guard Self.closingWords.contains(text[wordStart..<markStart].lazy.map(ByteClass.lowercased)) else { return }
        }
        // Surer than the name lists: a listed name signed with wins the overlap as what it is,
        // the writer's own name, which a policy keeping agents' names keeps.
        candidates.append(PIICandidate(type: .name, range: start..<end, confidence: 0.9, detector: PersonNameDetector.introductionDetector,
                                       canonicalValue: String(decoding: lowered, as: UTF8.self)))
    }

    /// Where the message proper ends: before trailing spaces, links (`https://t.co/...`),
    /// counters (`2/2`, `(1/3)`) and smileys (`:)`).
    static func endOfMessage(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var end = text.count
        while true {
            while end > 0, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
            var tokenStart = end
            while tokenStart > 0, text[tokenStart - 1] != 0x20 { tokenStart -= 1 }
            let token = UnsafeBufferPointer(rebasing: text[tokenStart..<end])
            guard !token.isEmpty, isLink(token) || isCounter(token) || smileys.contains(where: { token.elementsEqual($0) }) else { return end }
            end = tokenStart
        }
    }

    private static func isLink(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        token.starts(with: "http://".utf8) || token.starts(with: "https://".utf8)
    }

    /// `2/2`, `(1/3)`: which part of a message split in several this is.
    private static func isCounter(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0, slashes = 0
        for (index, byte) in token.enumerated() {
            if ByteClass.isDigit(byte) { digits += 1 } else if byte == UInt8(ascii: "/") { slashes += 1 } else if !((index == 0 && byte == UInt8(ascii: "(")) || (index == token.count - 1 && byte == UInt8(ascii: ")"))) { return false }
        }
        return slashes == 1 && digits >= 2 && digits <= 4
    }

    private static let smileys: [[UInt8]] = [":)", ":-)", ";)", ":D", ":(", "x", "xx"].map { Array($0.utf8) }

    /// Where the sign-off mark before `start` begins (spaces allowed between it and the
    /// name), or nil when there is none.
    private static func markStart(before start: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var position = start
        while position > 0, text[position - 1] == 0x20 { position -= 1 }
        guard position > 0 else { return nil }
        switch text[position - 1] {
        case UInt8(ascii: "-"), UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "*"):
            position -= 1
        case 0x93, 0x94:
            // An en or em dash.
            guard position >= 3, text[position - 3] == 0xE2, text[position - 2] == 0x80 else { return nil }
            position -= 3
        default:
            return nil
        }
        // Not a minus or a range (`5-Jordan` is no sign-off, nor is `--`).
        guard position == 0 || !ByteClass.isDigit(text[position - 1]), position == 0 || text[position - 1] != UInt8(ascii: "-") else { return nil }
        return position
    }

    /// Whether a greeting one signs with (`groetjes`, `kind regards`) stands right before
    /// `start`, a comma allowed after it.
    private static func followsSigningGreeting(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var end = start
        while end > 0, text[end - 1] == 0x20 { end -= 1 }
        if end > 0, text[end - 1] == UInt8(ascii: ",") { end -= 1 }
        guard end < start else { return false }
        var wordStart = end
        while wordStart > 0, ByteClass.isASCIILetter(text[wordStart - 1]) { wordStart -= 1 }
        return wordStart < end && signingGreetings.contains(text[wordStart..<end].lazy.map(ByteClass.lowercased))
    }

    /// Greetings a writer signs a message with, right before the name.
    private static let signingGreetings: WordSet = WordSet(signingGreetingList)
    /// Not `love` (`I'd love pizza`), `wishes` or `gr` (`500 gr suiker`), which end lines as often.
    private static let signingGreetingList = ["groetjes", "groeten", "groet", "grtz", "mvg", "liefs", "regards", "rgds"]
    /// The words the line scan looks for before it lets this detector read a line (``SignalWords/closing``).
    static let closingWordList = signingGreetingList

    /// Words that close a message and may have the mark glued to them: `Thanks-Mich`.
    private static let closingWords: WordSet = WordSet(["thanks", "thank", "cheers", "regards", "rgds", "ty", "thx", "best", "groet", "groeten", "bedankt"])

    /// Words one signs for a group with, and words a line may end on after a dash (`... - Tuesday`,
    /// `... - Perfect`): no person's name.
    private static let groupWords: WordSet = WordSet([
        "team", "support", "service", "services", "admin", "staff", "management", "helpdesk",
        "care", "customer", "customers", "social", "media", "office", "klantenservice", "klantcontact",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "januari", "februari", "maart", "mei", "juni", "juli", "augustus", "oktober",
        "please", "great", "perfect", "done", "lovely", "brilliant", "excellent", "super", "prima", "top", "mooi", "fijn",
        "klaar", "graag", "alstublieft", "alsjeblieft", "urgent", "spoed",
        // Whom a greeting is for, not who sends it: `groetjes allemaal`.
        "allemaal", "iedereen", "jullie", "all", "everyone", "you", "again", "terug", "thuis", "aan", "from",
    ])
}
