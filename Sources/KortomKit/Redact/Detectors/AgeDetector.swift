/// Finds ages: a number from 0 to 120 that a word around it makes an age (`67 jaar oud`, `ik
/// ben 67 jaar`, `een 8-jarige`, `leeftijd van 67`, `67 years old`, `a 9-year-old`, `aged 67`,
/// `he turned 91`, `I'm 63 and ...`, `hij is 87 en ...`, `they're 6 and 9`), also in words
/// (`she's four`, `four years old`).
///
/// Durations keep their number: `al 3 jaar ingeschreven` and `for 3 years` have no copula or
/// `oud`/`old` next to the number.
public struct AgeDetector: PIIDetector {
    public let name = "age"

    public init() {}

    /// An age in digits or in words, with a word that makes it one.
    public let lineRequirement = LineRequirement([.shortNumber, .ageCue], or: [.numberWord, .ageCue])

    /// The words of which one stands in every line with an age, in lower case: the units
    /// (`jaar`, `8-jarige`, `year-old`) and the words before the number that make it one
    /// without a unit (``LineSignals/ageCue``). Copulas count only with a unit after them, or
    /// right after a person word.
    /// A person word right before one of ``plainCopulaWords`` is a cue as well (`hij is`).
    /// Not weeks or days, which most lines name as time (`over twee dagen`): an age in them
    /// needs a person before it, whose word is a cue already.
    static let cueWords = ["jaar", "jarig", "jarige", "jarigen", "year", "years", "month", "months", "maand", "maanden"] + leadInWords + birthdayWords + personCopulaWords + futurePersonWords + childWords
        + childrenWordList

    /// A child or relative with `van` and a number after it is that old: `mijn zoontje van 4`,
    /// `een dochter van twaalf`.
    private static let childWords = ["zoon", "zoontje", "dochter", "dochtertje", "kind", "kindje", "baby", "broertje", "zusje", "kleinzoon",
                                     "kleindochter", "kleinkind", "neefje", "nichtje", "jongetje", "meisje"]
    private static let children = WordSet(childWords)
    private static let vanHash = StableHash.fnv1a64("van".utf8)
    private static let andHash = StableHash.fnv1a64("and".utf8)
    private static let enHash = StableHash.fnv1a64("en".utf8)
    private static let ofHash = StableHash.fnv1a64("of".utf8)
    /// Words that may stand between a copula and an age: `hij is al 87`, `ze is dus 15`, `she's only 15`.
    private static let adverbs = WordSet(["al", "dus", "nu", "pas", "net", "bijna", "ongeveer", "toen", "ook", "inmiddels", "already", "only", "just", "nearly", "almost", "about", "now", "also"])
    /// Words that may follow a child's age without a unit: `mijn zoontje van 4 is ziek`, `... van 4 en 6`.
    private static let afterChildAge = WordSet(["is", "was", "heeft", "had", "wordt", "zit", "gaat", "kan", "moet", "mag", "wil", "komt", "en", "die", "of"])

    /// A baby's age: `six months old`, `acht maanden oud`, `zes dagen oud`.
    private static let babyAgeUnitWords = ["month", "months", "maand", "maanden", "week", "weeks", "weken", "day", "days", "dag", "dagen"]
    private static let babyAgeUnits = WordSet(babyAgeUnitWords)

    /// Whether a person or a baby is named in the six words before `position`, within its
    /// sentence (`de kleine is nu zes dagen oud`, `she's 3 weeks old`), not only a thing (`De
    /// brief, die is 3 weken oud`): weeks and days make an age only so. Months need no person
    /// (`our baby is six months old` says it; a thing is rarely so many months old).
    private static func followsAPerson(_ text: UnsafeBufferPointer<UInt8>, before position: Int) -> Bool {
        var end = position
        for _ in 0..<6 {
            while end > 0, text[end - 1] == 0x20 || text[end - 1] == UInt8(ascii: ",") { end -= 1 }
            var start = end
            while start > 0, ByteClass.isASCIILetter(text[start - 1]) || text[start - 1] == UInt8(ascii: "'") { start -= 1 }
            guard start < end else { return false }
            let word = text[start..<end].lazy.map(ByteClass.lowercased)
            // `die`, `who` refer back to whatever was named before them.
            if !relativePronouns.contains(word), persons.contains(word) || personCopulas.contains(word) || children.contains(word) { return true }
            end = start
        }
        return false
    }

    private static let relativePronouns = WordSet(["die", "who"])

