/// Finds street addresses with a house number: Dutch street names ending in a street word
/// (`Kerkstraat 24 bis`, `Gedempte Oude Gracht 112`, `Laan van Meerdervoort 12`,
/// `Bilderdijkstraat 150-2`) and English ones (`10 Downing Street`, `Station Road 4`).
///
/// A place name right after the address, before the end of the clause, is part of it
/// (`Kerkstraat 24, Utrecht`). The house number is what triggers a look: a street name alone (`de Kerkstraat is
/// afgesloten`) is kept, since without a number it points to no one. Street names without a
/// street word (`Vinkhuizen 211`, `Tuinen 18`) count right after an address cue (`adres`,
/// `woon op`, `address`), which the redactor also carries over from a question for an address.
/// Speech-to-text writes streets in lower case too: `de hoogstraat 14` counts when its street
/// word is one that ends no common noun (`straat`, `laan`, `gracht`, ...).
public struct StreetAddressDetector: PIIDetector {
    public let name = "address"

    /// Dutch street words, matched as the end of a word: `Kerkstraat`, `Beukenlaan`, `Laan`.
    private static let dutchSuffixes: [[UInt8]] = [
        "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "dreef", "hof", "markt", "straße", "strasse", "gasse",
        "steeg", "pad", "baan", "ring", "park", "plantsoen", "wal", "burgwal", "dam", "haven", "veld", "erf",
        "hoek", "boulevard", "allee", "straatweg", "kanaal", "zijde", "wetering", "vaart", "polder", "passage",
        // Frisian, as Fryslân's villages name their streets: `Tsjerkestrjitte`, `Haadwei`, `Skoalleleane`.
        "strjitte", "wei", "leane", "loane", "dyk", "paad", "buorren",
        // `Kerkstr. 12`, as a street is shortened in writing (``abbreviatedStreetEnd(_:_:)``).
        "str",
    ].map { Array($0.utf8) }
    /// Street words that end no common noun, so that a lower-case word ending in one is a street.
    static let unmistakableSuffixes: [[UInt8]] = ["straat", "laan", "plein", "gracht", "kade", "singel", "dreef", "steeg", "straatweg", "dijk", "str",
                                                  "strjitte", "leane", "buorren"].map { Array($0.utf8) }
    private static let cues = PhraseMatcher(phrases: ["adres", "address", "addr", "woon op", "woont op", "wonen op", "woonachtig", "live at", "lives at", "living at",
                                                      "verhuisd naar", "verhuizen naar", "moved to", "moving to"])
    /// The words of those cues, which the line scan looks up (``LineSignals/houseNumber``).
    static let addressCueWords = ["adres", "address", "addr", "woon", "woont", "wonen", "woonachtig", "live", "lives", "living", "verhuisd", "verhuizen", "moved", "moving"]
    /// English street words, matched as whole words: `Station Road`, `Downing Street`.
    private static let englishWords: WordSet = WordSet(englishWordList)
    private static let englishWordList = [
        "street", "road", "lane", "avenue", "drive", "close", "way", "court", "place", "square", "crescent",
        "terrace", "gardens", "grove", "row", "walk", "hill", "mews", "cottages", "rise", "parade", "green",
    ]
    /// Words that end English streets and closes only after a name (`7 The Paddocks`, `3
    /// Mill Croft`, `12 Fox Chase`): right after a number they may be other things (`3 Chase accounts`).
    private static let namedStreetWords: WordSet = WordSet(namedStreetWordList)
    private static let namedStreetWordList = [
        "paddocks", "paddock", "meadows", "croft", "chase", "fold", "heights", "vale", "wharf", "mount", "glade", "dene", "approach",
        "boulevard", "circus", "spinney", "copse", "orchard", "sidings", "ridings", "brow", "view", "bank",
    ]
    /// Every street word, for a street in lower case after an address cue (`your address is
    /// still twenty two willow bank`), where a name stands before the street word.
    private static let streetWordsAfterACue: WordSet = WordSet(englishWordList + namedStreetWordList)
    /// Street words as they are written on envelopes and typed in chats (`27 Carlton Rd`, `4 Elm
    /// Ave`), only after the street's name: right after a number they are a Dutch postcode's
    /// letters (`7471 DR Goor`).
    private static let abbreviatedWords: WordSet = WordSet(["rd", "st", "ave", "ln", "dr", "cres", "ct", "pl", "sq", "gdns", "terr"])
    static let particles: WordSet = WordSet(["van", "de", "der", "den", "het", "'t", "op", "aan", "in", "ter", "ten", "la", "le"])

    /// Whether the word that ends one space before `position` ends in a Dutch street word that
    /// names nothing else (`Kerkstraat`, `sonsbeeksingel`, `Dorpsweg`), in any case: the line
    /// scan asks this before every number word, so it compares bytes in place, the last two
    /// first.
    static func endsInStreetWord(_ text: UnsafeBufferPointer<UInt8>, before numberStart: Int) -> Bool {
        guard numberStart >= 5, text[numberStart - 1] == 0x20 else { return false }
        // `vlietlaan nummer zeven`
        let position = spaceBeforeNumberMarker(text, numberStart - 1).map { $0 + 1 } ?? numberStart
        guard position >= 5 else { return false }
        let end = position - 1
        let last = ByteClass.lowercased(text[end - 1]), beforeLast = ByteClass.lowercased(text[end - 2])
        for suffix in streetNamingSuffixes where end >= suffix.count && suffix[suffix.count - 1] == last && suffix[suffix.count - 2] == beforeLast {
            var matches = true
            for offset in 0..<(suffix.count - 2) where ByteClass.lowercased(text[end - suffix.count + offset]) != suffix[offset] { matches = false; break }
            if matches { return true }
        }
        // `ringbaan west honderdtweeënveertig`: the side of town after a street word, which makes
        // any street word a street's.
        // `ringbaan-zuid 88` too.
        if let word = WordTokenizer.lettersBefore(text, position), directions.contains(text[word].lazy.map(ByteClass.lowercased)),
           word.lowerBound >= 2, text[word.lowerBound - 1] == 0x20 || text[word.lowerBound - 1] == UInt8(ascii: "-") {
            var streetStart = word.lowerBound - 1
            while streetStart > 0, ByteClass.isASCIILetter(text[streetStart - 1]) { streetStart -= 1 }
            return endsInStreetSuffix(text[streetStart..<(word.lowerBound - 1)].map(ByteClass.lowercased))
        }
        // `op de tweebaksmarkt zevenenveertig`: a market that names a street.
        if last == UInt8(ascii: "t"), let word = WordTokenizer.lettersBefore(text, position), isLowercaseWegStreet(text[word].lazy.map(ByteClass.lowercased)) { return true }
        return false
    }

    /// Whether a lower-cased word of three letters or more before one of ``dutchSuffixes`` ends
    /// in it (`ringbaan`), as a street's name in front of a side of town does.
    private static func endsInStreetSuffix(_ lowered: [UInt8]) -> Bool {
        dutchSuffixes.contains { lowered.count >= $0.count + 3 && lowered.suffix($0.count).elementsEqual($0) }
    }

    /// Whether a capitalised word (lower-cased) is an English street word or ends in a Dutch
    /// one that names nothing else: `Lane`, `Kerkstraat`, `Kerkweg`; not `Amsterdam`.
    static func isStreetWord(_ lowered: [UInt8]) -> Bool {
        englishWords.contains(lowered) || streetNamingSuffixes.contains { lowered.count >= $0.count && lowered.suffix($0.count).elementsEqual($0) }
    }

    private static let streetNamingSuffixes = unmistakableSuffixes + [Array("weg".utf8)]

    /// Whether a lower-cased word is a Dutch street's name of one word: a name and a street
    /// word joined (`nieuwstraat`, `dorpsweg`), longer than the street word by three letters.
    static func isDutchStreetCompound(_ lowered: [UInt8]) -> Bool {
        streetNamingSuffixes.contains { lowered.count >= $0.count + 3 && lowered.suffix($0.count).elementsEqual($0) }
    }

    /// Whether a lower-case word ends in `weg` or `markt` as a street does (`schiedamseweg`,
    /// `dorpsweg`, `tweebaksmarkt`), which only the house number after it tells from the roads,
    /// ways and markets that are nouns (`snelweg`, `onderweg`, `supermarkt`), left out here.
    static func isLowercaseWegStreet(_ lowered: some BidirectionalCollection<UInt8>) -> Bool {
        lowered.count >= 7 && lowered.suffix(3).elementsEqual("weg".utf8) && !wegNouns.contains(lowered)
            || lowered.count >= 9 && lowered.suffix(5).elementsEqual("markt".utf8) && !marktNouns.contains(lowered)
    }

    private static let marktNouns: WordSet = WordSet([
        "supermarkt", "woningmarkt", "arbeidsmarkt", "huizenmarkt", "jaarmarkt", "weekmarkt", "kerstmarkt", "rommelmarkt", "vlooienmarkt",
        "boerenmarkt", "zaterdagmarkt", "zondagmarkt", "avondmarkt", "biomarkt", "huurmarkt", "koopmarkt", "geldmarkt", "aandelenmarkt",
        "afzetmarkt", "thuismarkt", "wereldmarkt", "bloemenmarkt", "paardenmarkt", "veemarkt", "warenmarkt", "woonmarkt",
    ])

    private static let wegNouns: WordSet = WordSet([
        "onderweg", "halfweg", "snelweg", "spoorweg", "zijweg", "uitweg", "rijweg", "zandweg", "landweg", "waterweg", "luchtweg",
        "fietsweg", "vaarweg", "tolweg", "toegangsweg", "ringweg", "autoweg",
    ])

    public init() {}

