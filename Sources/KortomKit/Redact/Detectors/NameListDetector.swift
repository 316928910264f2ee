/// Finds person names without a cue, from the first names and surnames in ``NameLists``.
///
/// Only capitalised words are read. A listed first name followed by a capitalised word, with
/// name particles between (`Tom Evans`, `Jan van der Berg`), is a full name; a listed first
/// name alone is a name unless it is also a common word (`Will`, `Roos`); a listed surname
/// is a name inside a sentence, with any particles before it (`dat heeft van Dijk gezegd`),
/// unless it is also a common word and opens the sentence. In a turn that speech-to-text
/// wrote all in lower case, lower-case words are read the same way, but only names that are
/// not also common words count (`kees bakker`, not `roos`).
public struct NameListDetector: PIIDetector {
    public let name = "name-list"

    public init() {}

    public let lineRequirement = LineRequirement(.listedName)

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        // Whether the current line (a turn, when the redactor reads a whole call) is all lower
        // case; worked out when first needed.
        var lineStart = 0
        var lowercaseLine: Bool?
        var position = 0
        var sentenceStart = true
        var resumeAt = 0
        let count = text.count
        while position < count {
            let byte = text[position]
            guard ByteClass.isWordByte(byte) else {
                switch byte {
                case 0x0A:
                    sentenceStart = true
                    lineStart = position + 1
                    lowercaseLine = nil
                case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ":"): sentenceStart = true
                case 0x20, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "-"): break
                case UInt8(ascii: "@"):
                    // A handle (`@401031 Hope this helps`) neither opens nor continues a sentence.
                    position += 1
                    while position < count, ByteClass.isWordByte(text[position]) || text[position] == UInt8(ascii: "_") { position += 1 }
                    continue
                default: sentenceStart = false
                }
                position += 1
                continue
            }
            let start = position
            let opensSentence = sentenceStart
            sentenceStart = false
            position += 1
            while position < count, ByteClass.isWordByte(text[position]) { position += 1 }
            guard start >= resumeAt else { continue }
            if ByteClass.isLower(byte) {
                if lowercaseLine == nil {
                    var lineEnd = position
                    while lineEnd < count, text[lineEnd] != 0x0A { lineEnd += 1 }
                    lowercaseLine = PersonNameDetector.isLowercase(UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd]))
                }
                guard lowercaseLine == true else { continue }
            } else if !ByteClass.isUpper(byte), !Self.isAccentedCapital(text, start) {
                continue
            }
            // Most capitalised words open a sentence and are no name: look them up before
            // reading them as words.
            let bare = WordTokenizer.bareWord(in: text, at: start)
            guard bare.count >= 2 else { continue }
            let hash = WordTokenizer.foldedHash(text, bare)
            guard NameLists.isFirstName(hash) || NameLists.isSurname(hash) || (!opensSentence && NameLists.isParticle(hash)) else { continue }
            var word: WordTokenizer.Word?
            WordTokenizer.forEachWord(in: text, from: start) { word = $0; return false }
            guard var word, word.range.lowerBound == start else { continue }
            word.range = bare
            // `St Teresa's Catholic Primary`, `Sint Maarten`: a saint's name names a place.
            if Self.followsSaint(text, start) { continue }
            let found = ByteClass.isLower(byte) ? lowercaseName(in: text, startingWith: word, hash: hash, opensSentence: opensSentence) : name(in: text, startingWith: word, hash: hash, opensSentence: opensSentence)
            if let found {
                candidates.append(found)
                resumeAt = found.range.upperBound
            }
        }
    }

    private func name(in text: UnsafeBufferPointer<UInt8>, startingWith word: WordTokenizer.Word, hash: UInt64, opensSentence: Bool) -> PIICandidate? {
        if NameLists.isSurname(hash), let initials = Self.initialsStart(beforeSurname: word.range, in: text) {
            return candidate(text, initials..<word.range.upperBound, confidence: 0.75)
        }
        if let addressed = addressedNameThatIsAlsoAWord(in: text, word.range, hash: hash, opensSentence: opensSentence) { return addressed }
        if NameLists.isFirstName(hash), !PersonNameDetector.notNames.contains(Self.lowered(text, word.range)) {
            if !word.breakAfter, let surnameEnd = Self.surnameEnd(in: text, after: word.range.upperBound),
               // A first name that is also a word, with a capitalised word after it, may be a
               // proper noun (`the Rose Garden`, `Modern Art History`).
               !NameLists.isAmbiguous(hash) || !Self.isInProperNoun(text, word.range.lowerBound..<surnameEnd),
               // A place before a surname that is a word too names a place: `the play park on Chester Green`.
               !NameLists.isPlaceOrMonth(hash) || !Self.endsWithAmbiguousName(text, surnameEnd) {
                return candidate(text, word.range.lowerBound..<Self.middleNamesEnd(in: text, after: surnameEnd), confidence: 0.85)
            }
            // A first name in the name of an organisation or place (`Albert Heijn`, `Anna Paulowna`).
            if !word.breakAfter, Self.nextWordIsNotAName(text, after: word.range.upperBound) { return nil }
            if !NameLists.isAmbiguous(hash) {
                return candidate(text, word.range, confidence: 0.7)
            }
            if !NameLists.isPlaceOrMonth(hash), Self.standsAlone(text, word.range, opensSentence: opensSentence) || (Self.actsAsPerson(text, word.range) && !Self.isInProperNoun(text, word.range)) {
                return candidate(text, word.range, confidence: 0.6)
            }
            return nil
        }
        if !opensSentence, let surnameEnd = Self.surnameEnd(in: text, after: word.range.lowerBound - 1, requireListed: true) {
            let start = Self.particlesStart(before: word.range.lowerBound, in: text)
            // `lived in Hamilton`, `in Foster House`: after a particle that is a preposition (`in`,
            // `op`) alone, or before a surname that is also a place, the word names a place.
            // (`in 't Veld` goes on with another particle.)
            let firstParticle = WordTokenizer.lettersAfter(text, start)
            if start < word.range.lowerBound, Self.placePrepositions.contains(Self.lowered(text, firstParticle)),
               NameLists.isPlaceOrMonth(hash) || firstParticle.upperBound + 1 == word.range.lowerBound { return nil }
            // `op de Brink`, `aan de Dam`: a square or street, where a preposition other than `van` stands before the article.
            if StreetAddressDetector.isStreetNoun(hash), Self.followsPrepositionAndArticle(text, word.range.lowerBound) { return nil }
            // `Café De Kroon`, `Hotel de Wereld`: a place to eat or stay, named with a particle.
            if start < word.range.lowerBound || NameLists.isParticle(hash), Self.followsVenue(text, start) { return nil }
            let lowerBound = word.range.lowerBound
            if lowerBound >= 4, text[lowerBound - 4] == UInt8(ascii: "D"), text[lowerBound - 3] == UInt8(ascii: "e"), text[lowerBound - 2] == UInt8(ascii: "n"),
               NameContext.isPlaceAfterDen(Self.lowered(text, word.range)) { return nil }
            return candidate(text, start..<surnameEnd, confidence: 0.7)
        }
        if opensSentence, NameLists.isSurname(hash), !NameLists.isAmbiguous(hash), !word.breakAfter || Self.isAtEnd(text, word.range.upperBound) {
            return candidate(text, word.range, confidence: 0.6)
        }
        return nil
    }

    /// A first name that is also a word that never stands for a name after a cue (`Will`,
    /// `Wil`: verbs), where it can only be the one spoken to or spoken of between commas
    /// (`my son, Will, turned 18`, `ja, wil.`).
    private func addressedNameThatIsAlsoAWord(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64, opensSentence: Bool) -> PIICandidate? {
        guard NameLists.isFirstName(hash), !NameLists.isPlaceOrMonth(hash), PersonNameDetector.notNames.contains(Self.lowered(text, range)),
              Self.isAddressed(text, range, opensSentence: opensSentence)
        else { return nil }
        return candidate(text, range, confidence: 0.6)
    }

    /// A lower-case first name that is not a common word, with a listed surname after it, or a
    /// listed surname that is not a common word; or a first name that is also a word where it
    /// can only be the one spoken to (``isAddressed(_:_:opensSentence:)``).
    private func lowercaseName(in text: UnsafeBufferPointer<UInt8>, startingWith word: WordTokenizer.Word, hash: UInt64, opensSentence: Bool) -> PIICandidate? {
        if let addressed = addressedNameThatIsAlsoAWord(in: text, word.range, hash: hash, opensSentence: opensSentence) { return addressed }
        guard !PersonNameDetector.notNames.contains(Self.lowered(text, word.range)) else { return nil }
        if NameLists.isAmbiguous(hash) {
            guard NameLists.isFirstName(hash), !NameLists.isPlaceOrMonth(hash),
                  Self.isAddressed(text, word.range, opensSentence: opensSentence) || PersonNameDetector.isFollowedByRelative(text, after: word.range.upperBound)
                    || Self.actsAsPerson(text, word.range)
            else { return nil }
            return candidate(text, word.range, confidence: 0.6)
        }
        // `bij de albert heijn`: a first name in the name of an organisation, in lower case too.
        if !word.breakAfter, Self.nextWordIsOrganisation(text, after: word.range.upperBound) { return nil }
        if NameLists.isFirstName(hash) {
            var end = word.range.upperBound
            if !word.breakAfter, end < text.count, text[end] == 0x20 {
                // A listed surname after it, name particles between allowed (`henk van der steen`,
                // where the surname is also a word).
                var position = end
                var particles = 0
                WordTokenizer.forEachWord(in: text, from: end) { next in
                    guard next.range.lowerBound == position + 1 else { return false }
                    let bare = WordTokenizer.bareRange(text, next.range)
                    if particles < 3, !next.breakAfter, PersonNameDetector.particles.contains(Self.lowered(text, bare)) {
                        particles += 1
                        position = next.range.upperBound
                        return true
                    }
                    if NameLists.isSurname(WordTokenizer.foldedHash(text, bare)) { end = bare.upperBound }
                    return false
                }
            }
            // `priya n and its ...`: the surname's initial, as a chat types it.
            if end == word.range.upperBound, let initialEnd = Self.lowercaseInitialEnd(text, after: end) { end = initialEnd }
            return candidate(text, word.range.lowerBound..<end, confidence: 0.65)
        }
        // `gemeente den bosch`: the town, not the surname `Bosch`.
        if NameLists.isSurname(hash), !NameContext.namesPlaceAfterDen(text, word.range) {
            return candidate(text, Self.particlesStart(before: word.range.lowerBound, in: text)..<word.range.upperBound, confidence: 0.6)
        }
        return nil
    }

    private func candidate(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, confidence: Double) -> PIICandidate {
        var range = range
        // `Henk-Jan`, `Dirk-Jan`: the first part of a double first name, when it is a listed
        // first name too (not `Thanks-Emir`; a double surname keeps its parts' placeholders).
        if range.lowerBound >= 3, text[range.lowerBound - 1] == UInt8(ascii: "-"), ByteClass.isUpper(text[range.lowerBound]) {
            var start = range.lowerBound - 1
            while start > 0, ByteClass.isWordByte(text[start - 1]) { start -= 1 }
            let hash = WordTokenizer.foldedHash(text, start..<(range.lowerBound - 1))
            if start < range.lowerBound - 1, PersonNameDetector.isCapitalised(text[start..<(range.lowerBound - 1)]), NameLists.isFirstName(hash) {
                range = start..<range.upperBound
            }
        }
        var canonical: [UInt8] = []
        var previousSpace = false
        for index in range {
            let byte = text[index]
            if byte == 0x20 { previousSpace = true; continue }
            if previousSpace { canonical.append(0x20); previousSpace = false }
            canonical.append(ByteClass.lowercased(byte))
        }
        return PIICandidate(type: .name, range: range, confidence: confidence, detector: name, canonicalValue: String(decoding: canonical, as: UTF8.self))
    }

    /// Where a name whose second word ends at `end` ends when that word was a middle name, a
    /// listed first name with another name after it: `Margaret Ellen Hughes`, `Gerrit Jan
    /// Hoogland` (at most two middle names).
    private static func middleNamesEnd(in text: UnsafeBufferPointer<UInt8>, after end: Int) -> Int {
        var end = end
        for _ in 0..<2 {
            var start = end
            while start > 0, ByteClass.isWordByte(text[start - 1]) { start -= 1 }
            guard start < end, NameLists.isFirstName(WordTokenizer.foldedHash(text, start..<end)), let next = surnameEnd(in: text, after: end) else { break }
            end = next
        }
        // `Emmanuel Chukwuemeka Obi.`: a third capitalised word that ends the clause is the surname
        // after an unlisted middle name.
        if end + 3 < text.count, text[end] == 0x20, ByteClass.isUpper(text[end + 1]) {
            var wordEnd = end + 1
            while wordEnd < text.count, ByteClass.isWordByte(text[wordEnd]) || text[wordEnd] == UInt8(ascii: "-") { wordEnd += 1 }
            let lowered = Self.lowered(text, (end + 1)..<wordEnd)
            if wordEnd - end > 2, wordEnd == text.count || [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";")].contains(text[wordEnd]),
               !PersonNameDetector.notNames.contains(lowered), !NameContext.isNotAName(lowered), !NameContext.isOrganisationWord(lowered), RoleVocabulary.role(ofWord: UnsafeBufferPointer(rebasing: text[(end + 1)..<wordEnd])) == nil {
                return wordEnd
            }
        }
        return end
    }

    /// The end of a surname that starts after `position` and a space: optional particles, then
    /// a capitalised word that is not a common word (listed as a surname, with `requireListed`).
    private static func surnameEnd(in text: UnsafeBufferPointer<UInt8>, after position: Int, requireListed: Bool = false) -> Int? {
        let words = WordTokenizer.words(in: text, from: max(0, position), limit: 5)
        var index = 0
        while index < words.count {
            var word = words[index]
            word.range = WordTokenizer.bareRange(text, word.range)
            // Only single spaces between the words of a name.
            let gapStart = index == 0 ? position : words[index - 1].range.upperBound
            guard word.range.lowerBound - gapStart <= (PersonNameDetector.isApostropheT(text, word.range) ? 2 : 1) || (index == 0 && requireListed) else { return nil }
            let lowered = lowered(text, word.range)
            let bytes = text[word.range]
            // `Jan van 't Veld`: `'t` is read as `t` after its apostrophe.
            if PersonNameDetector.particles.contains(lowered) || PersonNameDetector.isApostropheT(text, word.range), !word.breakAfter, index < 3 {
                // `Den Haag`, `Den Bosch`: places, not people.
                if lowered.elementsEqual("den".utf8), ByteClass.isUpper(text[word.range.lowerBound]), index + 1 < words.count,
                   NameContext.isPlaceAfterDen(Self.lowered(text, WordTokenizer.bareRange(text, words[index + 1].range))) {
                    return nil
                }
                index += 1
                continue
            }
            // `Cathal Ó Súilleabháin`, `Séamus Mac Giolla`: an Irish surname's particle, an
            // accented capital alone, before its capitalised word.
            if index < 2, bytes.count == 2, bytes.first == 0xC3, (0x80...0x9E).contains(bytes[bytes.startIndex + 1]), !word.breakAfter, index + 1 < words.count,
               PersonNameDetector.isCapitalised(text[WordTokenizer.bareRange(text, words[index + 1].range)]) {
                index += 1
                continue
            }
            // `Dorothy May Ellis`: a first name that is also a word, between a first name and a
            // capitalised word, is a middle name.
            if index == 0, !requireListed, !word.breakAfter, index + 1 < words.count, PersonNameDetector.isCapitalised(bytes),
               PersonNameDetector.notNames.contains(lowered), NameLists.isFirstName(StableHash.fnv1a64(lowered)),
               PersonNameDetector.isCapitalised(text[WordTokenizer.bareRange(text, words[index + 1].range)]) {
                index += 1
                continue
            }
            guard PersonNameDetector.isCapitalised(bytes), !PersonNameDetector.notNames.contains(lowered), !NameContext.isNotAName(lowered) else { return nil }
            // `Jan op de Markt`, `Jan in de Kerk`: a place after a preposition, not `Jan in 't Veld`.
            if index > 0, Self.placesAfterPreposition.contains(lowered), Self.placePrepositions.contains(Self.lowered(text, WordTokenizer.bareRange(text, words[0].range))) { return nil }
            // `Erik van Bouwadvies Midden`: where someone works, not a surname.
            if index > 0, PersonNameDetector.namesBusiness(text, words[index...index]) { return nil }
            if requireListed {
                let hash = StableHash.fnv1a64(lowered)
                guard NameLists.isSurname(hash) else { return nil }
                // A common word as a surname needs a particle before it (`de Groot`).
                if NameLists.isAmbiguous(hash), index == 0, particlesStart(before: word.range.lowerBound, in: text) == word.range.lowerBound { return nil }
            }
            guard !NameContext.startsAddress(text, after: word.range.upperBound) else { return nil }
            var end = word.range.upperBound
            if text[end - 1] == UInt8(ascii: "."), !PersonNameDetector.isInitial(bytes) { end -= 1 }
            // `Benali-El Haddaoui`: a double name whose second part opens with a particle goes
            // on over the word after it.
            if !word.breakAfter, index + 1 < words.count, let dash = bytes.lastIndex(of: UInt8(ascii: "-")),
               PersonNameDetector.particles.contains(Self.lowered(text, (dash + 1)..<end)) {
                let next = WordTokenizer.bareRange(text, words[index + 1].range)
                if next.lowerBound == end + 1, PersonNameDetector.isCapitalised(text[next]) { end = next.upperBound }
            }
            return end
        }
        return nil
    }

    /// Whether a listed name that is also a common word (`Mark`, `Bill`, `Rose`) stands where
    /// only a name would be capitalised: inside a sentence, and not in a proper noun with the
    /// capitalised word before or after it (`Modern Art`, `Rose Garden`), nor after an article
    /// (`the Dean`); or opening a sentence as the one spoken to (`Ben, what are you doing?`).
    private static func standsAlone(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, opensSentence: Bool) -> Bool {
        if opensSentence {
            // `Ben, what are you doing?`, `Jack! Do you want ...`; not `Candy?`, which asks about a thing.
            guard range.upperBound < text.count else { return false }
            let next = text[range.upperBound]
            return next == UInt8(ascii: ",") || next == UInt8(ascii: "!")
        }
        return !isInProperNoun(text, range)
    }

    /// Whether the word at `range` is the one who does what only a person does, said right
    /// after it (`Frank told me`, `rose said`, `jan belde gisteren`), or who is contacted right
    /// before (`i texted mark`, `ik heb roos gebeld`), or who lives at a house (`Frank at number
    /// 12`), or whose relative or number is spoken of (`de moeder van noor`, `het bsn van noor`).
    /// The verb is in lower case (`the Job Wanted channel` names a thing), and no article
    /// stands before the name (`the bill said`), nor a subject, which makes the word a verb
    /// (`ik ben gebeld`, `ik wil gebeld worden`).
    static func actsAsPerson(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let previous = word(before: range.lowerBound, in: text)
        // `the bill said ...`: a thing.
        if let previous, articles.contains(text[previous].lazy.map(ByteClass.lowercased)) { return false }
        if let next = word(after: range.upperBound, in: text) {
            let lowered = text[next].lazy.map(ByteClass.lowercased)
            if personVerbs.contains(lowered) || contactedParticiples.contains(lowered) {
                return previous.map { !subjectPronouns.contains(text[$0].lazy.map(ByteClass.lowercased)) } ?? true
            }
            // `Frank at number 12 has had ...`, `Roos op nummer 8`: who lives at a house.
            if lowered.elementsEqual("at".utf8) || lowered.elementsEqual("op".utf8), let number = word(after: next.upperBound, in: text),
               StreetAddressDetector.isNumberWord(text[number]) {
                return true
            }
        }
        guard let previous else { return false }
        let lowered = text[previous].lazy.map(ByteClass.lowercased)
        if contactingVerbs.contains(lowered) { return true }
        guard lowered.elementsEqual("van".utf8), let owner = word(before: previous.lowerBound, in: text) else { return false }
        return ownedByPerson.contains(text[owner].lazy.map(ByteClass.lowercased))
    }

    /// Subjects before a verb that is also a name (`ik ben`, `ik wil`, `je mark`).
    private static let subjectPronouns = WordSet(["ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "jullie", "i", "you", "he", "she", "they"])

    /// Relatives and values that belong to a person, before `van` and the person: `de moeder
    /// van noor`, `het bsn van noor`, `de juf van roos`.
    private static let ownedByPerson = WordSet([
        "moeder", "vader", "zoon", "dochter", "broer", "zus", "oma", "opa", "man", "vrouw", "partner", "vriend", "vriendin",
        "juf", "meester", "mentor", "begeleider", "bsn", "geboortedatum", "burgerservicenummer", "telefoonnummer",
    ])

    /// The lower-case word of ASCII letters one space after `end`.
    private static func word(after end: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard end + 1 < text.count, text[end] == 0x20 else { return nil }
        var wordEnd = end + 1
        while wordEnd < text.count, ByteClass.isASCIILetter(text[wordEnd]) { wordEnd += 1 }
        guard wordEnd > end + 1, ByteClass.isLower(text[end + 1]), wordEnd == text.count || !ByteClass.isWordByte(text[wordEnd]) else { return nil }
        return (end + 1)..<wordEnd
    }

    /// The lower-case word of ASCII letters one space before `start`.
    private static func word(before start: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let word = WordTokenizer.lettersBefore(text, start), ByteClass.isLower(text[word.lowerBound]),
              word.lowerBound == 0 || !ByteClass.isWordByte(text[word.lowerBound - 1]) else { return nil }
        return word
    }

    /// Verbs whose subject is a person, in the past or present, that no listed name that is
    /// also a word takes as a noun: `Frank told me`, `Mark asked`, `Jan belde`.
    private static let personVerbs = WordSet([
        "said", "says", "told", "tells", "asked", "asks", "wants", "wanted", "thinks", "thought", "knows", "knew",
        "rang", "phoned", "texted", "emailed", "reckons", "promised", "explained", "mentioned", "agreed",
        "zei", "zegt", "vroeg", "vraagt", "belde", "vindt", "vond", "weet", "wist", "beloofde", "legde", "appte", "mailde",
    ])

    /// Ways of contacting someone, before the one contacted: `i texted mark`, `told bill`.
    private static let contactingVerbs = WordSet([
        "texted", "texting", "phoned", "phoning", "rang", "ringing", "emailed", "emailing", "messaged", "messaging",
        "told", "telling", "asked", "asking", "thanked", "visited", "visiting",
    ])

    /// Dutch participles after the one contacted: `ik heb roos gebeld`, `ik heb jan gesproken`.
    private static let contactedParticiples = WordSet(["gebeld", "gesproken", "gemaild", "geappt", "gevraagd"])

    /// Whether a lower-case word stands as the one spoken to: opening a sentence with a comma
    /// after it (`bill, will you be free?`), or after a comma, ending the sentence or the
    /// clause (`now, mark, you're ...`, `listen, ben.`). Speech-to-text that writes a turn in
    /// lower case keeps no capital to tell `mark` the name from the verb.
    private static func isAddressed(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, opensSentence: Bool) -> Bool {
        let end = range.upperBound
        let next: UInt8 = end < text.count ? text[end] : 0x0A
        if opensSentence { return next == UInt8(ascii: ",") }
        let start = range.lowerBound
        guard start >= 2, text[start - 1] == 0x20, text[start - 2] == UInt8(ascii: ",") else { return false }
        return next == UInt8(ascii: ",") || next == UInt8(ascii: ".") || next == UInt8(ascii: "?") || next == UInt8(ascii: "!") || next == 0x0A
    }

    /// Whether the words at `range` are part of a longer proper noun or a thing's name: a
    /// capitalised word right before or after them, or an article before them (`the Rose
    /// Garden`), which a person's name does not take.
    private static func isInProperNoun(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let end = range.upperBound
        if end + 1 < text.count, text[end] == 0x20, ByteClass.isUpper(text[end + 1]) || text[end + 1] == 0xC3 { return true }
        let start = range.lowerBound
        guard start >= 2, text[start - 1] == 0x20, ByteClass.isWordByte(text[start - 2]) else { return false }
        var previous = start - 2
        while previous > 0, ByteClass.isWordByte(text[previous - 1]) { previous -= 1 }
        let word = text[previous..<(start - 1)].lazy.map(ByteClass.lowercased)
        if articles.contains(word) { return true }
        return (ByteClass.isUpper(text[previous]) || text[previous] == 0xC3) && !addressWords.contains(word) && !sentenceOpeners.contains(word)
    }

    /// Whether `St`, `St.`, `Saint`, `Sint` or `Sankt` stands one space before `start`.
    static func followsSaint(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 3, text[start - 1] == 0x20 else { return false }
        var end = start - 1
        if text[end - 1] == UInt8(ascii: ".") { end -= 1 }
        var wordStart = end
        while wordStart > 0, ByteClass.isASCIILetter(text[wordStart - 1]) { wordStart -= 1 }
        // Lower case too, as speech-to-text writes it: `offered st aidan's`.
        guard wordStart < end, wordStart == 0 || !ByteClass.isWordByte(text[wordStart - 1]) else { return false }
        return saintWords.contains(text[wordStart..<end].lazy.map(ByteClass.lowercased))
    }

    private static let saintWords: WordSet = WordSet(["st", "saint", "sint", "sankt", "ste"])

    private static let articles: WordSet = WordSet(["the", "a", "an", "de", "het", "een"])
    /// Words that open a sentence before a name without making a proper noun with it: `En Roos
    /// van de thuiszorg vroeg ...`, `But Mark said ...`.
    private static let sentenceOpeners: WordSet = WordSet(["en", "maar", "dus", "want", "toen", "ook", "of", "nou", "and", "but", "so", "then", "also", "or", "well"])

    /// Capitalised words a name may follow without forming a proper noun with it: `Hi Mark`,
    /// `Uncle Bill`, `Dear Rose`.
    private static let addressWords: WordSet = WordSet(["hi", "hello", "hey", "hiya", "dear", "thanks", "uncle", "aunt", "auntie",
                                                        "cousin", "grandpa", "grandma", "hoi", "hallo", "dag", "beste", "oom", "tante", "neef", "nicht"])

    /// Whether the word after `position` names an organisation (`albert heijn`, `rabo bank`):
    /// in lower case, where months and street words after a name say nothing.
    private static func nextWordIsOrganisation(_ text: UnsafeBufferPointer<UInt8>, after position: Int) -> Bool {
        guard position + 1 < text.count, text[position] == 0x20 else { return false }
        return NameContext.isOrganisationWord(lowered(text, WordTokenizer.lettersAfter(text, position + 1)))
    }

    private static func nextWordIsNotAName(_ text: UnsafeBufferPointer<UInt8>, after position: Int) -> Bool {
        guard position < text.count, text[position] == 0x20 else { return false }
        var next: WordTokenizer.Word?
        WordTokenizer.forEachWord(in: text, from: position) { next = $0; return false }
        guard let next, next.range.lowerBound == position + 1 else { return false }
        return NameContext.isNotAName(lowered(text, WordTokenizer.bareRange(text, next.range)))
    }

    /// Whether a preposition other than `van` and an article stand right before `start`: `op de`, `aan den`.
    private static func followsPrepositionAndArticle(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard let article = WordTokenizer.lettersBefore(text, start), dutchArticles.contains(lowered(text, article)),
              let preposition = WordTokenizer.lettersBefore(text, article.lowerBound)
        else { return false }
        return placePrepositions.contains(lowered(text, preposition))
    }

    /// Whether the word that ends at `end` is a listed name that is also a word (`Green`, `Hill`).
    private static func endsWithAmbiguousName(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        WordTokenizer.wordEnding(at: end, in: text).map { NameLists.isAmbiguous(WordTokenizer.foldedHash(text, $0)) } ?? false
    }

    private static let dutchArticles = WordSet(["de", "den", "het"])
    private static let placesAfterPreposition = WordSet(["markt", "plein", "kerk", "brink", "dam", "wal", "haven", "stoep", "stad", "school", "station", "dijk",
                                                         "weg", "straat", "hoek", "kade", "gracht", "zolder", "bank", "camping", "boot"])
    private static let placePrepositions = WordSet(["op", "aan", "bij", "naar", "over", "in", "langs", "via", "voor", "achter", "rond", "rondom", "naast", "tegenover"])

    /// Where the name particles (`van der`, `de`) right before `start` begin; `start` when none.
    private static func particlesStart(before start: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var begin = start
        for _ in 0..<3 {
            guard begin >= 2, text[begin - 1] == 0x20 else { break }
            var wordStart = begin - 1
            while wordStart > 0, ByteClass.isWordByte(text[wordStart - 1]) || text[wordStart - 1] == UInt8(ascii: "'") { wordStart -= 1 }
            guard wordStart < begin - 1, PersonNameDetector.particles.contains(lowered(text, wordStart..<(begin - 1))) else { break }
            begin = wordStart
        }
        return begin
    }

    /// Where a lower-case letter after a first name ends, when it stands alone before the end
    /// of the clause or `and`/`en` (`priya n and its ...`); not a letter that is a word (`a`,
    /// `i`, `u`, `o`).
    private static func lowercaseInitialEnd(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Int? {
        guard end + 2 <= text.count, text[end] == 0x20, ByteClass.isLower(text[end + 1]), !"aiuoe".utf8.contains(text[end + 1]) else { return nil }
        let letterEnd = end + 2
        if letterEnd == text.count || text[letterEnd] == UInt8(ascii: ",") || text[letterEnd] == UInt8(ascii: ".") || text[letterEnd] == 0x0A { return letterEnd }
        guard text[letterEnd] == 0x20 else { return nil }
        let next = WordTokenizer.lettersAfter(text, letterEnd + 1)
        return WordTokenizer.isWord(text, next, "and") || WordTokenizer.isWord(text, next, "en") ? letterEnd : nil
    }

    /// Whether a place to eat, drink or stay ends one space before `position` (`Café`, `Hotel`).
    private static func followsVenue(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard position >= 2, text[position - 1] == 0x20 else { return false }
        var start = position - 1
        while start > 0, ByteClass.isWordByte(text[start - 1]) { start -= 1 }
        return start < position - 1 && venues.contains(lowered(text, start..<(position - 1)))
    }

    private static let venues = WordSet(["café", "cafe", "eetcafé", "eetcafe", "restaurant", "hotel", "bar", "brasserie", "bistro", "herberg", "taverne", "pub",
                                         "snackbar", "lunchroom", "pension", "camping", "inn", "tavern"])

    /// Nouns a single letter follows as a thing's name, not a person's initial: `vitamine C`,
    /// `plan B`, `bijlage A`.
    private static let letterNouns = WordSet([
        "vitamine", "plan", "type", "bijlage", "optie", "groep", "klasse", "categorie", "blok", "fase", "deel", "vak", "rij",
        "zone", "gebouw", "ingang", "vleugel", "vitamin", "option", "appendix", "section", "group", "class", "grade", "block",
        "row", "building", "entrance", "wing", "part", "form", "formulier", "stap", "step", "niveau", "level",
    ])

    /// Where the initials before the surname at `surname` start, particles between allowed
    /// (`R. Koster`, `A.J. Bakker`, `J. de Vries`): a surname that is also a word counts after
    /// them. Not after a noun that a letter names (`vitamine C. Bakker heeft ...`: the letter
    /// ends a sentence), nor with a capitalised word after the surname (`the U.S. Post Office`).
    private static func initialsStart(beforeSurname surname: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        let particles = particlesStart(before: surname.lowerBound, in: text)
        guard particles >= 3, text[particles - 1] == 0x20, let initials = initialStart(before: particles - 1, in: text), particles - 1 - initials <= 6,
              !(surname.upperBound + 1 < text.count && text[surname.upperBound] == 0x20 && ByteClass.isUpper(text[surname.upperBound + 1]))
        else { return nil }
        if let noun = WordTokenizer.lettersBefore(text, initials), letterNouns.contains(text[noun].lazy.map(ByteClass.lowercased)) { return nil }
        return initials
    }

    /// Where initials that end at `end` start (`R.`, `J.P.`), or nil.
    private static func initialStart(before end: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var start = end
        while start >= 2, text[start - 1] == UInt8(ascii: "."), ByteClass.isUpper(text[start - 2]) { start -= 2 }
        guard start < end, start == 0 || !ByteClass.isWordByte(text[start - 1]) else { return nil }
        return start
    }

    private static func isAtEnd(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        var index = position
        while index < text.count, !ByteClass.isWordByte(text[index]) { index += 1 }
        return index >= text.count
    }

    /// The word's bytes with ASCII letters in lower case, read in place.
    private static func lowered(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> LazyMapSequence<Slice<UnsafeBufferPointer<UInt8>>, UInt8> {
        text[range].lazy.map(ByteClass.lowercased)
    }

    /// Whether a listed word (lower case) can be read as a name where it opens a sentence, as
    /// ``name(in:startingWith:hash:opensSentence:)`` reads it: a first name that is no common
    /// word, or a surname that is not also a common word.
    static func mayBeNameOpeningSentence(_ word: String) -> Bool {
        let hash = StableHash.fnv1a64(word.utf8)
        return (NameLists.isFirstName(hash) && !PersonNameDetector.notNames.contains(Array(word.utf8)))
            || (NameLists.isSurname(hash) && !NameLists.isAmbiguous(hash))
    }

    /// Whether the word at `start` opens a sentence as ``detect(in:into:)`` reads sentences:
    /// at the line's start, or after `.`, `?`, `!` or `:` with only spaces, quotes and dashes
    /// between.
    static func opensSentence(_ text: UnsafeBufferPointer<UInt8>, at start: Int, lineStart: Int) -> Bool {
        var position = start
        while position > lineStart {
            switch text[position - 1] {
            case 0x20, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "-"): position -= 1
            case UInt8(ascii: "."):
                // An initial's full stop (`R. Koster`) may end no sentence.
                return initialStart(before: position, in: text) == nil
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ":"), 0x0A: return true
            default: return false
            }
        }
        return true
    }

    private static func isAccentedCapital(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        text[position] == 0xC3 && position + 1 < text.count && text[position + 1] >= 0x80 && text[position + 1] <= 0x9E
    }
}
