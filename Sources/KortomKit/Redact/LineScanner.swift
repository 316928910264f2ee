/// Reads a text once and tells, for each line, which kinds of values it may hold.
///
/// The detectors each make their own pass over what they read, which costs one to a few
/// nanoseconds per byte each; most lines of a call hold nothing most of them look for. This
/// scan works out every line's ``LineSignals`` in one pass, hashing each word once and looking
/// it up in one table for all word lists (first names, surnames, number words), so that the
/// ``Redactor`` runs each detector over the few lines that can hold its values.
public enum LineScanner {
    /// The lines of `text`, split at line feeds, each with its signals.
    public static func scan(_ text: UnsafeBufferPointer<UInt8>) -> [ScannedLine] {
        var unused: [Int] = []
        return scan(text, capitalisedWordStarts: &unused, recording: false)
    }

    /// The lines of `text` with their signals, and where each word that opens with a capital
    /// (`A`-`Z`, or an accented capital's first byte) starts: the only words that can be later
    /// mentions of a name.
    static func scan(_ text: UnsafeBufferPointer<UInt8>, capitalisedWordStarts: inout [Int]) -> [ScannedLine] {
        scan(text, capitalisedWordStarts: &capitalisedWordStarts, recording: true)
    }

    @inline(__always)
    private static func scan(_ text: UnsafeBufferPointer<UInt8>, capitalisedWordStarts: inout [Int], recording: Bool) -> [ScannedLine] {
        var lines: [ScannedLine] = []
        lines.reserveCapacity(16)
        let words = SignalWords.shared
        var state = LineState(start: 0, in: text)
        let count = text.count
        var index = state.skippingClockTime()
        while index < count {
            let byte = text[index]
            if ByteClass.isWordByte(byte) {
                // An en or em dash, which the scan reads as part of a word: a sign-off's mark.
                if byte == 0xE2, index + 2 < count, text[index + 1] == 0x80, text[index + 2] == 0x93 || text[index + 2] == 0x94, opensCapitalisedWord(text, index + 3) {
                    state.signals.insert(.signOffMark)
                }
                if recording, ByteClass.isUpper(byte) || byte == 0xC3 || byte == 0xC4 || byte == 0xC5 { capitalisedWordStarts.append(index) }
                index = readWord(text, from: index, &state, words)
                continue
            }
            switch byte {
            case 0x0A:
                lines.append(state.finish(end: index, in: text))
                state = LineState(start: index + 1, in: text)
                index = state.skippingClockTime()
                continue
            case 0x20, 0x09:
                state.colonsInToken = 0
            case UInt8(ascii: "@"):
                // A handle (`@CoxHelp`, a space before and none after) is no e-mail address.
                let afterGap = index == 0 || text[index - 1] == 0x20 || text[index - 1] == 0x09 || text[index - 1] == 0x0A
                if !afterGap || (index + 1 < count && text[index + 1] == 0x20) { state.signals.insert(.at) }
            case UInt8(ascii: ":"):
                state.sentenceStart = true
                readColon(text, at: index, &state)
            case UInt8(ascii: "."):
                if state.wordLength > 5 { state.sentenceStart = true }
                if index > 0, index + 1 < count, ByteClass.isDigit(text[index - 1]), ByteClass.isDigit(text[index + 1]) { state.signals.insert(.networkShape) }
            case UInt8(ascii: "?"):
                state.sentenceStart = true
                state.signals.insert(.question)
            case UInt8(ascii: "!"):
                state.sentenceStart = true
            case UInt8(ascii: "["):
                if index + 1 < count, ByteClass.isUpper(text[index + 1]) { state.signals.insert(.bracket) }
                if EmailDetector.isBracketedAt(text, at: index) { state.signals.insert(.at) }
            case UInt8(ascii: "("):
                if EmailDetector.isBracketedAt(text, at: index) { state.signals.insert(.at) }
            case UInt8(ascii: "-"), UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "*"):
                if opensCapitalisedWord(text, index + 1) { state.signals.insert(.signOffMark) }
            default:
                break
            }
            index += 1
        }
        lines.append(state.finish(end: count, in: text))
        return lines
    }

    /// What the scan carries through one line.
    private struct LineState {
        var start: Int
        var signals: LineSignals = []
        /// Digits in the current run of words with digits, with at most three of `-./()` and
        /// spaces between them (`06-1234 5678`, `+31 (0)6 ...`), and in the longest run so far.
        var runDigits = 0
        var runEnd = -1
        var longestDigitRun = 0
        var uppercase = 0
        /// Capitals before the speaker's colon (`Klant: `), which don't make a line mixed case.
        var uppercaseInLabel = 0
        var sawColon = false
        var colonsInToken = 0
        var sentenceStart = true
        var wordLength = 0
        var capitalInsideSentence = false
        /// A cue that follows a name (`Priya speaking`), which may open a sentence.
        var nameBeforeCue = false
        /// A listed name in lower case, which counts only in a line written all in lower case.
        var lowercaseListedName = false
        /// Four digits, a space and two lower-case letters, which count as a postcode only in a
        /// line written all in lower case.
        var lowercasePostcode = false
        /// `here` or `hier` after a lower-case word, which counts as a name cue only in a line
        /// written all in lower case (`it's amara okafor here`).
        var lowercasePlaceCue = false
        /// The number read out so far: digits its words and groups stand for.
        var spokenDigits = 0
        var spokenHasWord = false
        var lastWordEnd = -1
        /// Where the last number word ended: a lower-case street word shortly after it may
        /// follow a house number said in words (`fourteen willow crescent`).
        var lastNumberWordEnd = Int.min / 2
        /// The last word was part of a code (`Z-2026-63991`, `REF/88123`): digits glued to a
        /// letter, or joined to one by `-` or `/`, which ``DigitGroups`` skips.
        var inCode = false
        /// A word of an address cue stood earlier in the line.
        var sawAddressCue = false
        /// The last word was a person (`hij`, `she`), which with a copula next makes a number
        /// after it an age (`hij is 87`).
        var afterPerson = false
        /// Where the current run of words joined by single dashes began, and whether it has a digit.
        var dashedStart = 0
        var dashedHasDigit = false
        /// Where the current word with inner `.`, `'` or `-` (`Jan-Willem`, `O'Brien`) began.
        var compoundStart = 0

        /// Where a speaker written in front of the line may start: after a time in brackets.
        var labelStart: Int

        /// Where the line's text starts after a clock time in brackets (`[00:01:05] `), which
        /// holds nothing any detector looks for; `start` without one.
        var clockTimeEnd: Int

        init(start: Int, in text: UnsafeBufferPointer<UInt8>) {
            self.start = start
            self.compoundStart = start
            let clockTime = LineScanner.clockTimeLength(text, from: start)
            self.clockTimeEnd = start + clockTime
            if clockTime > 0 || start >= text.count || text[start] != UInt8(ascii: "[") {
                self.labelStart = start + clockTime
            } else {
                self.labelStart = start + Redactor.timePrefixLength(in: UnsafeBufferPointer(rebasing: text[start...]))
            }
        }

        /// Steps over a clock time in brackets at the line's start as reading it would have:
        /// its digits are clock times, so they make no signal; the last of them leaves the
        /// sentence open, as any word does. Returns where to read on.
        mutating func skippingClockTime() -> Int {
            if clockTimeEnd > start { sentenceStart = false }
            return clockTimeEnd
        }

        /// Whether the last word left nothing that the next word could continue: no number
        /// read out or written in groups, no code, no person before a copula, no plate.
        var isSettled: Bool {
            spokenDigits == 0 && !spokenHasWord && runEnd < 0 && !inCode && !afterPerson && !dashedHasDigit
        }

        mutating func sawListedName(capitalised: Bool) {
            if capitalised { signals.insert(.listedName) } else { lowercaseListedName = true }
        }

        func finish(end: Int, in text: UnsafeBufferPointer<UInt8>) -> ScannedLine {
            var signals = signals
            if longestDigitRun >= 8 { signals.insert(.eightDigits) }
            if longestDigitRun >= 13 { signals.insert(.thirteenDigits) }
            let lowercaseLine = uppercase == uppercaseInLabel
            if capitalInsideSentence || lowercaseLine || nameBeforeCue { signals.insert(.nameShape) }
            if lowercaseLine {
                signals.insert(.lowercase)
                // `and your date of birth`: speech-to-text writes a question without its mark
                // (``Redactor/addAnswers(_:lines:_:)`` reads such a line's last words).
                if end > start, ByteClass.isLower(text[end - 1]) { signals.insert(.question) }
            }
            if lowercaseListedName, lowercaseLine { signals.insert(.listedName) }
            if lowercasePostcode, lowercaseLine { signals.insert(.postcodeShape) }
            if lowercasePlaceCue, lowercaseLine { signals.insert(.nameCue) }
            return ScannedLine(range: start..<end, signals: signals)
        }
    }

    @inline(__always)
    private static func readColon(_ text: UnsafeBufferPointer<UInt8>, at index: Int, _ state: inout LineState) {
        let count = text.count
        // The colons of a time in brackets (`[00:01:05] Klant:`) are not the speaker's.
        if !state.sawColon, index >= state.labelStart {
            state.sawColon = true
            if index - state.labelStart < 40, index + 1 < count, text[index + 1] == 0x20 { state.uppercaseInLabel = state.uppercase }
        }
        state.colonsInToken += 1
        let next = index + 1 < count ? text[index + 1] : 0
        let previous = index > 0 ? text[index - 1] : 0
        if state.colonsInToken >= 3 || next == UInt8(ascii: "/") || next == UInt8(ascii: ":")
            || (isHexLetter(previous) && ByteClass.isAlphanumeric(next)) || (isHexLetter(next) && ByteClass.isAlphanumeric(previous)) {
            state.signals.insert(.networkShape)
        }
    }

    /// Two letters at `index`, or a space and two capitals, as after a postcode's digits.
    private static func isPostcodeLetters(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 2 < text.count || (index + 2 == text.count && text[index] != 0x20) else { return false }
        if text[index] == 0x20 { return ByteClass.isUpper(text[index + 1]) && index + 2 < text.count && ByteClass.isUpper(text[index + 2]) }
        return ByteClass.isASCIILetter(text[index]) && ByteClass.isASCIILetter(text[index + 1])
    }

    /// Whether a street name can stand around the number at `start`, as
    /// ``StreetAddressDetector`` reads one: among the four words before it, joined by single
    /// spaces or dashes with name particles between, a capitalised word or one ending in an
    /// unmistakable street word; or a capitalised word among the three after it.
    private static func mayBeHouseNumber(_ text: UnsafeBufferPointer<UInt8>, at start: Int, lineStart: Int) -> Bool {
        // `graan voor visch 183, 2132 vs`, `ringbaan-oost 14-b, 5013 ca`: a postcode after the
        // number and its addition or floor, whatever the street is called.
        var afterNumber = start
        while afterNumber < text.count, afterNumber - start < 12, text[afterNumber] != 0x0A {
            if text[afterNumber] == 0x20 || text[afterNumber] == UInt8(ascii: ","), StreetAddressDetector.postcodeLetters(after: afterNumber, in: text) != nil { return true }
            afterNumber += 1
        }
        // The number's own shape first: digits and at most one letter (`24`, `212A`), not `3rd`.
        var shapeEnd = start
        while shapeEnd < text.count, ByteClass.isDigit(text[shapeEnd]) { shapeEnd += 1 }
        if shapeEnd < text.count, ByteClass.isASCIILetter(text[shapeEnd]) { shapeEnd += 1 }
        guard shapeEnd >= text.count || !ByteClass.isWordByte(text[shapeEnd]) else { return false }
        if StreetAddressDetector.followsHouseNumberCue(text, start) || StreetAddressDetector.followsPersonAt(text, start) { return true }
        var wordEnd = start - 1
        for step in 0..<4 {
            guard wordEnd > lineStart, text[wordEnd] == 0x20 || (step > 0 && text[wordEnd] == UInt8(ascii: "-")) else { break }
            // `Kerkstr. 12`: the street word's full stop.
            // `nummer 7`, `t/o 1040`: a word that stands before a house number.
            if step == 0, StreetAddressDetector.spaceBeforeNumberMarker(text, wordEnd) != nil { return true }
            if step == 0 { wordEnd = StreetAddressDetector.abbreviatedStreetEnd(text, wordEnd) }
            var wordStart = wordEnd
            while wordStart > lineStart, ByteClass.isWordByte(text[wordStart - 1]) || text[wordStart - 1] == UInt8(ascii: "'") { wordStart -= 1 }
            guard wordStart < wordEnd else { break }
            // `ringbaan west 142`: the side of town after a street word.
            if step == 0, ByteClass.isLower(text[wordStart]), StreetAddressDetector.isDirection(text[wordStart..<wordEnd]) { return StreetAddressDetector.endsInStreetWord(text, before: start) }
            // `number 6, Orchard Way`, `at number 8`: ``StreetAddressDetector`` reads a number
            // after the word `number` with less around it.
            if step == 0, StreetAddressDetector.isNumberWord(text[wordStart..<wordEnd]) { return true }
            // `I'm in flat 6`: a flat in a building named before; `zorgcentrum De Loofhut, kamer 214`.
            if step == 0, StreetAddressDetector.isHomeInBuilding(text[wordStart..<wordEnd]) || StreetAddressDetector.isRoomWord(text[wordStart..<wordEnd].lazy.map(ByteClass.lowercased)) { return true }
            let first = text[wordStart]
            if ByteClass.isUpper(first) || first == 0xC3 { return true }
            let word = UnsafeBufferPointer(rebasing: text[wordStart..<wordEnd])
            for suffix in StreetAddressDetector.unmistakableSuffixes where word.count >= suffix.count + 3 && word.suffix(suffix.count).elementsEqual(suffix) { return true }
            if StreetAddressDetector.isLowercaseWegStreet(word.lazy.map(ByteClass.lowercased)) { return true }
            // `de buren van 12`: a neighbour's house.
            if step == 1, StreetAddressDetector.isNeighbourWord(word.lazy.map(ByteClass.lowercased)) { return true }
            guard StreetAddressDetector.particles.contains(word.lazy.map(ByteClass.lowercased)) else { break }
            wordEnd = wordStart - 1
        }
        var position = start
        var words = 0
        while position < text.count, text[position] != 0x0A, words < 4 {
            guard ByteClass.isWordByte(text[position]) else { position += 1; continue }
            if words > 0, ByteClass.isUpper(text[position]) { return true }
            let wordStart = position
            while position < text.count, ByteClass.isWordByte(text[position]) { position += 1 }
            // `14 elm grove`: a street word in lower case, which the detector reads in a line
            // written all in lower case.
            if words > 0, StreetAddressDetector.isLowercaseEnglishStreetWord(text[wordStart..<position]) || StreetAddressDetector.isWelshStreetWord(text[wordStart..<position]) { return true }
            // `3 the willows`: a street named with `the`, which the detector reads after a cue.
            if words == 0, position - wordStart == 3, text[wordStart] | 0x20 == UInt8(ascii: "t"), text[wordStart + 1] == UInt8(ascii: "h"), text[wordStart + 2] == UInt8(ascii: "e") { return true }
            words += 1
        }
        return false
    }

    /// Whether a capitalised word and `van` stand right before `start` (`Yusuf van 12`).
    private static func followsCapitalisedWordAndVan(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 7, text[start - 1] == 0x20, text[start - 2] | 0x20 == UInt8(ascii: "n"), text[start - 3] | 0x20 == UInt8(ascii: "a"),
              text[start - 4] | 0x20 == UInt8(ascii: "v"), text[start - 5] == 0x20 else { return false }
        var wordStart = start - 5
        while wordStart > 0, ByteClass.isWordByte(text[wordStart - 1]) { wordStart -= 1 }
        return wordStart < start - 5 && (ByteClass.isUpper(text[wordStart]) || text[wordStart] == 0xC3)
    }

    /// Whether the word can open a cue of ``DateOfBirthDetector``: it starts with `geb`
    /// (`geboren`, `geb.`, `geboortedatum`) or `dob`, or with `bor` or `bir` and has a fourth
    /// letter (`born`, `birth`, `birthday`).
    @inline(__always)
    private static func isBirthCue(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let a = text[start] | 0x20, b = text[start + 1] | 0x20, c = text[start + 2] | 0x20
        switch (a, b, c) {
        case (UInt8(ascii: "g"), UInt8(ascii: "e"), UInt8(ascii: "b")), (UInt8(ascii: "d"), UInt8(ascii: "o"), UInt8(ascii: "b")): return true
        case (UInt8(ascii: "b"), UInt8(ascii: "o"), UInt8(ascii: "r")), (UInt8(ascii: "b"), UInt8(ascii: "i"), UInt8(ascii: "r")): return end - start >= 4
        default: return false
        }
    }

    /// The length of a clock time in brackets at `start`, with the spaces after it
    /// (`[00:01:05] `), or 0: digits and colons only, every group of digits touching a colon,
    /// so none of them is read as a number; the closing bracket within 24 bytes, as
    /// ``Redactor/timePrefixLength(in:)`` reads it.
    @inline(__always)
    static func clockTimeLength(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = text.count
        guard start < count, text[start] == UInt8(ascii: "[") else { return 0 }
        var index = start + 1
        var colons = 0
        var afterDigit = false
        while index < count, index - start < 24 {
            let byte = text[index]
            if ByteClass.isDigit(byte) {
                afterDigit = true
            } else if byte == UInt8(ascii: ":"), afterDigit {
                colons += 1
                afterDigit = false
            } else if byte == UInt8(ascii: "]"), afterDigit, colons > 0 {
                index += 1
                while index < count, text[index] == 0x20 { index += 1 }
                return index - start
            } else {
                return 0
            }
            index += 1
        }
        return 0
    }

    @inline(__always) private static func isDateSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")
    }

    @inline(__always) private static func isHexLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 6 }

    /// Reads the run of word bytes at `start` and returns where it ends.
    @inline(__always)
    private static func readWord(_ text: UnsafeBufferPointer<UInt8>, from start: Int, _ state: inout LineState, _ words: borrowing SignalWords) -> Int {
        let count = text.count
        let first = text[start]
        let opensInsideSentence = !state.sentenceStart
        state.sentenceStart = false
        var index = start
        var hash: UInt64 = 0
        var digits = 0
        var nonASCII = false
        // Joined by `-` or `/` to the word before, which was part of a code: this word is too.
        let joinedToCode = state.inCode && start >= 1 && (text[start - 1] == UInt8(ascii: "-") || text[start - 1] == UInt8(ascii: "/")) && state.lastWordEnd == start - 1
        var isCode = joinedToCode
        while index < count {
            let byte = text[index]
            // Most bytes of a word are lower-case letters: test for them first.
            if ByteClass.isLower(byte) {
                hash = SignalWords.step(hash, byte)
                index += 1
                continue
            }
            if ByteClass.isDigit(byte) {
                let runStart = index
                if digits == 0, !isCode {
                    isCode = runStart > start && ByteClass.isASCIILetter(text[runStart - 1])
                        || runStart == start && start >= 2 && (text[start - 1] == UInt8(ascii: "-") || text[start - 1] == UInt8(ascii: "/")) && ByteClass.isASCIILetter(text[start - 2])
                }
                repeat { index += 1 } while index < count && ByteClass.isDigit(text[index])
                digits += index - runStart
                let run = index - runStart
                let afterTime = runStart >= 2 && text[runStart - 1] == UInt8(ascii: ":") && ByteClass.isDigit(text[runStart - 2])
                let beforeTime = index + 1 < count && text[index] == UInt8(ascii: ":") && ByteClass.isDigit(text[index + 1])
                // Clock times (`14:30`, `[00:01:05]`) are no house numbers, ages or dates.
                if !afterTime && !beforeTime {
                    if runStart == start, run <= 4 {
                        state.signals.insert(.shortNumber)
                        // `my address is 6 primrose hill`: any short number after an address cue.
                        if !state.signals.contains(.houseNumber), state.sawAddressCue || mayBeHouseNumber(text, at: start, lineStart: state.start) { state.signals.insert(.houseNumber) }
                    }
                    // A code's digits are no date: the detectors read a code as one word.
                    if !isCode, run <= 2 || (run == 4 && index + 1 < count && isDateSeparator(text[index]) && ByteClass.isDigit(text[index + 1])) {
                        state.signals.insert(.dateShape)
                    }
                }
                if !isCode, run == 4, text[runStart] == UInt8(ascii: "1") || text[runStart] == UInt8(ascii: "2") { state.signals.insert(.year) }
                // `Milan (9)`, `Kacper (11 jaar)`: an age in parentheses; `Yusuf van 12`: a name,
                // `van` and an age (``AgeDetector``).
                if run <= 3, runStart == start, start >= 1, text[start - 1] == UInt8(ascii: "("), index < count, text[index] == UInt8(ascii: ")") || text[index] == 0x20 {
                    state.signals.insert(.ageCue)
                } else if run <= 3, runStart == start, Self.followsCapitalisedWordAndVan(text, start) {
                    state.signals.insert(.ageCue)
                } else if run <= 3, runStart == start, start >= 3, index < count, text[index] == UInt8(ascii: ","), text[start - 1] == 0x20, text[start - 2] == UInt8(ascii: ","),
                          ByteClass.isWordByte(text[start - 3]) {
                    // `Kyle Brennan, 16, lives ...`: an age between commas after a name (``AgeDetector``).
                    state.signals.insert(.ageCue)
                }
                // `ze is van '34`: a year in two digits; `ik ben van 1958`: a year of birth.
                if run == 2, runStart == start, start >= 1, text[start - 1] == UInt8(ascii: "'") { state.signals.insert(.year) }
                if run == 4, runStart == start, start >= 4, text[start - 1] == 0x20, text[start - 2] | 0x20 == UInt8(ascii: "n"),
                   text[start - 3] | 0x20 == UInt8(ascii: "a"), text[start - 4] | 0x20 == UInt8(ascii: "v") {
                    state.signals.insert(.dateShape)
                }
                // `born in 1941`: a year of birth after `in` (the detector asks for a cue too).
                if run == 4, runStart == start, start >= 3, text[start - 1] == 0x20, text[start - 2] | 0x20 == UInt8(ascii: "n"),
                   text[start - 3] | 0x20 == UInt8(ascii: "i") {
                    state.signals.insert(.dateShape)
                }
                if run == 4, text[runStart] != UInt8(ascii: "0"), runStart == 0 || !ByteClass.isAlphanumeric(text[runStart - 1]) {
                    if isPostcodeLetters(text, at: index) {
                        state.signals.insert(.postcodeShape)
                    } else if index + 3 <= count, text[index] == 0x20, ByteClass.isLower(text[index + 1]), ByteClass.isLower(text[index + 2]),
                              index + 3 == count || !ByteClass.isWordByte(text[index + 3]), !PostcodeDetector.twoLetterWords.contains(text[(index + 1)..<(index + 3)]) {
                        // `7811 hr` counts only in a line written all in lower case, or after the
                        // word `postcode` (``PostcodeDetector``).
                        if PostcodeDetector.followsPostcodeCue(text, runStart) { state.signals.insert(.postcodeShape) } else { state.lowercasePostcode = true }
                    }
                }
                if run == 1, runStart == start {
                    if PostcodeDetector.mayOpenBritishInwardCode(text, at: start) {
                        state.signals.insert(.postcodeShape)
                    } else if PostcodeDetector.mayOpenBritishInwardCode(text, at: start, lowercase: true) {
                        // `b13 9rx` counts in a line written all in lower case, or where its
                        // letters open a postcode area (`ng3 2fh`; ``PostcodeDetector``).
                        var outwardStart = start - 1
                        while outwardStart > 0, ByteClass.isAlphanumeric(text[outwardStart - 1]) { outwardStart -= 1 }
                        if PostcodeDetector.opensWithBritishArea(text, outwardStart..<(start - 1)) {
                            state.signals.insert(.postcodeShape)
                        } else {
                            state.lowercasePostcode = true
                        }
                    }
                }
                continue
            }
            if ByteClass.isUpper(byte) {
                state.uppercase += 1
                hash = SignalWords.step(hash, byte | 0x20)
            } else if byte >= 0x80 {
                hash = SignalWords.step(hash, byte)
                nonASCII = true
            } else {
                break
            }
            index += 1
        }
        let end = index
        state.wordLength = end - start
        // `And the current badge number, it's on the front.`: a request without its question
        // mark opens with `And` or `En` (``Redactor/addAnswers(_:lines:_:)``).
        if first == UInt8(ascii: "A") ? end - start == 3 && text[start + 1] == UInt8(ascii: "n") && text[start + 2] == UInt8(ascii: "d")
            : first == UInt8(ascii: "E") && end - start == 2 && text[start + 1] == UInt8(ascii: "n") {
            state.signals.insert(.question)
        }
        if opensInsideSentence, ByteClass.isUpper(first) || (first == 0xC3 && start + 1 < count && text[start + 1] >= 0x80 && text[start + 1] <= 0x9E),
           !PersonNameDetector.isPronounI(text, at: start) {
            state.capitalInsideSentence = true
        }
        // Most words are letters only, in no list, between spaces or punctuation that joins no
        // words, after another such word: nothing carries over from them but where they are.
        let flags = digits == 0 ? words.flags(for: SignalWords.finish(hash, length: end - start)) : 0
        // Short words that may open a value read apart: a spelled word (`O-L-U-...`), a Dutch
        // IBAN (`NL 91 ...`), a National Insurance number (`QQ 12 ...`); most are `u`, `de`, `is`.
        if end - start <= 2, end + 2 < count, text[end] < 0x30 {
            // `x.com/...`: a social network's host of one letter.
            if end - start == 1, first | 0x20 == UInt8(ascii: "x"), end + 5 <= count, text[end] == UInt8(ascii: "."), text[end + 1] | 0x20 == UInt8(ascii: "c"),
               text[end + 2] | 0x20 == UInt8(ascii: "o"), text[end + 3] | 0x20 == UInt8(ascii: "m"), text[end + 4] == UInt8(ascii: "/") {
                state.signals.insert(.networkShape)
            }
            // `m k six seven x p t`: a British plate read out (``LicencePlateDetector``).
            if end - start == 1, LicencePlateDetector.opensSpokenPlate(text, at: start), LicencePlateDetector.spokenIssuedBritishPlate(text, at: start) != nil {
                state.signals.insert(.plateShape)
            }
            if end - start == 1, SpelledWordDetector.joiner(after: start, in: text) != nil || SpelledWordDetector.opensSpellingAlphabet(text, at: start) {
                state.signals.insert(.spelledLetters)
                if IBANDetector.opensDutchSpelledOut(text, at: start) { state.signals.insert(.ibanShape) }
            }
            if end - start == 2, ByteClass.isDigit(text[end + 1]) {
                // `NL 91 ...` opens an IBAN read apart, or a VAT number (`NL 8612.34.567.B01`).
                if IBANDetector.opensDutchReadApart(text, at: start) { state.signals.insert([.ibanShape, .longCode]) }
                if IdentifierCueDetector.opensNationalInsuranceNumber(text, at: start) { state.signals.insert(.longCode) }
                // `badge number PH 04417`: a taxi driver's badge, shorter than a long code.
                if state.signals.contains(.documentCue), ByteClass.isUpper(first) { state.signals.insert(.longCode) }
            } else if end - start == 2, text[end] == 0x20, first | 0x20 == UInt8(ascii: "n"), text[start + 1] | 0x20 == UInt8(ascii: "l") {
                // `NL drieëntwintig ...`: a Dutch IBAN read out in words (``IBANDetector``).
                var nextEnd = end + 1
                while nextEnd < count, ByteClass.isWordByte(text[nextEnd]) { nextEnd += 1 }
                if words.flags(for: SignalWords.hash(text, (end + 1)..<nextEnd)) & SignalWords.numberDigitsMask != 0 { state.signals.insert(.ibanShape) }
            }
        }
        if digits == 0, flags == 0, state.isSettled, !isJoiner(before: start, in: text), !isJoiner(after: end, in: text) {
            state.lastWordEnd = end
            state.dashedStart = start
            state.compoundStart = start
            if end - start >= 3 {
                if first | 0x20 == UInt8(ascii: "w"), text[start + 1] | 0x20 == UInt8(ascii: "w"), text[start + 2] | 0x20 == UInt8(ascii: "w") {
                    state.signals.insert(.networkShape)
                }
                if isBirthCue(text, start, end) { state.signals.insert(.birthCue) }
            }
            return end
        }

        // A number read out: groups and number words with at most a comma, full stop or dash
        // between them.
        if state.spokenDigits > 0 || state.spokenHasWord, state.lastWordEnd < 0 || !SpokenNumberDetector.isJoinable(text, state.lastWordEnd, start) {
            state.spokenDigits = 0
            state.spokenHasWord = false
        }
        let previousWordEnd = state.lastWordEnd
        state.lastWordEnd = end
        state.inCode = isCode
        // Words joined by single dashes (`12-BBB-3`), for the shape of a licence plate.
        if !(start >= 2 && text[start - 1] == UInt8(ascii: "-") && ByteClass.isAlphanumeric(text[start - 2]) && ByteClass.isAlphanumeric(first)) {
            state.dashedStart = start
            state.dashedHasDigit = false
        }
        if digits > 0 { state.dashedHasDigit = true }
        if !(end + 1 < count && text[end] == UInt8(ascii: "-") && ByteClass.isAlphanumeric(text[end - 1]) && ByteClass.isAlphanumeric(text[end + 1])),
           state.dashedHasDigit, state.dashedStart < start, (6...8).contains(end - state.dashedStart) {
            // A dash at least: a plate without one counts only after a cue (``plateCue``), so a
            // word such as `Person1` or `A12345` reads no line for plates.
            state.signals.insert(.plateShape)
        }
        if digits > 0 {
            state.afterPerson = false
            if end - start >= 8, end - start <= 14 || end - start == 16 || nonASCII { state.signals.insert(.longCode) }
            // `prison number A4417CJ`: a code of seven after a document's cue.
            if end - start == 7, state.signals.contains(.documentCue) { state.signals.insert(.longCode) }
            if isCode {
                // No number runs through a code (see ``DigitGroups``).
                state.runDigits = 0
                state.runEnd = -1
            } else {
                state.runDigits = state.runEnd >= 0 && isDigitGroupGap(text, state.runEnd, start) ? state.runDigits + digits : digits
                state.runEnd = end
                state.longestDigitRun = max(state.longestDigitRun, state.runDigits)
            }
            state.spokenDigits += digits
            // `LK19 XPW`: a British plate, which needs no cue where it could have been issued.
            if digits == 2, end - start == 4 || end - start == 7, LicencePlateDetector.issuedBritishPlateEnd(text, at: start) != nil {
                state.signals.insert(.plateShape)
            }
            if end - start >= 4, ByteClass.isASCIILetter(first), ByteClass.isASCIILetter(text[start + 1]), ByteClass.isDigit(text[start + 2]), ByteClass.isDigit(text[start + 3]) {
                state.signals.insert(.ibanShape)
            }
        } else {
            // `6 5 3 1 G H`: a postcode's digits written one by one, then its letters.
            if state.runDigits == 4, isSingleSpace(text, state.runEnd, start), end - start <= 2, ByteClass.isUpper(first) { state.signals.insert(.postcodeShape) }
            state.runEnd = -1
            if flags & SignalWords.numberDigitsMask != 0 {
                // `sonsbeeksingel zevenentachtig`: a house number said after its street.
                // Not `een` or `one`, which the detector leaves out: by far the commonest number words.
                // `at number eight`, `flat six`: one after `number` and a place word, or a flat.
                if !state.signals.contains(.houseNumber) {
                    if isArticleNumber(text, start, end) {
                        // `een` and `one` only after `at number`: elsewhere an article or a pronoun.
                        if StreetAddressDetector.followsAtNumber(text, start) { state.signals.insert(.houseNumber) }
                    } else if StreetAddressDetector.endsInStreetWord(text, before: start) || StreetAddressDetector.followsAtNumber(text, start)
                                || StreetAddressDetector.followsHouseNumberCue(text, start) || StreetAddressDetector.followsPersonAt(text, start)
                                || StreetAddressDetector.flatWordStart(text, before: start) != nil {
                        state.signals.insert(.houseNumber)
                    }
                }
                state.spokenDigits += Int(flags & SignalWords.numberDigitsMask)
                state.lastNumberWordEnd = end
                state.spokenHasWord = true
            } else {
                // `fourteen Mill Lane`: a house number said before its street.
                if state.spokenHasWord, ByteClass.isUpper(first), isSingleSpace(text, previousWordEnd, start) { state.signals.insert(.houseNumber) }
                // `acht nul één één, K L`: a postcode read out (``PostcodeDetector``); `l s six two
                // j q`: a British one, its inward code's letters after a digit word.
                // `drie vijf een twee, bee kaa`, `be one three nine are ex`: letters by their names.
                if state.spokenHasWord, state.spokenDigits >= 1, ByteClass.isASCIILetter(first),
                   end - start <= 2 && (state.spokenDigits >= 4 || end - start == 1) || flags & SignalWords.letterName != 0 {
                    state.signals.insert(.postcodeShape)
                }
                // `six eight one four two two seven t`: an Irish PPS number read out, its check letter last.
                if state.spokenHasWord, state.spokenDigits == 7, end - start == 1 { state.signals.insert(.spokenDigits) }
                state.spokenDigits = 0
                state.spokenHasWord = false
            }
            if flags & SignalWords.name != 0 {
                let capitalised = ByteClass.isUpper(first) || first == 0xC3
                // At a sentence's start only some listed words can be names (``NameListDetector``).
                if !capitalised || flags & SignalWords.nameOpeningSentence != 0 || !NameListDetector.opensSentence(text, at: start, lineStart: state.start) {
                    state.sawListedName(capitalised: capitalised)
                }
            }
            if flags & SignalWords.nameBeforeCue != 0 { state.nameBeforeCue = true }
            if flags & SignalWords.dot != 0 { state.signals.insert(.dotWord) }
            if flags & SignalWords.ageCue != 0 || (flags & SignalWords.copula != 0 && (state.afterPerson || followsCommaOrAnd(text, start))) { state.signals.insert(.ageCue) }
            // `ellie is four`: a listed name is a person before a copula too.
            state.afterPerson = flags & (SignalWords.person | SignalWords.name) != 0
            if flags & SignalWords.month != 0 { state.signals.insert(.monthWord) }
            if flags & SignalWords.plateCue != 0 { state.signals.insert(.plateCue) }
            if flags & SignalWords.filler != 0, FillerFreeCall.mayInterruptValue(text, start..<end) { state.signals.insert(.filler) }
            if flags & SignalWords.documentCue != 0 { state.signals.insert(.documentCue) }
            if flags & SignalWords.bankCue != 0 { state.signals.insert(.bankCue) }
            if flags & SignalWords.phoneCue != 0 { state.signals.insert(.phoneCue) }
            if flags & SignalWords.request != 0 { state.signals.insert(.question) }
            // A host before its dot, or a network named beside a handle (`@dazza_m16 on Instagram`).
            if flags & SignalWords.socialHost != 0 { state.signals.insert(.networkShape) }
            if flags & SignalWords.houseName != 0, ByteClass.isUpper(first) { state.signals.insert(.houseNumber) }
            if flags & SignalWords.englishStreet != 0, start - state.lastNumberWordEnd <= 32 { state.signals.insert(.houseNumber) }
            // `twenty one heol y nant`: a Welsh street word after a number said in words.
            if flags & SignalWords.welshStreet != 0, start - state.lastNumberWordEnd <= 16 { state.signals.insert(.houseNumber) }
            // `schiedamseweg honderdtwaalf`: a house number in hundreds said after its street,
            // or after an address cue (`adres de westzijde tweehonderdvijf`).
            if flags & SignalWords.hundreds != 0, state.sawAddressCue || StreetAddressDetector.endsInStreetWord(text, before: start)
                || StreetAddressDetector.followsPersonAt(text, start) { state.signals.insert(.houseNumber) }
            if flags & SignalWords.numberDigitsMask != 0, state.sawAddressCue { state.signals.insert(.houseNumber) }
            if flags & SignalWords.addressCue != 0 { state.sawAddressCue = true }
            if flags & (SignalWords.numberDigitsMask | SignalWords.dayOrYear) != 0 { state.signals.insert(.numberWord) }
            if flags & SignalWords.nameCue != 0 || (flags & SignalWords.greeting != 0 && start - state.start <= 100) { state.signals.insert(.nameCue) }
            if flags & SignalWords.closing != 0 { state.signals.insert(.signOffMark) }
            // `Sam here`: `here` and `hier` only right after a capitalised word.
            if flags & SignalWords.placeCue != 0 {
                if followsCapitalisedWord(text, start) { state.signals.insert([.nameCue, .nameShape]) } else { state.lowercasePlaceCue = true }
            }
            if end - start >= 3, first | 0x20 == UInt8(ascii: "w"), text[start + 1] | 0x20 == UInt8(ascii: "w"), text[start + 2] | 0x20 == UInt8(ascii: "w") {
                state.signals.insert(.networkShape)
            }
            if end - start >= 3, isBirthCue(text, start, end) { state.signals.insert(.birthCue) }
        }
        // Eight digits too: a mobile number read without its `06`, said after it (``SpokenNumberDetector``).
        if state.spokenHasWord, state.spokenDigits >= 8 { state.signals.insert(.spokenDigits) }

        // A word with inner `.`, `'` or `-` is looked up whole as well, as the name lists hold
        // some (`jan-willem`, `o'brien`).
        let continuesCompound = end + 1 < count && isCompoundJoiner(text[end]) && ByteClass.isWordByte(text[end + 1])
        let inCompound = start >= 2 && isCompoundJoiner(text[start - 1]) && ByteClass.isWordByte(text[start - 2])
        if !inCompound { state.compoundStart = start }
        if inCompound, !continuesCompound {
            let whole = WordTokenizer.bareWord(in: text, at: state.compoundStart)
            let flags = words.flags(for: SignalWords.hash(text, whole))
            if flags & SignalWords.name != 0 { state.sawListedName(capitalised: ByteClass.isUpper(text[state.compoundStart]) || text[state.compoundStart] == 0xC3) }
            if flags & SignalWords.nameCue != 0 { state.signals.insert(.nameCue) }
            if flags & SignalWords.documentCue != 0 { state.signals.insert(.documentCue) }
            // `he's`, `she's`: the whole word, which the name lookup reads without `'s`.
            if flags & SignalWords.ageCue != 0 || words.flags(for: SignalWords.hash(text, state.compoundStart..<end)) & SignalWords.ageCue != 0 {
                state.signals.insert(.ageCue)
            }
        }
        return end
    }

    /// Whether a capital follows `position`, after spaces if any (`- Robyn`, `^Kev`).
    @inline(__always) private static func opensCapitalisedWord(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        var index = position
        while index < text.count, text[index] == 0x20 { index += 1 }
        return index < text.count && ByteClass.isUpper(text[index])
    }

    /// Whether the word is `een` or `one`, in any case.
    @inline(__always) private static func isArticleNumber(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start == 3 else { return false }
        let a = text[start] | 0x20, b = text[start + 1] | 0x20, c = text[start + 2] | 0x20
        return a == UInt8(ascii: "e") && b == UInt8(ascii: "e") && c == UInt8(ascii: "n") || a == UInt8(ascii: "o") && b == UInt8(ascii: "n") && c == UInt8(ascii: "e")
    }

    /// Whether the word one space before `start` opens with a capital.
    private static func followsCapitalisedWord(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 3, text[start - 1] == 0x20, ByteClass.isWordByte(text[start - 2]) else { return false }
        var wordStart = start - 2
        while wordStart > 0, ByteClass.isWordByte(text[wordStart - 1]) { wordStart -= 1 }
        return ByteClass.isUpper(text[wordStart]) || text[wordStart] == 0xC3
    }

    /// Whether a comma (`meneer Vroemen, is 88`) or `en`/`and` (`hij heet Daan en is 16`)
    /// stands right before the word at `start`: a copula there may follow a person
    /// (``AgeDetector``).
    private static func followsCommaOrAnd(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 3, text[start - 1] == 0x20 else { return false }
        if text[start - 2] == UInt8(ascii: ",") { return true }
        let en = text[start - 3] | 0x20 == UInt8(ascii: "e") && text[start - 2] | 0x20 == UInt8(ascii: "n") && (start == 3 || text[start - 4] == 0x20)
        let and = start >= 5 && text[start - 4] | 0x20 == UInt8(ascii: "a") && text[start - 3] | 0x20 == UInt8(ascii: "n") && text[start - 2] | 0x20 == UInt8(ascii: "d") && text[start - 5] == 0x20
        return en || and
    }

    @inline(__always) private static func isSingleSpace(_ text: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        from >= 0 && to == from + 1 && text[from] == 0x20
    }

    /// Whether `.`, `'` or `-` joins the word at `start` to a word before it (`Jan-Willem`).
    @inline(__always) private static func isJoiner(before start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        start >= 2 && isCompoundJoiner(text[start - 1]) && ByteClass.isWordByte(text[start - 2])
    }

    /// Whether `.`, `'` or `-` joins the word that ends at `end` to a word after it.
    @inline(__always) private static func isJoiner(after end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        end + 1 < text.count && isCompoundJoiner(text[end]) && ByteClass.isWordByte(text[end + 1])
    }

    @inline(__always) private static func isCompoundJoiner(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
    }

    /// At most three spaces or `-./()`: what may stand between the groups of a number
    /// (as ``DigitGroups`` joins them).
    @inline(__always)
    private static func isDigitGroupGap(_ text: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard to - from <= 3 else { return false }
        for index in from..<to where !DigitGroups.isSeparator(text[index]) { return false }
        return true
    }
}