    /// Whether `unit` (lower case) counts weeks or days, which only a person's age makes an age.
    private static func countsWeeksOrDays(_ unit: [UInt8]?) -> Bool {
        unit.map { $0.first == UInt8(ascii: "w") || $0.first == UInt8(ascii: "d") } == true
    }

    /// An age as the placeholders tell ages apart: in years, or a baby's in months, weeks or
    /// days (`6 months` is another value than `6`).
    private static func canonicalAge(_ value: Int, unit: [UInt8]?) -> String {
        guard let unit, let first = unit.first else { return String(value) }
        switch first {
        case UInt8(ascii: "m"): return "\(value) months"
        case UInt8(ascii: "w"): return "\(value) weeks"
        default: return "\(value) days"
        }
    }
    private static let copulas: WordSet = WordSet(["ben", "is", "was", "wordt", "werd", "worden", "zijn", "waren", "am", "are", "turned", "turns", "turn", "turning"])
    private static let leadInWords = ["aged", "age", "leeftijd"]
    private static let leadIns = WordSet(leadInWords)
    /// `he turned 91 in May`: a birthday, when the clause ends or a time follows.
    private static let birthdayWords = ["turned", "turns", "turn", "turning", "werd", "wordt", "worden"]
    private static let birthdays = WordSet(birthdayWords)
    private static let timeWords: WordSet = WordSet(["in", "on", "last", "this", "next", "yesterday", "today", "tomorrow", "soon", "op", "vorige", "volgende",
                                                     "vandaag", "gisteren", "morgen", "dit", "deze", "komende", "binnenkort"])
    /// `I'm 63.`: a person and a number that ends the clause.
    private static let personCopulaWords = ["i'm", "he's", "she's", "they're", "we're", "you're", "who's",
                                             // As a chat types them: `hes 82 and cant pull the bin`.
                                             "im", "hes", "shes", "theyre"]
    private static let personCopulas = WordSet(personCopulaWords)
    /// `Hij is 87 en woont alleen`: the same with the person and the copula as two words; also
    /// after a relative pronoun (`onze zoon, die is negentien`, `my son, who is seven`) or a
    /// relative (`my daughter is four`, `mijn man is 81`) or a title (`dus mevrouw is negenentachtig`).
    static let personWords = ["ik", "hij", "zij", "ze", "i", "he", "she", "die", "who", "meneer", "mijnheer", "mevrouw"] + relativeWords
    private static let relativeWords = [
        "zoon", "dochter", "moeder", "vader", "man", "vrouw", "partner", "broer", "zus", "opa", "oma", "kleinzoon", "kleindochter",
        "son", "daughter", "mother", "mum", "mom", "father", "dad", "husband", "wife", "brother", "sister", "grandson",
        "granddaughter", "grandmother", "grandfather", "gran", "nan", "grandad",
        // Several at once: `my kids are nine and six`, `de kinderen zijn 4 en 7`.
        "kids", "children", "sons", "daughters", "twins", "grandchildren", "grandkids", "they", "kinderen", "zonen", "dochters",
        "kleinkinderen", "tweeling", "jongens", "meiden",
        // One child among several: `de kleine is twee`, `the youngest is four`.
        "kleine", "kleintje", "oudste", "jongste", "middelste", "baby", "eldest", "youngest", "oldest",
    ]
    private static let persons = WordSet(personWords)
    /// `he was 88`: the past too, as of someone who has died; not an age at a time gone by
    /// (`when I was 14`, ``timeConjunctions``).
    static let plainCopulaWords = ["ben", "is", "am", "zijn", "are", "was", "were", "waren", "worden", "turn"]
    private static let pastCopulas = WordSet(["was", "were", "waren"])
    private static let timeConjunctions = WordSet(["when", "since", "until", "till", "before", "after", "as", "toen", "sinds", "tot", "voordat", "nadat", "als"])
    /// A person and the future or conditional before `be`: `she'd be ninety`, `he'll be 80`.
    static let futurePersonWords = ["she'd", "he'd", "i'd", "they'd", "she'll", "he'll", "i'll", "they'll", "we'd", "we'll"]
    private static let futurePersons = WordSet(futurePersonWords)
    private static let beHash = StableHash.fnv1a64("be".utf8)
    private static let plainCopulas = WordSet(plainCopulaWords)
    /// Words after a number that make it something other than an age.
    private static let units: WordSet = WordSet(["minutes", "minuten", "hours", "uur", "days", "dagen", "weeks", "weken", "euro", "pounds", "percent", "procent", "degrees", "graden", "times", "keer", "pm", "am"])

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        var index = 0
        let count = text.count
        // Candidates before these come from other texts: their ranges are not offsets into this one.
        let firstOwn = candidates.count
        while index < count {
            guard ByteClass.isDigit(text[index]), index == 0 || !ByteClass.isWordByte(text[index - 1]) else { index += 1; continue }
            var end = index
            while end < count, ByteClass.isDigit(text[end]) { end += 1 }
            defer { index = end }
            guard end - index <= 3, end >= count || !ByteClass.isWordByte(text[end]) || text[end] == UInt8(ascii: "-") else { continue }
            // A clock time (`14:30`, `[00:01:05]`) is no age.
            guard !(end + 1 < count && text[end] == UInt8(ascii: ":") && ByteClass.isDigit(text[end + 1])),
                  !(index >= 2 && text[index - 1] == UInt8(ascii: ":") && ByteClass.isDigit(text[index - 2]))
            else { continue }
            let value = text[index..<end].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            guard value <= 120 else { continue }
            let after = Self.words(text, from: end, count: 2)
            let before = Self.wordBefore(text, index)
            // `hij is al 87`, `ze is dus 15`, `she's only 15`: an adverb between the copula and the number.
            var copulaAnchor = index
            var copulaBefore = before
            if let adverb = before, Self.adverbs.contains(adverb) {
                copulaAnchor = index - adverb.count - 1
                copulaBefore = Self.wordBefore(text, copulaAnchor)
            }
            let isAge: Bool
            // A baby's age in months is another value than the same number of years.
            let inBabyUnits = after.first.map(Self.babyAgeUnits.contains) == true
            if index >= 3, text[index - 1] == UInt8(ascii: "("), Self.closesParenthesisedAge(text, end), Self.namesPersonBeforeParenthesis(text, index - 1) {
                // `mijn zoon Milan (9)`, `Kacper (11 jaar)`: an age in parentheses after a name or a child.
                isAge = true
            } else if Self.closesParenthesisedAge(text, end), let open = Self.parenthesisOpeningWithName(before: index, in: text), Self.namesPersonBeforeParenthesis(text, open) {
                // `bril zoon (Yassir, 11)`: the child's name and age in parentheses after the child.
                isAge = true
            } else if Self.standsBetweenCommasAfterAName(text, index, end) {
                // `Mainly one lad, Kyle Brennan, 16, lives at number 22`: a person's age set off
                // by commas after their name, as police and the papers write it.
                isAge = true
            } else if value <= 25, let before, NameLists.isFirstName(StableHash.fnv1a64(before)), Self.followsChildrenWord(text, before: index),
                      Self.endsClause(text, end) || after.first.map(Self.listJoiners.contains) == true {
                // `mijn 2 kinderen elif 7 en emre 4`: children named, each with the age after the name.
                isAge = true
            } else if before == Array("van".utf8), index >= 4, Self.namesChild(before: index - 4, in: text) {
                // `mijn zoontje van 4 is ziek`, `een zoon van 9 jaar`; not `het kind van 3 straten
                // verder`; `mijn zoon Daan van 8 fietst ...`, a child named.
                isAge = Self.endsClause(text, end) || after.first.map { $0 == Array("jaar".utf8) || Self.babyAgeUnits.contains($0) || Self.afterChildAge.contains($0) } == true
                    || Self.namesChildByName(before: index - 4, in: text) && after.first.map(Self.units.contains) != true
            } else if end < count, text[end] == UInt8(ascii: "-") {
                // `8-jarige`, `9-year-old`
                let suffix = text[(end + 1)..<min(count, end + 9)].map(ByteClass.lowercased)
                isAge = suffix.starts(with: Array("jarig".utf8)) || suffix.starts(with: Array("year-old".utf8))
            } else if inBabyUnits {
                isAge = (after.dropFirst().first == Array("old".utf8) || after.dropFirst().first == Array("oud".utf8))
                    && (!Self.countsWeeksOrDays(after.first) || Self.followsAPerson(text, before: index))
            } else if candidates.count > firstOwn, let previous = candidates.last, previous.type == .age, let before, before == Array("and".utf8) || before == Array("en".utf8),
                      index - previous.range.upperBound <= 5, after.first.map(Self.units.contains) != true {
                // `6 and 9`, `84 en 85`, `4 en 7 jaar`
                isAge = true
            } else if candidates.count > firstOwn, let previous = candidates.last, previous.type == .age, Self.onlyANameBetween(text, previous.range.upperBound, index) {
                // `Selam is 11, Dawit 8`
                isAge = Self.endsClause(text, end) && after.first.map(Self.units.contains) != true
            } else if before == Array("of".utf8), Self.followsGuessedYears(text, index) {
                // `Hij is een jaar of 5.`
                isAge = Self.endsClause(text, end)
            } else if after.first == Array("jaar".utf8) {
                isAge = after.dropFirst().first == Array("oud".utf8) || copulaBefore.map(Self.copulas.contains) == true
            } else if after.first == Array("years".utf8) || after.first == Array("year".utf8) {
                isAge = after.dropFirst().first == Array("old".utf8) || (copulaBefore.map(Self.copulas.contains) == true && after.dropFirst().first != Array("ago".utf8))
            } else if let before, Self.leadIns.contains(before) || before == Array("van".utf8) && Self.wordBefore(text, index - 4).map({ $0 == Array("leeftijd".utf8) }) == true {
                isAge = after.first.map(Self.units.contains) != true
            } else if Self.followsBirthdayAndTime(text, index) {
                // `ze wordt volgende maand 80`
                isAge = after.first.map(Self.units.contains) != true && Self.endsClause(text, end)
            } else if let before, Self.birthdays.contains(before) {
                isAge = after.first.map(Self.units.contains) != true && (Self.endsClause(text, end) || after.first.map(Self.timeWords.contains) == true)
            } else if let copula = copulaBefore, Self.personCopulas.contains(copula)
                        || Self.plainCopulas.contains(copula) && (Self.wordBefore(text, copulaAnchor - copula.count - 1).map { person in
                            (Self.persons.contains(person) || NameLists.isFirstName(StableHash.fnv1a64(person))) && !(Self.pastCopulas.contains(copula) && Self.wordBefore(text, copulaAnchor - copula.count - 2 - person.count).map(Self.timeConjunctions.contains) == true)
                        } == true
                            || Self.isPersonBefore(text, copulaStart: copulaAnchor - copula.count - 1)) {
                isAge = after.first.map(Self.units.contains) != true && Self.endsClause(text, end)
            } else {
                isAge = false
            }
            guard isAge else { continue }
            // A baby's age with its unit: `6 weken` says more than `6`.
            candidates.append(PIICandidate(type: .age, range: index..<(inBabyUnits ? Self.wordEnd(text, after: end) : end), confidence: 0.8, detector: name,
                                           canonicalValue: Self.canonicalAge(value, unit: inBabyUnits ? after.first : nil)))
        }
        agesInWords(text, firstOwn: firstOwn, into: &candidates)
    }

    /// Whether a birthday word and a time of one or two words stand right before the number at
    /// `position`: `ze wordt volgende maand tachtig`, `hij werd gisteren 90`, `ze wordt in mei
    /// 80`, as Dutch puts the time before the age.
    private static func followsBirthdayAndTime(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard let last = word(endingOneSpaceBefore: position, in: text) else { return false }
        let lastHash = WordTokenizer.foldedHash(text, last)
        if namedTimes.contains(hash: lastHash) {
            return word(endingOneSpaceBefore: last.lowerBound, in: text).map { birthdays.contains(hash: WordTokenizer.foldedHash(text, $0)) } == true
        }
        guard timesOfYear.contains(hash: lastHash), let first = word(endingOneSpaceBefore: last.lowerBound, in: text),
              timeOpeners.contains(hash: WordTokenizer.foldedHash(text, first)) else { return false }
        return word(endingOneSpaceBefore: first.lowerBound, in: text).map { birthdays.contains(hash: WordTokenizer.foldedHash(text, $0)) } == true
    }

    private static let namedTimes = WordSet(["morgen", "overmorgen", "gisteren", "eergisteren", "vandaag", "binnenkort", "zaterdag", "zondag", "maandag",
                                             "dinsdag", "woensdag", "donderdag", "vrijdag"])
    private static let timeOpeners = WordSet(["volgende", "volgend", "vorige", "vorig", "deze", "dit", "komende", "komend", "in", "op", "afgelopen"])
    private static let timesOfYear = WordSet(["week", "maand", "jaar", "weekend", "zomer", "winter", "voorjaar", "najaar", "januari", "februari", "maart",
                                              "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", "zaterdag",
                                              "zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"])

    /// Whether a child (`zoontje`, `dochter`) or a listed first name (`Yusuf`) ends one space
    /// before `position`, where `van` and an age follow: `mijn zoontje van 4`, `Yusuf van 12`.
    private static func namesChild(before position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let word = word(endingOneSpaceBefore: position, in: text) else { return false }
        let hash = WordTokenizer.foldedHash(text, word)
        if children.contains(hash: hash) { return true }
        return PersonNameDetector.isCapitalised(text[word]) && NameLists.isFirstName(hash) && !NameLists.isPlaceOrMonth(hash)
    }

    /// Whether a child's name ends one space before `position` with a child word before it:
    /// `mijn zoon Daan`, `haar dochtertje Noor`.
    private static func namesChildByName(before position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let name = word(endingOneSpaceBefore: position, in: text), NameLists.isFirstName(WordTokenizer.foldedHash(text, name)),
              let child = word(endingOneSpaceBefore: name.lowerBound, in: text) else { return false }
        return children.contains(hash: WordTokenizer.foldedHash(text, child))
    }

    /// The word (letters, digits and accented letters) that ends one space before `position`.
    private static func word(endingOneSpaceBefore position: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard position >= 2, text[position - 1] == 0x20 else { return nil }
        var start = position - 1
        while start > 0, ByteClass.isWordByte(text[start - 1]) { start -= 1 }
        return start < position - 1 ? start..<(position - 1) : nil
    }

    /// Whether the number at `start..<end` stands between commas right after a capitalised
    /// listed first name or surname (`Kyle Brennan, 16, lives ...`), or one in lower case in a
    /// turn written so; not after a place or a month.
    private static func standsBetweenCommasAfterAName(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start >= 4, text[start - 1] == 0x20, text[start - 2] == UInt8(ascii: ","), end < text.count, text[end] == UInt8(ascii: ","),
              let name = WordTokenizer.wordEnding(at: start - 2, in: text) else { return false }
        let hash = WordTokenizer.foldedHash(text, name)
        guard (NameLists.isFirstName(hash) || NameLists.isSurname(hash)) && !NameLists.isPlaceOrMonth(hash) else { return false }
        // In lower case only where the whole turn is, as people chat (`mrs dot higgins, 89, at ...`).
        return PersonNameDetector.isCapitalised(text[name]) || PersonNameDetector.isLowercase(text)
    }

    /// Whether a parenthesis closes right after the number that ends at `end`, a unit between
    /// allowed (`(9)`, `(9 jaar)`, `(11 years)`).
    private static func closesParenthesisedAge(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        var position = end
        if position + 1 < text.count, text[position] == 0x20 {
            let unit = WordTokenizer.lettersAfter(text, position + 1)
            guard parenthesisedUnits.contains(text[unit].lazy.map(ByteClass.lowercased)) else { return false }
            position = unit.upperBound
        }
        return position < text.count && text[position] == UInt8(ascii: ")")
    }

    /// Where the parenthesis opens before a capitalised name, a comma and a space that end at
    /// `position` (`(Yassir, 11`), or nil.
    private static func parenthesisOpeningWithName(before position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard position >= 5, text[position - 1] == 0x20, text[position - 2] == UInt8(ascii: ",") else { return nil }
        var start = position - 2
        while start > 0, ByteClass.isWordByte(text[start - 1]) || text[start - 1] == UInt8(ascii: "-") { start -= 1 }
        guard start >= 1, start < position - 2, text[start - 1] == UInt8(ascii: "("), PersonNameDetector.isCapitalised(text[start..<(position - 2)]) else { return nil }
        return start - 1
    }

    private static let parenthesisedUnits = WordSet(["jaar", "jr", "years", "yrs", "maanden", "months"])

    /// Whether a listed name, a child or a relative stands one space before the parenthesis at
    /// `open`: `Milan (9)`, `mijn zoon (9)`, `her grandson (11)`, `my daughter lily (6)` as
    /// people chat in lower case; not `bijlage (3)`.
    private static func namesPersonBeforeParenthesis(_ text: UnsafeBufferPointer<UInt8>, _ open: Int) -> Bool {
        guard let word = word(endingOneSpaceBefore: open, in: text) else { return false }
        let hash = WordTokenizer.foldedHash(text, word)
        if isChildOrRelative(hash) { return true }
        if !PersonNameDetector.isCapitalised(text[word]) {
            guard NameLists.isFirstName(hash), let relative = Self.word(endingOneSpaceBefore: word.lowerBound, in: text) else { return false }
            return isChildOrRelative(WordTokenizer.foldedHash(text, relative))
        }
        return NameLists.isFirstName(hash) || NameLists.isSurname(hash) && !NameLists.isPlaceOrMonth(hash)
    }

    private static func isChildOrRelative(_ hash: UInt64) -> Bool { children.contains(hash: hash) || relatives.contains(hash: hash) }

    private static let relatives = WordSet(["son", "daughter", "grandson", "granddaughter", "child", "kid", "boy", "girl", "baby", "brother", "sister", "nephew", "niece",
                                            "broer", "zus", "neef", "nicht"])

    /// Ages said in words: before `jaar oud` or `years old` (`four years old`), or after a
    /// person and a copula where the clause ends (`she's four, she starts in September`, `hij
    /// is vierentachtig en ...`).
    private func agesInWords(_ text: UnsafeBufferPointer<UInt8>, firstOwn: Int, into candidates: inout [PIICandidate]) {
        var previous: UInt64 = 0, beforePrevious: UInt64 = 0, thirdPrevious: UInt64 = 0
        WordTokenizer.forEachWord(in: text) { word in
            var range = word.range
            if text[range.upperBound - 1] == UInt8(ascii: ".") { range = range.lowerBound..<(range.upperBound - 1) }
            let hash = WordTokenizer.foldedHash(text, range)
            defer {
                // `hij is al zevenentachtig`: an adverb after the copula leaves the copula before the number.
                if !(Self.adverbs.contains(hash: hash) && (Self.personCopulas.contains(hash: previous) || Self.plainCopulas.contains(hash: previous))) {
                    thirdPrevious = beforePrevious
                    beforePrevious = previous
                    previous = hash
                }
            }
            guard var value = NumberWords.value(forHash: hash), value > 0 else { return true }
            // `seventy nine`, `seventy-nine`: the tens, then the unit, as English says them.
            if NumberWords.isTens(value), let unit = NumberWords.unit(afterTensEndingAt: range.upperBound, in: text) {
                value += unit.value
                range = range.lowerBound..<unit.end
            }
            let after = Self.words(text, from: range.upperBound, count: 2)
            let unitAfter = after.count == 2 && (after[0] == Array("jaar".utf8) && after[1] == Array("oud".utf8)
                || (after[0] == Array("years".utf8) || after[0] == Array("year".utf8)) && after[1] == Array("old".utf8)
                || Self.babyAgeUnits.contains(after[0]) && (after[1] == Array("old".utf8) || after[1] == Array("oud".utf8))
                    && (!Self.countsWeeksOrDays(after[0]) || Self.followsAPerson(text, before: range.lowerBound)))
            // `ellie is four and mason is one`: a listed first name is a person too.
            let afterPerson = Self.personCopulas.contains(hash: previous)
                || Self.plainCopulas.contains(hash: previous) && (Self.persons.contains(hash: beforePrevious) || NameLists.isFirstName(beforePrevious) || NameLists.isAmbiguous(beforePrevious) && !NameLists.isPlaceOrMonth(beforePrevious))
                && !(Self.pastCopulas.contains(hash: previous) && Self.timeConjunctions.contains(hash: thirdPrevious))
            // `mijn zoontje van vier`: a child and `van` before the number.
            let ofChild = previous == Self.vanHash && (Self.children.contains(hash: beforePrevious) || NameLists.isFirstName(beforePrevious) && !NameLists.isAmbiguous(beforePrevious))
                && (Self.endsClause(text, range.upperBound) || after.first.map { $0 == Array("jaar".utf8) || Self.babyAgeUnits.contains($0) || Self.afterChildAge.contains($0) } == true
                    // `mijn zoon daan van acht fietst ...`: a child named, whatever follows.
                    || Self.children.contains(hash: thirdPrevious) && after.first.map(Self.units.contains) != true)
            // `she'd be ninety in March`, `he'll be eighty next week`: an age to come.
            let ageToCome = previous == Self.beHash && Self.futurePersons.contains(hash: beforePrevious)
                && (Self.endsClause(text, range.upperBound) || after.first.map(Self.timeWords.contains) == true)
            // `he turned eighteen in March`: a birthday, as with digits.
            let birthday = Self.birthdays.contains(hash: previous) && after.first.map(Self.units.contains) != true
                && (Self.endsClause(text, range.upperBound) || after.first.map(Self.timeWords.contains) == true)
            // `ze wordt volgende maand tachtig`: the time between, as Dutch puts it.
            let birthdayToCome = Self.endsClause(text, range.upperBound) && after.first.map(Self.units.contains) != true && Self.followsBirthdayAndTime(text, range.lowerBound)
            // `my kids are nine and six`: the next age of a list.
            let listed = (previous == Self.andHash || previous == Self.enHash) && after.first.map(Self.units.contains) != true
                && candidates.count > firstOwn && candidates.last.map { $0.type == .age && (0...5).contains(range.lowerBound - $0.range.upperBound) } == true
            // `het jongetje is een jaar of vijf`: an age guessed, after a copula.
            let guessed = previous == Self.ofHash && Self.followsGuessedYears(text, range.lowerBound) && Self.endsClause(text, range.upperBound)
            // `Selam is elf, Dawit acht`: the next child's name and age after an age.
            let nextOfList = candidates.count > firstOwn && Self.endsClause(text, range.upperBound)
                && candidates.last.map { $0.type == .age && Self.onlyANameBetween(text, $0.range.upperBound, range.lowerBound) } == true
            // `the baby he's six months`: a baby's age without `old`, where the clause ends after it.
            let monthsAfterPerson = afterPerson && after.first.map(Self.babyAgeUnits.contains) == true && Self.endsClause(text, Self.wordEnd(text, after: range.upperBound))
            if ageToCome || unitAfter || birthday || birthdayToCome || ofChild || listed || monthsAfterPerson || nextOfList || guessed
                || afterPerson && after.first.map(Self.units.contains) != true && Self.endsClause(text, range.upperBound) {
                let inBabyUnits = after.first.map(Self.babyAgeUnits.contains) == true
                candidates.append(PIICandidate(type: .age, range: inBabyUnits ? range.lowerBound..<Self.wordEnd(text, after: range.upperBound) : range, confidence: 0.75, detector: name,
                                               canonicalValue: Self.canonicalAge(value, unit: inBabyUnits ? after.first : nil)))
            }
            return true
        }
    }

    /// Whether only a comma and a capitalised name, `en` or `and` allowed before it, stand
    /// between an age ending at `ageEnd` and a number at `numberStart`: `elf, Dawit acht`.
    private static func onlyANameBetween(_ text: UnsafeBufferPointer<UInt8>, _ ageEnd: Int, _ numberStart: Int) -> Bool {
        guard numberStart - ageEnd >= 4, numberStart - ageEnd <= 32, text[ageEnd] == UInt8(ascii: ","), text[numberStart - 1] == 0x20 else { return false }
        var nameStart = numberStart - 1
        while nameStart > ageEnd, ByteClass.isWordByte(text[nameStart - 1]) || text[nameStart - 1] == UInt8(ascii: "-") { nameStart -= 1 }
        guard nameStart < numberStart - 1, PersonNameDetector.isCapitalised(text[nameStart..<(numberStart - 1)]), text[nameStart - 1] == 0x20 else { return false }
        let between = text[(ageEnd + 1)..<(nameStart - 1)].map(ByteClass.lowercased)
        return between.isEmpty || between.elementsEqual(" en".utf8) || between.elementsEqual(" and".utf8)
    }

    /// Whether the clause ends after the number: a stop, a comma, the end, a word that opens
    /// the next clause (`and`, `so`, `but`, `en`, `dus`, `maar`: `she's four so the damp is a
    /// worry`, as speech-to-text writes it without a comma), or `geworden` (`ze is 75
    /// geworden`, she turned 75).
    private static func endsClause(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        var index = position
        while index < text.count, text[index] == 0x20 { index += 1 }
        guard index < text.count else { return true }
        if [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), 0x0A].contains(text[index]) { return true }
        guard let next = words(text, from: index, count: 1).first else { return false }
        return clauseOpeners.contains(next)
    }

    private static let clauseOpeners: WordSet = WordSet(["and", "so", "but", "because", "en", "dus", "maar", "want", "omdat", "geworden",
                                                        "hij", "zij", "ze", "ik", "we", "wij", "he", "she", "i", "they"])

    /// Where the word after `position` ends, spaces skipped.
    private static func wordEnd(_ text: UnsafeBufferPointer<UInt8>, after position: Int) -> Int {
        var index = position
        while index < text.count, text[index] == 0x20 { index += 1 }
        while index < text.count, ByteClass.isASCIILetter(text[index]) { index += 1 }
        return index
    }

    /// Up to `count` lower-cased words after `position`, skipping spaces.
    private static func words(_ text: UnsafeBufferPointer<UInt8>, from position: Int, count: Int) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var index = position
        while words.count < count {
            while index < text.count, text[index] == 0x20 { index += 1 }
            let start = index
            while index < text.count, ByteClass.isASCIILetter(text[index]) { index += 1 }
            guard index > start else { break }
            words.append(text[start..<index].map(ByteClass.lowercased))
        }
        return words
    }

    /// The lower-cased word that ends one space before `position`.
    /// Whether the subject of the copula that starts at `copulaStart` is a person other than
    /// by a person word: a name and a comma right before it (`Hun vader, meneer Vroemen, is
    /// 88`), or `en` in a sentence that opens with a person word (`Hij heet Daan en is 16.`).
    private static func isPersonBefore(_ text: UnsafeBufferPointer<UInt8>, copulaStart: Int) -> Bool {
        guard copulaStart >= 3, text[copulaStart - 1] == 0x20 else { return false }
        var end = copulaStart - 1
        let afterComma = text[end - 1] == UInt8(ascii: ",")
        if afterComma { end -= 1 }
        var start = end
        while start > 0, ByteClass.isWordByte(text[start - 1]) { start -= 1 }
        guard start < end else { return false }
        let word = text[start..<end]
        let lowered = word.map(ByteClass.lowercased)
        if afterComma, PersonNameDetector.isCapitalised(word), !PersonNameDetector.notNames.contains(lowered), !NameContext.isNotAName(lowered), opensNoSentence(text, start) {
            return true
        }
        guard lowered == Array("en".utf8) || lowered == Array("and".utf8) else { return false }
        // The sentence's first word.
        var sentenceStart = start
        while sentenceStart > 0, ![UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ":"), 0x0A].contains(text[sentenceStart - 1]) { sentenceStart -= 1 }
        while sentenceStart < start, !ByteClass.isWordByte(text[sentenceStart]) { sentenceStart += 1 }
        var firstEnd = sentenceStart
        while firstEnd < start, ByteClass.isWordByte(text[firstEnd]) { firstEnd += 1 }
        return persons.contains(text[sentenceStart..<firstEnd].map(ByteClass.lowercased))
    }

    /// Whether the word at `start` stands inside a sentence: a capital there is no sign of a name.
    private static func opensNoSentence(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var index = start
        while index > 0, text[index - 1] == 0x20 { index -= 1 }
        return index > 0 && ![UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ":"), 0x0A].contains(text[index - 1])
    }

    /// Whether a copula and `een jaar of` stand before the number at `position`: an age guessed.
    private static func followsGuessedYears(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        var words: [[UInt8]] = []
        var end = position
        while words.count < 4, let word = wordBefore(text, end) {
            words.append(word)
            end -= word.count + 1
            while end > 0, text[end - 1] == 0x20 { end -= 1 }
            end += 1
        }
        return words.count == 4 && words[0] == Array("of".utf8) && words[1] == Array("jaar".utf8) && words[2] == Array("een".utf8)
            && (plainCopulas.contains(words[3]) || personCopulas.contains(words[3]))
    }

    /// Whether a word for several children (`kinderen`, `kids`) stands in the ten words before
    /// `position`, in its sentence.
    private static func followsChildrenWord(_ text: UnsafeBufferPointer<UInt8>, before position: Int) -> Bool {
        var end = position
        for _ in 0..<10 {
            while end > 0, text[end - 1] == 0x20 || text[end - 1] == UInt8(ascii: ",") || ByteClass.isDigit(text[end - 1]) { end -= 1 }
            var start = end
            while start > 0, ByteClass.isASCIILetter(text[start - 1]) { start -= 1 }
            guard start < end else { return false }
            if childrenWords.contains(text[start..<end].lazy.map(ByteClass.lowercased)) { return true }
            end = start
        }
        return false
    }

    private static let childrenWordList = ["kinderen", "kids", "children", "kinders", "zonen", "dochters", "sons", "daughters", "kleinkinderen", "grandchildren"]
    private static let childrenWords = WordSet(childrenWordList)
    private static let listJoiners = WordSet(["en", "and"])

    private static func wordBefore(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> [UInt8]? {
        guard position >= 2, text[position - 1] == 0x20 || text[position - 1] == UInt8(ascii: ":") else { return nil }
        var end = position - 1
        while end > 0, text[end - 1] == 0x20 || text[end - 1] == UInt8(ascii: ":") { end -= 1 }
        var start = end
        while start > 0, ByteClass.isASCIILetter(text[start - 1]) || text[start - 1] == UInt8(ascii: "'") { start -= 1 }
        guard start < end else { return nil }
        return text[start..<end].map(ByteClass.lowercased)
    }
}
