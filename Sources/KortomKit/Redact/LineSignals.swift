/// What a line of a call may hold, as far as the detectors care: each detector reads only the
/// lines whose signals it needs (``PIIDetector/lineRequirement``).
///
/// Signals are conservative: a line without a signal cannot hold what the detectors that need
/// it find, while a line with one may still hold nothing. ``LineScanner`` works them out for
/// all lines of a call in one pass.
public struct LineSignals: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// At least 8 digits in groups with only spaces and `-./()` between them: enough for a
    /// phone number or a BSN.
    public static let eightDigits = LineSignals(rawValue: 1 << 0)
    /// At least 13 digits in groups so joined: enough for a payment card.
    public static let thirteenDigits = LineSignals(rawValue: 1 << 1)
    /// A word opening with two letters and two digits, as an IBAN does, or `NL` with two
    /// digits after a space or dash (`NL 91 ABNA ...`).
    public static let ibanShape = LineSignals(rawValue: 1 << 2)
    /// An `@`, but for one that opens a handle (`@CoxHelp`: a space before it, none after).
    public static let at = LineSignals(rawValue: 1 << 3)
    /// `www`, `://`, `::`, a digit, dot and digit in a row, a colon next to a hex letter or
    /// the third colon of a word, or a social network's host (`linkedin.`, `x.com/`): what an
    /// IP address or a URL needs.
    public static let networkShape = LineSignals(rawValue: 1 << 4)
    /// Number words and digit groups that together stand for at least 8 digits, with at
    /// least one word among them: a number read out digit by digit (or 7 and a letter alone
    /// after them, an Irish PPS number).
    public static let spokenDigits = LineSignals(rawValue: 1 << 5)
    /// A word from the lists of first names and surnames, capitalised, or in a line written
    /// all in lower case (as speech-to-text writes some).
    public static let listedName = LineSignals(rawValue: 1 << 6)
    /// A word that opens with one to four digits, outside a clock time: a house number or
    /// an age.
    public static let shortNumber = LineSignals(rawValue: 1 << 7)
    /// A short number with a street name around it: a capitalised word, or one ending in a
    /// street word (`hoogstraat`), among the words just before it, or a capitalised word
    /// just after it (`10 Downing Street`).
    public static let houseNumber = LineSignals(rawValue: 1 << 8)
    /// One or two digits, or four followed by `-`, `/` or `.` and a digit, outside a clock
    /// time: where a date can start.
    public static let dateShape = LineSignals(rawValue: 1 << 9)
    /// Four digits, the first not 0, after no letter or digit and before two letters (with a
    /// space between or not): a Dutch postcode; or a digit and two capitals one space after a
    /// letter or digit: the inward code of a British one.
    public static let postcodeShape = LineSignals(rawValue: 1 << 10)
    /// Letters and digits joined by single dashes (one at least), 6 to 8 bytes with a digit: a
    /// licence plate.
    public static let plateShape = LineSignals(rawValue: 1 << 11)
    /// A word of 8 to 14 bytes with a digit (more only with a non-ASCII byte), or two capitals
    /// before two digits after a space: a document or registration number.
    public static let longCode = LineSignals(rawValue: 1 << 12)
    /// Four digits starting with 1 or 2, as a year is written.
    public static let year = LineSignals(rawValue: 1 << 13)
    /// A word opening like a cue for a birth date: `geb...`, `born`, `birth...`, `dob`.
    public static let birthCue = LineSignals(rawValue: 1 << 14)
    /// A word that makes a number an age (``AgeDetector/cueWords``: `jaar`, `years`, `aged`,
    /// `leeftijd`, `turned`, `I'm`, ...).
    public static let ageCue = LineSignals(rawValue: 1 << 15)
    /// The word `punt` or `dot`, which a spoken e-mail address holds.
    public static let dotWord = LineSignals(rawValue: 1 << 16)
    /// A capital opening a word inside a sentence, or no capital at all after the speaker:
    /// where a name after a cue can stand.
    public static let nameShape = LineSignals(rawValue: 1 << 17)
    /// A word of a cue for a name (`naam`, `meneer`, `heer`, `speaking`), or `met` near the
    /// start of the line, where a Dutch caller says their name.
    public static let nameCue = LineSignals(rawValue: 1 << 18)
    /// A `?`, or a word that asks for something without one (`need`, `nodig`, `graag`): the
    /// line may ask for a value that the next turn gives.
    public static let question = LineSignals(rawValue: 1 << 19)
    /// A `[` before a capital: the line may hold a placeholder (`[IBAN-1]`), which is never
    /// taken for a value.
    public static let bracket = LineSignals(rawValue: 1 << 20)
    /// A month name in full (`juli`, `May`): a date said in words can stand around it.
    public static let monthWord = LineSignals(rawValue: 1 << 21)
    /// A number or a day said in words (`zeventien`, `ninth`, `negentienhonderd`).
    public static let numberWord = LineSignals(rawValue: 1 << 22)
    /// A word of a cue for a licence plate (`kenteken`, `registration`, `plate`).
    public static let plateCue = LineSignals(rawValue: 1 << 23)
    /// No capital after the speaker: a line speech-to-text wrote all in lower case.
    public static let lowercase = LineSignals(rawValue: 1 << 24)
    /// A letter on its own, then `-`, a space, `.` or `,` and another letter on its own: where a
    /// word spelled out letter by letter can start (``SpelledWordDetector``).
    public static let spelledLetters = LineSignals(rawValue: 1 << 25)
    /// A word of a cue for a driving licence or KvK number (`rijbewijs`, `kvk`, `licence`).
    public static let documentCue = LineSignals(rawValue: 1 << 26)
    /// The word `sort`, of a British bank's sort code (``IBANDetector``).
    public static let bankCue = LineSignals(rawValue: 1 << 27)
    /// A word of a cue for a phone number (`telefoonnummer`, `phone`, `mobile`, `reach`), after
    /// which a number of any shape is one (``NumberDetector``).
    public static let phoneCue = LineSignals(rawValue: 1 << 28)
    /// A dash, `^`, `~` or `*` before a capital: where a message's sign-off can stand
    /// (``SignOffDetector``).
    public static let signOffMark = LineSignals(rawValue: 1 << 29)
    /// A filler word (`eh`, `ehm`, `uh`, `um`), which may stand inside a value read out
    /// (`06, ehm, 41 29 83 07`): the redactor reads such a call without its fillers
    /// (``FillerFreeCall``).
    public static let filler = LineSignals(rawValue: 1 << 30)
}