/// The words the line scan looks up, in one table: name-list words, number words, the words
/// of spoken e-mail addresses, the cues for names and ages, and month names.
struct SignalWords: Sendable {
    /// The low bits: how many digits a number word stands for (1 for `zes`, 2 for `twaalf`,
    /// 4 for `dubbel`, which can repeat a two-digit word).
    static let numberDigitsMask: Int32 = 0x7
    static let name: Int32 = 1 << 3
    static let dot: Int32 = 1 << 4
    static let nameCue: Int32 = 1 << 5
    /// `met`, which opens a Dutch caller's name.
    static let greeting: Int32 = 1 << 6
    static let ageCue: Int32 = 1 << 7
    static let month: Int32 = 1 << 8
    /// An ordinal day (`ninth`) or a year's first word (`negentienhonderd`).
    static let dayOrYear: Int32 = 1 << 9
    static let person: Int32 = 1 << 10
    static let copula: Int32 = 1 << 11
    static let plateCue: Int32 = 1 << 12
    /// A listed name that can be a name where it opens a sentence: a first name that is no
    /// common word, or a surname that is not also a common word (``NameListDetector``).
    static let nameOpeningSentence: Int32 = 1 << 13
    /// A cue that follows the name it gives (`speaking`).
    static let nameBeforeCue: Int32 = 1 << 14
    static let documentCue: Int32 = 1 << 15
    static let bankCue: Int32 = 1 << 16
    /// `here`, `hier`: a name cue right after a capitalised word (``PersonNameDetector/placeCueWords``).
    static let placeCue: Int32 = 1 << 17
    /// `Cottage`, `Farm`, ...: the end of a named house, which stands for a house number.
    static let houseName: Int32 = 1 << 18
    /// A word of a phone number's cue (``NumberDetector/phoneCueWords``).
    static let phoneCue: Int32 = 1 << 19
    /// An English street word that is no everyday word (``StreetAddressDetector/lowercaseEnglishStreetWords``).
    static let englishStreet: Int32 = 1 << 20
    /// `eh`, `uh`, `um`, ... (``FillerFreeCall/fillerWords``).
    static let filler: Int32 = 1 << 21
    /// A word that asks for a value without a question mark (``Redactor/requestWords``).
    static let request: Int32 = 1 << 22
    /// The name of a social network (``NetworkAddressDetector/handleNetworkWords``), its host among them.
    static let socialHost: Int32 = 1 << 23
    /// A house number in hundreds said as one Dutch word (``NumberWords/dutchHundredsWords``).
    static let hundreds: Int32 = 1 << 24
    /// A word of an address cue (``StreetAddressDetector/addressCueWords``): a number said in
    /// words after it may be a house number (`mijn adres is de westzijde twaalf`).
    static let addressCue: Int32 = 1 << 25
    /// A Welsh street word (``StreetAddressDetector/welshWordList``), which opens the street's
    /// name after its number.
    static let welshStreet: Int32 = 1 << 26
    /// A letter's name (``SpokenLetters/names``: `kaa`, `el`) or a word of the spelling
    /// alphabet (`Bravo`), which a code read out holds where a letter stands.
    static let letterName: Int32 = 1 << 27
    /// A word that closes a message before its writer's name (``SignOffDetector/closingWordList``).
    static let closing: Int32 = 1 << 28

