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
        "nederland", "netherlands", "amsterdam", "rotterdam", "utrecht", "groningen", "eindhoven", "tilburg", "almere",
        "breda", "nijmegen", "haarlem", "arnhem", "zaanstad", "amersfoort", "apeldoorn", "hoofddorp", "maastricht", "leiden",
        "dordrecht", "zoetermeer", "zwolle", "deventer", "delft", "alkmaar", "heerlen", "venlo", "leeuwarden", "london",
        "manchester", "birmingham", "leeds", "glasgow", "edinburgh", "cardiff", "bristol", "dublin", "belfast", "street",
        "road", "lane", "avenue", "square", "close", "drive", "court", "place", "crescent", "park", "gardens", "way", "hall",
        "office", "team", "service", "services", "support", "desk", "portal", "app", "online",
    ])

    /// Street words that make the capitalised words before them a street (`Mary Street`,
    /// `Anna Paulownastraat` is one word and never reaches here).
    private static let streetWords = WordHashTable(words: [
        "street", "road", "lane", "avenue", "square", "close", "drive", "court", "place", "crescent", "gardens", "way", "park",
        "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dreef", "hof", "park", "steeg", "pad", "dijk",
    ])

    static func isNotAName(_ loweredWord: [UInt8]) -> Bool { notNames.contains(StableHash.fnv1a64(loweredWord)) }

    private static let placesAfterDen: Set<[UInt8]> = Set(["haag", "bosch", "helder", "hoorn", "burg", "dungen", "ham", "oever"].map { Array($0.utf8) })

    /// Whether `Den` and this word name a place (`Den Haag`, `Den Bosch`, `Den Helder`).
    static func isPlaceAfterDen(_ loweredWord: [UInt8]) -> Bool { placesAfterDen.contains(loweredWord) }

    /// Whether the word after `position` is a street word or a house number.
    static func startsAddress(_ text: UnsafeBufferPointer<UInt8>, after position: Int) -> Bool {
        guard position < text.count, text[position] == 0x20 else { return false }
        var next: WordTokenizer.Word?
        WordTokenizer.forEachWord(in: text, from: position) { next = $0; return false }
        guard let next, next.range.lowerBound == position + 1 else { return false }
        if ByteClass.isDigit(text[next.range.lowerBound]) { return true }
        return streetWords.contains(WordTokenizer.foldedHash(text, next.range))
    }
}
