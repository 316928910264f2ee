extension Redactor {
    /// What a question asks for, and the cue that stands in for it in the answer.
    private struct AskedValue {
        var type: PIIType
        /// Put before the answer's first word, so that the detectors read the answer as if the
        /// cue had been said in the same breath: `Jansen.` after `Wat is uw achternaam?` is read
        /// as `mijn naam is Jansen.` Nil where the answer is read another way only (an age, the
        /// start of a phone number).
        var carriedCue: String?
        /// The question asks for initials (`En uw voorletters?`), which alone are no name
        /// anywhere else.
        var initials = false
        /// The question asks for a house number alone (`En het huisnummer?`), which alone is
        /// no address anywhere else.
        var houseNumber = false
        /// The question asks for a card's security code (`And the CVV?`), three or four digits
        /// that must never be kept (PCI DSS).
        var securityCode = false
        /// The question asks for a British bank account's number (`and the account number`),
        /// which is the account only after its sort code: alone it is any number.
        var accountNumber = false
        /// The question asks which children (`welke kinderen verhuizen mee`), which the answer
        /// names with their ages: `deniz van negen en ela van zes`.
        var children = false

        /// Whether `other` asks for the same kind of value, whatever cue it carries.
        func asksForTheSame(as other: AskedValue) -> Bool {
            type == other.type && initials == other.initials && houseNumber == other.houseNumber && securityCode == other.securityCode
                && accountNumber == other.accountNumber && children == other.children
        }
    }

    private static let questionCues: [(phrase: String, asked: AskedValue)] = {
        let name = AskedValue(type: .name, carriedCue: "mijn naam is")
        let initials = AskedValue(type: .name, carriedCue: "mijn naam is", initials: true)
        // Several names asked at once are read as relatives named in a list (``PersonNameDetector``).
        let names = AskedValue(type: .name, carriedCue: "mijn kinderen heten")
        let birth = AskedValue(type: .dateOfBirth, carriedCue: "geboortedatum")
        let bsn = AskedValue(type: .bsn, carriedCue: "bsn")
        let plate = AskedValue(type: .licencePlate, carriedCue: "kenteken")
        let document = AskedValue(type: .documentNumber, carriedCue: "documentnummer")
        let licence = AskedValue(type: .documentNumber, carriedCue: "rijbewijsnummer")
        let address = AskedValue(type: .address, carriedCue: "adres")
        let chamber = AskedValue(type: .documentNumber, carriedCue: "kvk-nummer")
        let foreignNational = AskedValue(type: .documentNumber, carriedCue: "v-nummer")
        let nhs = AskedValue(type: .documentNumber, carriedCue: "nhs number")
        let nationalInsurance = AskedValue(type: .documentNumber, carriedCue: "national insurance number")
        let badge = AskedValue(type: .documentNumber, carriedCue: "badge number")
        let pps = AskedValue(type: .documentNumber, carriedCue: "pps number")
        let pesel = AskedValue(type: .documentNumber, carriedCue: "pesel")
        let bankAccount = AskedValue(type: .iban, carriedCue: "sort code")
        let accountNumber = AskedValue(type: .iban, carriedCue: nil, accountNumber: true)
        let children = AskedValue(type: .name, carriedCue: nil, children: true)
        let houseNumber = AskedValue(type: .address, carriedCue: nil, houseNumber: true)
        let securityCode = AskedValue(type: .paymentCard, carriedCue: nil, securityCode: true)
        let card = AskedValue(type: .paymentCard, carriedCue: "card")
        let age = AskedValue(type: .age, carriedCue: nil)
        // `sandra atkins one at gmail dot com` after `And your email address?`: with the cue
        // before it, every word before `at` is the local part.
        let email = AskedValue(type: .email, carriedCue: "email")
        // The detectors find a whole phone number without a cue: only its start is read apart.
        let phone = AskedValue(type: .phone, carriedCue: nil)
        return [
            ("is uw naam", name), ("ik uw naam", name), ("uw naam nog", name), ("uw achternaam", name), ("uw voornaam", name),
            ("uw volledige naam", name), ("is je naam", name), ("je naam", name), ("jouw naam", name), ("met wie spreek ik", name), ("wie spreek ik", name),
            ("hoe heet", name), ("is your name", name), ("your name", name), ("uw naam", name), ("have your name", name), ("take your name", name), ("your surname", name),
            ("your last name", name), ("your first name", name), ("your full name", name), ("your own name", name), ("uw eigen naam", name), ("who am i speaking", name),
            ("haar naam", name), ("zijn naam", name), ("her name", name), ("his name", name), ("their name", name),
            ("his surname", name), ("her surname", name), ("their surname", name), ("zijn achternaam", name), ("haar achternaam", name),
            ("voorletters", initials), ("voorletter", initials), ("initials", initials), ("initial", initials),
            // A question that ends with the word: `And the tenant's name?`, `Uw naam?`
            ("name?", name), ("naam?", name),
            // Someone else's: `What's your son's name and date of birth?`, `De naam van uw zoon?`
            ("son's name", name), ("daughter's name", name), ("child's name", name), ("children's names", names), ("husband's name", name),
            ("sons' names", names), ("daughters' names", names), ("kids' names", names), ("namen van de kinderen", names),
            ("welke kinderen", children), ("which children", children), ("which of the children", children),
            ("wife's name", name), ("partner's name", name), ("mother's name", name), ("mum's name", name), ("father's name", name),
            ("dad's name", name), ("tenant's name", name), ("patient's name", name), ("baby's name", name), ("neighbour's name", name),
            ("what's your name", name), ("name of your", name), ("names of your", names), ("naam van uw", name), ("naam van je", name),
            ("naam van de", name), ("namen van", names),
            ("welke naam", name), ("wiens naam", name), ("which name", name), ("what name", name), ("whose name", name),
            ("who's calling", name), ("who is calling", name), ("spell that", name), ("spellen", name), ("whose name", name),
            ("geboortedatum", birth), ("geboortedata", birth), ("geboren", birth), ("date of birth", birth), ("dates of birth", birth),
            ("birth date", birth), ("born", birth), ("dob", birth), ("d.o.b", birth), ("geb. datum", birth), ("geb.datum", birth), ("geb datum", birth),
            ("birthday", birth),
            ("bsn", bsn), ("burgerservicenummer", bsn), ("sofinummer", bsn), ("citizen service number", bsn),
            ("kenteken", plate), ("licence plate", plate), ("license plate", plate), ("registration", plate), ("number plate", plate),
            ("paspoortnummer", document), ("documentnummer", document), ("passport number", document), ("id-kaart", document),
            ("paspoort", document), ("passport", document), ("identiteitskaart", document), ("rijbewijs", licence),
            ("rijbewijsnummer", licence), ("driving licence number", licence), ("driving license number", licence),
            ("kvk", chamber), ("kamer van koophandel", chamber), ("v-nummer", foreignNational), ("vreemdelingennummer", foreignNational), ("nhs number", nhs), ("chi number", nhs), ("badge number", badge), ("national insurance", nationalInsurance),
            ("pps", pps), ("ppsn", pps), ("pesel", pesel),
            ("sort code", bankAccount), ("account number", accountNumber), ("huisnummer", houseNumber), ("house number", houseNumber), ("door number", houseNumber),
            ("security code", securityCode), ("security number", securityCode), ("cvv", securityCode), ("cvc", securityCode), ("beveiligingscode", securityCode),
            ("digits on the back", securityCode), ("cijfers op de achterkant", securityCode), ("number on the back", securityCode),
            ("uw adres", address), ("uw woonadres", address), ("het woonadres", address), ("het adres", address), ("zijn adres", address), ("haar adres", address), ("je adres", address), ("welk adres", address), ("waar woont", address), ("your address", address),
            ("what's the street", address), ("what street", address), ("which street", address), ("welke straat", address),
            ("the address", address), ("which address", address), ("what address", address), ("where do you live", address), ("first line of", address),
            ("her address", address), ("his address", address), ("their address", address),
            // An address other than the one on file: `Wat is uw nieuwe adres?`, `a forwarding address for her`.
            ("nieuwe adres", address), ("oude adres", address), ("vorige adres", address), ("huidige adres", address), ("postadres", address),
            ("new address", address), ("old address", address), ("previous address", address), ("current address", address),
            ("forwarding address", address), ("postal address", address),
            // Where the caller moves: `And where are you moving to?`, `Waar verhuist u naartoe?`
            ("are you moving to", address), ("you're moving to", address), ("will you be moving to", address), ("verhuist u naartoe", address),
            ("verhuist u naar", address), ("verhuis je naartoe", address), ("gaat u wonen", address), ("ga je wonen", address),
            ("by card", card), ("card number", card), ("card details", card), ("long number", card), ("kaartnummer", card),
            ("met de kaart", card), ("creditcard", card), ("met pin", card),
            ("telefoonnummer", phone), ("mobiele nummer", phone), ("06-nummer", phone), ("phone number", phone), ("mobile number", phone),
            ("contact number", phone), ("number to reach", phone), ("best number", phone),
            ("an email", email), ("your email", email), ("email address", email), ("e-mail address", email), ("uw e-mail", email),
            ("je e-mail", email), ("e-mailadres", email), ("emailadres", email), ("mailadres", email), ("uw mail", email), ("je mail", email),
            ("hoe oud", age), ("uw leeftijd", age), ("haar leeftijd", age), ("zijn leeftijd", age), ("how old", age), ("your age", age),
        ]
    }()
    private static let questionMatcher = PhraseMatcher(phrases: questionCues.map(\.phrase))
    /// The question cues that ask for a street (`welke straat`, `which street`), by phrase index.
    private static let streetQuestionPhrases: [Bool] = questionCues.map { $0.phrase.hasSuffix(" street") || $0.phrase.hasSuffix(" straat") }

    /// Whether the rest of a question for a street asks where a thing is or happened (`gaat het
    /// om`, `staat de auto`, `is the pothole`, `did it happen`), not where the person lives.
    /// (`In welke straat is dat?` after a move may ask for the new home.)
    private static func asksWhereSomethingIs(_ rest: UnsafeBufferPointer<UInt8>) -> Bool {
        !placeQuestionMatcher.matches(in: rest).isEmpty
    }

    private static let placeQuestionMatcher = PhraseMatcher(phrases: ["gaat het", "staat het", "staat de", "staan de", "is de", "was de",
                                                                     "is the", "was the", "did it", "did this", "does it", "happen", "happened", "gebeurd", "gebeurde"])

    /// Words an answer may open with before the value itself.
    private static let answerOpeners: WordSet = WordSet([
        "ja", "jazeker", "jawel", "ok", "oké", "okay", "uh", "eh", "euh", "ehm", "hm", "dat", "is", "het", "die", "mijn", "naam",
        "yes", "yeah", "sure", "it's", "that's", "its", "thats", "it", "that", "my", "name", "er", "erm", "um", "uhm", "well",
        // `That's me, Abimbola Adeyemi-Clarke.`, `Dat ben ik, ...`
        "me", "ben", "ik",
        // `Thank you. Harold James Whitcombe, ...`, `Dank u, ...`
        "thank", "you", "thanks", "dank", "u", "bedankt",
    ])

    /// Values the turns give in answer to a question for them, and values read out over two
    /// turns (`NL91 ABNA` ... `0417 1643 00`), added to `perTurn`.
    ///
    /// - Parameter lines: the lines of the call as ``LineScanner`` read them: only a turn with
    ///   a `?` can ask a question.
    func addAnswers(_ call: CallText, lines: [ScannedLine], _ perTurn: inout [[PIICandidate]]) {
        guard !answerableTypes.isEmpty else {
            addSplitValues(call, &perTurn)
            return addCorrectedHouseNumbers(call, &perTurn)
        }
        let turnSignals = Self.turnSignals(call, lines: lines)
        for index in call.turns.indices.dropLast() {
            guard turnSignals[index].contains(.question) else { continue }
            // Only for types the policy redacts: a pipeline without the birth-date detector
            // keeps birth dates, also when they answer a question.
            if answerableTypes.contains(.age), !call.sameSpeaker(index, index + 1) { addConfirmedAges(call, question: index, &perTurn) }
            let askedValues = Self.askedValues(in: call.text(ofTurn: index)).filter { answerableTypes.contains($0.type) }
            guard !askedValues.isEmpty else { continue }
            // The answer is the other speaker's next turn, or the turn after a short
            // acknowledgement (`Haar BSN heeft u nodig?` / `Graag.` / `231847615`).
            var answers: [Int] = []
            if !call.sameSpeaker(index, index + 1) { answers.append(index + 1) }
            if index + 2 < call.turns.count, Self.isAcknowledgement(call.text(ofTurn: index + 1)) { answers.append(index + 2) }
            for asked in askedValues {
                for answer in answers {
                    var found = asked.carriedCue.map { carriedCueCandidates(call, turn: answer, cue: $0, asked.type) } ?? []
                    if asked.initials { found += initialsAnswer(call, turn: answer) }
                    if asked.type == .age {
                        let opening = ageAnswer(call, turn: answer, askedAboutAPerson: WordTokenizer.holdsWord(of: Self.personWords, in: call.text(ofTurn: index)))
                        found += opening.isEmpty ? linkedAgesAnswer(call, turn: answer) : opening
                    }
                    if asked.houseNumber { found += houseNumberAnswer(call, turn: answer, withPostcode: Self.mentionsPostcode(call.text(ofTurn: index))) }
                    if asked.securityCode { found += securityCodeAnswer(call, turn: answer) }
                    if asked.children { found += childrenAnswer(call, turn: answer) }
                    if asked.accountNumber, let sortCode = Self.sortCode(before: index + 1, perTurn) { found += accountNumberAnswer(call, turn: answer, sortCode: sortCode) }
                    if asked.type == .address, !asked.houseNumber { found += addressWithoutNumber(call, turn: answer) }
                    // A number read out holds number words: without any, there is no fragment to read.
                    if asked.type == .phone, turnSignals[answer].contains(.numberWord) { found += phoneFragments(call, turn: answer) }
                    if !found.isEmpty {
                        // The question says what the value is: the same words read as another
                        // type (an NHS number read out, taken for a phone number) give way.
                        perTurn[answer].removeAll { candidate in found.contains { $0.range == candidate.range && $0.type != candidate.type } }
                        perTurn[answer] = Self.resolveOverlaps(perTurn[answer] + found)
                    }
                }
            }
        }
        addSplitValues(call, &perTurn)
        addCorrectedHouseNumbers(call, &perTurn)
        addHouseNumbersAfterADenial(call, &perTurn)
        addHouseNumbersSaidAgainInWords(call, &perTurn)
        if answerableTypes.contains(.licencePlate) { addPlatesAfterAPlateWord(call, turnSignals: turnSignals, &perTurn) }
    }

    /// A plate read out in the turn after one that speaks of a plate, by either speaker and
    /// asked or not (`en welk kenteken komt erop` / `... voor de deur wel` / `dan de h b n
    /// zeven twee t`): read with the plate's cue before it, as a plate read out without a cue
    /// in its own line is found nowhere else.
    private func addPlatesAfterAPlateWord(_ call: CallText, turnSignals: [LineSignals], _ perTurn: inout [[PIICandidate]]) {
        for index in call.turns.indices.dropLast() {
            // A turn that gives the plate itself (`Mijn kenteken is 12-ABC-3`) is answered by none.
            guard turnSignals[index].contains(.plateCue), !perTurn[index].contains(where: { $0.type == .licencePlate }),
                  !turnSignals[index + 1].isDisjoint(with: [.numberWord, .shortNumber, .spelledLetters]),
                  LicencePlateDetector.mentionsPlate(call.text(ofTurn: index)) else { continue }
            let found = carriedCueCandidates(call, turn: index + 1, cue: "kenteken", .licencePlate)
                .filter { plate in !perTurn[index + 1].contains { $0.range.overlaps(plate.range) } }
            if !found.isEmpty { perTurn[index + 1] = Self.resolveOverlaps(perTurn[index + 1] + found) }
        }
    }

    /// What the end of `text` asks for: cues in its last 160 bytes with a question mark after
    /// them, from the sentence of the first question on, so that a statement (`Mijn
    /// geboortedatum is ...`, `Ik heb uw naam. Wat is uw adres?`) asks for nothing.
    private static func askedValues(in text: UnsafeBufferPointer<UInt8>) -> [AskedValue] {
        // Not the speaker written in front (`spreker 1:`), whose digit would read as a value given.
        var tail = UnsafeBufferPointer(rebasing: text[max(speakerPrefixEnd(in: text), text.count - 160)...])
        guard let firstQuestionMark = tail.firstIndex(of: UInt8(ascii: "?")) else { return requestedValues(in: tail) }
        // From the sentence that holds the first question on: a statement before it asks
        // nothing. A sentence ends at `!`, or at `.` with a space and a capital after it (not
        // at `mw.` or `12.30`).
        var sentenceStart = firstQuestionMark
        while sentenceStart > 0 {
            let byte = tail[sentenceStart - 1]
            if byte == UInt8(ascii: "!") || byte == UInt8(ascii: ".") && sentenceStart + 1 < tail.count && tail[sentenceStart] == 0x20 && ByteClass.isUpper(tail[sentenceStart + 1]) { break }
            sentenceStart -= 1
        }
        let before = UnsafeBufferPointer(rebasing: tail[..<sentenceStart])
        tail = UnsafeBufferPointer(rebasing: tail[sentenceStart...])
        guard let questionMark = tail.lastIndex(of: UInt8(ascii: "?")) else { return [] }
        var asked: [AskedValue] = []
        questionMatcher.forEachMatch(in: tail) { match in
            let value = questionCues[match.phrase].asked
            guard match.range.upperBound <= questionMark + 1, !asked.contains(where: { $0.asksForTheSame(as: value) }) else { return }
            // `Staat het op uw naam?`, `Staat het btw-nummer op naam van de eenmanszaak?`: in whose name, not which.
            if tail[match.range.upperBound - 1] == UInt8(ascii: "?") || value.type == .name && Self.namesTheOwner(tail, match.range),
               Self.asksWhoseName(tail, before: match.range.lowerBound) { return }
            // `In welke straat gaat het om?`: where something is, not where someone lives.
            if Self.streetQuestionPhrases[match.phrase], Self.asksWhereSomethingIs(UnsafeBufferPointer(rebasing: tail[match.range.upperBound..<questionMark])) { return }
            asked.append(value)
        }
        // `Dan neem ik zijn huisnummer ook op. Welk nummer is dat?`: a question for a number
        // that the sentence before says what it is.
        if asked.isEmpty, !before.isEmpty, Self.asksForANumber(UnsafeBufferPointer(rebasing: tail[..<questionMark])) {
            questionMatcher.forEachMatch(in: before) { match in
                let value = questionCues[match.phrase].asked
                if !asked.contains(where: { $0.asksForTheSame(as: value) }) { asked.append(value) }
            }
        }
        // `Stuurt u die mee? Voor de controle heb ik uw geboortedatum nodig.`: a request after the question.
        if questionMark + 1 < tail.count {
            for value in requestedValues(in: UnsafeBufferPointer(rebasing: tail[(questionMark + 1)...])) where !asked.contains(where: { $0.asksForTheSame(as: value) }) {
                asked.append(value)
            }
        }
        return asked
    }

    /// Whether a question holds the word `nummer` or `number`, and so asks for a number of the
    /// kind the sentence before it names.
    private static func asksForANumber(_ question: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most questions hold neither word: their bytes settle it without reading words.
        var index = 0
        while index + 6 <= question.count {
            if question[index] | 0x20 == UInt8(ascii: "n"), question[index + 1] | 0x20 == UInt8(ascii: "u"), question[index + 2] | 0x20 == UInt8(ascii: "m"),
               question[index + 4] | 0x20 == UInt8(ascii: "e"), question[index + 5] | 0x20 == UInt8(ascii: "r"),
               question[index + 3] | 0x20 == UInt8(ascii: "m") || question[index + 3] | 0x20 == UInt8(ascii: "b"),
               index == 0 || !ByteClass.isWordByte(question[index - 1]), index + 6 == question.count || !ByteClass.isWordByte(question[index + 6]) {
                return true
            }
            index += 1
        }
        return false
    }

    /// Words with which an agent asks for a value without a question mark: `I'll need his
    /// national insurance number.`, `Ik heb uw geboortedatum nodig.`, `Uw postcode graag.`
    static let requestWords = ["need", "nodig", "graag"]
    private static let requests = WordSet(requestWords)
    private static let firstPersonPossessives = WordSet(["mijn", "my", "onze", "our"])
    private static let conjunctions = WordSet(["and", "en"])

    /// What the last sentence of `tail` asks for when it holds no question mark but a word of
    /// ``requestWords``, and ends the turn. A sentence that gives a value, or speaks of the
    /// speaker's own (`Mijn geboortedatum is ..., als u dat nodig heeft.`), asks for nothing.
    private static func requestedValues(in tail: UnsafeBufferPointer<UInt8>) -> [AskedValue] {
        var end = tail.count
        while end > 0, tail[end - 1] == 0x20 || tail[end - 1] == UInt8(ascii: ".") { end -= 1 }
        var start = end
        while start > 0, tail[start - 1] != UInt8(ascii: "."), tail[start - 1] != UInt8(ascii: "!") { start -= 1 }
        let sentence = UnsafeBufferPointer(rebasing: tail[start..<end])
        guard !sentence.contains(where: ByteClass.isDigit) else { return [] }
        var requests = false
        var ownValue = false
        var opensWithAnd: Bool?
        WordTokenizer.forEachWord(in: sentence, from: 0) { word in
            let lowered = sentence[WordTokenizer.bareRange(sentence, word.range)].lazy.map(ByteClass.lowercased)
            if opensWithAnd == nil { opensWithAnd = Self.conjunctions.contains(lowered) }
            if Self.requests.contains(lowered) { requests = true }
            if Self.firstPersonPossessives.contains(lowered) { ownValue = true }
            return !ownValue
        }
        guard !ownValue else { return [] }
        // `And the current badge number, it's on the front.`, `En uw geboortedatum.`: the next
        // thing asked for, named after `and` without a verb, where the cue ends the sentence or
        // a comma follows it.
        if !requests, opensWithAnd == true {
            var asked: [AskedValue] = []
            questionMatcher.forEachMatch(in: sentence) { match in
                let value = questionCues[match.phrase].asked
                guard match.range.upperBound == sentence.count || sentence[match.range.upperBound] == UInt8(ascii: ","),
                      !asked.contains(where: { $0.asksForTheSame(as: value) }) else { return }
                asked.append(value)
            }
            if !asked.isEmpty { return asked }
        }
        // Speech-to-text writes many a question without its mark, in lower case: `and your
        // date of birth`, `can i take your postcode`. There the cue must end the turn, or be
        // followed only by the words that close a question (`can i take your name please`,
        // `hoe oud is zij`).
        let unmarked = !requests && end == tail.count && end > 0 && ByteClass.isLower(tail[end - 1]) && PersonNameDetector.isLowercase(sentence)
        guard requests || unmarked else { return [] }
        var asked: [AskedValue] = []
        questionMatcher.forEachMatch(in: sentence) { match in
            let value = questionCues[match.phrase].asked
            guard !unmarked || Self.closesQuestion(sentence, from: match.range.upperBound) || Self.asksWithInterrogative(sentence, match.range)
                    || Self.asksWhetherTheyHaveIt(sentence, match.range),
                  !asked.contains(where: { $0.asksForTheSame(as: value) }) else { return }
            asked.append(value)
        }
        return asked
    }

    /// Whether the words of `sentence` from `start` on, if any, are at most three words that
    /// close a question: `please`, `is zij`, `bent u`, `for me`.
    private static func closesQuestion(_ sentence: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var words = 0
        var closes = true
        var purpose = false
        WordTokenizer.forEachWord(in: sentence, from: start) { word in
            words += 1
            let lowered = sentence[WordTokenizer.bareRange(sentence, word.range)].lazy.map(ByteClass.lowercased)
            // `and an email for the receipt`: what the value is for, in three words at most.
            if words == 1, lowered.elementsEqual("for".utf8) || lowered.elementsEqual("voor".utf8) { purpose = true }
            // `and your address siobhan`: the person asked, by a listed first name that ends the question.
            let addressesAsked = (word.breakAfter || word.range.upperBound == sentence.count)
                && NameLists.isFirstName(WordTokenizer.foldedHash(sentence, WordTokenizer.bareRange(sentence, word.range)))
            closes = words <= 3 && (purpose || questionClosingWords.contains(lowered) || addressesAsked)
            return closes
        }
        return closes
    }

    /// Whether a cue opens with a question word, or follows one (`op welk adres woont uw
    /// moeder`, `hoe heet uw dochter`), with at most four words after it: a question whatever
    /// those words are.
    private static func asksWithInterrogative(_ sentence: UnsafeBufferPointer<UInt8>, _ cue: Range<Int>) -> Bool {
        var firstEnd = cue.lowerBound
        while firstEnd < cue.upperBound, ByteClass.isASCIILetter(sentence[firstEnd]) || sentence[firstEnd] == UInt8(ascii: "'") { firstEnd += 1 }
        let opensWithOne = questionWords.contains(sentence[cue.lowerBound..<firstEnd].lazy.map(ByteClass.lowercased))
        guard opensWithOne || followsInterrogative(sentence, cue.lowerBound) else { return false }
        var words = 0
        WordTokenizer.forEachWord(in: sentence, from: cue.upperBound) { _ in words += 1; return words <= 4 }
        return words <= 4
    }

    /// Whether a question word stands at most three words before `position`: `wat is de
    /// geboortedatum van ilyas`, `what's the postcode there`.
    private static func followsInterrogative(_ sentence: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        WordTokenizer.holdsOne(of: questionWords, inWordsBefore: position, count: 3, in: sentence)
    }

    /// Whether a cue follows a question asked by its verb and `u` or `you` (`weet u het
    /// documentnummer van het paspoort dat kwijt is`, `do you have the account number for
    /// that`), with at most six words after the cue: a question as speech-to-text writes it.
    private static func asksWhetherTheyHaveIt(_ sentence: UnsafeBufferPointer<UInt8>, _ cue: Range<Int>) -> Bool {
        var previousIsVerb = false
        var asks = false
        WordTokenizer.forEachWord(in: sentence) { word in
            guard word.range.upperBound <= cue.lowerBound else { return false }
            let lowered = sentence[WordTokenizer.bareRange(sentence, word.range)].lazy.map(ByteClass.lowercased)
            if previousIsVerb, lowered.elementsEqual("u".utf8) || lowered.elementsEqual("you".utf8) || lowered.elementsEqual("ik".utf8) || lowered.elementsEqual("i".utf8) { asks = true }
            previousIsVerb = questionVerbs.contains(lowered)
            return !asks
        }
        guard asks else { return false }
        var words = 0
        WordTokenizer.forEachWord(in: sentence, from: cue.upperBound) { _ in words += 1; return words <= 6 }
        return words <= 6
    }

    private static let questionVerbs = WordSet(["weet", "heeft", "hebt", "kunt", "mag", "kan", "do", "can", "could", "may", "have"])

    private static let questionWords = WordSet(["welk", "welke", "wat", "waar", "hoe", "wie", "what", "what's", "whats", "which", "where", "who", "whose", "how"])

    private static let questionClosingWords = WordSet([
        "please", "then", "again", "for", "me", "us", "is", "are", "he", "she", "they", "it", "was", "were", "number", "numbers", "nummer",
        "with", "to", "or", "name", "and", "address", "postcode",
        "graag", "of", "naam", "alstublieft", "dan", "nog", "even", "voor", "mij", "bent", "zij", "ze", "hij", "u", "jij", "je", "zijn", "die",
        "staat", "stond", "het", "er", "en", "adres",
        // `en uw geboortedatum ter controle`, `and your date of birth for security`.
        "ter", "controle", "verificatie", "security", "verification",
    ])

    /// Whether a question ending in `name?` asks in whose name something is (`Is the account
    /// in your name?`, `Staat het op uw naam?`), which a yes or no answers, not a name; `Op
    /// welke naam?` and `Under which name?` ask for one.
    private static func asksWhoseName(_ text: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        var words: [[UInt8]] = []
        var end = start
        while words.count < 2 {
            while end > 0, text[end - 1] == 0x20 { end -= 1 }
            var wordStart = end
            while wordStart > 0, ByteClass.isASCIILetter(text[wordStart - 1]) { wordStart -= 1 }
            guard wordStart < end else { break }
            words.append(text[wordStart..<end].map(ByteClass.lowercased))
            end = wordStart
        }
        return words.contains { ownerPrepositions.contains($0) } && !words.contains { interrogatives.contains($0) }
    }

    /// Whether the cue at `range` is `your name` or `uw naam`, or opens with `naam` or `name`
    /// (`naam van de`, `name of your`): after `op`, `in`, `onder` or `under` it asks in whose
    /// name something is (``asksWhoseName(_:before:)``).
    private static func namesTheOwner(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let cue = text[range].lazy.map(ByteClass.lowercased)
        return cue.starts(with: "naam".utf8) || cue.starts(with: "name".utf8) || cue.elementsEqual("your name".utf8) || cue.elementsEqual("uw naam".utf8)
    }

    /// Where the second word from `start` begins when it repeats the first one, or nil.
    private static func repeatedFirstWordEnd(_ answer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var words: [Range<Int>] = []
        WordTokenizer.forEachWord(in: answer, from: start) { words.append(WordTokenizer.bareRange(answer, $0.range)); return words.count < 2 }
        guard words.count == 2, words[0].lowerBound == start, words[1].lowerBound == words[0].upperBound + 1,
              answer[words[0]].lazy.map(ByteClass.lowercased).elementsEqual(answer[words[1]].lazy.map(ByteClass.lowercased))
        else { return nil }
        return words[1].lowerBound
    }

    private static let ownerPrepositions: WordSet = WordSet(["in", "under", "on", "op", "onder"])
    private static let interrogatives: WordSet = WordSet(["welke", "wiens", "wier", "which", "what", "whose"])

    /// The candidates of the asked type in turn `index`, read with the question's cue before
    /// it, with ranges into the call's bytes.
    private func carriedCueCandidates(_ call: CallText, turn index: Int, cue carriedCue: String, _ type: PIIType) -> [PIICandidate] {
        let answer = call.text(ofTurn: index)
        var insertAt = Self.answerValueStart(in: answer)
        // `bev bev whitworth`: a name started twice, as speech-to-text writes a stammer.
        if type == .name, let repeated = Self.repeatedFirstWordEnd(answer, from: insertAt) { insertAt = repeated }
        let cue = Array((carriedCue + " ").utf8)
        let combined = Array(answer[..<insertAt]) + cue + Array(answer[insertAt...])
        var seen: [Range<Int>] = []
        let shift = cue.count
        let turnStart = call.turns[index].range.lowerBound
        var found: [PIICandidate] = []
        var read = candidates(in: String(decoding: combined, as: UTF8.self), detectorsFor: [type])
        if type == .dateOfBirth {
            // Every past date in an answer to a question for a birth date is one: a child's too.
            combined.withUnsafeBufferPointer { DateOfBirthDetector(minimumAge: 0).detect(in: $0, into: &read) }
        }
        // An address abroad given in answer brings its postcode (`Meir 24 bus 5, 2000 Antwerpen`).
        for var candidate in read where (candidate.type == type || type == .address && candidate.type == .postcode) && candidate.range.lowerBound >= insertAt + shift {
            guard !seen.contains(where: { $0.overlaps(candidate.range) }) else { continue }
            seen.append(candidate.range)
            candidate.range = (candidate.range.lowerBound - shift + turnStart)..<(candidate.range.upperBound - shift + turnStart)
            candidate.confidence = min(candidate.confidence, 0.85)
            candidate.detector = "answer-" + candidate.detector
            found.append(candidate)
        }
        return found
    }

    /// An age given alone in answer to a question for one (`Hoe oud is uw dochter?` / `Zes, ze
    /// is ...`, `How old is he?` / `Eighty-seven.`): a number up to 120, in digits or words,
    /// at the start of the answer, then the end of the clause or `jaar`/`years`.
    private func ageAnswer(_ call: CallText, turn index: Int, askedAboutAPerson: Bool) -> [PIICandidate] {
        let answer = call.text(ofTurn: index)
        let start = Self.answerValueStart(in: answer)
        var first: WordTokenizer.Word?
        var next: WordTokenizer.Word?
        WordTokenizer.forEachWord(in: answer, from: start) { word in
            if first == nil { first = word; return true }
            next = word
            return false
        }
        guard let first, first.range.lowerBound == start else { return [] }
        guard let value = Self.ageValue(answer[WordTokenizer.bareRange(answer, first.range)]) else { return [] }
        // Without punctuation, a pronoun or a conjunction opens the next clause: `die is
        // zesentachtig ze is twee jaar ouder`.
        let endsClause = first.breakAfter || next == nil
            || next.map { PersonNameDetector.opensClause(answer[WordTokenizer.bareRange(answer, $0.range)].lazy.map(ByteClass.lowercased)) && PersonNameDetector.isLowercase(answer) } == true
        // Months and weeks only for a person (`How old is the baby?` / `Four month.`), not `Hoe oud is de melding?` / `Twee weken.`
        let unit = next.map { word in
            let lowered = answer[word.range].map(ByteClass.lowercased)
            return Self.yearUnits.contains(lowered) || askedAboutAPerson && Self.ageUnits.contains(lowered)
        } ?? false
        guard endsClause || unit else { return [] }
        let turnStart = call.turns[index].range.lowerBound
        // A baby's age keeps its unit, as the age detector reads `six months old`; years need none.
        let unitEnd = next.flatMap { unit && !Self.yearUnits.contains(answer[$0.range].map(ByteClass.lowercased)) ? WordTokenizer.bareRange(answer, $0.range).upperBound : nil }
        let ageEnd = unitEnd ?? WordTokenizer.bareRange(answer, first.range).upperBound
        var ages = [PIICandidate(type: .age, range: (turnStart + first.range.lowerBound)..<(turnStart + ageEnd), confidence: 0.8, detector: "answer-age", canonicalValue: String(value))]
        // More ages in a list, for a question about several people: `Eleven, eight and three.`
        var words: [WordTokenizer.Word] = []
        WordTokenizer.forEachWord(in: answer, from: first.range.upperBound) { words.append($0); return words.count < 12 }
        var position = 0
        while position < words.count {
            if Self.listJoiners.contains(answer[words[position].range].map(ByteClass.lowercased)) { position += 1; continue }
            let bare = WordTokenizer.bareRange(answer, words[position].range)
            guard let age = Self.ageValue(answer[bare]), words[position].breakAfter || position + 1 == words.count
                    || Self.listJoiners.contains(answer[words[position + 1].range].map(ByteClass.lowercased))
            else { break }
            ages.append(PIICandidate(type: .age, range: (turnStart + bare.lowerBound)..<(turnStart + bare.upperBound), confidence: 0.8, detector: "answer-age", canonicalValue: String(age)))
            position += 1
        }
        return ages
    }

    private static let listJoiners: WordSet = WordSet(["and", "en"])

    /// The text of turn `index`, its first `limit` words from where its value starts (after
    /// `ja`, `it's`, ...), and where the turn starts in the call.
    private static func answerWords(_ call: CallText, turn index: Int, limit: Int) -> (answer: UnsafeBufferPointer<UInt8>, words: [WordTokenizer.Word], turnStart: Int) {
        let answer = call.text(ofTurn: index)
        var words: [WordTokenizer.Word] = []
        WordTokenizer.forEachWord(in: answer, from: answerValueStart(in: answer)) { words.append($0); return words.count < limit }
        return (answer, words, call.turns[index].range.lowerBound)
    }

    /// Ages told person by person in answer to a question for them (`Hoe oud zijn de
    /// kinderen?` / `de oudste is veertien en de jongste drie de andere twee zijn negen en
    /// zes`): a number up to 120 right after `is`, `zijn`, `are` or a word for the eldest or
    /// youngest, and a number joined to such an age by `en` or `and`. Other numbers in the
    /// answer (`de andere twee`) are kept.
    private func linkedAgesAnswer(_ call: CallText, turn index: Int) -> [PIICandidate] {
        let (answer, words, turnStart) = Self.answerWords(call, turn: index, limit: 32)
        var ages: [PIICandidate] = []
        var lastAge = -2
        for position in words.indices.dropFirst() where !words[position - 1].breakAfter {
            let before = answer[WordTokenizer.bareRange(answer, words[position - 1].range)].map(ByteClass.lowercased)
            guard Self.ageLinks.contains(before) || lastAge == position - 2 && Self.listJoiners.contains(before) else { continue }
            let bare = WordTokenizer.bareRange(answer, words[position].range)
            guard let age = Self.ageValue(answer[bare]) else { continue }
            ages.append(PIICandidate(type: .age, range: (turnStart + bare.lowerBound)..<(turnStart + bare.upperBound), confidence: 0.75, detector: "answer-age", canonicalValue: String(age)))
            lastAge = position
        }
        return ages
    }

    private static let ageLinks: WordSet = WordSet(["is", "zijn", "are", "oudste", "jongste", "middelste", "eldest", "oldest", "youngest", "middle"])

    /// Children named with their ages in answer to a question for which children (`deniz van
    /// negen en ela van zes`, `jayden who's nine and amara who's six`), as speech-to-text writes
    /// them in lower case: a word that may be a name, `van`, `who's` or `is`, and an age up to
    /// 17, joined by `en` or `and`, from the answer's start. Ages count only where the
    /// pipeline redacts them.
    private func childrenAnswer(_ call: CallText, turn index: Int) -> [PIICandidate] {
        let (answer, words, turnStart) = Self.answerWords(call, turn: index, limit: 24)
        var found: [PIICandidate] = []
        var position = 0
        while position + 2 < words.count {
            let name = WordTokenizer.bareRange(answer, words[position].range)
            let link = answer[WordTokenizer.bareRange(answer, words[position + 1].range)].map(ByteClass.lowercased)
            let ageRange = WordTokenizer.bareRange(answer, words[position + 2].range)
            let lowered = answer[name].map(ByteClass.lowercased)
            guard name.count >= 2, lowered.allSatisfy({ ByteClass.isLower($0) || $0 >= 0x80 || $0 == UInt8(ascii: "-") }),
                  !NameContext.isNotAName(lowered), NumberWords.value(of: lowered) == nil, Self.childAgeLinks.contains(link),
                  let age = Self.ageValue(answer[ageRange]), age <= 17
            else { break }
            found.append(PIICandidate(type: .name, range: (turnStart + name.lowerBound)..<(turnStart + name.upperBound), confidence: 0.75, detector: "answer-children",
                                      canonicalValue: String(decoding: lowered, as: UTF8.self)))
            if answerableTypes.contains(.age) {
                found.append(PIICandidate(type: .age, range: (turnStart + ageRange.lowerBound)..<(turnStart + ageRange.upperBound), confidence: 0.8, detector: "answer-children", canonicalValue: String(age)))
            }
            position += 3
            if position < words.count, answer[WordTokenizer.bareRange(answer, words[position].range)].lazy.map(ByteClass.lowercased).elementsEqual("jaar".utf8) { position += 1 }
            if position < words.count, Self.listJoiners.contains(answer[words[position].range].map(ByteClass.lowercased)) { position += 1 }
        }
        return found
    }

    private static let childAgeLinks: WordSet = WordSet(["van", "who's", "whos", "is"])

    /// An age read back as a question and said again to confirm it (`he's seventy four?` /
    /// `Seventy-four, yes.`): the same age opening the next turn is that age.
    private func addConfirmedAges(_ call: CallText, question index: Int, _ perTurn: inout [[PIICandidate]]) {
        // Most questions read back no age: settled before anything is gathered.
        guard perTurn[index].contains(where: { $0.type == .age }) else { return }
        let readBack = perTurn[index].filter { $0.type == .age }.map(\.canonicalValue)
        let confirmed = ageAnswer(call, turn: index + 1, askedAboutAPerson: true).prefix(1).filter { readBack.contains($0.canonicalValue) }
        if !confirmed.isEmpty { perTurn[index + 1] = Self.resolveOverlaps(perTurn[index + 1] + confirmed) }
    }

    /// The value of an age written in digits or as a number word, up to 120.
    private static func ageValue(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        let value: Int? = word.allSatisfy(ByteClass.isDigit) && word.count <= 3
            ? word.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            : NumberWords.value(of: word.map(ByteClass.lowercased))
        return value.flatMap { $0 <= 120 ? $0 : nil }
    }

    /// A house number given alone in answer to a question for one (`En het huisnummer?` /
    /// `Zevenentwintig.`, `27a`): digits with at most a letter, or a number in words, that
    /// open the answer and end its clause.
    ///
    /// - Parameter withPostcode: whether the question asked for the postcode too: then the
    ///   number may follow it, after `nummer` (``numberAfterItsWord(in:turnStart:)``).
    private func houseNumberAnswer(_ call: CallText, turn index: Int, withPostcode: Bool) -> [PIICandidate] {
        let answer = call.text(ofTurn: index)
        var start = Self.answerValueStart(in: answer)
        var first: WordTokenizer.Word?
        WordTokenizer.forEachWord(in: answer, from: start) { first = $0; return false }
        // `Nummer 24.`, `Number 7.`: the word for a number before it.
        if let opening = first, opening.range.lowerBound == start, !opening.breakAfter, StreetAddressDetector.isNumberWord(answer[WordTokenizer.bareRange(answer, opening.range)]),
           opening.range.upperBound + 1 < answer.count, answer[opening.range.upperBound] == 0x20 {
            start = opening.range.upperBound + 1
            first = nil
            WordTokenizer.forEachWord(in: answer, from: start) { first = $0; return false }
        }
        let turnStart = call.turns[index].range.lowerBound
        // `forty two`: the tens, then the unit, as English says them.
        if let first, first.range.lowerBound == start, !first.breakAfter,
           let tens = NumberWords.value(of: answer[WordTokenizer.bareRange(answer, first.range)].map(ByteClass.lowercased)), NumberWords.isTens(tens),
           let unit = NumberWords.unit(afterTensEndingAt: first.range.upperBound, in: answer),
           unit.end == answer.count || !ByteClass.isWordByte(answer[unit.end]) && answer[unit.end] != 0x20 {
            return [PIICandidate(type: .address, range: (turnStart + start)..<(turnStart + unit.end), confidence: 0.75, detector: Self.correctedHouseNumberDetector, canonicalValue: String(tens + unit.value))]
        }
        guard let first, first.range.lowerBound == start, first.breakAfter || first.range.upperBound == answer.count || Self.opensClause(after: first.range.upperBound, in: answer) else {
            // `Tegenover nummer 12` answers where something is, not where someone lives.
            return withPostcode ? Self.numberAfterItsWord(in: answer, turnStart: turnStart) : []
        }
        let word = answer[WordTokenizer.bareRange(answer, first.range)]
        let digits = word.prefix(while: ByteClass.isDigit)
        let isNumber = (1...4).contains(digits.count) && word.count - digits.count <= 1 && word.dropFirst(digits.count).allSatisfy(ByteClass.isASCIILetter)
        // `honderdtwaalf`: hundreds said as one word, as speech-to-text writes them.
        guard isNumber || NumberWords.value(of: word.map(ByteClass.lowercased)).map({ $0 >= 1 }) == true || NumberWords.dutchHundreds(word) != nil else { return [] }
        let range = (turnStart + start)..<(turnStart + start + word.count)
        return [PIICandidate(type: .address, range: range, confidence: 0.75, detector: Self.correctedHouseNumberDetector, canonicalValue: String(decoding: word.map(ByteClass.lowercased), as: UTF8.self))]
    }

    /// Whether `text` holds `postcode` or `post code`, in any case: postcodes have their own
    /// shape and no question cue, but a question for one says what the answer opens with.
    private static func mentionsPostcode(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        WordTokenizer.holds(text, "postcode") || WordTokenizer.holds(text, "post code")
    }

    /// A house number after the word `nummer` or `number` further on in an answer that gives
    /// the postcode first (`vijftien zes en twintig a b nummer honderd vier`): digits, or words
    /// up to where the number said ends.
    private static func numberAfterItsWord(in answer: UnsafeBufferPointer<UInt8>, turnStart: Int) -> [PIICandidate] {
        var found: [PIICandidate] = []
        var afterCue = false
        WordTokenizer.forEachWord(in: answer, from: speakerPrefixEnd(in: answer)) { word in
            let bare = WordTokenizer.bareRange(answer, word.range)
            if afterCue {
                let digits = answer[bare].prefix(while: ByteClass.isDigit)
                var end: Int?
                if (1...4).contains(digits.count), bare.count - digits.count <= 1 { end = bare.upperBound }
                else if NumberWords.value(forHash: WordTokenizer.foldedHash(answer, bare)).map({ $0 >= 1 }) == true || NumberWords.dutchHundreds(answer[bare]) != nil {
                    end = NumberWords.spokenHouseNumberEnd(answer, from: bare)
                }
                if let end {
                    found.append(PIICandidate(type: .address, range: (turnStart + bare.lowerBound)..<(turnStart + end), confidence: 0.75, detector: correctedHouseNumberDetector,
                                              canonicalValue: String(decoding: answer[bare.lowerBound..<end].map(ByteClass.lowercased), as: UTF8.self)))
                }
                return false
            }
            afterCue = WordTokenizer.isWord(answer, bare, "nummer") || WordTokenizer.isWord(answer, bare, "number") || WordTokenizer.isWord(answer, bare, "huisnummer")
            return true
        }
        return found
    }

    /// Whether a word that opens a new clause follows `end` (`twelve and it's the ground floor
    /// flat`), where speech-to-text writes no comma.
    private static func opensClause(after end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end + 1 < text.count, text[end] == 0x20 else { return false }
        var wordEnd = end + 1
        while wordEnd < text.count, ByteClass.isASCIILetter(text[wordEnd]) || text[wordEnd] == UInt8(ascii: "'") { wordEnd += 1 }
        return clauseOpeners.contains(text[(end + 1)..<wordEnd].lazy.map(ByteClass.lowercased))
    }

    private static let clauseOpeners: WordSet = WordSet(["and", "but", "it's", "en", "maar", "dat", "het"])

    /// The digits of the last sort code found in the turns before `turn`, if any.
    private static func sortCode(before turn: Int, _ perTurn: [[PIICandidate]]) -> Substring? {
        for candidates in perTurn[..<turn].reversed() {
            if let found = candidates.last(where: { $0.type == .iban && $0.canonicalValue.hasPrefix(IBANDetector.sortCodePrefix) }) {
                return found.canonicalValue.dropFirst(IBANDetector.sortCodePrefix.count)
            }
        }
        return nil
    }

    /// A British account number given in answer to a question for one, after its sort code was
    /// given: eight digits, written or read out, that open the answer (`three one nine two eight
    /// four five six`, `3192 6819`).
    private func accountNumberAnswer(_ call: CallText, turn index: Int, sortCode: Substring) -> [PIICandidate] {
        let answer = call.text(ofTurn: index)
        let start = Self.answerValueStart(in: answer)
        guard start < answer.count, let said = NumberWords.digitsSaid(in: answer, from: start, maximum: 9), said.digits.count == 8,
              said.end == answer.count || !ByteClass.isWordByte(answer[said.end])
        else { return [] }
        let turnStart = call.turns[index].range.lowerBound
        return [PIICandidate(type: .iban, range: (turnStart + start)..<(turnStart + said.end), confidence: 0.85, detector: "answer-account-number",
                             canonicalValue: sortCode + "/" + String(decoding: said.digits, as: UTF8.self))]
    }

    /// A card's security code given in answer to a question for one: a number of three or
    /// four digits on its own (`04/29, and 123`: the expiry is kept).
    private func securityCodeAnswer(_ call: CallText, turn index: Int) -> [PIICandidate] {
        let answer = call.text(ofTurn: index)
        let turnStart = call.turns[index].range.lowerBound
        var found: [PIICandidate] = []
        WordTokenizer.forEachWord(in: answer, from: Self.answerValueStart(in: answer)) { word in
            let bare = WordTokenizer.bareRange(answer, word.range)
            if (3...4).contains(bare.count), answer[bare].allSatisfy(ByteClass.isDigit) {
                found.append(PIICandidate(type: .paymentCard, range: (turnStart + bare.lowerBound)..<(turnStart + bare.upperBound), confidence: 0.8, detector: "answer-security-code", canonicalValue: "cvv " + String(decoding: answer[bare], as: UTF8.self)))
            } else if NumberWords.value(forHash: WordTokenizer.foldedHash(answer, bare)) != nil, let said = NumberWords.digitsSaid(in: answer, from: bare.lowerBound, maximum: 5),
                      (3...4).contains(said.digits.count), said.end == answer.count || !ByteClass.isWordByte(answer[said.end]) {
                // `three one one`: the code read out in words.
                found.append(PIICandidate(type: .paymentCard, range: (turnStart + bare.lowerBound)..<(turnStart + said.end), confidence: 0.8, detector: "answer-security-code", canonicalValue: "cvv " + String(decoding: said.digits, as: UTF8.self)))
            }
            return found.isEmpty
        }
        return found
    }

    /// The signals of each turn's lines together, in one pass over the lines.
    private static func turnSignals(_ call: CallText, lines: [ScannedLine]) -> [LineSignals] {
        var signals = [LineSignals](repeating: [], count: call.turns.count)
        var line = 0
        for (index, turn) in call.turns.enumerated() {
            while line < lines.count, lines[line].range.lowerBound <= turn.range.upperBound {
                signals[index].formUnion(lines[line].signals)
                line += 1
            }
        }
        return signals
    }

    /// An address without a house number given in answer to a question for one: capitalised
    /// words at the start of the answer, commas allowed between them, up to a street word
    /// (`The Old Forge, Mill Lane`, `Hoeve De Eik, Kerkweg`), as rural addresses are written.
    private func addressWithoutNumber(_ call: CallText, turn index: Int) -> [PIICandidate] {
        let answer = call.text(ofTurn: index)
        var start = Self.answerValueStart(in: answer)
        // `de vlinderweg in krommenie`, `op de Markt`: the street starts after an article or preposition.
        for _ in 0..<2 {
            let opening = WordTokenizer.lettersAfter(answer, start)
            guard !opening.isEmpty, opening.upperBound + 1 < answer.count, answer[opening.upperBound] == 0x20,
                  Self.articlesBeforeAStreet.contains(answer[opening].lazy.map(ByteClass.lowercased))
            else { break }
            start = opening.upperBound + 1
        }
        var end: Int?
        var words = 0
        // `harebell close in parkside`, as speech-to-text writes it: up to four words of no
        // other kind, the last a street word.
        let lowercase = PersonNameDetector.isLowercase(answer)
        WordTokenizer.forEachWord(in: answer, from: start) { word in
            words += 1
            let gap = answer[(words == 1 ? start : word.range.lowerBound - 1)..<word.range.lowerBound]
            let bytes = Array(answer[WordTokenizer.bareRange(answer, word.range)])
            let isStreetPart = PersonNameDetector.isCapitalised(bytes)
                || lowercase && words <= 4 && bytes.allSatisfy({ ByteClass.isLower($0) || $0 >= 0x80 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") })
                    && !Self.wordsBeforeNoStreet.contains(bytes)
            guard words <= 8, isStreetPart, gap.allSatisfy({ $0 == 0x20 }) || words == 1 else { return false }
            if StreetAddressDetector.isStreetWord(bytes.map(ByteClass.lowercased)) { end = WordTokenizer.bareRange(answer, word.range).upperBound }
            // `Bryn Awel, Ffordd y Castell`: a Welsh street word opens the street's name.
            if StreetAddressDetector.isWelshStreetWord(answer[WordTokenizer.bareRange(answer, word.range)]),
               let welshEnd = StreetAddressDetector.welshStreetEnd(answer, after: WordTokenizer.bareRange(answer, word.range).upperBound, lowercase: lowercase) {
                end = welshEnd
                return false
            }
            // A comma ends a part of the address; the next part follows after a space.
            return !word.breakAfter || answer[word.range.upperBound...].prefix(2).elementsEqual([UInt8(ascii: ","), 0x20])
        }
        // With a house number after the street, the address detector reads it whole.
        guard let end, end > start, !(end + 1 < answer.count && answer[end] == 0x20 && ByteClass.isDigit(answer[end + 1])) else { return [] }
        let turnStart = call.turns[index].range.lowerBound
        let canonical = String(decoding: answer[start..<end].map(ByteClass.lowercased), as: UTF8.self)
        return [PIICandidate(type: .address, range: (turnStart + start)..<(turnStart + end), confidence: 0.75, detector: "answer-address", canonicalValue: canonical)]
    }

    /// Words that open an answer before the street it gives: `de vlinderweg`, `op de Markt`.
    private static let articlesBeforeAStreet: WordSet = WordSet(["de", "het", "op", "aan", "in", "the", "on", "at"])

    /// Words that a street's name in lower case does not hold: `by the village green`.
    private static let wordsBeforeNoStreet: WordSet = WordSet([
        "the", "a", "an", "by", "on", "in", "at", "near", "to", "i", "i'm", "my", "we", "it", "it's", "is", "and", "of", "off",
        "de", "het", "een", "bij", "op", "aan", "ik", "mijn", "en", "naast",
    ])

    /// The start of a phone number read out and broken off, in answer to a question for one.
    private func phoneFragments(_ call: CallText, turn index: Int) -> [PIICandidate] {
        var found: [PIICandidate] = []
        SpokenNumberDetector(findsBSN: false, findsPhone: false, findsCard: false, findsPhoneFragments: true).detect(in: call.text(ofTurn: index), into: &found)
        let turnStart = call.turns[index].range.lowerBound
        return found.map { fragment in
            var fragment = fragment
            fragment.range = (fragment.range.lowerBound + turnStart)..<(fragment.range.upperBound + turnStart)
            fragment.detector = "answer-spoken-phone"
            return fragment
        }
    }

    /// A baby's age in months or weeks too (`Four month.`, as Scots says it, `Zes weken.`).
    private static let ageUnits: WordSet = WordSet(["jaar", "year", "years", "month", "months", "maand", "maanden", "week", "weeks", "weken"])
    private static let yearUnits: WordSet = WordSet(["jaar", "year", "years"])

    /// Words for a person, by which a question for an age asks about one (`How old is the
    /// baby?`, `Hoe oud is hij?`; not `Hoe oud is de melding?`).
    private static let personWords: WordSet = WordSet(["baby", "bairn", "kid", "child", "son", "daughter", "he", "she", "him", "her", "you",
                                                       "kleine", "kind", "kindje", "zoon", "zoontje", "dochter", "dochtertje", "hij", "zij", "ze", "u", "jij", "je"])

    /// Whether a turn only acknowledges what was said before it (`Graag.`, `Yes please.`),
    /// after which the answer to a question may still come: one to three words, each an
    /// acknowledgement, and no question of its own.
    static func isAcknowledgement(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = speakerPrefixEnd(in: text)
        let spoken = UnsafeBufferPointer(rebasing: text[start...])
        guard !spoken.contains(UInt8(ascii: "?")) else { return false }
        var words = 0
        var acknowledges = true
        WordTokenizer.forEachWord(in: spoken) { word in
            words += 1
            acknowledges = words <= 3 && acknowledgementWords.contains(spoken[WordTokenizer.bareRange(spoken, word.range)].map(ByteClass.lowercased))
            return acknowledges
        }
        return words > 0 && acknowledges
    }

    private static let acknowledgementWords: WordSet = WordSet([
        "ja", "jazeker", "jawel", "graag", "prima", "goed", "oké", "ok", "okay", "zeker", "natuurlijk", "hoor", "top", "ga", "uw", "gang",
        "yes", "yeah", "yep", "please", "sure", "go", "on", "ahead", "fine", "right", "alright", "certainly", "course", "of", "mm", "hmm",
    ])

    /// Initials given in answer to a question for them (`A.J.`, `A. J.`), at the start of the
    /// answer, with ranges into the call's bytes.
    private func initialsAnswer(_ call: CallText, turn index: Int) -> [PIICandidate] {
        let answer = call.text(ofTurn: index)
        let start = Self.answerValueStart(in: answer)
        var end = start
        // `e van eduard`, `j for juliet`: a letter in lower case, and a word of a spelling
        // alphabet after `van` or `for` that opens with it.
        var letter: UInt8?
        var afterJoiner = false
        var wordEnd = start
        WordTokenizer.forEachWord(in: answer, from: start) { word in
            let gap = answer[wordEnd..<word.range.lowerBound]
            guard gap.count <= 1, gap.allSatisfy({ $0 == 0x20 }) else { return false }
            let bare = WordTokenizer.bareRange(answer, word.range)
            wordEnd = word.range.upperBound
            // `e`, and `j p`: a letter, and the next.
            if !afterJoiner, bare.count == 1, ByteClass.isLower(answer[bare.lowerBound]) {
                letter = answer[bare.lowerBound]
                end = bare.upperBound
                return true
            }
            if let spelled = letter {
                if !afterJoiner, WordTokenizer.isWord(answer, bare, "van") || WordTokenizer.isWord(answer, bare, "for") {
                    afterJoiner = true
                    return true
                }
                letter = nil
                guard afterJoiner, bare.count >= 3, ByteClass.lowercased(answer[bare.lowerBound]) == spelled else { return false }
                afterJoiner = false
                end = bare.upperBound
                return true
            }
            guard PersonNameDetector.isInitial(answer[word.range]) else { return false }
            end = word.range.upperBound
            return true
        }
        guard end > start else { return [] }
        let turnStart = call.turns[index].range.lowerBound
        let canonical = String(decoding: answer[start..<end].filter { $0 != 0x20 }.map(ByteClass.lowercased), as: UTF8.self)
        return [PIICandidate(type: .name, range: (turnStart + start)..<(turnStart + end), confidence: 0.8, detector: "answer-initials", canonicalValue: canonical)]
    }

    /// Where the text after a speaker written in front of it (`Klant: `) starts; 0 without one.
    static func speakerPrefixEnd(in text: UnsafeBufferPointer<UInt8>) -> Int {
        let length = speakerLabelLength(in: text)
        guard length > 0 else { return 0 }
        var end = length + 1
        while end < text.count, text[end] == 0x20 { end += 1 }
        return end
    }

    /// Where the value starts in an answer: after the speaker written in front of it and
    /// openers such as `ja, dat is`.
    private static func answerValueStart(in answer: UnsafeBufferPointer<UInt8>) -> Int {
        let afterSpeaker = speakerPrefixEnd(in: answer)
        return afterSpeaker + valueStart(in: UnsafeBufferPointer(rebasing: answer[afterSpeaker...]))
    }

    /// Where the value starts in an answer, after openers such as `ja, dat is` and handles.
    private static func valueStart(in text: UnsafeBufferPointer<UInt8>) -> Int {
        var start = 0
        WordTokenizer.forEachWord(in: text) { word in
            // A handle the answer opens with (`@CoxHelp ...`, in a chat) is no value either.
            let isHandle = word.range.lowerBound > 0 && text[word.range.lowerBound - 1] == UInt8(ascii: "@")
            guard isHandle || answerOpeners.contains(text[word.range].map(ByteClass.lowercased)) else {
                start = word.range.lowerBound
                return false
            }
            start = word.range.upperBound
            while start < text.count, !ByteClass.isWordByte(text[start]) { start += 1 }
            return true
        }
        return min(start, text.count)
    }

    /// The types of value people read out in parts.
    private static let splitTypes: [PIIType] = [.phone, .bsn, .iban, .paymentCard]

    /// A house number corrected in the next turn, as callers do when an agent reads their
    /// address back (`Deldenerstraat 88a, klopt dat?` / `Nee, het is 88b, niet a.`): the same
    /// digits with another addition, or without one, are the address too.
    /// A house number given in place of an address read back (`Is that 23 Hawthorn Close?` /
    /// `No, that's my neighbour! I'm 32.`): in a turn that opens by denying it, a number of one
    /// to four digits that ends its clause is the house number, not an age.
    private func addHouseNumbersAfterADenial(_ call: CallText, _ perTurn: inout [[PIICandidate]]) {
        for index in call.turns.indices.dropLast() where perTurn[index].contains(where: { $0.type == .address })
            && !call.sameSpeaker(index, index + 1) && call.text(ofTurn: index).contains(UInt8(ascii: "?")) {
            let answer = call.text(ofTurn: index + 1)
            let start = Self.speakerPrefixEnd(in: answer)
            let opening = WordTokenizer.lettersAfter(answer, start)
            guard !opening.isEmpty, Self.denials.contains(answer[opening].lazy.map(ByteClass.lowercased)) else { continue }
            let turnStart = call.turns[index + 1].range.lowerBound
            WordTokenizer.forEachWord(in: answer, from: opening.upperBound) { word in
                let bare = WordTokenizer.bareRange(answer, word.range)
                let digits = answer[bare].prefix(while: ByteClass.isDigit)
                guard (1...4).contains(digits.count), bare.count - digits.count <= 1, answer[bare].dropFirst(digits.count).allSatisfy(ByteClass.isASCIILetter),
                      word.breakAfter || bare.upperBound == answer.count
                else { return true }
                let range = (turnStart + bare.lowerBound)..<(turnStart + bare.upperBound)
                perTurn[index + 1].removeAll { $0.type == .age && $0.range.overlaps(range) }
                if !perTurn[index + 1].contains(where: { $0.range.overlaps(range) }) {
                    perTurn[index + 1] = Self.resolveOverlaps(perTurn[index + 1] + [PIICandidate(type: .address, range: range, confidence: 0.75, detector: Self.correctedHouseNumberDetector,
                                                                                                   canonicalValue: String(decoding: answer[bare].map(ByteClass.lowercased), as: UTF8.self))])
                }
                return false
            }
        }
    }

    private static let denials = WordSet(["no", "nope", "nah", "nee", "neen", "not"])

    /// A house number said in words, said again by the other speaker in the next turn, with an
    /// addition or without (`woont u nog op de jan steenlaan eenenveertig` / `ja eenenveertig a
    /// eigenlijk de bovenste bel`): the address too, as with digits
    /// (``addCorrectedHouseNumbers(_:_:)``), where speech-to-text writes no question mark.
    private func addHouseNumbersSaidAgainInWords(_ call: CallText, _ perTurn: inout [[PIICandidate]]) {
        let bytes = call.bytes
        for index in call.turns.indices.dropLast() where !call.sameSpeaker(index, index + 1) {
            for position in perTurn[index].indices where perTurn[index][position].type == .address {
                let address = perTurn[index][position].range
                // The number ends the address: `eenenveertig`, not `22 hawthorn avenue`.
                guard ByteClass.isASCIILetter(bytes[address.upperBound - 1]) else { continue }
                var lastStart = address.upperBound
                while lastStart > address.lowerBound, ByteClass.isASCIILetter(bytes[lastStart - 1]) { lastStart -= 1 }
                let last = lastStart..<address.upperBound
                guard !last.isEmpty else { continue }
                let hash = WordTokenizer.foldedHash(bytes, last)
                guard let value = NumberWords.value(forHash: hash), value >= 2 else { continue }
                let answer = call.text(ofTurn: index + 1)
                let turnStart = call.turns[index + 1].range.lowerBound
                WordTokenizer.forEachWord(in: answer) { word in
                    let bare = WordTokenizer.bareRange(answer, word.range)
                    guard WordTokenizer.foldedHash(answer, bare) == hash else { return true }
                    var end = bare.upperBound
                    let next = word.breakAfter || end + 1 >= answer.count || answer[end] != 0x20 ? nil : WordTokenizer.lettersAfter(answer, end + 1)
                    if let next, next.count == 1 {
                        end = next.upperBound
                    } else if let next, Self.unitsAfterANumber.contains(answer[next].lazy.map(ByteClass.lowercased)) {
                        return true
                    }
                    let range = (turnStart + bare.lowerBound)..<(turnStart + end)
                    guard !perTurn[index + 1].contains(where: { $0.range.overlaps(range) }) else { return true }
                    perTurn[index + 1] = Self.resolveOverlaps(perTurn[index + 1] + [PIICandidate(type: .address, range: range, confidence: 0.75, detector: Self.correctedHouseNumberDetector,
                                                                                               canonicalValue: String(decoding: answer[bare.lowerBound..<end].map(ByteClass.lowercased), as: UTF8.self))])
                    return false
                }
            }
        }
    }

    /// Words after a number that make it a count of something, not a house number.
    private static let unitsAfterANumber = WordSet(["jaar", "years", "year", "maanden", "months", "weken", "weeks", "dagen", "days", "minuten", "minutes",
                                                    "uur", "hours", "euro", "pounds", "keer", "times", "procent", "percent"])

    private func addCorrectedHouseNumbers(_ call: CallText, _ perTurn: inout [[PIICandidate]]) {
        let bytes = call.bytes
        // Only an address read back to be confirmed (`..., klopt dat?`), or a correction, which
        // the next turn may read back again (`Dus 88b.`), is corrected in the next turn.
        for index in call.turns.indices.dropLast() where !perTurn[index].isEmpty
            && (call.text(ofTurn: index).contains(UInt8(ascii: "?")) || perTurn[index].contains { $0.detector == Self.correctedHouseNumberDetector }) {
            for candidate in perTurn[index] where candidate.type == .address || candidate.type == .postcode {
                // The house number and at most one letter after it (`88a`): `LS6 2EJ` ends in no house number.
                var digitsEnd = candidate.range.upperBound
                if digitsEnd - 1 > candidate.range.lowerBound, ByteClass.isASCIILetter(bytes[digitsEnd - 1]), ByteClass.isDigit(bytes[digitsEnd - 2]) { digitsEnd -= 1 }
                var digitsStart = digitsEnd
                while digitsStart > candidate.range.lowerBound, ByteClass.isDigit(bytes[digitsStart - 1]) { digitsStart -= 1 }
                guard digitsEnd > digitsStart, digitsEnd - digitsStart <= 4, digitsStart == candidate.range.lowerBound || bytes[digitsStart - 1] == 0x20 else { continue }
                let number = bytes[digitsStart..<digitsEnd]
                let turnStart = call.turns[index + 1].range.lowerBound
                let answer = call.text(ofTurn: index + 1)
                // Most next turns hold no such number: their bytes settle it before any word is read.
                guard answer.contains(number.first!) else { continue }
                WordTokenizer.forEachWord(in: answer) { word in
                    var bare = WordTokenizer.bareRange(answer, word.range)
                    let digits = answer[bare].prefix(while: ByteClass.isDigit)
                    let addition = answer[bare].dropFirst(digits.count)
                    // `88b`, `88`, `14-1`, `14-bis`; not `2nd`.
                    guard digits.elementsEqual(number), addition.count <= 1 && addition.allSatisfy(ByteClass.isASCIILetter)
                            || addition.count >= 2 && addition.count <= 4 && addition.first == UInt8(ascii: "-") && addition.dropFirst().allSatisfy(ByteClass.isAlphanumeric)
                    else { return true }
                    if let floorEnd = StreetAddressDetector.floorEnd(answer, after: bare.upperBound) { bare = bare.lowerBound..<floorEnd }
                    // `Tuinen 14`, then `Tuinen 14-1`: the street said again with the number.
                    bare = Self.repeatedStreetStart(answer, before: bare.lowerBound, street: bytes[candidate.range.lowerBound..<digitsStart])..<bare.upperBound
                    let range = (turnStart + bare.lowerBound)..<(turnStart + bare.upperBound)
                    guard !perTurn[index + 1].contains(where: { $0.range.overlaps(range) }) else { return true }
                    let corrected = PIICandidate(type: .address, range: range, confidence: 0.75, detector: Self.correctedHouseNumberDetector, canonicalValue: String(decoding: answer[bare].map(ByteClass.lowercased), as: UTF8.self))
                    perTurn[index + 1] = Self.resolveOverlaps(perTurn[index + 1] + [corrected])
                    return true
                }
            }
        }
    }

    /// The detector of a house number given or corrected in answer, which the next turn may correct again.
    private static let correctedHouseNumberDetector = "answer-house-number"

    /// Where the words before `position` start that repeat the end of `street`, the words of an
    /// address before its house number (`Tuinen 14-1` after `Tuinen 14`, `Oude Gracht 112-2`
    /// after `Gedempte Oude Gracht 112`); `position` when the word before it is no such word.
    private static func repeatedStreetStart(_ text: UnsafeBufferPointer<UInt8>, before position: Int, street: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var start = position
        var streetEnd = street.endIndex
        while streetEnd > street.startIndex, street[streetEnd - 1] == 0x20 { streetEnd -= 1 }
        while let word = WordTokenizer.lettersBefore(text, start) {
            var streetWordStart = streetEnd
            while streetWordStart > street.startIndex, ByteClass.isASCIILetter(street[streetWordStart - 1]) { streetWordStart -= 1 }
            guard streetWordStart < streetEnd, text[word].lazy.map(ByteClass.lowercased).elementsEqual(street[streetWordStart..<streetEnd].lazy.map(ByteClass.lowercased)) else { break }
            start = word.lowerBound
            streetEnd = streetWordStart
            guard streetEnd > street.startIndex, street[streetEnd - 1] == 0x20 else { break }
            streetEnd -= 1
        }
        return start
    }

    /// A value read out over two or more turns of one speaker, with at most a short reply of
    /// the other speaker between them: the end of the first turn and the start of the next are
    /// read as one text, and a value found across the join is redacted in each turn, in place
    /// of whatever a part looked like alone. A turn that is all value part may go on in the
    /// speaker's next turn, as speech-to-text cuts a number read slowly into segments
    /// (`oh two oh` / `eight eight five four` / `six one two nine`).
    private func addSplitValues(_ call: CallText, _ perTurn: inout [[PIICandidate]]) {
        var index = 0
        while index + 1 < call.turns.count {
            let parts = Self.splitValueParts(call, from: index)
            guard parts.count >= 2 else { index += 1; continue }
            // The parts read as one text, `gap` spaces between them, and where each part starts in it.
            let read = { (gap: Int) -> (found: [PIICandidate], starts: [Int]) in
                var joined: [UInt8] = []
                var starts: [Int] = []
                for (number, part) in parts.enumerated() {
                    if number > 0 { joined += Array(repeating: 0x20, count: gap) }
                    starts.append(joined.count)
                    joined += call.text(ofTurn: part.turn)[part.range]
                }
                // Postcodes only as spoken, in words: `1234` at one turn's end and `OK` at the next one's start are none.
                let types = parts.contains { part in call.text(ofTurn: part.turn)[part.range].contains(where: ByteClass.isDigit) } ? Self.splitTypes : Self.splitTypes + [.postcode]
                let found = self.candidates(in: String(decoding: joined, as: UTF8.self), detectorsFor: types).filter { candidate in
                    types.contains(candidate.type) && starts.dropFirst().contains { $0 > candidate.range.lowerBound && $0 - gap < candidate.range.upperBound }
                }
                return (found, starts)
            }
            var gap = 1
            var (found, starts) = read(gap)
            // Digits on both sides are also read without the space: the parts need not be the
            // groups the number is written in (`2742` / `43398`).
            if found.isEmpty, parts.count == 2, ByteClass.isDigit(call.text(ofTurn: parts[0].turn)[parts[0].range.upperBound - 1]),
               ByteClass.isDigit(call.text(ofTurn: parts[1].turn)[parts[1].range.lowerBound]) {
                gap = 0
                (found, starts) = read(gap)
            }
            for candidate in found {
                // A value found whole in a turn is not cut in two by one read across turns
                // (`... eight six` of a card read out, then `oh nine` of its expiry).
                let pieces = Self.pieces(of: candidate, parts, starts: starts, call)
                guard !pieces.contains(where: { piece in perTurn[piece.turn].contains { $0.range.overlaps(piece.range) && !piece.range.contains($0.range) } }) else { continue }
                for (turn, range) in pieces {
                    let piece = PIICandidate(type: candidate.type, range: range, confidence: 0.8, detector: "split-" + candidate.detector, canonicalValue: candidate.canonicalValue)
                    // The value read across the turns is what the speaker meant: it replaces what
                    // a part looked like alone (`0417 1643 00` is not a phone number here).
                    perTurn[turn].removeAll { $0.range.overlaps(piece.range) }
                    perTurn[turn] = Self.resolveOverlaps(perTurn[turn] + [piece])
                }
            }
            // A value read over three or more turns is not read again from its middle.
            index = found.isEmpty || parts.count == 2 ? index + 1 : parts[parts.count - 1].turn
        }
    }

    /// The ranges in the call's bytes, by turn, that `candidate` covers of the parts it was
    /// read from.
    private static func pieces(of candidate: PIICandidate, _ parts: [(turn: Int, range: Range<Int>)], starts: [Int], _ call: CallText) -> [(turn: Int, range: Range<Int>)] {
        parts.enumerated().compactMap { number, part in
            let partStart = starts[number], partEnd = partStart + part.range.count
            let lower = max(candidate.range.lowerBound, partStart), upper = min(candidate.range.upperBound, partEnd)
            guard lower < upper else { return nil }
            let offset = call.turns[part.turn].range.lowerBound + part.range.lowerBound - partStart
            return (part.turn, (offset + lower)..<(offset + upper))
        }
    }

    /// The parts of a value that may be read out from the end of turn `index` on: its
    /// trailing value part, then the leading value part of the speaker's next turns (after at
    /// most a short reply of the other speaker), as long as the part before was its whole turn;
    /// at most four parts.
    private static func splitValueParts(_ call: CallText, from index: Int) -> [(turn: Int, range: Range<Int>)] {
        var parts: [(turn: Int, range: Range<Int>)] = []
        var next = index + 1
        while next < call.turns.count, parts.count < 4 {
            if call.turns[next].label != call.turns[index].label {
                // A short acknowledgement between the parts (`ja`, `mm-hm`, `go on`).
                guard call.turns[next].range.count <= 24, next + 1 < call.turns.count, call.turns[next + 1].label == call.turns[index].label else { break }
                next += 1
            }
            let text = call.text(ofTurn: next)
            guard let head = leadingValuePart(in: text, from: speakerPrefixEnd(in: text)) else { break }
            // Most turns are followed by the other speaker's: the first turn's end is read only now.
            if parts.isEmpty {
                guard let tail = trailingValuePart(in: call.text(ofTurn: index)) else { return [] }
                parts.append((index, tail))
            }
            parts.append((next, head))
            // Only a turn that is all value, digits or numbers and letters said as words, goes
            // on in the next: not `Yes`.
            guard head.upperBound == text.count, text[head].contains(where: ByteClass.isDigit) || ByteClass.isLower(text[head.lowerBound]) else { break }
            next += 1
        }
        return parts
    }

    /// The last stretch of digits, capitals and number words of a turn that ends in one
    /// (trailing `...`, `,` and spaces aside), up to 40 bytes.
    static func trailingValuePart(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: ",") || bytes[end - 1] == UInt8(ascii: "-") || bytes[end - 1] == 0xA6 || bytes[end - 1] == 0x80 || bytes[end - 1] == 0xE2 { end -= 1 }
        guard end > 0, ByteClass.isAlphanumeric(bytes[end - 1]) else { return nil }
        var start = end
        while start > 0, end - start < 40, ByteClass.isAlphanumeric(bytes[start - 1]) || bytes[start - 1] == 0x20 || bytes[start - 1] == UInt8(ascii: "-") || bytes[start - 1] == UInt8(ascii: "+") { start -= 1 }
        // Not from the middle of a word (`it's s e eighteen`: not its `s`).
        if start > 0, ByteClass.isWordByte(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "'") {
            while start < end, bytes[start] != 0x20 { start += 1 }
        }
        let part = bytes[start..<end]
        guard part.contains(where: ByteClass.isDigit) || part.count >= 3 else { return nil }
        while start < end, bytes[start] == 0x20 { start += 1 }
        return start..<end
    }

    /// The first stretch of a turn, from `start`, that opens with digits or capitals, up to
    /// 40 bytes.
    static func leadingValuePart(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        var start = start
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == UInt8(ascii: ".") { start += 1 }
        guard start < bytes.count else { return nil }
        guard ByteClass.isDigit(bytes[start]) || ByteClass.isUpper(bytes[start]) else { return spokenLeadingValuePart(in: bytes, from: start) }
        var end = start
        while end < bytes.count, end - start < 40, ByteClass.isAlphanumeric(bytes[end]) || bytes[end] == 0x20 || bytes[end] == UInt8(ascii: "-") { end += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        return start..<end
    }

    /// The first stretch of a turn, from `start`, of numbers and letters said as words, as
    /// speech-to-text writes a value read out (`seven b q`, `eight eight five four`), up to
    /// 72 bytes, as ten digits said in words take (`zeven acht zeven vijf vier zes drie zes
    /// negen twee`, the account number after `nl twaalf rabo`): number words, single letters,
    /// `double` and `triple`.
    private static func spokenLeadingValuePart(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        var end = start
        WordTokenizer.forEachWord(in: bytes, from: start) { word in
            let lowered = bytes[word.range].map(ByteClass.lowercased)
            guard word.range.upperBound - start <= 72, word.range.count == 1 && ByteClass.isLower(lowered[0]) || NumberWords.value(of: lowered) != nil || spokenRepeats.contains(lowered) else { return false }
            end = word.range.upperBound
            return !word.breakAfter
        }
        return end > start ? start..<end : nil
    }

    private static let spokenRepeats: WordSet = WordSet(["double", "triple", "dubbel"])
}