    /// The table, built once; a scan takes it once rather than once per word.
    static let shared = SignalWords()

    /// Most words are in no list: a bitmap of 8 KB, which stays in the L1 cache, rules them
    /// out before the table is probed. Each listed word sets two bits, from two parts of its
    /// hash, and a word must find both: with one bit, one listed name that shared its bit with
    /// `de` or `the` sent every `de` to the table (about 5% of the scan's time).
    private let filter: [UInt64]
    private let table: WordHashTable

    private init() {
        var bits = [UInt64](repeating: 0, count: 1024)
        for hash in Self.entries.keys {
            let (first, second) = Self.filterBits(hash)
            for bit in [first, second] { bits[bit >> 6] |= 1 << UInt64(bit & 63) }
        }
        filter = bits
        table = WordHashTable(Self.entries.map { ($0.key, Int($0.value)) })
    }

    /// Adds a byte to a word's hash. The scan hashes every word, so the hash is cheaper than
    /// ``StableHash``: a step only rotates and mixes in the byte, which leaves words of up to
    /// 8 bytes without collisions, and ``finish(_:length:)`` mixes once per word.
    @inline(__always) static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        ((hash << 8) | (hash >> 56)) ^ UInt64(byte)
    }

    @inline(__always) static func finish(_ hash: UInt64, length: Int) -> UInt64 {
        var mixed = (hash ^ UInt64(truncatingIfNeeded: length) << 58) &* 0x9E37_79B9_7F4A_7C15
        mixed ^= mixed >> 29
        return mixed
    }

    /// The scan's hash of `text[range]`, ASCII letters lower-cased.
    static func hash(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0
        for position in range { hash = step(hash, ByteClass.lowercased(text[position])) }
        return finish(hash, length: range.count)
    }

    static func hash(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { hash($0, 0..<$0.count) }
    }

    @inline(__always) private static func filterBits(_ hash: UInt64) -> (Int, Int) {
        (Int(truncatingIfNeeded: hash >> 48), Int(truncatingIfNeeded: (hash >> 32) & 0xFFFF))
    }

    @inline(__always) func flags(for hash: UInt64) -> Int32 {
        let (first, second) = Self.filterBits(hash)
        let found = filter.withUnsafeBufferPointer { filter in
            filter[first >> 6] & (1 << UInt64(first & 63)) != 0 && filter[second >> 6] & (1 << UInt64(second & 63)) != 0
        }
        guard found else { return 0 }
        return Int32(truncatingIfNeeded: table.value(for: hash) ?? 0)
    }

    private static let entries: [UInt64: Int32] = {
        var flags: [UInt64: Int32] = [:]
        for word in NameLists.withCapitalInitials(NameLists.firstNames + NameLists.surnames) {
            let hash = hash(word)
            flags[hash, default: 0] |= name
            if NameListDetector.mayBeNameOpeningSentence(word) { flags[hash, default: 0] |= nameOpeningSentence }
        }
        for word in PersonNameDetector.namesBefore { flags[hash(word), default: 0] |= nameBeforeCue }
        for (word, value) in NumberWords.words {
            let hash = hash(word)
            let digits: Int32 = value >= NumberWords.repeatBase ? 4 : value >= NumberWords.singleDigitBase ? 1 : 2
            flags[hash, default: 0] |= digits
        }
        for word in ["punt", "dot"] { flags[hash(word), default: 0] |= dot }
        for word in PersonNameDetector.cueSignalWords { flags[hash(word), default: 0] |= nameCue }
        flags[hash("met"), default: 0] |= greeting
        for word in AgeDetector.cueWords { flags[hash(word), default: 0] |= ageCue }
        for word in LicencePlateDetector.cueWords { flags[hash(word), default: 0] |= plateCue }
        for word in IdentifierCueDetector.groupedNumberCueWords { flags[hash(word), default: 0] |= documentCue }
        flags[hash(IBANDetector.sortCodeCueWord), default: 0] |= bankCue
        for word in NumberDetector.phoneCueWords { flags[hash(word), default: 0] |= phoneCue }
        for word in StreetAddressDetector.lowercaseEnglishStreetWords { flags[hash(word), default: 0] |= englishStreet }
        for word in FillerFreeCall.fillerWords { flags[hash(word), default: 0] |= filler }
        for word in Redactor.requestWords { flags[hash(word), default: 0] |= request }
        for word in NetworkAddressDetector.handleNetworkWords { flags[hash(word), default: 0] |= socialHost }
        // Three digits each, as a group of a number read out (`tweehonderdachtendertig veertien ...`).
        for word in NumberWords.dutchHundredsWords { flags[hash(word), default: 0] |= hundreds | 3 }
        for word in StreetAddressDetector.addressCueWords { flags[hash(word), default: 0] |= addressCue }
        for word in StreetAddressDetector.welshWordList { flags[hash(word), default: 0] |= welshStreet }
        for word in SpokenLetters.names + LicencePlateDetector.spellingAlphabetWords { flags[hash(word), default: 0] |= letterName }
        for word in PersonNameDetector.placeCueWords { flags[hash(word), default: 0] |= placeCue }
        for word in SignOffDetector.closingWordList { flags[hash(word), default: 0] |= closing }
        for word in StreetAddressDetector.houseNameWords { flags[hash(word), default: 0] |= houseName }
        for word in AgeDetector.personWords { flags[hash(word), default: 0] |= person }
        for word in AgeDetector.plainCopulaWords { flags[hash(word), default: 0] |= copula }
        for word in SpokenDateOfBirthDetector.monthNames.keys { flags[hash(word), default: 0] |= month }
        for word in SpokenDateOfBirthDetector.ordinalWords.map(\.word) + SpokenDateOfBirthDetector.centuryWords + SpokenDateOfBirthDetector.compoundYearWords.map(\.word) {
            flags[hash(word), default: 0] |= dayOrYear
        }
        return flags
    }()
}
