/// Capitalised words that are not names, and the words after which a name is really a
/// street, for the detectors that find names without a cue.
enum NameContext {
    private static let notNames = WordHashTable(words: [
        // Months and days, in both languages
        "januari", "februari", "maart", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "january", "february", "march", "july", "october", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
        "zondag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        // Organisations, places and services that follow a first name in call text
        "gemeente", "council", "city", "county", "borough", "centrum", "center", "centre", "ziekenhuis", "hospital", "school",
        "college", "university", "universiteit", "bank", "heijn", "stichting", "foundation", "bv", "nv", "ltd", "inc", "plc",
        "klantcontact", "belastingdienst", "toeslagen", "uwv", "svb", "duo", "cjib", "rdw", "digid", "mijnoverheid", "wmo",
        // Hospitals, health services and agencies by their initials: `Professor Brinkman van het UMC`.
        "umc", "amc", "vumc", "lumc", "ggd", "ggz", "ind", "coa", "cak", "nhs", "dwp", "hmrc", "dvla",
        "nederland", "netherlands", "amsterdam", "rotterdam", "utrecht", "groningen", "eindhoven", "tilburg", "almere",
        "breda", "nijmegen", "haarlem", "arnhem", "zaanstad", "amersfoort", "apeldoorn", "hoofddorp", "maastricht", "leiden",
        "dordrecht", "zoetermeer", "zwolle", "deventer", "delft", "alkmaar", "heerlen", "venlo", "leeuwarden", "london",
        "manchester", "birmingham", "leeds", "glasgow", "edinburgh", "cardiff", "bristol", "dublin", "belfast", "street",
        "road", "lane", "avenue", "square", "close", "drive", "court", "place", "crescent", "park", "gardens", "way", "hall",
        "office", "team", "service", "services", "support", "desk", "portal", "app", "online",
        // Homes: `Rose Cottage`, `Flat 9`.
        "cottage", "bungalow", "flat", "apartment", "appartement",
        // An interpreting service on the line: `this is Language Line`.
        "language", "interpreter", "interpreting", "tolkdienst", "tolkcentrum",
    ])

    /// Whether the lower-cased word names an organisation after a first name (`Albert Heijn`).
    static func isOrganisationWord(_ loweredWord: some Sequence<UInt8>) -> Bool { organisationWords.contains(StableHash.fnv1a64(loweredWord)) }

    private static let organisationWords = WordHashTable(words: [
        "heijn", "bank", "stichting", "foundation", "bv", "nv", "ltd", "inc", "plc", "gemeente", "council", "college", "university",
        "universiteit", "ziekenhuis", "hospital",
    ])

    /// Street words that make the capitalised words before them a street (`Mary Street`,
    /// `Anna Paulownastraat` is one word and never reaches here).
    private static let streetWords = WordHashTable(words: [
        "street", "road", "lane", "avenue", "square", "close", "drive", "court", "place", "crescent", "gardens", "way", "park",
        "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dreef", "hof", "park", "steeg", "pad", "dijk",
    ])

    static func isNotAName(_ loweredWord: some Sequence<UInt8>) -> Bool { notNames.contains(StableHash.fnv1a64(loweredWord)) }

    private static let placesAfterDen: WordSet = WordSet(["haag", "bosch", "helder", "hoorn", "burg", "dungen", "ham", "oever"])

    /// Whether `den` alone stands before the word at `word` and the two name a town (`den
    /// bosch`, `Den Haag`), not `van den bosch`.
    static func namesPlaceAfterDen(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard let den = WordTokenizer.lettersBefore(text, word.lowerBound), WordTokenizer.isWord(text, den, "den"),
              isPlaceAfterDen(text[word].lazy.map(ByteClass.lowercased)) else { return false }
        return WordTokenizer.lettersBefore(text, den.lowerBound).map { !WordTokenizer.isWord(text, $0, "van") } ?? true
    }

    /// Whether `Den` and this word name a place (`Den Haag`, `Den Bosch`, `Den Helder`).
    static func isPlaceAfterDen(_ loweredWord: some Sequence<UInt8>) -> Bool { placesAfterDen.contains(loweredWord) }

    /// Where a place name ends that completes an address ending at `position`: one to three
    /// capitalised words after a space or `, `, before the end of the clause
    /// (`Kerkstraat 24, Utrecht`, `3512 BK Den Haag`, `14 Kingsley Avenue, Little Marston.`).
    static func placeNameEnd(after position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = position
        if index < text.count, text[index] == UInt8(ascii: ",") { index += 1 }
        guard index < text.count, text[index] == 0x20 else { return nil }
        index += 1
        var end: Int?
        for _ in 0..<3 {
            guard index < text.count, ByteClass.isUpper(text[index]) || text[index] == 0xC3 else { break }
            var wordEnd = index
            while wordEnd < text.count, ByteClass.isWordByte(text[wordEnd]) || (text[wordEnd] == UInt8(ascii: "-") && wordEnd + 1 < text.count && ByteClass.isWordByte(text[wordEnd + 1])) { wordEnd += 1 }
            let lowered = text[index..<wordEnd].lazy.map(ByteClass.lowercased)
            guard wordEnd - index >= 2, !PersonNameDetector.notNames.contains(lowered) else { break }
            // `32 Hawthorn Close, Kim.`: a first name after the address is the person addressed,
            // unless it names a place as often (`Florence`).
            if end == nil {
                let hash = WordTokenizer.foldedHash(text, index..<wordEnd)
                if NameLists.isFirstName(hash) || NameLists.isAmbiguous(hash), !NameLists.isPlaceOrMonth(hash) { break }
            }
            end = wordEnd
            guard wordEnd < text.count, text[wordEnd] == 0x20 else { break }
            index = wordEnd + 1
        }
        // The place closes the clause: `Utrecht.`, `Utrecht,` or the end of the turn, not
        // `Flat 2` or `Dan bel ik`.
        guard let end else { return nil }
        var after = end
        while after < text.count, text[after] == 0x20 { after += 1 }
        guard after >= text.count || [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), 0x0A].contains(text[after]) else { return nil }
        return end
    }

    /// Whether the word after `position` is a street word, a capitalised Dutch street's name
    /// (`de Lange Nieuwstraat`: `Lange` is no surname there) or a house number.
    static func startsAddress(_ text: UnsafeBufferPointer<UInt8>, after position: Int) -> Bool {
        guard position < text.count, text[position] == 0x20 else { return false }
        var next: WordTokenizer.Word?
        WordTokenizer.forEachWord(in: text, from: position) { next = $0; return false }
        guard let next, next.range.lowerBound == position + 1 else { return false }
        if ByteClass.isDigit(text[next.range.lowerBound]) { return true }
        if ByteClass.isUpper(text[next.range.lowerBound]), StreetAddressDetector.isDutchStreetCompound(text[WordTokenizer.bareRange(text, next.range)].map(ByteClass.lowercased)) { return true }
        return streetWords.contains(WordTokenizer.foldedHash(text, next.range))
    }
}