    public let lineRequirement = LineRequirement(.houseNumber)

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        // Candidates before these come from other lines: their ranges are not offsets into this one.
        let firstOwn = candidates.count
        var lowercase: Bool?
        func isLowercaseLine() -> Bool {
            if lowercase == nil { lowercase = PersonNameDetector.isLowercase(text) }
            return lowercase!
        }
        defer {
            Self.takeInCorrectedHouseNumbers(text, &candidates, from: firstOwn)
            Self.takeInStreetsBeforeAPostcode(text, &candidates, from: firstOwn)
        }
        findSpokenHouseNumbers(in: text, into: &candidates)
        findHouseNames(in: text, into: &candidates)
        var position = 0
        while position < text.count {
            guard ByteClass.isDigit(text[position]), position == 0 || !ByteClass.isWordByte(text[position - 1]) else {
                position += 1
                continue
            }
            let number = houseNumber(text, at: position)
            guard let number, !Self.opensRangeOfNumbers(text, after: number.upperBound) else {
                while position < text.count, ByteClass.isAlphanumeric(text[position]) { position += 1 }
                continue
            }
            if let start = dutchStreetStart(text, before: position) {
                let end = Self.lowercaseAdditionEnd(text, after: number.upperBound)
                add(start..<end, text, &candidates)
                position = end
            } else if let start = Self.polishStreetStart(text, before: position) {
                let end = Self.polishFlatEnd(text, after: number.upperBound)
                add(start..<end, text, &candidates)
                position = end
            } else if let end = Self.frenchStreetEnd(text, after: number.upperBound) {
                add(position..<end, text, &candidates)
                position = end
            } else if let flat = Self.flatWordStart(text, before: position),
                      // In lower case only after a block (`flat 22 block c dolphin house`), not `flat 3 the green house is nice`.
                      let end = Self.buildingAndStreetEnd(text, after: number.upperBound, lowercase: isLowercaseLine() && Self.blockEnd(text, after: number.upperBound, lowercase: true) != nil) {
                add(flat..<end, text, &candidates)
                position = end
            } else if var end = englishStreetEnd(text, after: number.upperBound, afterComma: Self.followsNumberWord(text, position)) {
                // `45 Carlton Avenue, Flat B`: the flat after the street.
                if let flatEnd = Self.flatAfterStreetEnd(text, after: end) { end = flatEnd }
                add((Self.flatStart(before: position, in: text) ?? position)..<end, text, &candidates)
                position = end
            } else if Self.followsMovePreposition(text, position), let end = Self.streetBeforeTownEnd(text, after: number.upperBound) {
                // `we were at 7 Cliffe Ash, Golcar`: a street without a street word, its town after a comma.
                add(position..<end, text, &candidates)
                position = end
            } else if Self.followsMovePreposition(text, position) || Self.followsAddressCue(text, position),
                      let end = Self.streetNamedWithTheEnd(text, after: number.upperBound, lowercase: false) {
                // `she lives at 9 The Loaning`: a street named with `The` and no street word.
                add(position..<end, text, &candidates)
                position = end
            } else if let end = Self.lowercaseEnglishStreetEnd(text, after: number.upperBound, streetWords: Self.typedStreetAbbreviations) {
                // `at 14a wolseley rd`: a street typed in lower case with its word shortened,
                // which no everyday word is, also in a turn with capitals.
                add(position..<end, text, &candidates)
                position = end
            } else if let flat = Self.flatNumberStart(directlyBefore: position, in: text),
                      let end = Self.lowercaseEnglishStreetEnd(text, after: number.upperBound, streetWords: Self.englishWords) {
                // `flat 3 14 brindley road`, typed without a comma or capitals: the flat says
                // it is an address.
                add(flat..<end, text, &candidates)
                position = end
            } else if isLowercaseLine(), let end = { () -> Int? in
                // After an address cue any street word ends a street, and the town may follow it.
                let cued = Self.followsAddressCue(text, position) || Self.followsAddressCueAndComma(text, position)
                if let end = Self.lowercaseEnglishStreetEnd(text, after: number.upperBound, streetWords: cued ? Self.streetWordsAfterACue : Self.typedLowercaseStreetWords, afterCue: cued) { return end }
                // `lives at 9 the loaning`, `3 the willows` in answer to the first line of the address.
                if cued, let end = Self.streetNamedWithTheEnd(text, after: number.upperBound, lowercase: true) { return end }
                // `hes at 9 thornfield close s11 8zb`: a postcode after it makes any street word a street's.
                guard let end = Self.lowercaseEnglishStreetEnd(text, after: number.upperBound, streetWords: Self.englishWords), end + 1 < text.count, text[end] == 0x20,
                      PostcodeDetector.mayOpenBritishOutwardCode(text, at: end + 1) else { return nil }
                return end
            }() {
                // `14 elm grove ls6 3ab`, as a chat or speech-to-text without capitals writes it;
                // not with a street word that is an everyday word (`80 gb hard drive`).
                add(position..<end, text, &candidates)
                position = end
            } else if Self.followsNumberWord(text, position) && (Self.followsAt(text, position) || Self.followsAHomeAndComma(text, position))
                        || Self.followsOp(text, position) && candidates.count > firstOwn
                            && candidates.last.map({ $0.type == .address && $0.range.upperBound <= position && position - $0.range.upperBound <= 60
                                && !text[$0.range.upperBound..<position].contains(UInt8(ascii: ".")) }) == true {
                // `I'm at number 8`, `Ik woon op Orthenseweg 17A, zij op 17B`: the house next to one named before in the sentence
                // (`I'm at 3/1`: a Scottish flat's floor and door).
                let end = Self.flatPositionEnd(text, after: number) ?? number.upperBound
                add(position..<end, text, &candidates)
                position = end
            } else if let end = Self.wordsEndBeforeBritishPostcode(text, after: number.upperBound, capitalised: true) {
                // `9 Chy Pons TR18 3BE`: a street without a street word, which the postcode after it marks.
                add(position..<end, text, &candidates)
                position = end
            } else if let start = cuedStreetStart(text, before: position, numberEnd: number.upperBound) ?? Self.streetStartBeforePostcode(text, number: number) {
                add(start..<number.upperBound, text, &candidates)
                position = number.upperBound
            } else if isLowercaseLine(), let start = cuedLowercaseStreetStart(text, before: position, numberEnd: number.upperBound)
                        ?? Self.streetStartBeforePostcode(text, number: number, lowercase: true) {
                // `verhuisd naar de maten 17`: a street without a street word after an address cue;
                // `graan voor visch 183, 2132 vs`: before a postcode, as a chat in lower case writes it.
                add(start..<number.upperBound, text, &candidates)
                position = number.upperBound
            } else if Self.flatPositionStart(beforeComma: position, in: text) != nil, let end = Self.capitalisedStreetEndingTheClause(text, after: number.upperBound) {
                // `she's at 3/2, 28 Hilltown, I'm at 3/1`: a Scottish flat makes the words after the number a street.
                add(position..<end, text, &candidates)
                position = end
            } else if let end = Self.flatPositionEnd(text, after: number), Self.followsPersonAt(text, position), Self.endsClauseAfterHouseNumber(text, end) {
                add(position..<end, text, &candidates)
                position = end
            } else if Self.followsHouseNumberCue(text, position)
                        // Not a floor: `ik woon op 3 hoog`.
                        || Self.followsPersonAt(text, position) && Self.endsClauseAfterHouseNumber(text, number.upperBound) && !text[number].contains(0x20)
                        || Self.followsNeighbourAt(text, position) && !Self.countsUnits(text, after: number.upperBound) {
                // `shes at 25`: where a person lives, said by the number alone.
                add(position..<number.upperBound, text, &candidates)
                position = number.upperBound
            } else if let room = Self.roomInCareHomeStart(text, before: position) {
                // `In zorgcentrum De Loofhut, kamer 214`: where someone lives in a home or lies in hospital.
                add(room..<number.upperBound, text, &candidates)
                position = number.upperBound
            } else if Self.followsNeighbourAndVan(text, position) && !Self.countsUnits(text, after: number.upperBound)
                        || Self.titleOfNameAndVan(text, position).map({ title in
                            // `de buurvrouw Hennie van 22 organiseren we het`: a neighbour's house wherever the clause ends.
                            Self.isNeighbourWord(text[title].lazy.map(ByteClass.lowercased)) ? !Self.countsUnits(text, after: number.upperBound)
                                : Self.endsClauseAfterHouseNumber(text, number.upperBound)
                        }) == true
                        || Self.followsAddressCueDirectly(text, position) && Self.endsClauseAfterNumber(text, number.upperBound) {
                // `mevrouw Tjon A Fong van 266`, `de buren van 12`: a neighbour's house; `adres
                // 264-II, dus ...`: a house number alone in answer to a question for an address.
                add(position..<number.upperBound, text, &candidates)
                position = number.upperBound
            } else if let flat = Self.flatAfterPreposition(text, before: position), Self.endsClauseAfterNumber(text, number.upperBound),
                      // `to Flat 2, 9 Queens Road`: the street's number reads the flat with it.
                      !(number.upperBound + 2 < text.count && text[number.upperBound + 1] == 0x20 && ByteClass.isDigit(text[number.upperBound + 2])) {
                // `I'm in flat 6.`: a flat in the building named before, or known to the agent.
                add(flat..<number.upperBound, text, &candidates)
                position = number.upperBound
            } else {
                position = number.upperBound
            }
        }
    }

    /// House numbers said in words, as speech-to-text writes them: after a Dutch street
    /// (`sonsbeeksingel zevenentachtig`) or before an English one (`fourteen Mill Lane`).
    /// `een` and `one` are left out: far more often they are an article or a pronoun.
    private func findSpokenHouseNumbers(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        var lowercase: Bool?
        let firstOwn = candidates.count
        WordTokenizer.forEachWord(in: text) { word in
            let bare = WordTokenizer.bareRange(text, word.range)
            // Most words are no number: look them up before reading what stands around them.
            guard let value = NumberWords.value(forHash: WordTokenizer.foldedHash(text, bare)), (1...99).contains(value),
                  !Self.articleNumbers.contains(text[bare].lazy.map(ByteClass.lowercased)) || Self.followsTensWord(text, bare.lowerBound)
                      || Self.followsAtNumber(text, bare.lowerBound) && Self.endsHouseNumberSaid(text, after: bare.upperBound),
                  // The words of `honderd vier` are read once: not again from `vier`.
                  candidates.count == firstOwn || candidates[candidates.count - 1].range.upperBound <= bare.lowerBound
            else {
                // `op nummer honderd vier`, `at number one hundred and four`.
                if Self.followsAtNumber(text, bare.lowerBound) || Self.followsHouseNumberCue(text, bare.lowerBound) {
                    let end = NumberWords.spokenHouseNumberEnd(text, from: bare)
                    if end > bare.upperBound || NumberWords.dutchHundreds(text[bare]) != nil {
                        add(bare.lowerBound..<end, text, &candidates)
                        return true
                    }
                }
                // `schiedamseweg honderdtwaalf`, `Kerkweg driehonderd vijf`: hundreds said after the street.
                if bare.count >= 7, Self.containsHonderd(text, bare), let hundreds = NumberWords.dutchHundreds(text[bare]),
                   let start = Self.endsInStreetWord(text, before: bare.lowerBound) ? dutchStreetStart(text, before: bare.lowerBound) : cuedLowercaseStreetStart(text, before: bare.lowerBound, numberEnd: bare.upperBound) {
                    add(start..<Self.spokenAdditionEnd(text, after: Self.numberEnd(text, after: bare.upperBound, hundreds: hundreds)), text, &candidates)
                } else if bare.count >= 7, Self.followsPersonAt(text, bare.lowerBound), Self.containsHonderd(text, bare), let hundreds = NumberWords.dutchHundreds(text[bare]),
                          Self.followsNeighbourAt(text, bare.lowerBound) || Self.endsClauseAfterHouseNumber(text, Self.numberEnd(text, after: bare.upperBound, hundreds: hundreds)) {
                    // `mijn buurman op honderdnegenenveertig`, `ze woont op honderdvijf`.
                    add(bare.lowerBound..<Self.spokenAdditionEnd(text, after: Self.numberEnd(text, after: bare.upperBound, hundreds: hundreds)), text, &candidates)
                }
                return true
            }
            // Only a number after a street, before a capital, after `at number` or a flat (or,
            // in a turn written all in lower case, before any word) can be one.
            let beforeCapital = bare.upperBound + 1 < text.count && text[bare.upperBound] == 0x20 && ByteClass.isUpper(text[bare.upperBound + 1])
            // `she's at number eight`, `op nummer zeventien`: as with digits, the house is the place.
            // `my neighbour at forty two he keeps parking`: where a person lives, said by the number alone.
            let atNumber = Self.followsAtNumber(text, bare.lowerBound) || Self.followsHouseNumberCue(text, bare.lowerBound)
                || Self.followsPersonAt(text, bare.lowerBound) && Self.endsClauseAfterHouseNumber(text, NumberWords.spokenHouseNumberEnd(text, from: bare))
                || Self.followsNeighbourAt(text, bare.lowerBound) && !Self.countsUnits(text, after: NumberWords.spokenHouseNumberEnd(text, from: bare))
            let flat = Self.flatWordStart(text, before: bare.lowerBound)
            guard beforeCapital || atNumber || flat != nil || Self.endsInStreetWord(text, before: bare.lowerBound) || {
                if lowercase == nil { lowercase = PersonNameDetector.isLowercase(text) }
                return lowercase == true
            }() else { return true }
            if atNumber {
                let numberEnd = NumberWords.spokenHouseNumberEnd(text, from: bare)
                // `she's at number nine hawthorn close`: the street after it, in a line in lower case.
                let streetEnd = lowercase ?? PersonNameDetector.isLowercase(text)
                    ? Self.lowercaseEnglishStreetEnd(text, after: numberEnd, streetWords: Self.streetWordsAfterACue, afterCue: true) : nil
                add(bare.lowerBound..<(streetEnd ?? numberEnd), text, &candidates)
            } else if let flat {
                // `flat six, linden court`: a flat said in words, then its building and street.
                if lowercase == nil { lowercase = PersonNameDetector.isLowercase(text) }
                if let end = Self.buildingAndStreetEnd(text, after: bare.upperBound, lowercase: lowercase == true) { add(flat..<end, text, &candidates) }
            } else if Self.endsInStreetWord(text, before: bare.lowerBound), let start = dutchStreetStart(text, before: bare.lowerBound) {
                add(start..<Self.spokenAdditionEnd(text, after: bare.upperBound), text, &candidates)
            } else if lowercase == true, let start = cuedLowercaseStreetStart(text, before: bare.lowerBound, numberEnd: bare.upperBound),
                      // `my address is forty two the crescent`: an English street after the number is read below.
                      Self.lowercaseEnglishStreetEnd(text, after: NumberWords.spokenHouseNumberEnd(text, from: bare), streetWords: Self.streetWordsAfterACue, afterCue: true) == nil {
                add(start..<Self.spokenAdditionEnd(text, after: bare.upperBound), text, &candidates)
            } else if let end = englishStreetEnd(text, after: bare.upperBound), end == text.count || !ByteClass.isWordByte(text[end]) && text[end] != 0x20 {
                // The street ends the clause: `fourteen Mill Lane, ...`, not `two Mill Lane residents`.
                add((Self.hundredsStart(text, before: bare.lowerBound) ?? bare.lowerBound)..<end, text, &candidates)
            } else if lowercase == true, !(NumberWords.isTens(value) && NumberWords.unit(afterTensEndingAt: bare.upperBound, in: text) != nil) {
                // `twenty seven bramble close`: read from the unit, which takes the tens before it.
                var start = bare.lowerBound
                if value <= 9, let tens = WordTokenizer.lettersBefore(text, start), let tensValue = NumberWords.value(forHash: WordTokenizer.foldedHash(text, tens)),
                   NumberWords.isTens(tensValue) {
                    start = tens.lowerBound
                }
                // `two hundred and six jesmond road`: the hundreds before them.
                let hundreds = Self.hundredsStart(text, before: start)
                if let hundreds { start = hundreds }
                // `apartment three twenty seven harcourt street`: the flat's number before the house's.
                var flat: Int?
                if let flatNumber = WordTokenizer.lettersBefore(text, start), NumberWords.value(forHash: WordTokenizer.foldedHash(text, flatNumber)) != nil {
                    flat = Self.flatWordStart(text, before: flatNumber.lowerBound)
                }
                // Hundreds, a flat or an address cue say that a house number is meant: then a town
                // may follow the street (`flat four two hundred and six jesmond road newcastle`).
                let cued = Self.followsAddressCue(text, start)
                if let end = Self.lowercaseEnglishStreetEnd(text, after: bare.upperBound, streetWords: cued ? Self.streetWordsAfterACue : Self.lowercaseEnglishStreets,
                                                            allowingATown: hundreds != nil || flat != nil, afterCue: cued) {
                    add((flat ?? start)..<end, text, &candidates)
                }
            }
            return true
        }
    }

    /// Whether `one` or `een` after `at number` is the house number: the clause ends after it,
    /// or hundreds follow (`at number one.`, `at number one hundred and four`; not `at number
    /// one of the list`).
    private static func endsHouseNumberSaid(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
        guard end < text.count, text[end] == 0x20, end + 1 < text.count else { return true }
        let next = WordTokenizer.lettersAfter(text, end + 1)
        return WordTokenizer.isWord(text, next, "hundred") || WordTokenizer.isWord(text, next, "honderd")
    }

    /// Whether `text[range]` holds `honderd` in any case: most long words do not, and this
    /// settles it before the street before them is read.
    @inline(__always)
    private static func containsHonderd(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 7 <= range.upperBound {
            if text[index] | 0x20 == UInt8(ascii: "h"), text[index + 1] | 0x20 == UInt8(ascii: "o"), text[index + 2] | 0x20 == UInt8(ascii: "n"),
               text[index + 3] | 0x20 == UInt8(ascii: "d"), text[index + 4] | 0x20 == UInt8(ascii: "e"), text[index + 5] | 0x20 == UInt8(ascii: "r"),
               text[index + 6] | 0x20 == UInt8(ascii: "d") {
                return true
            }
            index += 1
        }
        return false
    }

    /// Where a house number said in words ends with its addition, a letter on its own
    /// (`molenstraat achtendertig b`; not `e`, which opens `e-mail`), and a floor or side
    /// after it (``floorEnd(_:after:)``).
    private static func spokenAdditionEnd(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Int {
        var end = end
        if end + 2 <= text.count, text[end] == 0x20, (UInt8(ascii: "a")...UInt8(ascii: "h")).contains(text[end + 1] | 0x20), text[end + 1] | 0x20 != UInt8(ascii: "e"),
           end + 2 == text.count || !ByteClass.isWordByte(text[end + 2]) && text[end + 2] != UInt8(ascii: "-") && text[end + 2] != UInt8(ascii: "'") {
            end += 2
        } else if end + 4 <= text.count, text[end] == 0x20, WordTokenizer.isWord(text, WordTokenizer.lettersAfter(text, end + 1), "bis") {
            // `honderdzevenenveertig bis`: the second house on one number.
            end += 4
        }
        return floorEnd(text, after: end) ?? end
    }

    /// Whether a tens word stands one space before `position` (`forty one`), which makes `one`
    /// a unit rather than an article.
    private static func followsTensWord(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard let tens = WordTokenizer.lettersBefore(text, position), let value = NumberWords.value(forHash: WordTokenizer.foldedHash(text, tens)) else { return false }
        return NumberWords.isTens(value)
    }

    /// Where a number said in hundreds ends: after the word of hundreds, or after the word of
    /// units and tens that follows a whole hundred (`driehonderd vijf`, `honderd twaalf`).
    private static func numberEnd(_ text: UnsafeBufferPointer<UInt8>, after end: Int, hundreds: Int) -> Int {
        guard hundreds % 100 == 0, end + 1 < text.count, text[end] == 0x20 else { return end }
        let next = WordTokenizer.lettersAfter(text, end + 1)
        guard !next.isEmpty, let value = NumberWords.value(forHash: WordTokenizer.foldedHash(text, next)), (1...99).contains(value) else { return end }
        return next.upperBound
    }

    /// Where the hundreds said before a house number start (`one hundred and twelve Baker
    /// Street`, `a hundred and five`): at the unit, or at `hundred` after `a`; nil without them.
    private static func hundredsStart(_ text: UnsafeBufferPointer<UInt8>, before position: Int) -> Int? {
        guard var word = WordTokenizer.lettersBefore(text, position) else { return nil }
        if WordTokenizer.isWord(text, word, "and") {
            guard let before = WordTokenizer.lettersBefore(text, word.lowerBound) else { return nil }
            word = before
        }
        guard WordTokenizer.isWord(text, word, "hundred") else { return nil }
        guard let unit = WordTokenizer.lettersBefore(text, word.lowerBound) else { return word.lowerBound }
        if let value = NumberWords.value(forHash: WordTokenizer.foldedHash(text, unit)), (1...9).contains(value) { return unit.lowerBound }
        return word.lowerBound
    }

    /// English street words that are no everyday words, which end a street in a turn written
    /// all in lower case (`fourteen willow crescent`).
    static let lowercaseEnglishStreetWords = ["street", "road", "lane", "avenue", "crescent", "terrace", "gardens", "grove", "mews", "cottages", "parade",
                                              "close", "drive", "court"]
    private static let lowercaseEnglishStreets = WordSet(lowercaseEnglishStreetWords)

    /// Whether `word` is an English street word as it is written in lower case (one of
    /// ``lowercaseEnglishStreetWords`` or their typed short forms): the line scan asks this of
    /// the words after a short number.
    static func isLowercaseEnglishStreetWord(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard word.count >= 2, word.count <= 8 else { return false }
        // Most words open with another letter than any street word: settled without a look-up.
        let first = word[word.startIndex] &- UInt8(ascii: "a")
        guard first < 26, streetWordInitials & (1 << UInt32(first)) != 0 else { return false }
        return lowercaseStreetWordSet.contains(word)
    }

    /// A bit per letter (bit 0 for `a`) that opens one of ``lowercaseStreetWordsInAnyForm``:
    /// `a`, `c`, `d`, `g`, `l`, `m`, `p`, `r`, `s`, `t`. A literal, so that the line scan reads
    /// it without a lazy initialiser's check.
    static let streetWordInitials: UInt32 = 0xE984D

    static let lowercaseStreetWordsInAnyForm = lowercaseEnglishStreetWords + shortStreetWords
    private static let lowercaseStreetWordSet = WordSet(lowercaseStreetWordsInAnyForm)
    /// Street words as people type them shortened.
    private static let shortStreetWords = ["rd", "st", "ave", "cres", "cl", "gdns", "terr"]
    /// Street words that are no everyday words, as people type them in lower case.
    private static let typedStreetAbbreviations = WordSet(shortStreetWords)
    private static let typedLowercaseStreetWords = WordSet(["street", "road", "lane", "avenue", "crescent", "terrace", "gardens", "grove", "mews"] + shortStreetWords)
    private static let wordsBeforeNoStreet = WordSet(["the", "a", "an", "on", "in", "at", "to", "of", "my", "your", "our", "his", "her", "their",
                                                       "this", "that", "down", "up", "across", "along", "from", "by", "for", "and", "or", "per", "past", "minutes", "hours", "days", "years"])

    /// Where a street of one or two lower-case words and a street word ends after `position`
    /// (`fourteen willow crescent`), when the clause, the line or a postcode read out follows it,
    /// or, `allowingATown`, one word that ends the clause.
    ///
    /// - Parameter afterCue: an address cue stands before the number: then the street may open
    ///   with `the` (`my address is 42 the crescent keynsham`) and a town may follow it.
    private static func lowercaseEnglishStreetEnd(_ text: UnsafeBufferPointer<UInt8>, after position: Int, streetWords: WordSet = lowercaseEnglishStreets, allowingATown: Bool = false,
                                                  afterCue: Bool = false) -> Int? {
        var wordEnd = position
        for index in 0..<3 {
            guard wordEnd + 1 < text.count, text[wordEnd] == 0x20, ByteClass.isLower(text[wordEnd + 1]) else { return nil }
            let wordStart = wordEnd + 1
            wordEnd = wordStart
            while wordEnd < text.count, ByteClass.isLower(text[wordEnd]) { wordEnd += 1 }
            let word = text[wordStart..<wordEnd]
            // `twenty one heol y nant`: a Welsh street word opens the street's name.
            if index == 0, welshWords.contains(word), let end = lowercaseWelshStreetEnd(text, after: wordEnd) { return end }
            if index > 0, streetWords.contains(word) {
                let next = wordEnd + 1 < text.count && text[wordEnd] == 0x20 ? wordEnd + 1 : wordEnd
                let followedByLetter = next + 1 < text.count && ByteClass.isLower(text[next]) && text[next + 1] == 0x20
                guard wordEnd == text.count || !ByteClass.isWordByte(text[wordEnd]) && text[wordEnd] != 0x20 || followedByLetter
                        || next > wordEnd && (PostcodeDetector.mayOpenBritishOutwardCode(text, at: next) || (allowingATown || afterCue) && Self.isWordEndingTheClause(text, at: next))
                        // `at number nine hawthorn close and she had a fall`: the next clause, without punctuation.
                        || afterCue && next > wordEnd && PersonNameDetector.opensClause(text[WordTokenizer.lettersAfter(text, next)].lazy.map(ByteClass.lowercased))
                else { return nil }
                return wordEnd
            }
            guard !wordsBeforeNoStreet.contains(word) || index == 0 && afterCue && word.elementsEqual("the".utf8) else { return nil }
        }
        return nil
    }

    /// Where a street named with `the` and one or two words and no street word ends after the
    /// house number that ends at `number` (`9 The Loaning`, `3 the willows`), when the clause
    /// ends after them or `and` or a postcode follows.
    ///
    /// Only the cue or the preposition before the number, which the caller checks, tells these
    /// from `at 9 the next day`; the words themselves are capitalised in a capitalised turn.
    static func streetNamedWithTheEnd(_ text: UnsafeBufferPointer<UInt8>, after number: Int, lowercase: Bool) -> Int? {
        let article = number + 1
        guard article + 4 < text.count, text[number] == 0x20, text[article] == (lowercase ? UInt8(ascii: "t") : UInt8(ascii: "T")),
              text[article + 1] == UInt8(ascii: "h"), text[article + 2] == UInt8(ascii: "e") else { return nil }
        var wordEnd = article + 3
        for _ in 0..<2 {
            guard wordEnd + 1 < text.count, text[wordEnd] == 0x20 else { return nil }
            let wordStart = wordEnd + 1
            guard lowercase ? ByteClass.isLower(text[wordStart]) : ByteClass.isUpper(text[wordStart]) else { return nil }
            wordEnd = wordStart + 1
            while wordEnd < text.count, ByteClass.isLower(text[wordEnd]) || text[wordEnd] == UInt8(ascii: "'") { wordEnd += 1 }
            let word = text[wordStart..<wordEnd].lazy.map(ByteClass.lowercased)
            guard wordEnd - wordStart >= 3, !wordsOfTime.contains(word), !wordsAfterTheOfNoStreet.contains(word) else { return nil }
            if wordEnd == text.count || [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), 0x0A].contains(text[wordEnd]) {
                return wordEnd
            }
            guard text[wordEnd] == 0x20, wordEnd + 1 < text.count else { return nil }
            let next = wordEnd + 1
            if next + 3 < text.count, text[next] == UInt8(ascii: "a"), text[next + 1] == UInt8(ascii: "n"), text[next + 2] == UInt8(ascii: "d"), text[next + 3] == 0x20
                || PostcodeDetector.mayOpenBritishOutwardCode(text, at: next) || PostcodeDetector.mayOpenSpokenBritishOutwardCode(text, at: next) {
                return wordEnd
            }
        }
        return nil
    }

    /// Words after `the` that say when or which, not where: `at 9 the next morning`.
    private static let wordsAfterTheOfNoStreet = WordSet(["next", "last", "first", "same", "whole", "latest", "earliest", "morning", "afternoon",
                                                          "evening", "night", "day", "week", "weekend", "end", "time", "other", "rest", "moment",
                                                          "most", "best", "least", "following", "one", "ones", "office", "council", "school"])

    /// Whether one lower-case word of three letters or more at `position` ends the clause or
    /// comes before a postcode: a town (`jesmond road newcastle n e two`), or a word that closes
    /// a sentence (`please`).
    private static func isWordEndingTheClause(_ text: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        var end = position
        while end < text.count, ByteClass.isLower(text[end]) { end += 1 }
        return end - position >= 3 && (end == text.count || text[end] == UInt8(ascii: ".") || text[end] == UInt8(ascii: ",") || text[end] == 0x0A
            || end + 1 < text.count && text[end] == 0x20
                && (PostcodeDetector.mayOpenBritishOutwardCode(text, at: end + 1) || PostcodeDetector.mayOpenSpokenBritishOutwardCode(text, at: end + 1)))
    }

    /// The end of a Welsh street's name in lower case after its street word: one or two words,
    /// with articles between (`y nant`, `yr eglwys`), that end the clause or come before a
    /// postcode's outward code.
    private static func lowercaseWelshStreetEnd(_ text: UnsafeBufferPointer<UInt8>, after position: Int) -> Int? {
        var wordEnd = position
        var names = 0
        while names < 2, wordEnd + 1 < text.count, text[wordEnd] == 0x20, ByteClass.isLower(text[wordEnd + 1]) {
            let wordStart = wordEnd + 1
            var end = wordStart
            while end < text.count, ByteClass.isLower(text[end]) || text[end] == UInt8(ascii: "'") { end += 1 }
            if !welshArticles.contains(text[wordStart..<end]) { names += 1 }
            wordEnd = end
            let next = wordEnd + 1 < text.count && text[wordEnd] == 0x20 ? wordEnd + 1 : wordEnd
            if names > 0, wordEnd == text.count || !ByteClass.isWordByte(text[wordEnd]) && text[wordEnd] != 0x20
                || next > wordEnd && (PostcodeDetector.mayOpenBritishOutwardCode(text, at: next) || next + 1 < text.count && ByteClass.isLower(text[next]) && text[next + 1] == 0x20) {
                return wordEnd
            }
        }
        return nil
    }

    private static let articleNumbers: WordSet = WordSet(["een", "one"])

    /// Words that end the name of a house, as British houses without a number are named.
    static let houseNameWords = ["cottage", "house", "farm", "farmhouse", "lodge", "barn", "manor", "grange", "forge", "villa", "bungalow",
                                 "rectory", "vicarage", "croft", "view",
                                 // Homes named after what the building was: `The Old Bakery, High Street`.
                                 "bakery", "mill", "chapel", "stables", "granary", "dairy", "smithy", "schoolhouse", "cottages"]
    private static let houseNames = WordSet(houseNameWords)

    /// A named house and its street: `Rose Cottage, Church Lane`, `The Old Forge, Mill Lane`:
    /// one to three capitalised words ending in a house word, a comma, and an English street.
    /// Or a named house alone where someone lives (`I'm next door at Orchard View.`, `she
    /// lives at Rose Cottage`, `we moved to The Old Forge.`), after `at` or `to` and up to the
    /// end of the clause: without a verb of living before it, it is as often a farm shop or a
    /// care home, which stay.
    private func findHouseNames(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        // A house's name ends in a capitalised house word where the clause ends.
        var breakAt = 0
        while breakAt <= text.count {
            defer { breakAt += 1 }
            guard breakAt == text.count || Self.endsClause(text[breakAt]), breakAt > 0, ByteClass.isWordByte(text[breakAt - 1]) else { continue }
            var wordStart = breakAt - 1
            while wordStart > 0, ByteClass.isWordByte(text[wordStart - 1]) { wordStart -= 1 }
            guard ByteClass.isUpper(text[wordStart]), Self.houseNames.contains(hash: WordTokenizer.foldedHash(text, wordStart..<breakAt)) else { continue }
            // One or two capitalised words before it: `Rose Cottage`, `The Old Forge`.
            var first = wordStart
            for _ in 0..<2 {
                guard first >= 2, text[first - 1] == 0x20, ByteClass.isWordByte(text[first - 2]) else { break }
                var previous = first - 2
                while previous > 0, ByteClass.isWordByte(text[previous - 1]) { previous -= 1 }
                guard ByteClass.isUpper(text[previous]) else { break }
                first = previous
            }
            if breakAt < text.count, text[breakAt] == UInt8(ascii: ","), let end = englishStreetEnd(text, after: breakAt + 1) {
                add(first..<end, text, &candidates)
                breakAt = end
            } else if first < wordStart, let preposition = WordTokenizer.lettersBefore(text, first), Self.followsLiving(text, preposition) {
                add(first..<breakAt, text, &candidates)
            }
        }
    }

    @inline(__always) private static func endsClause(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), 0x0A: true
        default: false
        }
    }

    /// Whether `preposition` is `at` after a verb of living or being somewhere (`lives at`,
    /// `I'm at`, `next door at`), or `to` after one of moving (`moved to`).
    private static func followsLiving(_ text: UnsafeBufferPointer<UInt8>, _ preposition: Range<Int>) -> Bool {
        let isAt = WordTokenizer.isWord(text, preposition, "at")
        guard isAt || WordTokenizer.isWord(text, preposition, "to"), preposition.lowerBound >= 2, text[preposition.lowerBound - 1] == 0x20 else { return false }
        var verbStart = preposition.lowerBound - 1
        while verbStart > 0, ByteClass.isASCIILetter(text[verbStart - 1]) || text[verbStart - 1] == UInt8(ascii: "'") { verbStart -= 1 }
        let verb = verbStart..<(preposition.lowerBound - 1)
        guard !verb.isEmpty else { return false }
        let lowered = text[verb].lazy.map(ByteClass.lowercased)
        if !isAt { return movingVerbs.contains(lowered) }
        if WordTokenizer.isWord(text, verb, "door") { return WordTokenizer.lettersBefore(text, verb.lowerBound).map { WordTokenizer.isWord(text, $0, "next") } ?? false }
        return livingVerbs.contains(lowered)
    }

    private static let livingVerbs: WordSet = WordSet(["live", "lives", "living", "lived", "i'm", "im", "she's", "shes", "he's", "hes", "we're", "they're",
                                                       "theyre", "stay", "stays", "staying"])
    private static let movingVerbs: WordSet = WordSet(["moved", "moving", "move", "moves"])

    private func add(_ range: Range<Int>, _ text: UnsafeBufferPointer<UInt8>, _ candidates: inout [PIICandidate]) {
        // `flat two ty newydd forty one heol y parc`: the flat and its building before the house;
        // `Rose Cottage, 2 Church Lane`, `Kamer 14, Paterswoldseweg 806`: a named house or a room, and a comma.
        let start = Self.flatAndBuildingStart(before: range.lowerBound, in: text) ?? Self.houseOrRoomStart(beforeComma: range.lowerBound, in: text) ?? range.lowerBound
        // `the City Chambers, 82 George Square`: a public building's address, nobody's home.
        if start == range.lowerBound, Self.followsPublicBuilding(range.lowerBound, in: text) { return }
        let range = start..<range.upperBound
        let canonical = String(decoding: text[range].map(ByteClass.lowercased), as: UTF8.self)
        // `22 Harcourt Terrace, D02 X285`: an Irish Eircode after the address, which no place is.
        if let eircode = Self.eircode(after: range.upperBound, in: text) {
            candidates.append(PIICandidate(type: .address, range: range, confidence: 0.85, detector: name, canonicalValue: canonical))
            candidates.append(PIICandidate(type: .postcode, range: eircode, confidence: 0.8, detector: name,
                                           canonicalValue: String(decoding: text[eircode].map { ByteClass.isLower($0) ? $0 & 0xDF : $0 }, as: UTF8.self)))
            return
        }
        // The place belongs to the address (`Kerkstraat 24, Utrecht`), not to its identity.
        let end = NameContext.placeNameEnd(after: range.upperBound, in: text) ?? range.upperBound
        candidates.append(PIICandidate(type: .address, range: range.lowerBound..<end, confidence: 0.85, detector: name, canonicalValue: canonical))
        if end == range.upperBound, let abroad = Self.foreignPostcode(after: end, in: text) {
            // A floor and door before it belong to the address: `Calle Mayor 15, 3º B`.
            if let last = candidates.indices.last, abroad.floorEnd > end {
                candidates[last].range = range.lowerBound..<abroad.floorEnd
            }
            candidates.append(PIICandidate(type: .postcode, range: abroad.postcode, confidence: 0.8, detector: name,
                                           canonicalValue: String(decoding: text[abroad.postcode].map(ByteClass.lowercased), as: UTF8.self)))
        }
    }

    /// Extends each address found from `firstOwn` on over a house number said again to correct
    /// it (`lasondersingel honderdzesendertig eh nee honderdachtendertig b`, `14 Elm Road, no
    /// sorry, 16`): the number meant, which the first only comes near.
    private static func takeInCorrectedHouseNumbers(_ text: UnsafeBufferPointer<UInt8>, _ candidates: inout [PIICandidate], from firstOwn: Int) {
        for index in candidates.indices.dropFirst(firstOwn) where candidates[index].type == .address {
            guard let end = correctedHouseNumberEnd(text, after: candidates[index].range.upperBound) else { continue }
            candidates[index].range = candidates[index].range.lowerBound..<end
            candidates[index].canonicalValue = String(decoding: text[candidates[index].range].map(ByteClass.lowercased), as: UTF8.self)
        }
    }

    /// Where one to three words after `position` end right before a British postcode: the
    /// street without a street word that the postcode marks (`9 Chy Pons TR18 3BE`, each word
    /// capitalised with `capitalised`; `apt 4 chy an gweal tr18 4ad`); nil when none follows.
    private static func wordsEndBeforeBritishPostcode(_ text: UnsafeBufferPointer<UInt8>, after position: Int, capitalised: Bool) -> Int? {
        var position = position
        for _ in 0..<3 {
            guard position + 1 < text.count, text[position] == 0x20, capitalised ? ByteClass.isUpper(text[position + 1]) : ByteClass.isASCIILetter(text[position + 1]) else { return nil }
            var end = position + 1
            while end < text.count, ByteClass.isASCIILetter(text[end]) || text[end] == UInt8(ascii: "'") { end += 1 }
            guard !capitalised || end - position > 2, end + 1 < text.count, text[end] == 0x20 else { return nil }
            if PostcodeDetector.opensBritishPostcode(text, at: end + 1) { return end }
            position = end
        }
        return nil
    }

    /// Extends each address found from `firstOwn` on over the words that stand between it and
    /// a British postcode (``wordsEndBeforeBritishPostcode(_:after:capitalised:)``, in any case).
    private static func takeInStreetsBeforeAPostcode(_ text: UnsafeBufferPointer<UInt8>, _ candidates: inout [PIICandidate], from firstOwn: Int) {
        for index in candidates.indices.dropFirst(firstOwn) where candidates[index].type == .address {
            guard let end = wordsEndBeforeBritishPostcode(text, after: candidates[index].range.upperBound, capitalised: false) else { continue }
            candidates[index].range = candidates[index].range.lowerBound..<end
            candidates[index].canonicalValue = String(decoding: text[candidates[index].range].map(ByteClass.lowercased), as: UTF8.self)
        }
    }

    /// Where a correction after an address ends: fillers, a word that takes back what was said
    /// (`nee`, `no`, `sorry`, `ik bedoel`, `I mean`), then a house number in digits or words and
    /// perhaps a letter; nil when no correction follows.
    private static func correctedHouseNumberEnd(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Int? {
        var position = end
        var corrected = false
        for _ in 0..<5 {
            while position < text.count, text[position] == 0x20 || text[position] == UInt8(ascii: ",") || text[position] == UInt8(ascii: ".") { position += 1 }
            guard position < text.count else { return nil }
            var wordEnd = position
            while wordEnd < text.count, ByteClass.isWordByte(text[wordEnd]) { wordEnd += 1 }
            guard wordEnd > position else { return nil }
            let word = Array(text[position..<wordEnd].lazy.map(ByteClass.lowercased))
            if takeBackWords.contains(word) || FillerFreeCall.isFiller(word) {
                corrected = corrected || takeBackWords.contains(word) && !meanWords.contains(word)
                position = wordEnd
                continue
            }
            guard corrected, word.first.map(ByteClass.isDigit) == true || NumberWords.value(of: word) != nil || NumberWords.dutchHundreds(word) != nil else { return nil }
            var numberEnd = wordEnd
            // A letter after it: `honderdachtendertig b`.
            if numberEnd + 2 <= text.count, text[numberEnd] == 0x20, ByteClass.isASCIILetter(text[numberEnd + 1]),
               numberEnd + 2 == text.count || !ByteClass.isWordByte(text[numberEnd + 2]) {
                numberEnd += 2
            }
            return numberEnd
        }
        return nil
    }

    private static let takeBackWords = WordSet(["nee", "no", "sorry", "bedoel", "mean", "ik", "i", "correctie", "correction", "wait", "wacht"])
    /// Words of `ik bedoel`, `I mean` that take nothing back on their own.
    private static let meanWords = WordSet(["ik", "i"])

    /// Where a flat's word and number start before an address that starts at `position`, with
    /// up to three words of the building's name between and no punctuation: `flat two ty
    /// newydd forty one heol y parc`, as speech-to-text writes it, or `Flat 2 Ty Newydd 41 Heol
    /// y Parc` typed without commas.
    static func flatAndBuildingStart(before position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var wordEnd = position - 1
        for words in 0...4 {
            guard wordEnd >= 2, text[wordEnd] == 0x20 else { return nil }
            var wordStart = wordEnd
            while wordStart > 0, ByteClass.isWordByte(text[wordStart - 1]) { wordStart -= 1 }
            guard wordStart < wordEnd else { return nil }
            let word = text[wordStart..<wordEnd]
            let isNumber = word.count <= 4 && ByteClass.isDigit(word.first!) || NumberWords.value(forHash: WordTokenizer.foldedHash(text, wordStart..<wordEnd)) != nil
            // `Flat 4b 118 Stapleton Hall Rd`: the flat's number alone before the house's too;
            // `flat b twelve wellington street`: a flat's letter.
            if isNumber || word.count == 1 && ByteClass.isASCIILetter(word.first!), let flat = flatWordStart(text, before: wordStart) { return flat }
            // `flat 2 and live at 41 ...`: a new clause, or a preposition, is no building's name.
            guard words < 4, word.count >= 2, !isNumber, !PersonNameDetector.opensClause(word.lazy.map(ByteClass.lowercased)),
                  !wordsBetweenFlatAndHouseOfNoBuilding.contains(word.lazy.map(ByteClass.lowercased)) else { return nil }
            wordEnd = wordStart - 1
        }
        return nil
    }

    /// Where a named house (`Rose Cottage`, `Flat 9 Regent House`) or a room with its number
    /// (`Kamer 14`, `Flat 9`) starts that ends with a comma one space before `position`.
    static func houseOrRoomStart(beforeComma position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard position >= 4, text[position - 1] == 0x20, text[position - 2] == UInt8(ascii: ",") else { return nil }
        let end = position - 2
        guard let wordStart = WordTokenizer.wordEnding(at: end, in: text)?.lowerBound else { return nil }
        // `2/1, 116 Dumbarton Road`: a Glasgow flat's floor and door, opening the clause.
        if let flat = flatPositionStart(beforeComma: position, in: text) { return flat }
        if ByteClass.isDigit(text[wordStart]), end - wordStart <= 4, let room = WordTokenizer.lettersBefore(text, wordStart),
           roomWords.contains(text[room].lazy.map(ByteClass.lowercased)) || flatWords.contains(text[room].lazy.map(ByteClass.lowercased)) {
            return room.lowerBound
        }
        guard ByteClass.isUpper(text[wordStart]), houseNames.contains(hash: WordTokenizer.foldedHash(text, wordStart..<end)) else { return nil }
        // One or two capitalised words before the house word, and a flat before them.
        var first = wordStart
        for _ in 0..<2 {
            guard let previous = WordTokenizer.lettersBefore(text, first), ByteClass.isUpper(text[previous.lowerBound]) else { break }
            first = previous.lowerBound
        }
        guard first < wordStart else { return nil }
        if let flat = flatAndBuildingStart(before: first, in: text) { return flat }
        // Alone, the house's name opens its clause: not `We met 2, Beaumont House, ...`.
        guard first < 2 || text[first - 1] == 0x20 && (text[first - 2] == UInt8(ascii: ":") || text[first - 2] == UInt8(ascii: ".")
                                                         || text[first - 2] == UInt8(ascii: ",") && first >= 3 && ByteClass.isASCIILetter(text[first - 3])) else { return nil }
        return first
    }

    /// Where a Scottish flat's floor and door (`2/1`, `3/2`) start that end, with a comma, right
    /// before `position`, opening a clause or after `at`: `Yes, 2/1, 116 Dumbarton Road`, `she's
    /// at 3/2, 28 Hilltown`; nil otherwise.
    static func flatPositionStart(beforeComma position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard position >= 5, text[position - 1] == 0x20, text[position - 2] == UInt8(ascii: ",") else { return nil }
        let door = position - 3, start = position - 5
        guard ByteClass.isDigit(text[door]), text[door - 1] == UInt8(ascii: "/"), ByteClass.isDigit(text[start]) else { return nil }
        guard start > 0 else { return start }
        guard start >= 2, text[start - 1] == 0x20 else { return nil }
        let before = text[start - 2]
        return before == UInt8(ascii: ",") || before == UInt8(ascii: ":") || before == UInt8(ascii: ".")
            || WordTokenizer.lettersBefore(text, start).map({ WordTokenizer.isWord(text, $0, "at") }) == true ? start : nil
    }

    /// Where a floor and door said alone end (`I'm at 3/1.`), after the house number at `number`.
    private static func flatPositionEnd(_ text: UnsafeBufferPointer<UInt8>, after number: Range<Int>) -> Int? {
        guard number.count == 1, number.upperBound + 1 < text.count, text[number.upperBound] == UInt8(ascii: "/"), ByteClass.isDigit(text[number.upperBound + 1]),
              number.upperBound + 2 == text.count || !ByteClass.isWordByte(text[number.upperBound + 2]) else { return nil }
        return number.upperBound + 2
    }

    /// Where one or two capitalised words end the clause after a house number (`28 Hilltown,`).
    private static func capitalisedStreetEndingTheClause(_ text: UnsafeBufferPointer<UInt8>, after numberEnd: Int) -> Int? {
        var position = numberEnd
        for _ in 0..<2 {
            guard position + 1 < text.count, text[position] == 0x20, ByteClass.isUpper(text[position + 1]) else { return nil }
            var end = position + 1
            while end < text.count, ByteClass.isASCIILetter(text[end]) || text[end] == UInt8(ascii: "'") || text[end] == UInt8(ascii: "-") { end += 1 }
            if end == text.count || [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";")].contains(text[end]) { return end }
            position = end
        }
        return nil
    }

    /// Whether a capitalised name of a public building and a comma end right before `position`
    /// (`the City Chambers, 82 George Square`, `het Stadskantoor, Spui 70`).
    private static func followsPublicBuilding(_ position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position >= 4, text[position - 1] == 0x20, text[position - 2] == UInt8(ascii: ","),
              let word = WordTokenizer.wordEnding(at: position - 2, in: text), ByteClass.isUpper(text[word.lowerBound]) else { return false }
        return publicBuildings.contains(text[word].lazy.map(ByteClass.lowercased))
    }

    private static let publicBuildings: WordSet = WordSet(["chambers", "hall", "centre", "center", "offices", "library", "station", "jobcentre", "guildhall",
                                                           "stadskantoor", "stadhuis", "gemeentehuis", "raadhuis", "gemeentekantoor", "bibliotheek", "servicepunt"])

    private static let wordsBetweenFlatAndHouseOfNoBuilding = WordSet(["at", "in", "on", "to", "op", "is", "was", "live", "lives", "woon", "woont", "or", "of", "near", "bij"])

    /// Where an Irish Eircode stands after `end` and a comma (`, D02 X285`, `, T12 AB34`), or
    /// after up to three places, each after a comma (`, Clontarf, Dublin 3, D03 K2W6`): a
    /// routing key Ireland issues (a letter and two digits, or `D6W`), a space, and four
    /// letters or digits of the letters Eircodes use, a digit among them.
    static func eircode(after end: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var position = end
        // `15 Seafield Crescent, Clontarf, Dublin 3, D03 K2W6`: the district and town between.
        for _ in 0..<4 {
            if let code = eircode(rightAfter: position, in: text) { return code }
            guard position + 2 < text.count, text[position] == UInt8(ascii: ","), text[position + 1] == 0x20, ByteClass.isUpper(text[position + 2]) else { return nil }
            var next = position + 2
            while next < text.count, next - position <= 28, ByteClass.isAlphanumeric(text[next]) || text[next] >= 0x80 || text[next] == 0x20
                    || text[next] == UInt8(ascii: ".") || text[next] == UInt8(ascii: "'") { next += 1 }
            guard next < text.count, text[next] == UInt8(ascii: ",") else { return nil }
            position = next
        }
        return nil
    }

    /// An Eircode after a comma and a space at `end`.
    private static func eircode(rightAfter end: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let start = end + 2
        guard start + 8 <= text.count, text[end] == UInt8(ascii: ","), text[end + 1] == 0x20, text[start + 3] == 0x20,
              eircodeRoutingKeys.contains(text[start..<(start + 3)].lazy.map(ByteClass.lowercased)) else { return nil }
        let unique = text[(start + 4)..<(start + 8)]
        guard unique.allSatisfy({ ByteClass.isDigit($0) || eircodeLetters.utf8.contains($0 & 0xDF) && ByteClass.isASCIILetter($0) }),
              unique.contains(where: ByteClass.isDigit), start + 8 == text.count || !ByteClass.isWordByte(text[start + 8]) else { return nil }
        return start..<(start + 8)
    }

    private static let eircodeLetters = "ACDEFHKNPRTVWXY"
    /// The routing keys of Eircodes, in lower case.
    private static let eircodeRoutingKeys = WordSet(
        ["a41", "a42", "a45", "a63", "a67", "a75", "a81", "a82", "a83", "a84", "a85", "a86", "a91", "a92", "a94", "a96", "a98", "c15",
         "d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08", "d09", "d10", "d11", "d12", "d13", "d14", "d15", "d16", "d17", "d18", "d20", "d22", "d24", "d6w",
         "e21", "e25", "e32", "e34", "e41", "e45", "e53", "e91", "f12", "f23", "f26", "f28", "f31", "f35", "f42", "f45", "f52", "f56", "f91", "f92", "f93", "f94",
         "h12", "h14", "h16", "h18", "h23", "h53", "h54", "h62", "h65", "h71", "h91", "k32", "k34", "k36", "k45", "k56", "k67", "k78", "n37", "n39", "n41", "n91",
         "p12", "p14", "p17", "p24", "p25", "p31", "p32", "p36", "p43", "p47", "p51", "p56", "p61", "p67", "p72", "p75", "p81", "p85", "r14", "r21", "r32", "r35",
         "r42", "r45", "r51", "r56", "r93", "r95", "t12", "t23", "t34", "t45", "t56", "v14", "v15", "v23", "v31", "v35", "v42", "v92", "v93", "v94", "v95",
         "w12", "w23", "w34", "w91", "x35", "x42", "x91", "y14", "y21", "y25", "y34", "y35"])

    /// A postcode of four or five digits and its place after an address abroad, a comma
    /// between (`Calle Mayor 15, 3º B, 28013 Madrid`, `Hauptstraße 5, 10115 Berlin`), which
    /// the postcode detector, reading Dutch and British postcodes, leaves; and where a floor
    /// and door between the address and the postcode end (`3º B`), or `end` without one.
    static func foreignPostcode(after end: Int, in text: UnsafeBufferPointer<UInt8>) -> (floorEnd: Int, postcode: Range<Int>)? {
        var position = end
        // `3º B`: a floor and door after the number, as Spanish addresses have them.
        if position + 1 < text.count, text[position] == UInt8(ascii: ","), text[position + 1] == 0x20 {
            var next = position + 2
            while next < text.count, next - position <= 10, text[next] != UInt8(ascii: ","), text[next] != 0x0A { next += 1 }
            if next < text.count, text[next] == UInt8(ascii: ","), next > position + 2, !ByteClass.isDigit(text[position + 2]) || !ByteClass.isDigit(text[next - 1]) {
                position = next
            }
        }
        guard position + 2 < text.count, text[position] == UInt8(ascii: ","), text[position + 1] == 0x20 else { return nil }
        let start = position + 2
        var digitsEnd = start
        while digitsEnd < text.count, ByteClass.isDigit(text[digitsEnd]) { digitsEnd += 1 }
        // `80-831 Gdańsk`: a Polish postcode, two digits, a dash and three.
        if digitsEnd - start == 2, digitsEnd + 4 <= text.count, text[digitsEnd] == UInt8(ascii: "-"),
           text[(digitsEnd + 1)..<(digitsEnd + 4)].allSatisfy(ByteClass.isDigit), digitsEnd + 4 == text.count || !ByteClass.isDigit(text[digitsEnd + 4]) {
            digitsEnd += 4
        }
        // The place is a word, not a Dutch postcode's letters (`1053 KX`).
        guard (4...6).contains(digitsEnd - start), digitsEnd + 2 < text.count, text[digitsEnd] == 0x20, !ByteClass.isUpper(text[digitsEnd + 2]),
              let place = NameContext.placeNameEnd(after: digitsEnd, in: text),
              !notPlaces.contains(text[(digitsEnd + 1)..<place].lazy.map(ByteClass.lowercased))
        else { return nil }
        return (position, start..<place)
    }

    /// The start of a Polish street before the number at `position`: `ul.`, `al.`, `os.` or
    /// `pl.` (street, avenue, estate, square), written out or shortened, then one to three
    /// capitalised words (`ul. Długa 15`, `al. Jana Pawła II 4`), as people who moved here from
    /// Poland give their address there.
    static func polishStreetStart(_ text: UnsafeBufferPointer<UInt8>, before position: Int) -> Int? {
        guard position >= 2, text[position - 1] == 0x20 else { return nil }
        var wordEnd = position - 1
        for _ in 0..<4 {
            var wordStart = wordEnd
            while wordStart > 0, ByteClass.isWordByte(text[wordStart - 1]) || text[wordStart - 1] == UInt8(ascii: ".") { wordStart -= 1 }
            guard wordStart < wordEnd else { return nil }
            let word = text[wordStart..<wordEnd].map(ByteClass.lowercased)
            if polishStreetPrefixes.contains(word), wordEnd < position - 1 { return wordStart }
            // A capital's first byte: `D`, or `Ł` (0xC5 0x81) and the other Polish capitals.
            guard ByteClass.isUpper(text[wordStart]) || text[wordStart] == 0xC3 || text[wordStart] == 0xC4 || text[wordStart] == 0xC5,
                  wordStart >= 2, text[wordStart - 1] == 0x20 else { return nil }
            wordEnd = wordStart - 1
        }
        return nil
    }

    private static let polishStreetPrefixes = WordSet(["ul.", "ul", "ulica", "al.", "aleja", "os.", "osiedle", "pl.", "plac"])

    /// Where a Polish flat's number ends after the house number (`15 m. 4`, `15/4`), or `end`.
    private static func polishFlatEnd(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Int {
        var position = end
        if position + 1 < text.count, text[position] == UInt8(ascii: "/") {
            position += 1
        } else if position + 4 < text.count, text[position] == 0x20, text[position + 1] | 0x20 == UInt8(ascii: "m"), text[position + 2] == UInt8(ascii: "."), text[position + 3] == 0x20 {
            position += 4
        } else {
            return end
        }
        let digits = position
        while position < text.count, position - digits < 4, ByteClass.isDigit(text[position]) { position += 1 }
        return position > digits && endsWord(text, position) ? position : end
    }

    /// Capitalised words after a number that name no place: `1500 Euro`.
    private static let notPlaces = WordSet(["euro", "eur", "euros", "dollar", "dollars", "pond", "pound", "pounds", "gbp", "usd", "km", "kilometer", "meter", "uur"])

    /// `24`, `212A`, `150-2`, `24 bis`, `4 ter`, `12-B`, `10-bis`: one to four digits and an addition.
    private func houseNumber(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Range<Int>? {
        var end = start
        while end < text.count, ByteClass.isDigit(text[end]), end - start < 5 { end += 1 }
        guard end - start <= 4, end >= text.count || !ByteClass.isDigit(text[end]) else { return nil }
        // `at 10:15`: a time.
        if end + 1 < text.count, text[end] == UInt8(ascii: ":"), ByteClass.isDigit(text[end + 1]) { return nil }
        if end < text.count, ByteClass.isASCIILetter(text[end]), end + 1 >= text.count || !ByteClass.isWordByte(text[end + 1]) {
            end += 1
        } else if end + 3 <= text.count, WordTokenizer.isWord(text, end..<(end + 3), "bis") || WordTokenizer.isWord(text, end..<(end + 3), "ter"),
                  end + 3 == text.count || !ByteClass.isWordByte(text[end + 3]) {
            // `31bis`, `4ter`: the second and third house on one number, written as one word.
            end += 3
        } else if end + 1 < text.count, text[end] == UInt8(ascii: "-"), ByteClass.isAlphanumeric(text[end + 1]) {
            // `150-2`, `12-B`, `10-bis`, `3-hs`, `8-II`.
            var addition = end + 1
            while addition < text.count, addition - end <= 4, ByteClass.isAlphanumeric(text[addition]) { addition += 1 }
            if addition - end <= 4 { end = addition }
        }
        if end + 4 <= text.count, text[end] == 0x20, text[end + 1] | 0x20 == UInt8(ascii: "b"), text[end + 2] | 0x20 == UInt8(ascii: "i"),
           text[end + 3] | 0x20 == UInt8(ascii: "s"), end + 4 == text.count || !ByteClass.isWordByte(text[end + 4]) {
            end += 4
        } else if end + 4 <= text.count, text[end] == 0x20, text[end + 1] | 0x20 == UInt8(ascii: "t"), text[end + 2] | 0x20 == UInt8(ascii: "e"),
                  text[end + 3] | 0x20 == UInt8(ascii: "r"), end + 4 == text.count || !ByteClass.isWordByte(text[end + 4]) && text[end + 4] != 0x20 {
            // `4 ter`, the third house on one number, where it ends the clause (not `12 ter hoogte van`).
            end += 4
        } else if end + 2 <= text.count, text[end] == 0x20, ByteClass.isUpper(text[end + 1]), text[end + 1] != UInt8(ascii: "I"),
                  end + 2 == text.count || !ByteClass.isWordByte(text[end + 2])
                    && (text[end + 2] != UInt8(ascii: ".") || end + 3 == text.count || Self.opensSentenceAfterFullStop(text, end + 3)),
                  ByteClass.isDigit(text[end - 1]) {
            // `212 A`: a capital on its own after the number, the addition written apart (not `I`,
            // and not an initial, `12 J. de Vries`, but the line's last word, `Kerkstraat 12 A.`,
            // or before a word that opens a sentence, `Mierloseweg 212 B. Maar ...`).
            end += 2
        }
        if let floorEnd = Self.floorEnd(text, after: end) { end = floorEnd }
        // `Plein 1945 nummer 3`: a year in the street's name, then the house number after `nummer`.
        if end - start == 4, text[start] == UInt8(ascii: "1") || text[start] == UInt8(ascii: "2"), let houseNumberEnd = Self.numberAfterNummer(text, end) {
            end = houseNumberEnd
        }
        guard end >= text.count || !ByteClass.isWordByte(text[end]) else { return nil }
        return start..<end
    }

    /// Where the house number ends that follows `nummer`, `nr.` or `nr` one space after
    /// `position` (`nummer 3`, `nr. 12a`); nil without one.
    private static func numberAfterNummer(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Int? {
        guard position + 1 < text.count, text[position] == 0x20 else { return nil }
        let word = WordTokenizer.lettersAfter(text, position + 1)
        guard !word.isEmpty, houseNumberWords.contains(text[word].lazy.map(ByteClass.lowercased)) else { return nil }
        var digitStart = word.upperBound
        if digitStart < text.count, text[digitStart] == UInt8(ascii: ".") { digitStart += 1 }
        guard digitStart + 1 < text.count, text[digitStart] == 0x20 else { return nil }
        var end = digitStart + 1
        while end < text.count, end - digitStart <= 4, ByteClass.isDigit(text[end]) { end += 1 }
        guard end > digitStart + 1 else { return nil }
        if end < text.count, ByteClass.isASCIILetter(text[end]), end + 1 == text.count || !ByteClass.isWordByte(text[end + 1]) { end += 1 }
        return end == text.count || !ByteClass.isWordByte(text[end]) ? end : nil
    }

    private static let houseNumberWords = WordSet(["nummer", "nr", "huisnummer"])

    /// Whether a space and a word that opens sentences and no name (`Maar`, `But`) follow
    /// at `position`, after a full stop.
    private static func opensSentenceAfterFullStop(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard position + 1 < text.count, text[position] == 0x20 else { return false }
        let word = WordTokenizer.lettersAfter(text, position + 1)
        return !word.isEmpty && wordsOpeningASentence.contains(text[word].lazy.map(ByteClass.lowercased))
    }

    private static let wordsOpeningASentence: WordSet = WordSet(["maar", "en", "dat", "het", "die", "ik", "we", "wij", "hij", "zij", "ze", "daar", "dus", "ja", "nee",
                                                           "klopt", "but", "and", "the", "it", "that", "so", "yes", "no", "there", "she", "he"])

    /// Where a lower-case letter written apart after a Dutch street's house number ends, as an
    /// addition (`kruisweg 1120 b in hoofddorp`, `Kerkstraat 12 b.`), or `end` without one: only
    /// where the clause ends after the letter or a word follows that opens no noun phrase.
    private static func lowercaseAdditionEnd(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Int {
        guard end + 2 <= text.count, text[end] == 0x20, ByteClass.isLower(text[end + 1]) else { return end }
        let letterEnd = end + 2
        guard letterEnd < text.count, !ByteClass.isWordByte(text[letterEnd]) else { return letterEnd == text.count ? letterEnd : end }
        guard text[letterEnd] == 0x20 else { return text[letterEnd] == UInt8(ascii: "'") || text[letterEnd] == UInt8(ascii: "-") ? end : letterEnd }
        let next = WordTokenizer.lettersAfter(text, letterEnd + 1)
        return !next.isEmpty && wordsAfterAnAddition.contains(text[next].lazy.map(ByteClass.lowercased)) ? letterEnd : end
    }

    private static let wordsAfterAnAddition = WordSet(["in", "te", "en", "op", "bij", "maar", "dus", "ja", "nee", "eigenlijk", "toch", "klopt", "is", "was", "daar", "dat", "sinds",
                                                        "vanaf", "hoor", "of", "nu", "toen"])

    /// The end of a floor or a door's side written after a house number, as Dutch addresses
    /// have them: `112 1-hoog`, `45-2 hoog`, `8 3e etage`, `14 zwart`, `107-rood`, `12 huis`,
    /// `3 hs`, `20 bel`, `vierentachtig twee hoog`; or nil. Left in the text, they narrow the address down to one door.
    static func floorEnd(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Int? {
        guard end + 2 < text.count, text[end] == 0x20 || text[end] == UInt8(ascii: "-") else { return nil }
        let start = end + 1
        var position = start
        while position < text.count, position - start < 2, ByteClass.isDigit(text[position]) { position += 1 }
        if position > start {
            // `1-hoog`, `2 hoog`, `3e etage`, `2de verdieping`, `3hg`: the floor's number first.
            if position < text.count, text[position] | 0x20 == UInt8(ascii: "e") { position += 1 }
            else if position + 1 < text.count, text[position] | 0x20 == UInt8(ascii: "d"), text[position + 1] | 0x20 == UInt8(ascii: "e") { position += 2 }
            if position < text.count, text[position] == 0x20 || text[position] == UInt8(ascii: "-") { position += 1 }
            let word = WordTokenizer.lettersAfter(text, position)
            guard !word.isEmpty, Self.floorNouns.contains(text[word].lazy.map(ByteClass.lowercased)) else { return nil }
            return Self.endsWord(text, word.upperBound) ? word.upperBound : nil
        }
        let word = WordTokenizer.lettersAfter(text, start)
        guard !word.isEmpty, Self.endsWord(text, word.upperBound) else { return nil }
        let lowered = text[word].lazy.map(ByteClass.lowercased)
        // `vierentachtig twee hoog`, `12 derde etage`: the floor said in words.
        if Self.floorNumberWords.contains(lowered), word.upperBound + 1 < text.count, text[word.upperBound] == 0x20 {
            let noun = WordTokenizer.lettersAfter(text, word.upperBound + 1)
            return !noun.isEmpty && Self.floorNouns.contains(text[noun].lazy.map(ByteClass.lowercased)) && Self.endsWord(text, noun.upperBound) ? noun.upperBound : nil
        }
        if Self.unitNouns.contains(lowered) { return unitNumberEnd(text, after: word.upperBound) }
        // The short forms only as they are written, in lower case: `Hs`, `Rd` may be a word of their own.
        if Self.sideWords.contains(lowered) || ByteClass.isLower(text[word.lowerBound]) && Self.sideAbbreviations.contains(lowered) { return word.upperBound }
        return nil
    }

    /// The start of a capitalised street name, one or two words, right before `number` when a
    /// Dutch postcode follows the number (`verhuisd naar Kerkeland 6, 4001 WL`): a street and
    /// number before a postcode are an address whatever the street is called. Not a PO box
    /// (`Postbus 123, 1000 AB`), which is an organisation's.
    ///
    /// - Parameter lowercase: the line is written all in lower case: then the postcode's letters
    ///   and up to three words of the street are too (`graan voor visch 183, 2132 vs`).
    private static func streetStartBeforePostcode(_ text: UnsafeBufferPointer<UInt8>, number: Range<Int>, lowercase: Bool = false) -> Int? {
        let isLetter = lowercase ? ByteClass.isLower : ByteClass.isUpper
        guard let letters = postcodeLetters(after: number.upperBound, in: text), isLetter(text[letters]), isLetter(text[letters + 1]),
              number.lowerBound >= 3, text[number.lowerBound - 1] == 0x20
        else { return nil }
        var start = number.lowerBound - 1
        let maximumWords = lowercase ? 3 : 2
        for words in 0..<maximumWords {
            var wordStart = start
            while wordStart > 0, ByteClass.isWordByte(text[wordStart - 1]) { wordStart -= 1 }
            guard wordStart < start, isLetter(text[wordStart]) || text[wordStart] == 0xC3 else { return words == 0 ? nil : start + 1 }
            let lowered = text[wordStart..<start].lazy.map(ByteClass.lowercased)
            if words == 0, postOfficeBoxWords.contains(lowered) { return nil }
            // `Naar Kerkeland 6, ...` opening a sentence: the preposition is no part of the street.
            if words >= 1, sentenceOpeners.contains(lowered) { return start + 1 }
            guard wordStart >= 2, text[wordStart - 1] == 0x20 else { return wordStart }
            if words == maximumWords - 1 { return wordStart }
            start = wordStart - 1
        }
        return nil
    }

    /// Where the letters of a Dutch postcode start that follows `position` after a space or a
    /// comma and a space (`6, 4001 WL`, `183 2132 vs`), in either case; nil without one.
    static func postcodeLetters(after position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var position = position
        if position < text.count, text[position] == UInt8(ascii: ",") { position += 1 }
        guard position + 7 <= text.count, text[position] == 0x20, text[position + 1] != UInt8(ascii: "0") else { return nil }
        position += 1
        guard (position..<(position + 4)).allSatisfy({ ByteClass.isDigit(text[$0]) }) else { return nil }
        position += 4
        if position < text.count, text[position] == 0x20 { position += 1 }
        guard position + 2 <= text.count, ByteClass.isASCIILetter(text[position]), ByteClass.isASCIILetter(text[position + 1]), endsWord(text, position + 2) else { return nil }
        return position
    }

    static let postOfficeBoxWords: WordSet = WordSet(["postbus", "antwoordnummer", "pobox", "box"])

    /// Whether `position` follows a PO box's number (`Postbus 150, `, `PO Box 12 `): what follows
    /// is an organisation's postcode, not a person's.
    static func followsPostOfficeBox(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        var end = position
        while end > 0, text[end - 1] == 0x20 || text[end - 1] == UInt8(ascii: ",") { end -= 1 }
        var digits = end
        while digits > 0, ByteClass.isDigit(text[digits - 1]), end - digits < 6 { digits -= 1 }
        guard digits < end, let word = WordTokenizer.lettersBefore(text, digits) else { return false }
        return postOfficeBoxWords.contains(text[word].lazy.map(ByteClass.lowercased))
    }
    private static let sentenceOpeners: WordSet = WordSet(["naar", "op", "in", "aan", "de", "het", "to", "at", "on", "the", "is", "dat", "it's", "that's"])

    /// Where a room's or unit's number ends after its noun (`kamer 4`, `unit 12b`, `kamer
    /// vier`), or nil without one.
    private static func unitNumberEnd(_ text: UnsafeBufferPointer<UInt8>, after nounEnd: Int) -> Int? {
        guard nounEnd + 1 < text.count, text[nounEnd] == 0x20 else { return nil }
        let start = nounEnd + 1
        var position = start
        while position < text.count, position - start < 3, ByteClass.isDigit(text[position]) { position += 1 }
        if position > start {
            if position < text.count, ByteClass.isASCIILetter(text[position]), Self.endsWord(text, position + 1) { position += 1 }
            return Self.endsWord(text, position) ? position : nil
        }
        let word = WordTokenizer.lettersAfter(text, start)
        guard !word.isEmpty, let value = NumberWords.value(forHash: WordTokenizer.foldedHash(text, word)), (1...99).contains(value) else { return nil }
        return word.upperBound
    }

    /// A room or unit in a building after the house number: `Tuinbouwweg 27 kamer 4`; a
    /// Belgian address's box: `Turnhoutsebaan 212 bus 3`.
    private static let unitNouns: WordSet = WordSet(["kamer", "unit", "appartement", "app", "studio", "room", "apt", "apartment", "bus", "garage", "berging"])

    private static func endsWord(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        position >= text.count || !ByteClass.isWordByte(text[position])
    }

    /// The words for a floor after its number: `1-hoog`, `3e etage`, `2de verdieping`, `3hg`.
    private static let floorNouns: WordSet = WordSet(["hoog", "hg", "etage", "verdieping"])
    private static let floorNumberWords: WordSet = WordSet(["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "eerste",
                                                            "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende"])
    /// The floor or side of a door on its own: `huis` (the ground floor), `boven`, `beneden`,
    /// `bel` (bel-etage), `sous`, and the colours by which some cities number their doors.
    private static let sideWords: WordSet = WordSet(["hoog", "huis", "boven", "beneden", "bel", "sous", "zwart", "rood", "wit", "groen", "blauw",
                                                     "eenhoog", "tweehoog", "driehoog", "vierhoog", "vijfhoog", "parterre"])
    private static let sideAbbreviations: WordSet = WordSet(["hs", "zw", "rd", "bv", "bg", "bis"])

    /// The start of a street without a street word right before `number` that follows an
    /// address cue closely, in the same sentence: `mijn adres is Vinkhuizen 211`, `adres Oude
    /// Delft 120`, `Achter de Hoven 7` (one to three capitalised words, particles between
    /// them), not `adres. Versie 3`, `Pagina 4` or `Den Haag 12 december`. A preposition that
    /// opens them is no part of the street (`Van Oude Delft 120-A`), and `naar` after an
    /// address cue earlier in the line is one itself: `van Oude Delft 120-A naar Achter de Hoven 7`.
    private func cuedStreetStart(_ text: UnsafeBufferPointer<UInt8>, before number: Int, numberEnd: Int) -> Int? {
        guard number >= 2, text[number - 1] == 0x20 else { return nil }
        var wordStart = number - 1
        while wordStart > 0, ByteClass.isWordByte(text[wordStart - 1]) { wordStart -= 1 }
        guard wordStart + 1 < number - 1, ByteClass.isUpper(text[wordStart]) || text[wordStart] == 0xC3,
              !Self.wordsNumberingNoHouse.contains(text[wordStart..<(number - 1)].lazy.map(ByteClass.lowercased)),
              !Self.countsUnits(text, after: numberEnd),
              !(numberEnd + 1 < text.count && text[numberEnd] == 0x20 && SpokenDateOfBirthDetector.isMonthName(text, WordTokenizer.lettersAfter(text, numberEnd + 1)))
        else { return nil }
        var starts = [wordStart]
        var probe = wordStart
        while starts.count < 4, let previous = WordTokenizer.lettersBefore(text, probe) {
            let isParticle = Self.particles.contains(text[previous].lazy.map(ByteClass.lowercased))
            guard ByteClass.isUpper(text[previous.lowerBound]) || isParticle && ByteClass.isLower(text[previous.lowerBound]) else { break }
            probe = previous.lowerBound
            if ByteClass.isUpper(text[previous.lowerBound]) { starts.append(probe) }
        }
        // The earliest start the cue reaches that opens with a capital and is no preposition.
        for start in starts.reversed() where !(start < wordStart && Self.prepositionsBeforeAStreet.contains(text[WordTokenizer.lettersAfter(text, start)].lazy.map(ByteClass.lowercased))) {
            if Self.followsAddressCueInSentence(text, start) { return start }
        }
        return nil
    }

    /// Whether an address cue ends at most 12 bytes before `position` in the same sentence,
    /// perhaps with a preposition between them (`adres Van Oude Delft`), or `naar` stands right
    /// before it after an address cue earlier in the sentence.
    private static func followsAddressCueInSentence(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        let windowStart = max(0, position - 24)
        var window = UnsafeBufferPointer(rebasing: text[windowStart..<position])
        if let stop = window.lastIndex(of: UInt8(ascii: ".")) { window = UnsafeBufferPointer(rebasing: window[(stop + 1)...]) }
        let offset = position - window.count
        if cues.matches(in: window).contains(where: { position - (offset + $0.range.upperBound) <= 12 }) { return true }
        guard let before = WordTokenizer.lettersBefore(text, position), WordTokenizer.isWord(text, before, "naar") else { return false }
        var sentenceStart = before.lowerBound
        while sentenceStart > 0, text[sentenceStart - 1] != UInt8(ascii: "."), text[sentenceStart - 1] != 0x0A { sentenceStart -= 1 }
        return !cues.matches(in: UnsafeBufferPointer(rebasing: text[sentenceStart..<before.lowerBound])).isEmpty
    }

    /// Capitalised words a number follows that count pages, parts or steps, not houses.
    private static let wordsNumberingNoHouse: WordSet = WordSet(["pagina", "page", "bladzijde", "blz", "hoofdstuk", "chapter", "artikel", "article",
                                                                 "versie", "version", "stap", "step", "bijlage", "regel", "line", "section", "optie", "option"])

    private static let prepositionsBeforeAStreet: WordSet = WordSet(["van", "vanaf", "naar", "op", "in", "aan", "bij"])

    /// The start of a lower-case word right before `number` that follows an address cue
    /// closely (`adres de westzijde tweehonderdvijf`, as the redactor reads an answer to `en uw
    /// adres`), in a turn written all in lower case: a street without a street word, as speech-
    /// to-text writes it.
    private func cuedLowercaseStreetStart(_ text: UnsafeBufferPointer<UInt8>, before number: Int, numberEnd: Int) -> Int? {
        guard let word = WordTokenizer.lettersBefore(text, number), word.count >= 3, ByteClass.isLower(text[word.lowerBound]),
              !Self.postOfficeBoxWords.contains(text[word].lazy.map(ByteClass.lowercased)), PersonNameDetector.isLowercase(text),
              // `zwolseweg honderdzesenveertig zeven drie ...`: a number before it is the house number, and this one opens a postcode.
              NumberWords.value(forHash: WordTokenizer.foldedHash(text, word)) == nil, NumberWords.dutchHundreds(text[word]) == nil else { return nil }
        // `het adres klopt twee keer`: a count, not a house number.
        if Self.countsUnits(text, after: numberEnd) { return nil }
        // An article between the cue and the street is no part of the street (`de westzijde`).
        return Self.followsAddressCue(text, word.lowerBound) ? word.lowerBound : nil
    }

    /// Whether an address cue ends at most 12 bytes before `position` (`and her address six
    /// primrose hill`, also the cue carried over from a question): there any English street
    /// word ends a street in lower case, `hill` and `way` too.
    private static func followsAddressCue(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        let windowStart = max(0, position - 24)
        let window = UnsafeBufferPointer(rebasing: text[windowStart..<position])
        return cues.matches(in: window).contains { position - (windowStart + $0.range.upperBound) <= 12 }
    }

    /// Whether `position` follows a comma in a sentence that an address cue opens within 80
    /// bytes: `shannon o'reilly, 27 bramble way`, answering `your full name and the first line
    /// of your address?` (the cue carried over from the question stands before the name).
    private static func followsAddressCueAndComma(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard position >= 2, text[position - 1] == 0x20, text[position - 2] == UInt8(ascii: ",") else { return false }
        var windowStart = max(0, position - 80)
        if let stop = text[windowStart..<position].lastIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") }) { windowStart = stop + 1 }
        return !cues.matches(in: UnsafeBufferPointer(rebasing: text[windowStart..<position])).isEmpty
    }

    /// Whether a unit follows the number that ends at `end` (`3 jaar`, `2 weeks`): a count, no house.
    private static func countsUnits(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
        end + 1 < text.count && text[end] == 0x20 && countedUnits.contains(text[WordTokenizer.lettersAfter(text, end + 1)].lazy.map(ByteClass.lowercased))
    }

    /// Whether the number ending at `end` opens a range of numbers (`van nummer 2 tot 40`,
    /// `from number 2 to 40`, `nummer 2 t/m 40`): a stretch of a street, nobody's home.
    private static func opensRangeOfNumbers(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
        guard end + 1 < text.count, text[end] == 0x20 else { return false }
        var position = end + 1
        for _ in 0..<3 {
            var wordEnd = position
            while wordEnd < text.count, ByteClass.isASCIILetter(text[wordEnd]) || text[wordEnd] == UInt8(ascii: "/") { wordEnd += 1 }
            guard wordEnd > position, rangeWords.contains(text[position..<wordEnd].lazy.map(ByteClass.lowercased)), wordEnd + 1 < text.count, text[wordEnd] == 0x20 else { return false }
            if ByteClass.isDigit(text[wordEnd + 1]) { return true }
            position = wordEnd + 1
        }
        return false
    }

    private static let rangeWords = WordSet(["tot", "en", "met", "t/m", "to", "until", "till", "through"])

    private static let countedUnits = WordSet(["keer", "jaar", "weken", "week", "dagen", "maanden", "uur", "minuten", "euro", "times", "years", "weeks", "days", "months", "hours", "pounds",
                                                    "percent", "procent", "per", "miles", "mph", "km", "meter", "metres", "minutes", "jaren"])

    /// The start of a Dutch street name that ends one space before `number`: up to six
    /// capitalised words and particles, one of which ends in a street word.
    private func dutchStreetStart(_ text: UnsafeBufferPointer<UInt8>, before number: Int) -> Int? {
        guard number >= 2, text[number - 1] == 0x20 else { return nil }
        var wordEnd = Self.abbreviatedStreetEnd(text, Self.spaceBeforeNumberMarker(text, number - 1) ?? number - 1)
        var start: Int?
        var sawStreetWord = false
        var lowercaseStreet = false
        var afterDirection = false
        var afterArticle = false
        // Up to six words: `Laan van Nieuw Oost-Indië 123`.
        for _ in 0..<6 {
            // `Prof. de Moorplein 14`, `burg. de withstraat 23`: a title shortened opens the street's name.
            if sawStreetWord, start != nil, let title = Self.streetTitleAbbreviationStart(text, endingAt: wordEnd) {
                start = title
                break
            }
            var wordStart = wordEnd
            while wordStart > 0, ByteClass.isWordByte(text[wordStart - 1]) || text[wordStart - 1] == UInt8(ascii: "'") { wordStart -= 1 }
            guard wordStart < wordEnd else { break }
            let word = Array(UnsafeBufferPointer(rebasing: text[wordStart..<wordEnd]))
            let lowered = word.map(ByteClass.lowercased)
            if PersonNameDetector.isCapitalised(word) {
                if Self.dutchSuffixes.contains(where: { lowered.count >= $0.count && lowered.suffix($0.count).elementsEqual($0) }) || Self.streetsAbroad.contains(lowered)
                    || Self.dutchStreetNouns.contains(lowered) { sawStreetWord = true }
                start = wordStart
            } else if !sawStreetWord, start == nil, Self.unmistakableSuffixes.contains(where: { lowered.count >= $0.count + 3 && lowered.suffix($0.count).elementsEqual($0) })
                        || Self.isLowercaseWegStreet(lowered)
                        // `ringbaan west`: a side of town after it makes any street word a street's.
                        || afterDirection && Self.endsInStreetSuffix(lowered) {
                sawStreetWord = true
                lowercaseStreet = true
                start = wordStart
            } else if sawStreetWord, start != nil, Self.isOrdinal(lowered) {
                // `1e Jan Steenstraat 22-2`, `2de Hugo de Grootstraat`: Amsterdam's numbered streets.
                start = wordStart
                break
            } else if lowercaseStreet, Self.namesAPerson(text, wordStart..<wordEnd) {
                // `de jan steenlaan 41`, `willem de zwijgerlaan`: a street named after someone, in lower case.
                start = wordStart
            } else if start == nil, !sawStreetWord, !afterDirection, Self.directions.contains(lowered) {
                // `ringbaan west honderdtweeënveertig`: Ringbaan-West written apart in lower case.
                afterDirection = true
                afterArticle = false
                guard wordStart >= 2, text[wordStart - 1] == 0x20 || text[wordStart - 1] == UInt8(ascii: "-") else { break }
                wordEnd = wordStart - 1
                continue
            } else if start != nil, lowered.elementsEqual("'s".utf8) || lowered.elementsEqual("\u{2019}s".utf8), text[wordEnd] == UInt8(ascii: "-") {
                // `'s-Gravendijkwal 14-B`: the old genitive article joined to the name by a dash.
                start = wordStart
                break
            } else if !Self.particles.contains(lowered) {
                break
            } else if sawStreetWord, afterArticle, Self.leadingPrepositions.contains(lowered) {
                // `Schildersbedrijf De Groot op de Molenweg 12`: the street starts after `op de`.
                break
            }
            afterArticle = Self.articles.contains(lowered)
            // `op de van der palmstraat 19`: the particles of the person a street is named after
            // open its name (an article before them is read as the sentence's).
            if sawStreetWord, start != nil, Self.streetParticles.contains(lowered) { start = wordStart }
            // Words of one name are joined by a space or a dash (`Ringbaan-Oost`).
            guard wordStart >= 2, text[wordStart - 1] == 0x20 || text[wordStart - 1] == UInt8(ascii: "-") else { break }
            wordEnd = wordStart - 1
        }
        guard sawStreetWord, let start else { return nil }
        return Self.afterLeadingPreposition(text, start, before: number)
    }

    private static let streetParticles = WordSet(["van", "der", "den", "ter", "ten"])
    private static let ordinalWords = WordSet(["eerste", "tweede", "derde", "vierde", "vijfde"])

    /// Whether a word is an ordinal, as streets open with (`1e`, `2de`, `3e`), or as
    /// speech-to-text writes it (`eerste constantijn huygensstraat`).
    private static func isOrdinal(_ lowered: [UInt8]) -> Bool {
        if ordinalWords.contains(lowered) { return true }
        let digits = lowered.prefix(while: ByteClass.isDigit)
        let suffix = lowered.dropFirst(digits.count)
        return (1...2).contains(digits.count) && digits.first != UInt8(ascii: "0")
            && (suffix.elementsEqual("e".utf8) || suffix.elementsEqual("de".utf8) || suffix.elementsEqual("ste".utf8))
    }

    /// Whether a lower-case word before a street in lower case is part of the street's name: a
    /// listed first name or a title (`jan steenlaan`, `burgemeester de withstraat`).
    private static func namesAPerson(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        let hash = WordTokenizer.foldedHash(text, word)
        return NameLists.isFirstName(hash) || streetTitles.contains(hash: hash)
    }

    /// Where a title shortened with a full stop (`Prof.`, `Burg.`, `Dr.`) starts when its stop
    /// ends at `end`.
    private static func streetTitleAbbreviationStart(_ text: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int? {
        guard end >= 3, text[end - 1] == UInt8(ascii: ".") else { return nil }
        var start = end - 1
        while start > 0, ByteClass.isASCIILetter(text[start - 1]) { start -= 1 }
        guard (2...4).contains(end - 1 - start), start == 0 || !ByteClass.isWordByte(text[start - 1]),
              streetTitleAbbreviations.contains(text[start..<(end - 1)].lazy.map(ByteClass.lowercased)) else { return nil }
        return start
    }

    private static let streetTitleAbbreviations = WordSet(["prof", "burg", "dr", "mr", "st", "gen", "adm", "kon", "ds", "mgr", "past", "pres"])

    private static let streetTitles = WordSet(["burgemeester", "dokter", "prins", "prinses", "koning", "koningin", "graaf", "gravin", "generaal",
                                               "admiraal", "pater", "pastoor", "professor", "president", "kapitein", "majoor", "wethouder"])

    /// The space before a word that may stand between a street and its number, when one ends
    /// right before the space at `space`: `nummer` and its shortenings (`Vlietlaan nummer 7`),
    /// and `t/o` or `tegenover`, as a houseboat's berth is numbered after the house across the
    /// quay (`Prinsengracht t/o 1040`). The line scan asks this before number words: the last
    /// letter settles most at once.
    static func spaceBeforeNumberMarker(_ text: UnsafeBufferPointer<UInt8>, _ space: Int) -> Int? {
        guard space >= 4 else { return nil }
        let last = ByteClass.lowercased(text[space - 1])
        guard last == UInt8(ascii: "r") || last == UInt8(ascii: "o") || last == UInt8(ascii: ".") else { return nil }
        for marker in numberMarkers where space > marker.count {
            let start = space - marker.count
            guard text[start - 1] == 0x20, text[start..<space].lazy.map(ByteClass.lowercased).elementsEqual(marker) else { continue }
            return start - 1
        }
        return nil
    }

    private static let numberMarkers: [[UInt8]] = ["nummer", "huisnummer", "nr.", "nr", "no.", "t/o", "tegenover"].map { Array($0.utf8) }

    /// Where the street's word ends before the space at `space`: before the full stop of `str.`
    /// (`Kerkstr. 12`), or at the space.
    static func abbreviatedStreetEnd(_ text: UnsafeBufferPointer<UInt8>, _ space: Int) -> Int {
        guard space >= 5, text[space - 1] == UInt8(ascii: "."), text[space - 2] | 0x20 == UInt8(ascii: "r"), text[space - 3] | 0x20 == UInt8(ascii: "t"),
              text[space - 4] | 0x20 == UInt8(ascii: "s"), ByteClass.isWordByte(text[space - 5])
        else { return space }
        return space - 1
    }

    /// Where a street found from `start` begins without a preposition and article that open the
    /// sentence before it (`Op de Steenstraat 14`): only before a word that ends in a street word,
    /// since some streets open with them (`Achter de Dom 14`).
    private static func afterLeadingPreposition(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, before number: Int) -> Int {
        var position = start
        var words: [Range<Int>] = []
        while position < number, words.count < 3 {
            let wordStart = position
            while position < number, ByteClass.isWordByte(text[position]) || text[position] == UInt8(ascii: "'") { position += 1 }
            guard position > wordStart else { break }
            words.append(wordStart..<position)
            while position < number, text[position] == 0x20 { position += 1 }
        }
        guard words.count == 3, leadingPrepositions.contains(text[words[0]].lazy.map(ByteClass.lowercased)),
              articles.contains(text[words[1]].lazy.map(ByteClass.lowercased))
        else { return start }
        let street = text[words[2]].map(ByteClass.lowercased)
        // `Op de van goghstraat 4`: the particles of the person it is named after open the street.
        return dutchSuffixes.contains(where: { street.count >= $0.count && street.suffix($0.count).elementsEqual($0) }) || streetParticles.contains(street)
            ? words[2].lowerBound : start
    }

    private static let leadingPrepositions: WordSet = WordSet(["op", "in", "aan", "bij", "naar", "via", "langs", "vanaf", "tot", "uit"])
    private static let articles: WordSet = WordSet(["de", "het", "'t"])

    /// Whether `number` or `nummer` stands right before the digits at `position`.
    private static func followsNumberWord(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        numberWordBefore(text, position) != nil
    }

    /// The word for a number one space before `position`: `number`, `nummer`, `no`, `nr`, and
    /// `nr.` with its full stop (`iemand van nr. 16`).
    private static func numberWordBefore(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Range<Int>? {
        if position >= 5, text[position - 1] == 0x20, text[position - 2] == UInt8(ascii: "."),
           WordTokenizer.isWord(text, (position - 4)..<(position - 2), "nr"), !ByteClass.isWordByte(text[position - 5]) {
            return (position - 4)..<(position - 2)
        }
        guard let word = WordTokenizer.lettersBefore(text, position), isNumberWord(text[word]) else { return nil }
        return word
    }

    /// Whether `at number`, `op nummer`, ... stands right before `position`: a house number
    /// follows (``LineScanner`` reads a number word there as one).
    static func followsAtNumber(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        followsNumberWord(text, position) && followsAt(text, position)
    }

    /// Whether `number` at `position` follows a comma after a home named in the clause before
    /// it (`the flat above, number 61`, `het huis ernaast, nummer 14`): the number is that home's.
    private static func followsAHomeAndComma(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard let number = WordTokenizer.lettersBefore(text, position), number.lowerBound >= 3, text[number.lowerBound - 2] == UInt8(ascii: ",") else { return false }
        var end = number.lowerBound - 2
        for _ in 0..<6 {
            var start = end
            while start > 0, ByteClass.isASCIILetter(text[start - 1]) { start -= 1 }
            guard start < end else { return false }
            if homeWords.contains(text[start..<end].lazy.map(ByteClass.lowercased)) { return true }
            guard start >= 2, text[start - 1] == 0x20 else { return false }
            end = start - 1
        }
        return false
    }

    private static let homeWords: WordSet = WordSet(["flat", "house", "home", "door", "above", "below", "upstairs", "downstairs", "opposite", "neighbour", "neighbours",
                                                     "neighbor", "neighbors", "huis", "woning", "ernaast", "hiernaast", "tegenover", "boven", "beneden", "buren",
                                                     "bovenburen", "benedenburen", "buurman", "buurvrouw", "overburen"])

    /// Whether `at` or `op` after a person being or living somewhere, or after a neighbour,
    /// ends one space before `position` (`she's at 25`, `shes at 25`, `he lives at 4`, `ze
    /// woont op 12`, `mijn buurman op 149`).
    static func followsPersonAt(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard let person = personBeforeAt(text, position) else { return false }
        return personsAt.contains(text[person].lazy.map(ByteClass.lowercased)) || neighbourWords.contains(text[person].lazy.map(ByteClass.lowercased))
    }

    /// Whether `at` or `op` after a neighbour ends one space before `position`: `my neighbour
    /// at 42 keeps parking`, `mijn buurman op 149 heeft hetzelfde huis`, where the number is the
    /// neighbour's house wherever the clause ends.
    static func followsNeighbourAt(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard let person = personBeforeAt(text, position) else { return false }
        return neighbourWords.contains(text[person].lazy.map(ByteClass.lowercased))
    }

    /// The word before `at` or `op` when that ends one space before `position`.
    private static func personBeforeAt(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Range<Int>? {
        guard let at = WordTokenizer.lettersBefore(text, position), WordTokenizer.isWord(text, at, "at") || WordTokenizer.isWord(text, at, "op"),
              at.lowerBound >= 2, text[at.lowerBound - 1] == 0x20 else { return nil }
        var start = at.lowerBound - 1
        while start > 0, ByteClass.isASCIILetter(text[start - 1]) || text[start - 1] == UInt8(ascii: "'") { start -= 1 }
        return start < at.lowerBound - 1 ? start..<(at.lowerBound - 1) : nil
    }

    private static let personsAt: WordSet = WordSet(["she's", "he's", "shes", "hes", "they're", "theyre", "lives", "live", "living", "i'm", "im",
                                                     "woont", "woon", "wonen", "woonde",
                                                     // `The lady at 14, Mrs Patel, has had it too.`
                                                     "lady", "man", "woman", "gentleman", "bloke", "fella", "couple", "mevrouw", "meneer", "vrouw"])

    /// Whether the clause ends right after a house number ending at `end`: as
    /// ``endsClauseAfterNumber(_:_:)``, or a word that opens the next clause follows, as
    /// speech-to-text writes it without a comma (`at forty two he keeps parking`).
    private static func endsClauseAfterHouseNumber(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        if endsClauseAfterNumber(text, end) { return true }
        guard end + 1 < text.count, text[end] == 0x20 else { return false }
        return PersonNameDetector.opensClause(text[WordTokenizer.lettersAfter(text, end + 1)].lazy.map(ByteClass.lowercased))
    }

    /// Whether `van` stands one space before `position` after a neighbour: `de buren van 12`,
    /// the house they live in.
    static func followsNeighbourAndVan(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard let van = WordTokenizer.lettersBefore(text, position), WordTokenizer.isWord(text, van, "van"),
              let before = WordTokenizer.lettersBefore(text, van.lowerBound) else { return false }
        return neighbourWords.contains(text[before].lazy.map(ByteClass.lowercased))
    }

    /// The title (`mevrouw`, `buurvrouw`) that opens, within four words, a capitalised name
    /// after which `van` stands one space before `position` (`mevrouw Tjon A Fong van 266`):
    /// the number is the house the person lives in. None after a name alone, where the number
    /// is an age (`Yusuf van 12`).
    static func titleOfNameAndVan(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Range<Int>? {
        guard let van = WordTokenizer.lettersBefore(text, position), WordTokenizer.isWord(text, van, "van"),
              let before = WordTokenizer.lettersBefore(text, van.lowerBound), ByteClass.isUpper(text[before.lowerBound]) else { return nil }
        var wordEnd = before.lowerBound
        for _ in 0..<4 {
            guard let word = WordTokenizer.lettersBefore(text, wordEnd) else { return nil }
            if namedNeighbourTitles.contains(text[word].lazy.map(ByteClass.lowercased)) { return word }
            wordEnd = word.lowerBound
        }
        return nil
    }

    /// Where `kamer` or `room` starts one space before the number at `position`, when a care
    /// home or a hospital is named, or a verb says someone lives there, in the 80 bytes before
    /// it in the sentence: `In zorgcentrum De Loofhut, kamer 214`, `she's in St James's
    /// hospital, ward 4, room 12`, `Ze woont sinds kort in De Zonnehof, kamer 12`.
    static func roomInCareHomeStart(_ text: UnsafeBufferPointer<UInt8>, before position: Int) -> Int? {
        guard let room = WordTokenizer.lettersBefore(text, position), isRoomWord(text[room].lazy.map(ByteClass.lowercased)) else { return nil }
        var start = max(0, room.lowerBound - 80)
        if let stop = text[start..<room.lowerBound].lastIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") }) { start = stop + 1 }
        let before = UnsafeBufferPointer(rebasing: text[start..<room.lowerBound])
        if !careHomes.matches(in: before).isEmpty { return room.lowerBound }
        // After a verb of living, the place's name with a comma before the room: `De Zonnehof, kamer 12`.
        guard room.lowerBound >= 4, text[room.lowerBound - 2] == UInt8(ascii: ",") else { return nil }
        var placeStart = room.lowerBound - 2
        while placeStart > 0, ByteClass.isASCIILetter(text[placeStart - 1]) { placeStart -= 1 }
        guard placeStart < room.lowerBound - 2, ByteClass.isUpper(text[placeStart]), !residenceVerbs.matches(in: before).isEmpty else { return nil }
        return room.lowerBound
    }

    /// Whether the word is `kamer`, `room` or `appartement`, in lower case.
    static func isRoomWord(_ word: some Sequence<UInt8>) -> Bool { roomWords.contains(word) }

    private static let roomWords = WordSet(["kamer", "room", "appartement", "apartment"])
    private static let careHomes = PhraseMatcher(phrases: ["zorgcentrum", "verpleeghuis", "verzorgingshuis", "woonzorgcentrum", "hospice", "ziekenhuis",
                                                           "care home", "nursing home", "residential home", "hospital", "verpleegafdeling", "revalidatiecentrum"])
    private static let residenceVerbs = PhraseMatcher(phrases: ["woont", "woonde", "wonen", "verblijft", "opgenomen", "lives", "lived", "living", "staying"])

    /// Whether the word is a neighbour or neighbours (`buurman`, `buren`, `neighbour`), in lower case.
    static func isNeighbourWord(_ word: some Sequence<UInt8>) -> Bool { neighbourWords.contains(word) }

    private static let neighbourWords = WordSet(["buurman", "buurvrouw", "buren", "buurjongen", "buurmeisje", "bewoners", "bewoner", "familie", "gezin",
                                                 "neighbour", "neighbours", "neighbor", "neighbors", "tenant", "tenants", "family"])
    private static let namedNeighbourTitles = WordSet(["mevrouw", "meneer", "mijnheer", "familie", "mevr", "mw", "dhr", "buurman", "buurvrouw"])

    /// Whether an address cue (`adres`, `address`), `is` or `was` allowed after it, stands one
    /// space before `position`: `adres 264-II, dus de verdieping onder mij`, as the redactor
    /// reads an answer to `en het adres waar het vandaan komt?`.
    private static func followsAddressCueDirectly(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard var word = WordTokenizer.lettersBefore(text, position) else { return false }
        if WordTokenizer.isWord(text, word, "is") || WordTokenizer.isWord(text, word, "was") {
            guard let before = WordTokenizer.lettersBefore(text, word.lowerBound) else { return false }
            word = before
        }
        return WordTokenizer.isWord(text, word, "adres") || WordTokenizer.isWord(text, word, "address")
    }

    /// Where `flat` or `apartment` starts one space before the number at `position`, when `in`,
    /// `at`, `from` or `to` stands before it: `I'm in flat 6`, `the leak comes from flat 9`.
    private static func flatAfterPreposition(_ text: UnsafeBufferPointer<UInt8>, before position: Int) -> Int? {
        guard let word = WordTokenizer.lettersBefore(text, position), homesInBuildings.contains(text[word].lazy.map(ByteClass.lowercased)),
              wordBefore(text, word.lowerBound).map(prepositionsBeforeAFlat.contains) == true else { return nil }
        return word.lowerBound
    }

    /// Whether the word is `flat`, `apartment` or `appartement`, in any case.
    static func isHomeInBuilding(_ word: some Sequence<UInt8>) -> Bool { homesInBuildings.contains(word.lazy.map(ByteClass.lowercased)) }

    private static let homesInBuildings: WordSet = WordSet(["flat", "apartment", "apt", "appartement"])
    private static let prepositionsBeforeAFlat: WordSet = WordSet(["in", "at", "from", "to", "into", "naar", "uit"])

    /// Whether the clause ends right after a number ending at `end`: `, `, `.`, the line's end.
    private static func endsClauseAfterNumber(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        end == text.count || [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A].contains(text[end])
    }

    /// Whether `at`, `from`, `op`, `van`, ... stands before `number` at `position` (`at number 8`,
    /// `noise from number 31`, `op nummer 17`).
    private static func followsAt(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard let number = numberWordBefore(text, position), let at = WordTokenizer.lettersBefore(text, number.lowerBound),
              placePrepositions.contains(text[at].lazy.map(ByteClass.lowercased)) else { return false }
        return !followsAShop(text, at.lowerBound)
    }

    /// Whether a shop or a pub is named in the three words before `position` (`bij de Turkse
    /// bakker op nummer 229`, `the chip shop at number 12`): the number is the business's, which
    /// is nobody's home.
    private static func followsAShop(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        WordTokenizer.holdsOne(of: shopWords, inWordsBefore: position, count: 3, in: text)
    }

    private static let shopWords = WordSet(["bakker", "bakkerij", "winkel", "supermarkt", "slager", "slagerij", "kapper", "kapsalon", "snackbar", "cafetaria",
                                            "café", "cafe", "kroeg", "apotheek", "shop", "shops", "pub", "chippy", "takeaway", "newsagent", "newsagents",
                                            "bakery", "butcher", "butchers", "hairdresser", "hairdressers", "pharmacy", "chemist", "surgery", "garage"])

    /// Whether a word for a house number stands before `position`, `is`, `was` or `had` between them
    /// allowed: `huisnummer 14`, `Het huisnummer is 14a`, `the house number is 22`, `door
    /// number 7`. Alone, the number completes an address given elsewhere in the call.
    static func followsHouseNumberCue(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        // The line scan asks this of every short number: the last letter settles most at once.
        guard var word = WordTokenizer.lettersBefore(text, position) else { return false }
        let last = ByteClass.lowercased(text[word.upperBound - 1])
        // `the house number is 22`, `een verkeerd huisnummer had tweehonderdzeven`.
        if last == UInt8(ascii: "s") || last == UInt8(ascii: "d"), word.count <= 3,
           WordTokenizer.isWord(text, word, "is") || WordTokenizer.isWord(text, word, "was") || WordTokenizer.isWord(text, word, "had") {
            guard let before = WordTokenizer.lettersBefore(text, word.lowerBound) else { return false }
            word = before
        } else if last != UInt8(ascii: "r") {
            return false
        }
        if WordTokenizer.isWord(text, word, "huisnummer") || WordTokenizer.isWord(text, word, "huisnr") { return true }
        guard WordTokenizer.isWord(text, word, "number") || WordTokenizer.isWord(text, word, "nummer"), let qualifier = WordTokenizer.lettersBefore(text, word.lowerBound) else { return false }
        return WordTokenizer.isWord(text, qualifier, "house") || WordTokenizer.isWord(text, qualifier, "door") || WordTokenizer.isWord(text, qualifier, "huis")
    }

    /// Whether `op` or `at` stands one space before `position`.
    private static func followsOp(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        wordBefore(text, position).map { $0.elementsEqual("op".utf8) || $0.elementsEqual("at".utf8) } ?? false
    }

    /// The words before `number 8` that make it a house: `at`, `from`, `outside`, `op`, `van`, `naast`.
    private static let placePrepositions: WordSet = WordSet(["at", "from", "outside", "op", "van", "naast", "behind", "beside"])

    private static let numberWords: [[UInt8]] = [Array("number".utf8), Array("nummer".utf8), Array("no".utf8), Array("nr".utf8)]

    /// Whether `word` is `number`, `nummer` or `no`, in any case. The line scan asks this for
    /// every short number, so it compares bytes without building a word.
    @inline(__always)
    static func isNumberWord(_ word: some Collection<UInt8>) -> Bool {
        guard word.count == 2 || word.count == 6, ByteClass.lowercased(word.first!) == UInt8(ascii: "n") else { return false }
        return numberWords.contains { $0.count == word.count && $0.elementsEqual(word.lazy.map(ByteClass.lowercased)) }
    }

    /// The lower-cased word that ends one space before `position`.
    /// The lower-cased letters of the word one space before `position`, read in place: the line
    /// scan asks this of many number words.
    private static func wordBefore(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> LazyMapSequence<Slice<UnsafeBufferPointer<UInt8>>, UInt8>? {
        WordTokenizer.lettersBefore(text, position).map { text[$0].lazy.map(ByteClass.lowercased) }
    }

    /// The end of an English street name after a house number: capitalised words up to a
    /// street word (`10 Downing Street`).
    private func englishStreetEnd(_ text: UnsafeBufferPointer<UInt8>, after number: Int, afterComma: Bool = false) -> Int? {
        var position = number
        // `number 6, Orchard Way`: after the word `number`, a comma may stand before the street.
        if afterComma, position + 1 < text.count, text[position] == UInt8(ascii: ",") { position += 1 }
        for _ in 0..<4 {
            guard position < text.count, text[position] == 0x20 else { return nil }
            let wordStart = position + 1
            var wordEnd = wordStart
            // `Queen's Road`, `St. John's Close`.
            while wordEnd < text.count, ByteClass.isWordByte(text[wordEnd]) || (text[wordEnd] == UInt8(ascii: "'") && wordEnd + 1 < text.count && ByteClass.isWordByte(text[wordEnd + 1])) { wordEnd += 1 }
            guard wordEnd > wordStart else { return nil }
            let lowered = text[wordStart..<wordEnd].map(ByteClass.lowercased)
            guard ByteClass.isUpper(text[wordStart]) else {
                // `27 Carlton rd`, as people type in a chat: after the street's capitalised name,
                // a street word that is no everyday word may be in lower case.
                return position > number + 1 && Self.typedLowercaseStreetWords.contains(lowered) ? wordEnd : nil
            }
            if Self.englishWords.contains(lowered) || (position > number + 1 && (Self.abbreviatedWords.contains(lowered) || Self.namedStreetWords.contains(lowered))) { return wordEnd }
            if position == number || position == number + 1, Self.welshWords.contains(lowered) { return Self.welshStreetEnd(text, after: wordEnd) }
            // `71 Queensway`, `3 Kirkgate`: a street of one word ending in its street word.
            if position == number || position == number + 1, Self.isOneWordStreet(lowered),
               !(wordEnd + 1 < text.count && text[wordEnd] == 0x20 && ByteClass.isUpper(text[wordEnd + 1])) {
                return wordEnd
            }
            position = wordEnd
            // `14 St. Mary's Road`: the full stop of a saint's abbreviation.
            if position < text.count, text[position] == UInt8(ascii: "."), Self.saintAbbreviations.contains(lowered) { position += 1 }
        }
        return nil
    }

    /// Whether a lower-case word is an English street of one word, its street word joined on
    /// (`queensway`, `broadway`, `kirkgate`): seven letters or more, not a word that is no street.
    private static func isOneWordStreet(_ lowered: [UInt8]) -> Bool {
        lowered.count >= 7 && (lowered.suffix(3).elementsEqual("way".utf8) || lowered.suffix(4).elementsEqual("gate".utf8)) && !oneWordStreetLookalikes.contains(lowered)
    }

    private static let oneWordStreetLookalikes = WordSet(["railway", "highway", "motorway", "doorway", "hallway", "gateway", "halfway", "norway", "stairway",
                                                          "walkway", "driveway", "pathway", "runway", "alleyway", "delegate", "aggregate", "tailgate", "floodgate"])

    /// Where a flat's word and number or letter end after a comma at `end` (`, Flat B`, `,
    /// apartment 4`), or nil.
    private static func flatAfterStreetEnd(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Int? {
        guard end + 3 < text.count, text[end] == UInt8(ascii: ","), text[end + 1] == 0x20 else { return nil }
        let word = WordTokenizer.lettersAfter(text, end + 2)
        guard !word.isEmpty, flatWords.contains(text[word].lazy.map(ByteClass.lowercased)), word.upperBound + 1 < text.count, text[word.upperBound] == 0x20 else { return nil }
        var numberEnd = word.upperBound + 1
        while numberEnd < text.count, ByteClass.isAlphanumeric(text[numberEnd]) { numberEnd += 1 }
        let number = (word.upperBound + 1)..<numberEnd
        guard (1...4).contains(number.count), numberEnd == text.count || !ByteClass.isWordByte(text[numberEnd]),
              text[number].contains(where: ByteClass.isDigit) || number.count == 1 && ByteClass.isUpper(text[number.lowerBound])
        else { return nil }
        return numberEnd
    }

    /// Whether `at`, `from` or `to` stands one space before `position`.
    private static func followsMovePreposition(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard let word = WordTokenizer.lettersBefore(text, position) else { return false }
        return WordTokenizer.isWord(text, word, "at") || WordTokenizer.isWord(text, word, "from") || WordTokenizer.isWord(text, word, "to")
    }

    /// Where one or two capitalised words after the number at `number` end, when a comma and
    /// one capitalised word follow them that end the clause or come before a postcode: a street
    /// named without a street word and its town (`7 Cliffe Ash, Golcar.`). Not a day or a month
    /// (`from 9 to 5 Monday, ...`).
    private static func streetBeforeTownEnd(_ text: UnsafeBufferPointer<UInt8>, after number: Int) -> Int? {
        var position = number
        var streetEnd: Int?
        for _ in 0..<2 {
            guard position + 1 < text.count, text[position] == 0x20, ByteClass.isUpper(text[position + 1]) else { break }
            let wordStart = position + 1
            var wordEnd = wordStart
            while wordEnd < text.count, ByteClass.isASCIILetter(text[wordEnd]) { wordEnd += 1 }
            guard wordEnd - wordStart >= 2, !wordsOfTime.contains(text[wordStart..<wordEnd].lazy.map(ByteClass.lowercased)) else { return nil }
            streetEnd = wordEnd
            position = wordEnd
            if position < text.count, text[position] == UInt8(ascii: ",") { break }
        }
        guard let streetEnd, streetEnd + 3 < text.count, text[streetEnd] == UInt8(ascii: ","), text[streetEnd + 1] == 0x20, ByteClass.isUpper(text[streetEnd + 2]) else { return nil }
        var townEnd = streetEnd + 2
        while townEnd < text.count, ByteClass.isASCIILetter(text[townEnd]) { townEnd += 1 }
        guard townEnd - streetEnd >= 5, !wordsOfTime.contains(text[(streetEnd + 2)..<townEnd].lazy.map(ByteClass.lowercased)) else { return nil }
        let closes = townEnd == text.count || [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A].contains(text[townEnd])
            || townEnd + 1 < text.count && text[townEnd] == 0x20 && PostcodeDetector.mayOpenBritishOutwardCode(text, at: townEnd + 1)
        return closes ? streetEnd : nil
    }

    private static let wordsOfTime: WordSet = WordSet([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "am", "pm", "o'clock", "mins", "minutes", "hours", "days", "weeks", "months", "years",
    ])

    /// A flat's or a home's place in a building or on a site: `Pitch 14, Cottingham Road site`,
    /// as on a traveller site or at a mooring.
    private static let flatWords: WordSet = WordSet(["flat", "apartment", "apt", "unit", "appartement", "pitch", "plot", "berth", "mooring",
                                                     // `Room 4, 19 Cavendish Street`: a room in a shared house.
                                                     "room"])

    /// Where a flat's word and number start before the house number at `position`, a comma
    /// between them, and a building's name between them or not: `Flat 2, 9 Queens Road`,
    /// `Apartment 4B, 27 Carlton Rd`, `Flat 14, Beaumont House, 9 Kennington Road`.
    private static func flatStart(before position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        // `14/3 Leith Walk`: Edinburgh's stair number, then the flat's after a slash.
        if position >= 2, text[position - 1] == UInt8(ascii: "/"), ByteClass.isDigit(text[position - 2]) {
            var start = position - 2
            while start > 0, ByteClass.isDigit(text[start - 1]) { start -= 1 }
            return position - start <= 4 && (start == 0 || !ByteClass.isWordByte(text[start - 1])) ? start : nil
        }
        guard position >= 4, text[position - 1] == 0x20, text[position - 2] == UInt8(ascii: ",") else { return nil }
        if let flat = flatNumberStart(endingAt: position - 2, in: text) { return flat }
        if let flat = edinburghFlatStart(endingAt: position - 2, in: text) { return flat }
        // `Flat 14, Beaumont House, 9 Kennington Road`: the building's name between, one to
        // three capitalised words.
        var end = position - 2
        for _ in 0..<3 {
            var wordStart = end
            while wordStart > 0, ByteClass.isAlphanumeric(text[wordStart - 1]) || text[wordStart - 1] == UInt8(ascii: "'") { wordStart -= 1 }
            guard wordStart < end, wordStart >= 2, ByteClass.isUpper(text[wordStart]), text[wordStart - 1] == 0x20 else { return nil }
            if text[wordStart - 2] == UInt8(ascii: ",") { return flatNumberStart(endingAt: wordStart - 2, in: text) }
            end = wordStart - 1
        }
        return nil
    }

    /// Where `flat 3` starts when it stands one space before the house number at `position`,
    /// without a comma (`flat 3 14 brindley road`).
    private static func flatNumberStart(directlyBefore position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard position >= 2, text[position - 1] == 0x20 else { return nil }
        return flatNumberStart(endingAt: position - 1, in: text, maxLength: 4)
    }

    /// Where a flat written as Edinburgh writes it ends at `end`: its floor, `F`, and its door
    /// on the landing (`3F2`, the third floor's second flat), or `PF1`, `GF` for the main and
    /// ground floors.
    private static func edinburghFlatStart(endingAt end: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var start = end
        while start > 0, ByteClass.isAlphanumeric(text[start - 1]) { start -= 1 }
        guard end - start >= 2, end - start <= 5, start == 0 || !ByteClass.isWordByte(text[start - 1]) else { return nil }
        let token = Array(text[start..<end])
        guard let f = token.firstIndex(of: UInt8(ascii: "F")), f > 0, f + 1 < token.count || token[0] == UInt8(ascii: "G") else { return nil }
        let floor = token[..<f], door = token[(f + 1)...]
        let floorIsValid = floor.allSatisfy(ByteClass.isDigit) || floor.elementsEqual("P".utf8) || floor.elementsEqual("G".utf8)
        return floorIsValid && door.allSatisfy(ByteClass.isDigit) ? start : nil
    }

    /// Where `Flat 3` starts when the flat's number, of at most `maxLength` bytes, ends at `end`;
    /// also a flat as Glasgow writes it, its floor and its door (`Flat 2/1`).
    private static func flatNumberStart(endingAt end: Int, in text: UnsafeBufferPointer<UInt8>, maxLength: Int = .max) -> Int? {
        var start = end
        while start > 0, ByteClass.isAlphanumeric(text[start - 1]) { start -= 1 }
        if start >= 2, start < end, text[start - 1] == UInt8(ascii: "/"), ByteClass.isDigit(text[start - 2]), ByteClass.isDigit(text[start]) {
            start -= 1
            while start > 0, ByteClass.isDigit(text[start - 1]) { start -= 1 }
        }
        // `Flat B, 22 Hamilton Road`: a flat's letter alone.
        guard start < end, end - start <= maxLength, ByteClass.isDigit(text[start]) || end - start == 1 && ByteClass.isUpper(text[start]) else { return nil }
        return flatWordStart(text, before: start)
    }

    /// Where `Flat`, `Apartment` or `Unit` starts, one space before the number at `position`.
    static func flatWordStart(_ text: UnsafeBufferPointer<UInt8>, before position: Int) -> Int? {
        guard let word = WordTokenizer.lettersBefore(text, position), flatWords.contains(text[word].lazy.map(ByteClass.lowercased)) else { return nil }
        return word.lowerBound
    }

    /// The end of a building's name and the street it stands in, after a flat's number:
    /// `Apartment 5, The Maltings, Mill Street`, `Flat 14, Harrow Court`. Each part is one to
    /// three capitalised words after a comma (any words, in a line written all in lower case);
    /// the last ends in a street word, or the first, a building's name, ends its clause without
    /// a street (`Flat 22, Carrick House, DN4 8QA`).
    private static func buildingAndStreetEnd(_ text: UnsafeBufferPointer<UInt8>, after number: Int, lowercase: Bool = false) -> Int? {
        var position = number
        var buildingEnd: Int?
        // `Flat 5, Block C, Wyndham Estate`: the block, a letter or a number, before the building's name.
        if let blockEnd = blockEnd(text, after: position, lowercase: lowercase) {
            position = blockEnd
            buildingEnd = blockEnd
        }
        for part in 0..<2 {
            // `flat nine at Ashby Court`: the building after `at` or `in` instead of a comma.
            if part == 0, position + 4 < text.count, text[position] == 0x20,
               WordTokenizer.isWord(text, (position + 1)..<(position + 3), "at") || WordTokenizer.isWord(text, (position + 1)..<(position + 3), "in"),
               text[position + 3] == 0x20 {
                position += 3
            } else if part == 0, lowercase, position + 1 < text.count, text[position] == 0x20, ByteClass.isLower(text[position + 1]) {
                // `flat nine ashby court`: speech-to-text writes no comma.
            } else {
                guard position + 2 < text.count, text[position] == UInt8(ascii: ","), text[position + 1] == 0x20 else { return buildingEnd }
                // `Flat 14, Beaumont House, 9 Kennington Road`: the street is read from its own number.
                if ByteClass.isDigit(text[position + 2]) { return nil }
                position += 1
            }
            var lastWord: [UInt8] = []
            for _ in 0..<3 {
                guard position + 1 < text.count, text[position] == 0x20, ByteClass.isUpper(text[position + 1]) || lowercase && ByteClass.isLower(text[position + 1]) else { break }
                var wordEnd = position + 1
                while wordEnd < text.count, ByteClass.isWordByte(text[wordEnd]) || (text[wordEnd] == UInt8(ascii: "'") && wordEnd + 1 < text.count && ByteClass.isWordByte(text[wordEnd + 1])) { wordEnd += 1 }
                lastWord = text[(position + 1)..<wordEnd].map(ByteClass.lowercased)
                position = wordEnd
                if lowercase, buildingWords.contains(lastWord) || englishWords.contains(lastWord) { break }
            }
            guard !lastWord.isEmpty else { return buildingEnd }
            if englishWords.contains(lastWord) { return position }
            let endsClause = position == text.count || !ByteClass.isWordByte(text[position]) && text[position] != 0x20
                || lowercase && text[position] == 0x20 && PersonNameDetector.opensClause(WordTokenizer.lettersAfter(text, position + 1).map { ByteClass.lowercased(text[$0]) })
            // `flat 22 block c dolphin house dolphin's barn`: after a block, the building's word ends its name.
            if part == 0, buildingWords.contains(lastWord), endsClause || lowercase && buildingEnd != nil { buildingEnd = position }
        }
        return buildingEnd
    }

    /// Where `, Block C` or `, Block 4` ends after `position`: a block of an estate's flats; in
    /// a line written all in lower case also without the comma (`flat 22 block c`).
    private static func blockEnd(_ text: UnsafeBufferPointer<UInt8>, after position: Int, lowercase: Bool = false) -> Int? {
        let comma = position < text.count && text[position] == UInt8(ascii: ",") ? 1 : 0
        guard comma == 1 || lowercase else { return nil }
        let word = position + comma + 1
        guard word + 7 < text.count, text[word - 1] == 0x20, WordTokenizer.isWord(text, word..<(word + 5), "block"), text[word + 5] == 0x20 else { return nil }
        var end = word + 6
        while end < text.count, ByteClass.isAlphanumeric(text[end]), end - word < 9 { end += 1 }
        let mark = text[(word + 6)..<end]
        guard mark.count == 1 && (ByteClass.isUpper(mark.first!) || lowercase && ByteClass.isLower(mark.first!)) || (1...3).contains(mark.count) && mark.allSatisfy(ByteClass.isDigit),
              end == text.count || !ByteClass.isWordByte(text[end]) else { return nil }
        return end
    }

    /// Words that end a block of flats' name: `Carrick House`, `Harrow Court` (also a street word).
    private static let buildingWords: WordSet = WordSet(["house", "court", "lodge", "tower", "towers", "mansions", "heights", "point", "building", "buildings", "flats", "apartments", "block", "estate",
                                                            // Student halls: `Flat 12, Josephine Butler College`.
                                                            "college", "hall", "halls", "residence", "residences"])

    /// Street words that open a street's name abroad: `Calle Mayor 15`, `Rue de Rivoli 8`.
    /// The side of town a street is named for after its street word: `Ringbaan West`.
    private static let directions: WordSet = WordSet(["west", "oost", "noord", "zuid"])

    /// Whether `word` is a side of town (``directions``), in any case.
    static func isDirection(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        (4...5).contains(word.count) && directions.contains(word.lazy.map(ByteClass.lowercased))
    }

    /// Where a French or Belgian street ends whose street word follows the house number: `24
    /// Rue de la Paix`, `3 Avenue Foch`, `12 Place d'Armes`; up to four capitalised words and
    /// particles after the street word.
    private static func frenchStreetEnd(_ text: UnsafeBufferPointer<UInt8>, after number: Int) -> Int? {
        guard number + 2 < text.count, text[number] == 0x20, ByteClass.isUpper(text[number + 1]) else { return nil }
        let streetWord = WordTokenizer.lettersAfter(text, number + 1)
        guard frenchStreetWords.contains(text[streetWord].lazy.map(ByteClass.lowercased)) else { return nil }
        var end: Int?
        var position = streetWord.upperBound
        for _ in 0..<5 {
            guard position + 1 < text.count, text[position] == 0x20 || text[position] == UInt8(ascii: "'") else { break }
            let word = WordTokenizer.lettersAfter(text, position + 1)
            guard !word.isEmpty else { break }
            if ByteClass.isUpper(text[word.lowerBound]) {
                end = word.upperBound
            } else if !frenchParticles.contains(text[word].lazy.map(ByteClass.lowercased)) {
                break
            }
            position = word.upperBound
        }
        return end
    }

    private static let frenchStreetWords = WordSet(["rue", "avenue", "boulevard", "place", "allée", "allee", "chemin", "impasse", "quai", "route", "chaussée", "chaussee"])
    private static let frenchParticles = WordSet(["de", "la", "du", "des", "le", "les", "d", "l", "aux", "sur"])

    /// Words that name a Dutch street on their own: `Brink 41` (a village green), `Vest 20`,
    /// `Dam 1` (some are ``dutchSuffixes`` too); after `op de` they are the place, not a surname.
    private static let dutchStreetNouns: WordSet = WordSet(["brink", "wal", "vest", "dam", "haven", "steeg", "werf",
                                                            // Plural, as some streets are named: `op de Kaden 14`, `Wallen 3`.
                                                            "kaden", "wallen"])

    /// Whether the word with this hash names a Dutch street on its own (``dutchStreetNouns``).
    static func isStreetNoun(_ hash: UInt64) -> Bool { dutchStreetNouns.contains(hash: hash) }

    private static let streetsAbroad: WordSet = WordSet(["calle", "avenida", "plaza", "paseo", "carrer", "rue", "viale", "piazza", "rua", "ulica", "aleja"])

    private static let saintAbbreviations: WordSet = WordSet(["st", "ste", "mt"])

    /// Welsh street words, which open the street's name: `Heol y Felin`, `Clos yr Eglwys`.
    /// Welsh street words, which open the street's name; the line scan looks them up too
    /// (``SignalWords/welshStreet``).
    static let welshWordList = ["heol", "ffordd", "stryd", "lon", "lôn", "clos", "rhodfa", "cilgant", "teras", "maes", "llys", "ffos"]
    private static let welshWords: WordSet = WordSet(welshWordList)

    /// Whether `word` is a Welsh street word, in any case.
    static func isWelshStreetWord(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool { welshWords.contains(word.lazy.map(ByteClass.lowercased)) }
    private static let welshArticles: WordSet = WordSet(["y", "yr", "'r", "ar", "o", "dan"])
    private static let wordsAfterAWelshStreet: WordSet = WordSet(["in", "on", "at", "near", "by", "and", "is", "please", "yes", "that's", "it's", "postcode"])

    /// The end of a Welsh street name whose street word ends at `position`: one to three
    /// capitalised words after it, with articles between (`y`, `yr`).
    ///
    /// - Parameter lowercase: the text is written all in lower case, as speech-to-text writes
    ///   it (`ty newydd heol y bont in llandeilo`): then the words are too, up to a word that
    ///   says where the street is (`in`, `near`).
    static func welshStreetEnd(_ text: UnsafeBufferPointer<UInt8>, after position: Int, lowercase: Bool = false) -> Int? {
        var position = position
        var end: Int?
        for _ in 0..<4 {
            guard position + 1 < text.count, text[position] == 0x20 else { break }
            let wordStart = position + 1
            var wordEnd = wordStart
            while wordEnd < text.count, ByteClass.isWordByte(text[wordEnd]) || text[wordEnd] == UInt8(ascii: "'") { wordEnd += 1 }
            guard wordEnd > wordStart else { break }
            let lowered = text[wordStart..<wordEnd].map(ByteClass.lowercased)
            if welshArticles.contains(lowered) {
                position = wordEnd
                continue
            }
            // In lower case, words of three letters or more that are no number (`c f thirty
            // one` opens a postcode after the street).
            guard PersonNameDetector.isCapitalised(text[wordStart..<wordEnd])
                    || lowercase && lowered.count >= 3 && !wordsAfterAWelshStreet.contains(lowered) && NumberWords.value(forHash: StableHash.fnv1a64(lowered)) == nil
            else { break }
            end = wordEnd
            position = wordEnd
        }
        return end
    }
}