/// One line of a text and its signals.
public struct ScannedLine: Sendable, Hashable {
    /// The line's bytes, without its line feed.
    public var range: Range<Int>
    public var signals: LineSignals
}

/// The signals a line needs for a detector to read it: all the signals of at least one of
/// its alternatives.
///
/// A requirement is data rather than a function, so the redactor can test every line against
/// every detector's requirement without a call through the detector for each.
public struct LineRequirement: Sendable, Hashable {
    public let alternatives: [LineSignals]

    /// Every line, also one without any signal.
    public static let anyLine = LineRequirement([])

    /// A line needs all of `signals`, or all of one of `others`.
    public init(_ signals: LineSignals, or others: LineSignals...) {
        self.alternatives = [signals] + others
    }

    @inline(__always) public func isMet(by signals: LineSignals) -> Bool {
        for alternative in alternatives where signals.isSuperset(of: alternative) { return true }
        return false
    }
}

/// The ``LineRequirement``s of a list of detectors as flat masks, so that testing a line
/// against a detector's requirement reads no array of its own.
///
/// Each detector has ``width`` masks, its alternatives padded with one no line meets.
struct RequirementMasks: Sendable {
    static let width = 4
    /// A signal no line has, which pads the unused alternatives.
    private static let never: UInt32 = 1 << 31

    private let masks: [UInt32]

    init(_ requirements: [LineRequirement]) {
        var masks: [UInt32] = []
        for requirement in requirements {
            precondition(requirement.alternatives.count <= Self.width, "at most \(Self.width) alternatives per detector")
            precondition(requirement.alternatives.allSatisfy { $0.rawValue & Self.never == 0 }, "the top signal bit pads requirements")
            var row = requirement.alternatives.map(\.rawValue)
            row += Array(repeating: Self.never, count: Self.width - row.count)
            masks += row
        }
        self.masks = masks
    }

    @inline(__always) func isMet(detector: Int, by signals: LineSignals) -> Bool {
        let raw = signals.rawValue
        let base = detector * Self.width
        return masks.withUnsafeBufferPointer { masks in
            raw & masks[base] == masks[base] || raw & masks[base + 1] == masks[base + 1]
                || raw & masks[base + 2] == masks[base + 2] || raw & masks[base + 3] == masks[base + 3]
        }
    }
}
