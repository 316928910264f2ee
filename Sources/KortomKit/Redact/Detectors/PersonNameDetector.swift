/// Finds person names introduced by a cue: `meneer Jansen`, `mevrouw De Vries`, `mijn naam is
/// Fatima el Amrani`, `u spreekt met Sanne`, `Mr Smith`, `my name is John Doe`, `this is Sarah`.
///
/// After the cue come initials (`J.`, `J.P.`), name particles (`van`, `de`, `van der`, `'t`)
/// and capitalised words, at most five tokens, ending with a capitalised word. Later
/// mentions of a found name elsewhere in the call are the ``Redactor``'s job.
public struct PersonNameDetector: PIIDetector {
    public let name = "name-cue"

    /// The detector name of names found after a cue with which speakers introduce themselves
    /// (`u spreekt met`, `my name is`), so that a policy can keep agents' own names.
    static let introductionDetector = "name-intro"

    /// Cues with which a speaker gives their own name.
    /// Cues that follow the name instead: `Priya speaking`.
    static let namesBefore: Set<String> = ["speaking", "here", "hier"]

    private static let introductions: Set<String> = ["hi, it's", "hi it's", "hello, it's", "hello it's", "hiya, it's", "hey, it's", "hi its", "hiya its", "hey its", "hello its", "mijn naam is", "u spreekt met", "je spreekt met", "naam is", "ik ben", "my name is", "my name's", "my good name is", "name's", "this is", "i'm", "speaking with", "name is", "spreekt u met", "speaking",
                                                     "you're speaking to", "you are speaking to", "you're through to", "you're talking to",
                                                     "you're speaking with", "you are speaking with", "you're chatting with", "you are chatting with", "you're chatting to",
                                                     "here", "hier"]

    /// Cues of at most four words.
    private static let cues: [(words: [[UInt8]], confidence: Double, introduces: Bool)] = ([
        ("mijn naam is", 0.95), ("u spreekt met", 0.95), ("je spreekt met", 0.95), ("naam is", 0.85),
        ("meneer", 0.9), ("mevrouw", 0.9), ("mw.", 0.9), ("mevr.", 0.9), ("dhr.", 0.9), ("de heer", 0.9),
        ("ik ben", 0.7), ("op naam van", 0.9), ("spreek ik met", 0.9),
        ("my name is", 0.95), ("my name's", 0.95), ("name's", 0.85),
        // Indian English: `my good name is Venkatesh Iyer`.
        ("my good name is", 0.95), ("this is", 0.6), ("i'm", 0.6), ("mr", 0.9), ("mr.", 0.9),
        ("mrs", 0.9), ("mrs.", 0.9), ("ms", 0.85), ("ms.", 0.85), ("miss", 0.8), ("speaking with", 0.85),
        ("in the name of", 0.9), ("under the name", 0.9), ("name is", 0.85), ("heet", 0.8), ("is called", 0.8),
        // Someone's name in the past, as of someone who has died: `His name was ...`, `Hij heette ...`.
        ("name was", 0.85), ("naam was", 0.85), ("heette", 0.8), ("was called", 0.8),
        ("named", 0.7), ("spreekt u met", 0.95), ("speaking", 0.85), ("here", 0.8), ("hier", 0.8), ("op naam staat van", 0.9),
        // Greeting someone by name: `Hi Mark, ...`, `Hoi Jan`; thanking them: `Thanks Amira.`
        ("hi", 0.75), ("hello", 0.75), ("hoi", 0.75), ("hallo", 0.75), ("hiya", 0.75),
        // What someone is called: `I'm called Bex`, `zeg maar Jan`.
        ("i'm called", 0.85), ("she's called", 0.85), ("he's called", 0.85), ("zeg maar", 0.75),
        // What others call someone: `Iedereen noemt hem Sjaak`.
        ("noemt hem", 0.8), ("noemt haar", 0.8), ("noemen hem", 0.8), ("noemen haar", 0.8),
        ("noemde hem", 0.8), ("noemde haar", 0.8), ("noemden hem", 0.8), ("noemden haar", 0.8),
        // A caller giving their name as they greet: `Hi, it's Siobhán O'Sullivan`.
        ("hi, it's", 0.85), ("hi it's", 0.85), ("hello, it's", 0.85), ("hello it's", 0.85), ("hiya, it's", 0.85), ("hey, it's", 0.85),
        // Typed without the apostrophe: `hi its shaz again re my HB claim`.
        ("hi its", 0.85), ("hiya its", 0.85), ("hey its", 0.85), ("hello its", 0.85),
        ("thanks", 0.7), ("thank you", 0.7), ("cheers", 0.7), ("bedankt", 0.7), ("dank je", 0.7), ("dank u", 0.7),
        // An agent introducing themselves: `you're speaking to Joanne`, `you're through to Kerry`.
        ("you're speaking to", 0.9), ("you are speaking to", 0.9), ("you're through to", 0.9), ("you're talking to", 0.9),
        ("you're speaking with", 0.9), ("you are speaking with", 0.9),
        // An agent introducing themselves in a live chat: `You're chatting with Tamsin.`
        ("you're chatting with", 0.9), ("you are chatting with", 0.9), ("you're chatting to", 0.9),
        // A doctor by name: `Dr Okafor`, `dokter Hermans`.
        ("dr", 0.9), ("dr.", 0.9), ("dokter", 0.9),
        // A nurse by name: `Zuster Annelies van de thuiszorg`, `Nurse Okafor`.
        ("zuster", 0.8), ("nurse", 0.8),
        // Titles written out (`Mister Lamb`) and a professor's (`Professor Brinkman`, `prof. Visser`).
        ("mister", 0.9), ("professor", 0.9), ("prof.", 0.9),
        // Speaking to someone by name as one greets, thanks or leaves them: `Hey Sally.`,
        // `Sorry, Brad.`, `Merry Christmas, Jina.` (only with nothing after the name but the
        // end of the clause, see ``addressingCues``).
        ("hey", 0.7), ("sorry", 0.65), ("bye", 0.7), ("goodbye", 0.7), ("dear", 0.7), ("doei", 0.7),
        ("merry christmas", 0.7), ("happy birthday", 0.7), ("congratulations", 0.7), ("gefeliciteerd", 0.7),
    ]).map { phrase, confidence in (phrase.split(separator: " ").map { Array($0.utf8) }, confidence, introductions.contains(phrase)) }

    static let particles: WordSet = WordSet(["van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "el", "al", "da", "di", "le", "la", "von", "du", "del", "bin",
                                             // Welsh patronymics: `Rhys ap Gwilym`.
                                             "ap", "ab",
                                             // Irish names in Irish: `Seán Mac Giolla Phádraig`, `Áine Ní Bhriain`, `Ó Súilleabháin`.
                                             "mac", "ó", "ní", "nic", "uí",
                                             // `ilse vd meer`: `van der` and `van de` as a chat shortens them.
                                             "vd"])

    /// Capitalised words that follow cues but are not names.
    static let notNames: WordSet = WordSet([
        "de", "het", "een", "gemeente", "klantcontactcentrum", "ik", "u", "the", "a", "an", "i", "council",
        // `I'm his son, Kevin Aldridge.` in answer to `And your name and relationship?`
        "i'm", "i've", "i'll", "i'd", "i’m",
        // `Reference 600418274, and I'm ...` in answer to `the account reference and your name?`
        "reference", "referentie", "ref", "kenmerk", "account", "klantnummer", "dossiernummer", "zaaknummer",
        // `prima meneer, fijne dag nog` as speech-to-text writes it: `meneer fijne dag nog`.
        "fijne", "prettige", "goede", "mooie", "fijn", "prettig", "bedankt",
        "calling", "bellen", "bel", "hier", "blij", "bezig", "niet", "wel", "nog", "ook", "al", "er", "dus",
        "just", "not", "sure", "here", "so", "very", "really", "afraid", "sorry", "hoping", "trying", "about",
        "geen", "aan", "benieuwd", "verhuisd", "gebeld", "boos", "erg", "zo", "heel", "bang", "het", "team",
        "afdeling", "department", "from", "van", "met", "and", "en", "yes", "no", "ja", "nee", "goed",
        "good", "fine", "well", "ok", "oké", "okay", "klant", "burger", "inwoner", "speaking",
        "dag", "hallo", "hoi", "hi", "hiya", "hello", "dear", "beste", "goedemorgen", "goedemiddag", "goedenavond", "bedankt", "cheers",
        "morning", "afternoon", "evening", "morgen", "middag", "avond",
        "hey", "bye", "goodbye", "good-bye", "doei", "merry", "happy", "congratulations", "gefeliciteerd",
        "regards", "rgds", "groet", "groeten", "ty", "thx",
        // `Generally speaking`: no name before the cue.
        "generally", "frankly", "strictly", "roughly", "broadly", "honestly", "technically", "legally", "personally",
        "relatively", "practically", "historically", "financially", "medically", "politically", "loosely", "properly",
        "thanks", "mr", "mrs", "ms", "miss", "dr", "meneer", "mevrouw", "dhr", "mw", "mevr", "sir", "madam",
        "mijn", "my", "your", "uw", "zijn", "haar", "his", "her", "our", "ons", "onze", "dat", "die", "deze", "dit", "wat",
        "wie", "waar", "hoe", "this", "that", "what", "who", "where", "how", "it", "its", "it's", "we", "wij", "ze", "zij",
        "hij", "he", "she", "they", "you", "je", "jij", "heeft", "had", "was", "is", "zegt", "zei", "wil", "kan", "moet",
        "zou", "gaat", "komt", "belt", "has", "said", "says", "wants", "will", "can", "would", "called", "rang", "of", "or",
        "voor", "for", "to", "naar", "bij", "at", "on", "in", "op", "hier", "daar", "there", "nu", "now", "even", "sorry",
        "wilt", "kunt", "mag", "hebt", "heb", "bent", "weet", "woont", "werkt", "krijgt", "ziet", "zit", "staat", "ligt", "doet",
        "zal", "zult", "kon", "wou", "werd", "wordt", "are", "were", "did", "does", "do", "may", "might", "should", "could", "must",
        "lives", "works", "phoned", "asked", "vroeg", "belde", "told",
        // Words that open a sentence before a name (`Maybe Sara would like to come`).
        "but", "maybe", "perhaps", "actually", "yesterday", "today", "tomorrow", "tonight", "because", "if", "when",
        "although", "though", "since", "unless", "then", "also", "misschien", "maar", "gisteren", "vandaag", "toen",
        // The business a caller speaks for: `met Lieke Janssens van Bakkerij De Korenschoof`.
        "bakkerij", "kapsalon", "restaurant", "café", "garage", "hotel", "bedrijf", "bouwbedrijf", "installatiebedrijf",
        "company", "ltd", "bv", "b.v.", "stichting", "vereniging",
        "iedereen", "niemand", "iemand", "everyone", "everybody", "nobody", "someone", "somebody",
    ])

    /// A relative, neighbour, friend or colleague named right after a possessive: `my husband
    /// Kwame`, `mijn zoon Daan`, `zijn vriend Yassin`, `her son Malcolm`.
    private static let kinshipWords: [String] = [
        "man", "vrouw", "partner", "echtgenoot", "echtgenote", "zoon", "dochter", "broer", "zus", "moeder", "vader",
        "schoonvader", "schoonmoeder", "buurman", "buurvrouw", "vriend", "vriendin", "collega", "compagnon", "huisgenoot",
        "mantelzorger", "oom", "tante", "neef", "nicht", "kleinzoon", "kleindochter", "opa", "oma", "schoonzoon",
        "schoondochter", "verloofde", "vriendje", "vriendinnetje",
        "husband", "wife", "son", "daughter", "brother", "sister", "mother", "mum", "mom", "father", "dad",
        "neighbour", "neighbor", "friend", "girlfriend", "boyfriend", "colleague", "flatmate", "housemate", "roommate",
        "carer", "uncle", "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter", "grandmother", "grandfather",
        "gran", "grandad", "fiance", "fiancee",
        // As a chat types them: `my bf jay pays half`.
        "bf", "gf", "hubby", "bff",
    ]
    private static let kinship = WordSet(kinshipWords)

    /// A relative named in parentheses after the word for them, as notes write it: `bril zoon
    /// (Yassir, 11)`, `re son (Tom Price)`. One or two capitalised words up to the comma or the
    /// closing parenthesis.
    private func findNamesInParenthesesAfterRelatives(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        var open = 0
        while let found = text[open...].firstIndex(of: UInt8(ascii: "(")) {
            open = found + 1
            guard let relative = WordTokenizer.lettersBefore(text, found), Self.kinship.contains(text[relative].lazy.map(ByteClass.lowercased)),
                  // After a possessive, the relative's cue reads the name (`her son (Tom Price)`).
                  WordTokenizer.lettersOrApostrophesBefore(text, relative.lowerBound).map({ !Self.possessiveWords.contains(text[$0].lazy.map(ByteClass.lowercased)) }) ?? true
            else { continue }
            let words = WordTokenizer.words(in: text, from: found + 1, limit: 3)
            var end: Int?
            for (index, word) in words.prefix(2).enumerated() {
                // The name opens right after the parenthesis.
                if index == 0, word.range.lowerBound != found + 1 { break }
                let bare = WordTokenizer.bareRange(text, word.range)
                let lowered = text[bare].map(ByteClass.lowercased)
                guard Self.isCapitalised(text[bare]), !Self.notNames.contains(lowered), !NameContext.isNotAName(lowered) else { break }
                end = bare.upperBound
                if word.breakAfter || bare.upperBound < text.count && text[bare.upperBound] == UInt8(ascii: ")") { break }
            }
            guard let end, end < text.count, text[end] == UInt8(ascii: ",") || text[end] == UInt8(ascii: ")") else { continue }
            candidates.append(PIICandidate(type: .name, range: (found + 1)..<end, confidence: 0.8, detector: name, canonicalValue: String(decoding: text[(found + 1)..<end].map(ByteClass.lowercased), as: UTF8.self)))
        }
    }

    /// Whether `, my mum`, `, mijn buurvrouw`, ... follows `end`: then the word before it names
    /// that person (`a carer for sue, my mum`).
    static func isFollowedByRelative(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
        guard end + 2 < text.count, text[end] == UInt8(ascii: ","), text[end + 1] == 0x20 else { return false }
        var position = end + 2
        var words: [Range<Int>] = []
        while words.count < 2, position < text.count {
            let start = position
            while position < text.count, ByteClass.isASCIILetter(text[position]) { position += 1 }
            guard position > start else { break }
            words.append(start..<position)
            guard position < text.count, text[position] == 0x20 else { break }
            position += 1
        }
        guard words.count == 2, possessiveWords.contains(text[words[0]].lazy.map(ByteClass.lowercased)) else { return false }
        let relative = text[words[1]].lazy.map(ByteClass.lowercased)
        return kinship.contains(relative) || apposedRoles.contains(relative)
    }

    private static let possessiveWords = WordSet(["mijn", "zijn", "haar", "onze", "uw", "jouw", "hun", "my", "his", "her", "our", "your", "their", "m'n", "mn", "z'n", "d'r"])
    /// People one names before saying who they are to one, beside relatives: `rose, my landlady`.
    private static let apposedRoles = WordSet(["landlady", "landlord", "huisbaas", "verhuurder", "verhuurster", "boss", "manager", "baas", "teacher", "juf", "meester", "doctor", "huisarts"])

    /// Whose relative: `mijn`, `zijn`, `haar`, ... and `my`, `his`, `her`, ...; or a relative
    /// named as one (`een dochter, Zuzanna`, `a son, Jack`). The matcher finds the possessive
    /// (`a` with its space, as phrases have two bytes at least); the word after it is looked up
    /// among ``kinshipWords``.
    private static let possessives = ["mijn", "zijn", "haar", "onze", "uw", "jouw", "hun", "my", "his", "her", "our", "your", "their", "een", "a ",
                                      // As people say and type them: `m'n buurvrouw`, `mn buurvrouw`, `z'n moeder`.
                                      "m'n", "mn", "z'n", "d'r"]

    /// One word of each cue, the longest but for words too common to tell lines apart (`staat`
    /// of `op naam staat van`, `maar` of `zeg maar`), without a full stop or `'s`, and every relative (`zoon`,
    /// `husband`): a line without any of them holds no cue (``LineSignals/nameCue``), since a
    /// cue counts only as whole words.
    static let cueSignalWords: [String] = cues.filter { !placeCueWords.contains(String(decoding: $0.words[0], as: UTF8.self)) || $0.words.count > 1 }.map { cue in
        let common = Set(["staat", "it's", "maar"].map { Array($0.utf8) })
        var word = cue.words.filter { !common.contains($0) }.max { $0.count <= $1.count } ?? cue.words[0]
        if word.last == UInt8(ascii: ".") || word.last == UInt8(ascii: ",") { word.removeLast() }
        if word.count > 3, word.suffix(2).elementsEqual("'s".utf8) { word.removeLast(2) }
        return String(decoding: word, as: UTF8.self)
    } + kinshipWords + pluralRelatives

    /// Relatives named in a list: `I've got three kids: Jayden, Amara and Precious`,
    /// `mijn kinderen heten Sem en Lieke`, `my two boys, Kwame who's eight and Junior ...`. The
    /// matcher finds the plural and what opens the list after it.
    private static let pluralRelatives = ["kids", "children", "sons", "daughters", "grandchildren", "boys", "girls", "twins", "grandkids",
                                          "kinderen", "zonen", "dochters", "kleinkinderen", "jongens", "meiden", "meisjes", "tweeling"]
    private static let relativeListCues: [String] = pluralRelatives.flatMap { plural in
        [plural + ":", plural + ","] + ["are", "zijn", "heten", "called", "named"].map { plural + " " + $0 }
    }
    /// What opens a clause about the one just named in a list (`Kwame who's eight and ...`).
    private static let listClauseOpeners = WordSet(["who's", "who", "die", "she's", "he's"])
    private static let listJoiners = WordSet(["and", "en"])

    /// The names listed from `start` on: capitalised words joined by commas and `and`/`en`,
    /// one or two words each.
    private func listedNames(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> [PIICandidate] {
        let words = WordTokenizer.words(in: text, from: start, limit: 20)
        var names: [Range<Int>] = []
        var next = 0
        while next < words.count, names.count < 8 {
            let word = words[next]
            let bare = WordTokenizer.bareRange(text, word.range)
            let lowered = text[bare].map(ByteClass.lowercased)
            // `no children, I'm all she has`: a pronoun opens a clause, not a list.
            guard Self.isCapitalised(text[bare]), !Self.notNames.contains(lowered), !NameContext.isNotAName(lowered), !Self.clauseOpeningWords.contains(lowered) else { break }
            var end = bare.upperBound
            // A surname after the first name: `Sem Jansen`.
            if !word.breakAfter, next + 1 < words.count, Self.isCapitalised(text[words[next + 1].range]),
               !Self.notNames.contains(text[words[next + 1].range].lazy.map(ByteClass.lowercased)) {
                next += 1
                end = WordTokenizer.bareRange(text, words[next].range).upperBound
            }
            names.append(bare.lowerBound..<end)
            next += 1
            var comma = words[next - 1].range.upperBound < text.count && text[words[next - 1].range.upperBound] == UInt8(ascii: ",")
            // `Kwame who's eight and Junior`: a clause about the one named, up to the next `and`
            // or comma.
            if !comma, next < words.count, Self.listClauseOpeners.contains(text[words[next].range].lazy.map(ByteClass.lowercased)) {
                var clauseEnd: Int?
                for index in (next + 1)..<max(next + 1, min(words.count, next + 5)) {
                    if words[index - 1].breakAfter {
                        if text[words[index - 1].range.upperBound] == UInt8(ascii: ",") { clauseEnd = index; comma = true }
                        break
                    }
                    if Self.listJoiners.contains(text[words[index].range].lazy.map(ByteClass.lowercased)) { clauseEnd = index; break }
                }
                guard let clauseEnd else { break }
                next = clauseEnd
            }
            var joined = next < words.count && Self.listJoiners.contains(text[words[next].range].lazy.map(ByteClass.lowercased))
            guard comma || joined else { break }
            // `Zofia, 14/06/2016, and Maja, ...`, `Jayden, who is 9, and Amara`: a clause about
            // the one named, up to its comma, before the next name.
            if comma, !joined, next < words.count, !Self.isCapitalised(text[words[next].range]) {
                var clauseEnd = next
                while clauseEnd < min(words.count, next + 6), !(words[clauseEnd].range.upperBound < text.count && text[words[clauseEnd].range.upperBound] == UInt8(ascii: ",")) { clauseEnd += 1 }
                guard clauseEnd < min(words.count, next + 6) else { break }
                next = clauseEnd + 1
                joined = next < words.count && Self.listJoiners.contains(text[words[next].range].lazy.map(ByteClass.lowercased))
            }
            if joined { next += 1 }
        }
        return names.map { PIICandidate(type: .name, range: $0, confidence: 0.8, detector: name, canonicalValue: String(decoding: text[$0].map(ByteClass.lowercased), as: UTF8.self)) }
    }

    /// All cues in one matcher: a text is scanned once, and words are read only after a cue.
    private static let cueMatcher = PhraseMatcher(phrases: cues.map { cue in cue.words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ") } + ["met"] + possessives + relativeListCues)
    /// The matcher's first index of ``relativeListCues``.
    private static let firstRelativeListCue = cues.count + 1 + possessives.count
    /// The matcher's index for `met`, the Dutch telephone greeting, which is not a cue of its own.
    private static let greetingCue = cues.count
    /// The confidence of a name after a relative.
    private static let kinshipConfidence = 0.8

    /// The end of the relative after the possessive the matcher found (`mijn` in `mijn zoon
    /// Daan`), or nil: whole words, one space apart.
    private static func kinshipEnd(after possessive: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        let possessiveEnd = text[possessive.upperBound - 1] == 0x20 ? possessive.upperBound - 1 : possessive.upperBound
        let start = possessiveEnd + 1
        guard start < text.count, text[possessiveEnd] == 0x20 else { return nil }
        var end = start
        while end < text.count, ByteClass.isASCIILetter(text[end]) { end += 1 }
        guard end > start, end == text.count || !ByteClass.isWordByte(text[end]) else { return nil }
        if kinshipAdjectives.contains(text[start..<end].lazy.map(ByteClass.lowercased)) {
            // `mijn oudste zus`, `her younger sister`: the relative after one such word.
            guard end + 1 < text.count, text[end] == 0x20 else { return nil }
            let relativeStart = end + 1
            end = relativeStart
            while end < text.count, ByteClass.isASCIILetter(text[end]) { end += 1 }
            guard end > relativeStart, end == text.count || !ByteClass.isWordByte(text[end]), kinship.contains(text[relativeStart..<end].lazy.map(ByteClass.lowercased)) else { return nil }
            return end
        }
        guard kinship.contains(text[start..<end].lazy.map(ByteClass.lowercased)) else { return nil }
        return end
    }

    /// Words that tell relatives apart by age or size, or by having been one: `mijn oudste
    /// zus`, `my younger sister`, `my late husband`.
    private static let kinshipAdjectives = WordSet([
        "oudste", "jongste", "oudere", "jongere", "kleine", "grote", "middelste", "overleden", "ex",
        "eldest", "elder", "oldest", "older", "youngest", "younger", "little", "big", "baby", "twin", "late", "middle",
    ])

    public init() {}

    public let lineRequirement = LineRequirement([.nameShape, .nameCue])

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        // A name after a cue is capitalised, unless speech-to-text wrote the whole turn in
        // lower case; a cue is never the last word of a sentence. Without a capital inside a
        // sentence, in a text that has capitals, there is nothing to find.
        guard Self.hasCapitalInsideSentence(text) || Self.isLowercase(text) || Self.hasNameBeforeCue(text) else { return }
        findNamesInParenthesesAfterRelatives(in: text, into: &candidates)
        // The greeting opens a turn: each line is read as one, since the redactor reads a whole
        // call as its turns joined by line feeds.
        var greetings: [Range<Int>] = []
        var greetedLine = -1
        var resumeAt = 0
        // A cue inside a greeting's name, or right before it (`met mevrouw jansens`), adds nothing.
        for match in Self.cueMatcher.matches(in: text) where match.range.lowerBound >= resumeAt && !greetings.contains(where: { $0.lowerBound <= match.range.upperBound + 1 && $0.upperBound > match.range.lowerBound }) {
            if match.phrase == Self.greetingCue {
                // `met` near the start of its line: read that line as a turn that may open
                // with a greeting and a name.
                // Most `met` in Dutch is followed by a lower-case word (`met de`, `met u`): a name
                // follows only as a capital, or in a line written all in lower case.
                let next = match.range.upperBound + 1
                guard match.range.upperBound < text.count, text[match.range.upperBound] == 0x20, next < text.count else { continue }
                // `... dit is de voicemail van de gemeente, natuurlijk. Met Ans Visser.`: `Met` and
                // a name as a sentence of its own, later in the turn.
                if let introduced = sentenceOfMetAndAName(text, match.range) {
                    candidates.append(introduced)
                    resumeAt = introduced.range.upperBound
                    continue
                }
                var lineStart = match.range.lowerBound
                while lineStart > 0, match.range.lowerBound - lineStart <= 100, text[lineStart - 1] != 0x0A { lineStart -= 1 }
                guard lineStart == 0 || text[lineStart - 1] == 0x0A, lineStart != greetedLine else { continue }
                if !(ByteClass.isUpper(text[next]) || text[next] == 0xC3) {
                    var lineEnd = next
                    while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
                    guard ByteClass.isLower(text[next]), Self.isLowercase(UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd])) else { continue }
                }
                greetedLine = lineStart
                var lineEnd = match.range.upperBound
                while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
                for var greeting in greetingNames(UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd])) {
                    greeting.range = (greeting.range.lowerBound + lineStart)..<(greeting.range.upperBound + lineStart)
                    candidates.append(greeting)
                    greetings.append(greeting.range)
                }
                continue
            }
            if match.phrase >= Self.firstRelativeListCue {
                candidates += listedNames(in: text, from: match.range.upperBound)
                continue
            }
            let isKinship = match.phrase > Self.greetingCue
            let cueEnd: Int
            let confidence: Double
            let endsWithStop: Bool
            if isKinship {
                // A possessive: a cue only with a relative after it (`mijn zoon`, `her son`).
                guard let end = Self.kinshipEnd(after: match.range, in: text) else { continue }
                (cueEnd, confidence, endsWithStop) = (end, Self.kinshipConfidence, false)
            } else {
                let cue = Self.cues[match.phrase]
                if Self.cueIsNameBefore[match.phrase] {
                    let before = Self.nameBefore(match.range.lowerBound, in: text).flatMap { !Self.cueIsPlace[match.phrase] || Self.mayBeNameBeforePlaceCue($0, match.range.upperBound, in: text) ? $0 : nil }
                        ?? Self.lowercaseIntroducedNameBefore(match.range, in: text)
                    if let before {
                        candidates.append(PIICandidate(type: .name, range: before, confidence: cue.confidence, detector: Self.introductionDetector, canonicalValue: String(decoding: text[before].map(ByteClass.lowercased), as: UTF8.self)))
                    }
                    continue
                }
                (cueEnd, confidence, endsWithStop) = (match.range.upperBound, cue.confidence, cue.words.last?.last == UInt8(ascii: "."))
                // `it is called 'Chinese Red'`, `het heet Zonnehof`: a thing's name.
                if Self.cueNamesAThing[match.phrase], let subject = WordTokenizer.lettersBefore(text, match.range.lowerBound),
                   Self.thingSubjects.contains(hash: WordTokenizer.foldedHash(text, subject)) { continue }
                // `the dog's friendly, he's called Biscuit`: a pet's name.
                if Self.cueNamesSomeone[match.phrase], Self.speaksOfAnAnimal(text, before: match.range.lowerBound) { continue }
            }
            var next = cueEnd
            // Whole words only: `meneer` is a cue, `meneertje` is not.
            guard endsWithStop || next >= text.count || !ByteClass.isWordByte(text[next]) else { continue }
            // A cue that ends a clause ("mevrouw," as an address) is not followed by a name; a
            // relative may be named after a comma (`my uncle, Reginald Pike`).
            while next < text.count, text[next] == 0x20 { next += 1 }
            // `mw. drs. A. Bakker-Verhoeven`, `de heer ir. Jansen`: a degree between the cue and the name.
            while !isKinship, let degreeEnd = Self.academicTitleEnd(text, at: next) {
                next = degreeEnd
                while next < text.count, text[next] == 0x20 { next += 1 }
            }
            if isKinship, next + 1 < text.count, text[next] == UInt8(ascii: ","), text[next + 1] == 0x20 { next += 2 }
            let addressing = !isKinship && Self.cueIsAddressing[match.phrase]
            var addressed = addressing && Self.cueIsAddressingOnly[match.phrase]
            if addressing, next + 1 < text.count, text[next] == UInt8(ascii: ","), text[next + 1] == 0x20 {
                next += 2
                addressed = true
            }
            guard endsWithStop || next >= text.count || !Self.isClauseBreak(text[next]) else { continue }
            var tokens = WordTokenizer.words(in: text, from: next, limit: 6)
            let isTitle = !isKinship && Self.cueIsTitle[match.phrase]
            // In a turn written all in lower case, the words up to the end of the clause after a
            // cue that gives a name outright, when they are more than the listed names read
            // (`mijn naam is bram de groot, ...`, where only `bram` is listed).
            let lowercaseName: Range<Int>?
            if isKinship {
                // `my daughter precious noticed it`, `mijn zoon milan heeft`: after a relative, a
                // listed first name, also one that is a word or a place.
                lowercaseName = Self.isLowercase(text) ? Self.lowercaseNameAfterRelative(text, tokens) : nil
            } else {
                // `i'm jade jade mcintyre`: a word said twice right after the cue is a first name
                // said again with the surname, which gives the name as outright as `my name is`.
                let saidTwice = tokens.count >= 3 && !tokens[0].breakAfter
                    && text[WordTokenizer.bareRange(text, tokens[0].range)].elementsEqual(text[WordTokenizer.bareRange(text, tokens[1].range)])
                if (Self.cueIsOutright[match.phrase] || saidTwice || addressing) && Self.isLowercase(text) {
                    lowercaseName = Self.cueIsOutright[match.phrase] || saidTwice ? Self.lowercaseNameAfterIntroduction(text, tokens[...]) : Self.lowercaseAddressedName(text, tokens)
                } else if Self.cueIsOutright[match.phrase] || Self.introducesAfterAGreeting(text, match.range, phrase: match.phrase),
                          let typed = Self.lowercaseNameAfterIntroduction(text, tokens[...]),
                          tokens[typed].contains(where: { token in
                              let bare = WordTokenizer.bareRange(text, token.range)
                              return NameLists.contains(hash: WordTokenizer.foldedHash(text, bare)) || Self.isDoubleFirstName(text, bare)
                          }) {
                    // A name typed in lower case in a turn with capitals, as people chat (`my
                    // name is tom o'neill, ...`): only with a listed name among its words.
                    lowercaseName = typed
                } else {
                    lowercaseName = nil
                }
            }
            let namedRange = nameTokens(text, tokens, from: 0) ?? (isTitle ? Self.lowercaseNameAfterTitle(text, tokens) : nil)
            if let nameRange = [namedRange, lowercaseName].compactMap({ $0 }).max(by: { $0.count < $1.count }) {
                // A short last word keeps a full stop (`Tom.` at the end of a sentence); only an
                // initial owns it.
                let last = nameRange.upperBound - 1
                if text[tokens[last].range.upperBound - 1] == UInt8(ascii: "."), !Self.isInitial(Array(UnsafeBufferPointer(rebasing: text[tokens[last].range]))) {
                    tokens[last].range = tokens[last].range.lowerBound..<(tokens[last].range.upperBound - 1)
                }
                // `my son Callum's school transport`: the possessive stays in the text.
                tokens[last].range = WordTokenizer.withoutPossessive(text, tokens[last].range)
                var nameRange = nameRange
                let introduces = !isKinship && Self.cues[match.phrase].introduces
                let detector = introduces ? Self.introductionDetector : name
                if !addressed, let split = Self.secondMentionStart(text, tokens, nameRange) {
                    let first = tokens[nameRange.lowerBound].range.lowerBound..<tokens[split - 1].range.upperBound
                    candidates.append(PIICandidate(type: .name, range: first, confidence: confidence, detector: detector, canonicalValue: Self.canonical(text, tokens[nameRange.lowerBound..<split])))
                    nameRange = split..<nameRange.upperBound
                }
                let range = tokens[nameRange.lowerBound].range.lowerBound..<tokens[last].range.upperBound
                if addressed, !Self.isAddressedName(range, in: text) { continue }
                candidates.append(PIICandidate(type: .name, range: range, confidence: confidence, detector: detector, canonicalValue: Self.canonical(text, tokens[nameRange])))
                resumeAt = range.upperBound
                if isTitle || introduces, let given = Self.givenNameAfterComma(text, after: range.upperBound) {
                    candidates.append(PIICandidate(type: .name, range: given, confidence: confidence, detector: detector,
                                                   canonicalValue: String(decoding: text[given].map(ByteClass.lowercased), as: UTF8.self)))
                    resumeAt = given.upperBound
                }
            }
        }
    }

    /// Where a Dutch academic or professional title written with its full stop ends, if one
    /// starts at `position` (`drs.`, `mr.`, `ir.`, `ing.`, `dr.`, `prof.`, `ds.`).
    private static func academicTitleEnd(_ text: UnsafeBufferPointer<UInt8>, at position: Int) -> Int? {
        var end = position
        while end < text.count, end - position < 5, ByteClass.isASCIILetter(text[end]) { end += 1 }
        guard end > position, end < text.count, text[end] == UInt8(ascii: "."), academicTitles.contains(text[position..<end].lazy.map(ByteClass.lowercased)) else { return nil }
        return end + 1
    }

    private static let academicTitles = WordSet(["drs", "mr", "ir", "ing", "dr", "prof", "ds", "bc"])

    private static func isClauseBreak(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
    }

    /// Cues with which a speaker addresses someone, and may put a comma before the name (`Hi,
    /// Sally.`); the name is then the whole clause, so that `Hello, Brightwater Council` or
    /// `Sorry, Monday is full` is not read as one.
    private static let addressingCues: Set<String> = ["hi", "hello", "hiya", "hoi", "hallo", "thanks", "thank you", "cheers", "bedankt", "dank je", "dank u",
                                                      "hey", "sorry", "bye", "goodbye", "dear", "doei", "merry christmas", "happy birthday", "congratulations", "gefeliciteerd"]
    private static let cueIsAddressing: [Bool] = cues.map { addressingCues.contains($0.words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")) }
    /// Addressing cues that name someone only with the end of the clause after the name, comma or not.
    private static let addressingOnly: Set<String> = ["hey", "sorry", "bye", "goodbye", "dear", "doei", "merry christmas", "happy birthday", "congratulations", "gefeliciteerd"]
    private static let cueIsAddressingOnly: [Bool] = cues.map { addressingOnly.contains($0.words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")) }
    /// Words one addresses people by that are no names: `Hi, Mom.`, `Thank you, Doctor.`
    private static let addressedNotNames: WordSet = WordSet([
        "mom", "mum", "mommy", "mummy", "mama", "mam", "dad", "daddy", "papa", "pap", "honey", "darling", "sweetheart", "sweetie",
        "love", "everyone", "everybody", "all", "guys", "folks", "boss", "officer", "nurse", "doctor", "doc", "professor",
        "teacher", "coach", "captain", "grandma", "grandpa", "granny", "buddy", "mate", "man", "dude", "son", "kids",
        "children", "ladies", "gentlemen", "again", "too", "there", "babe", "baby", "brother", "sister", "auntie",
        "neighbour", "neighbor", "waiter", "operator", "mister", "partner", "friend", "friends", "pal", "class", "team",
        "sir", "madam", "world", "anyway", "both", "lads", "girls", "boys", "people", "oma", "opa", "schat", "lieverd",
        "allemaal", "iedereen", "jongens", "meiden", "collega", "buurman", "buurvrouw", "zuster", "ma'am", "bye", "goodbye",
        "customer", "customers", "client", "member", "passenger", "user", "applicant", "resident", "tenant", "guest",
        "klant", "klanten", "inwoner", "bewoner", "huurder", "aanvrager", "reiziger", "lid",
        "manager", "coordinator", "co-ordinator", "department", "committee", "board", "service", "services", "afdeling", "heer", "mevrouw",
    ])

    /// Whether the name at `range` is the whole clause after an addressing cue, and not a word
    /// one addresses anybody by.
    private static func isAddressedName(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = range.upperBound
        guard end >= text.count || text[end] == 0x0A || isClauseBreak(text[end]) else { return false }
        var wordEnd = range.lowerBound
        while wordEnd < end, ByteClass.isWordByte(text[wordEnd]) || text[wordEnd] == UInt8(ascii: "'") { wordEnd += 1 }
        // `Dear Data Protection Officer`: a post, named by its last word.
        var lastStart = end
        while lastStart > range.lowerBound, ByteClass.isWordByte(text[lastStart - 1]) { lastStart -= 1 }
        return !addressedNotNames.contains(text[range.lowerBound..<wordEnd].lazy.map(ByteClass.lowercased))
            && !addressedNotNames.contains(text[lastStart..<end].lazy.map(ByteClass.lowercased))
    }

    /// Cues that name a thing as readily as a person, after a subject that is a thing.
    private static let cueNamesAThing: [Bool] = cues.map { ["is called", "heet", "named"].contains($0.words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")) }
    private static let cueNamesSomeone: [Bool] = cues.map { ["is called", "heet", "named", "she's called", "he's called"].contains($0.words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")) }

    /// Whether one of the eight words before `position` is an animal kept as a pet.
    private static func speaksOfAnAnimal(_ text: UnsafeBufferPointer<UInt8>, before position: Int) -> Bool {
        var end = position
        for _ in 0..<8 {
            while end > 0, !ByteClass.isASCIILetter(text[end - 1]), text[end - 1] != 0x0A { end -= 1 }
            var start = end
            while start > 0, ByteClass.isASCIILetter(text[start - 1]) { start -= 1 }
            guard start < end else { return false }
            // `dog's`: the letters before the apostrophe are a word of their own here.
            if animals.contains(hash: WordTokenizer.foldedHash(text, start..<end)) { return true }
            end = start
        }
        return false
    }

    private static let animals = WordSet(["dog", "dogs", "cat", "cats", "puppy", "kitten", "pup", "horse", "pony", "rabbit", "parrot", "pet",
                                          "hond", "honden", "kat", "katten", "poes", "paard", "konijn", "huisdier"])

    private static let thingSubjects: WordSet = WordSet(["it", "this", "that", "which", "het", "dit", "dat", "wat"])

    private static let cueIsTitle: [Bool] = cues.map { titles.contains(Array($0.words.flatMap { $0 + [0x20] }.dropLast())) }

    /// Cues that give a name outright (`mijn naam is`, `u spreekt met`), after which the words
    /// of a turn written all in lower case are a name as well.
    private static let outrightCues: Set<String> = ["mijn naam is", "my name is", "my name's", "my good name is", "u spreekt met", "je spreekt met", "spreekt u met", "spreek ik met",
                                                    "you're speaking to", "you are speaking to", "you're through to", "you're talking to",
                                                    "you're speaking with", "you are speaking with", "you're chatting with", "you are chatting with", "you're chatting to",
                                                    // What a person is called: `she's called grace adeyemi and ...`.
                                                    "i'm called", "she's called", "he's called",
                                                    // What others call someone: `iedereen noemde hem jan`.
                                                    "noemt hem", "noemt haar", "noemen hem", "noemen haar", "noemde hem", "noemde haar", "noemden hem", "noemden haar"]

    private static let cueIsOutright: [Bool] = cues.map { cue in outrightCues.contains(cue.words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")) }

    /// The cues of ``cueIsPlace``, which the line scan counts as a cue only right after a
    /// capitalised word: alone they are among the commonest words (``LineSignals/nameCue``).
    static let placeCueWords: Set<String> = ["here", "hier"]

    /// `here` and `hier` follow words that are no names too (`Right here`, `Kijk hier`): a name
    /// before them is a listed name or follows a comma (`Environmental Protection, Sam here.`),
    /// and the cue ends the clause.
    private static let cueIsPlace: [Bool] = cues.map { cue in cue.words.count == 1 && placeCueWords.contains(String(decoding: cue.words[0], as: UTF8.self)) }

    private static func mayBeNameBeforePlaceCue(_ name: Range<Int>, _ cueEnd: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard cueEnd == text.count || [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(text[cueEnd]) else { return false }
        let afterComma = name.lowerBound >= 2 && text[name.lowerBound - 1] == 0x20 && text[name.lowerBound - 2] == UInt8(ascii: ",")
        return afterComma || NameLists.contains(hash: WordTokenizer.foldedHash(text, WordTokenizer.bareWord(in: text, at: name.lowerBound)))
    }

    private static let cueIsNameBefore: [Bool] = cues.map { cue in namesBefore.contains(cue.words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")) }

    /// One or two capitalised words right before `cueStart` (`Priya speaking`, `Craig Hall
    /// speaking`), after a clause break or the start of the text.
    static func nameBefore(_ cueStart: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard cueStart >= 3, text[cueStart - 1] == 0x20 else { return nil }
        var start = cueStart - 1
        var words = 0
        while words < 2 {
            var wordStart = start
            while wordStart > 0, ByteClass.isWordByte(text[wordStart - 1]) || text[wordStart - 1] == UInt8(ascii: "-") { wordStart -= 1 }
            let word = Array(UnsafeBufferPointer(rebasing: text[wordStart..<start]))
            guard isCapitalised(word), !notNames.contains(word.map(ByteClass.lowercased)), !NameContext.isNotAName(word.map(ByteClass.lowercased)) else { break }
            words += 1
            start = wordStart
            guard start >= 2, text[start - 1] == 0x20, ByteClass.isUpper(text[start - 2]) || ByteClass.isLower(text[start - 2]) else { break }
            start -= 1
        }
        if words == 0 { return nil }
        if text[start] == 0x20 { start += 1 }
        // The words must open a clause: `..., Priya speaking`, not `the Council Tax team speaking`.
        var before = start
        while before > 0, text[before - 1] == 0x20 { before -= 1 }
        guard before == 0 || [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A].contains(text[before - 1]) else { return nil }
        return start..<(cueStart - 1)
    }

    /// In a line written all in lower case, the name between `it's`, `this is` or `dit is` and a
    /// cue after a name that ends the clause (`it's amara okafor here, from ...`, `this is jan
    /// de vries here`): one to three words, name particles between them, one of them listed.
    static func lowercaseIntroducedNameBefore(_ cue: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard cue.lowerBound >= 3, text[cue.lowerBound - 1] == 0x20,
              cue.upperBound == text.count || [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(text[cue.upperBound])
                // `it's seán mac giolla phádraig here i'm ringing about ...`: without punctuation, the next clause's first word.
                || text[cue.upperBound] == 0x20 && opensClause(text[WordTokenizer.bareWord(in: text, at: cue.upperBound + 1)].lazy.map(ByteClass.lowercased))
        else { return nil }
        // The words before the cue, nearest last.
        var words: [Range<Int>] = []
        var end = cue.lowerBound - 1
        while words.count < 7 {
            var start = end
            while start > 0, ByteClass.isLower(text[start - 1]) || text[start - 1] >= 0x80 || text[start - 1] == UInt8(ascii: "-") || text[start - 1] == UInt8(ascii: "'") { start -= 1 }
            guard start < end else { break }
            words.insert(start..<end, at: 0)
            guard start >= 2, text[start - 1] == 0x20 else { break }
            end = start - 1
        }
        let lowered = words.map { text[$0].map(ByteClass.lowercased) }
        for nameStart in stride(from: words.count - 1, through: 0, by: -1) {
            // `it's`, `this is`, ... or a clause's start: a comma (`council tax, mark speaking`)
            // or the speaker (`agent: mark speaking`).
            let clauseStart = nameStart == 0 || text[words[nameStart - 1].upperBound..<words[nameStart].lowerBound].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ":") })
            let opens = clauseStart || lowercaseOpeners.contains(lowered[nameStart - 1])
                || nameStart >= 2 && lowercaseOpenerPairs.contains(lowered[nameStart - 2] + [0x20] + lowered[nameStart - 1])
            guard opens else { continue }
            let name = lowered[nameStart...]
            let nameWords = name.filter { !particles.contains($0) }
            guard (1...3).contains(nameWords.count), !particles.contains(name.first!), !particles.contains(name.last!),
                  nameWords.allSatisfy({ $0.count >= 2 && !notNames.contains($0) && !NameContext.isNotAName($0) }),
                  nameWords.contains(where: { word in
                      // The cue after it makes a name that is also a word (`mark speaking`) one.
                      let hash = StableHash.fnv1a64(word)
                      return (NameLists.isFirstName(hash) || NameLists.isSurname(hash)) && !NameLists.isPlaceOrMonth(hash)
                  }), isLowercase(text)
            else { return nil }
            return words[nameStart].lowerBound..<words[words.count - 1].upperBound
        }
        return nil
    }

    private static let lowercaseOpeners: Set<[UInt8]> = [Array("it's".utf8), Array("its".utf8)]
    private static let lowercaseOpenerPairs: Set<[UInt8]> = Set(["this is", "it is", "dit is", "het is"].map { Array($0.utf8) })

    /// Whether a word that does not open a sentence starts with a capital (ASCII or `À`...`Þ`).
    static func hasCapitalInsideSentence(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var sentenceStart = true
        var previousIsWord = false
        var wordLength = 0
        for index in 0..<text.count {
            let byte = text[index]
            let isWord = ByteClass.isWordByte(byte)
            if isWord {
                if !previousIsWord {
                    if !sentenceStart, ByteClass.isUpper(byte) || (byte == 0xC3 && index + 1 < text.count && text[index + 1] >= 0x80 && text[index + 1] <= 0x9E),
                       !isPronounI(text, at: index) {
                        return true
                    }
                    sentenceStart = false
                    wordLength = 0
                }
                wordLength += 1
            } else if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: ":") {
                sentenceStart = true
            } else if byte == UInt8(ascii: "."), wordLength > 5 {
                // A full stop after a short word may end a title or an initial (`mw.`, `J.`,
                // `mevr.`): the capital after it may be a name, so it does not count as a start.
                sentenceStart = true
            }
            previousIsWord = isWord
        }
        return false
    }

    /// Whether the word at `start` is the English pronoun `I` (`I`, `I'm`), which is no name:
    /// a capital `I` on its own, not an initial (`I.`).
    @inline(__always)
    static func isPronounI(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard text[start] == UInt8(ascii: "I") else { return false }
        let next = start + 1
        return next == text.count || (!ByteClass.isWordByte(text[next]) && text[next] != UInt8(ascii: "."))
    }

    /// Whether the text holds a cue that follows the name it gives (`Priya speaking`), as a
    /// whole word: the name before it may open the sentence.
    static func hasNameBeforeCue(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        WordTokenizer.forEachWord(in: text) { word in
            found = namesBeforeHashes.contains(WordTokenizer.foldedHash(text, word.range))
            return !found
        }
        return found
    }

    private static let namesBeforeHashes = namesBefore.map { StableHash.fnv1a64($0.utf8) }

    /// Whether the text, after a speaker written in front of it (`Klant: `, `[00:01:05] Klant: `),
    /// holds no capital.
    static func isLowercase(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = Redactor.timePrefixLength(in: text)
        if let colon = text[start...].prefix(40).firstIndex(of: UInt8(ascii: ":")), colon + 1 < text.count, text[colon + 1] == 0x20 { start = colon + 1 }
        for index in start..<text.count where ByteClass.isUpper(text[index]) { return false }
        return true
    }

    /// Words a Dutch caller says before `met` and their name when the call opens:
    /// `Goedemorgen, met Jansen`, `ja hallo met kees bakker`.
    private static let greetingsOfTheDay: WordSet = WordSet(["goedemorgen", "goedemiddag", "goedenavond", "goeiemorgen", "goeiemiddag", "goedendag", "goeiedag"])
    private static let greetings: WordSet = WordSet(["ja", "jaa", "hallo", "hoi", "hai", "hee", "hey", "dag", "goedemorgen", "goedemiddag", "goedenavond", "goeiemorgen", "goeiemiddag", "goedendag", "goeiedag", "morgen", "middag", "uh", "eh", "euh", "ehm"])
    private static let met = Array("met".utf8)

    /// Whether the cue at `range` is `this is` or `it's` right after the greeting that opens
    /// the turn (`hi this is rachel penhaligon, i want to ...`, `hello, it's ...`): the caller
    /// giving their name, as outright as `my name is`.
    private static func introducesAfterAGreeting(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, phrase: Int) -> Bool {
        guard greetedIntroductionCues.contains(phrase) else { return false }
        let turnStart = Redactor.speakerPrefixEnd(in: text)
        // `hi it's`, `hello, it's`: the greeting is the cue's own first word.
        if openingGreetings.contains(cues[phrase].words[0].filter { $0 != UInt8(ascii: ",") }) { return range.lowerBound == turnStart }
        // `hi this is`: a greeting opens the turn right before the cue.
        guard let greeting = WordTokenizer.words(in: text, from: turnStart, limit: 1).first, greeting.range.lowerBound == turnStart else { return false }
        let bare = WordTokenizer.bareRange(text, greeting.range)
        return openingGreetings.contains(text[bare].lazy.map(ByteClass.lowercased)) && range.lowerBound - bare.upperBound <= 2
    }

    private static let greetedIntroductionCues: Set<Int> = Set(cues.indices.filter { index in
        ["this is", "hi, it's", "hi it's", "hello, it's", "hello it's", "hiya, it's", "hey, it's", "hi its", "hiya its", "hey its", "hello its"].contains(cues[index].words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " "))
    })
    private static let openingGreetings: WordSet = WordSet(["hi", "hello", "hiya", "hey", "morning", "afternoon", "evening"])

    /// The name after the Dutch telephone greeting `met`, which opens the turn after at most a
    /// few greeting words (and a speaker written in front, `Klant:`).
    private func greetingNames(_ text: UnsafeBufferPointer<UInt8>) -> [PIICandidate] {
        // After the speaker written in front (`Klant:`, `spreker 2:`).
        let words = WordTokenizer.words(in: text, from: Redactor.speakerPrefixEnd(in: text), limit: 12)
        var onlyGreetings = true
        for (index, word) in words.enumerated().prefix(8) {
            let lowered = text[word.range].lazy.map(ByteClass.lowercased)
            // `met` opens the turn after greetings, or follows the organisation's name after a
            // comma: `Gemeente Delft, met Floor.`
            // or the greeting after the organisation's name, as speech-to-text writes it without
            // a comma: `wmo loket gemeente zaanstad goedemiddag met kim`.
            let followsOrganisation = index > 0 && (words[index - 1].breakAfter && text[words[index - 1].range.upperBound] == UInt8(ascii: ",")
                || Self.greetingsOfTheDay.contains(text[words[index - 1].range].lazy.map(ByteClass.lowercased)))
            if WordTokenizer.matches(text, word, Self.met), (onlyGreetings && index < 5) || followsOrganisation {
                // In a lower-case turn, the clause after `met` when it is longer than the listed
                // names read (`met priscilla doelwijt`, where only `priscilla` is listed).
                let lowercaseName = Self.isLowercase(text) ? Self.lowercaseNameAfterIntroduction(text, words[(index + 1)...]) : nil
                guard let nameRange = [nameTokens(text, words, from: index + 1), lowercaseName].compactMap({ $0 }).max(by: { $0.count < $1.count }) else { return [] }
                if !onlyGreetings, !words[nameRange.upperBound - 1].breakAfter { return [] }
                let range = words[nameRange.lowerBound].range.lowerBound..<WordTokenizer.bareRange(text, words[nameRange.upperBound - 1].range).upperBound
                if let split = Self.secondMentionStart(text, words, nameRange) {
                    let first = words[nameRange.lowerBound].range.lowerBound..<words[split - 1].range.upperBound
                    return [PIICandidate(type: .name, range: first, confidence: 0.85, detector: Self.introductionDetector, canonicalValue: Self.canonical(text, words[nameRange.lowerBound..<split])),
                            PIICandidate(type: .name, range: words[split].range.lowerBound..<range.upperBound, confidence: 0.85, detector: Self.introductionDetector, canonicalValue: Self.canonical(text, words[split..<nameRange.upperBound]))]
                }
                return [PIICandidate(type: .name, range: range, confidence: 0.85, detector: Self.introductionDetector, canonicalValue: Self.canonical(text, words[nameRange]))]
            }
            let isSpeaker = index == 0 && word.range.upperBound < text.count && text[word.range.upperBound] == UInt8(ascii: ":")
            onlyGreetings = onlyGreetings && (isSpeaker || Self.greetings.contains(lowered))
        }
        return []
    }

    /// A capitalised name after `Met` that opens a sentence, where the name ends the sentence.
    private func sentenceOfMetAndAName(_ text: UnsafeBufferPointer<UInt8>, _ met: Range<Int>) -> PIICandidate? {
        guard text[met.lowerBound] == UInt8(ascii: "M"), met.lowerBound >= 2, text[met.lowerBound - 1] == 0x20,
              text[met.lowerBound - 2] == UInt8(ascii: ".") || text[met.lowerBound - 2] == UInt8(ascii: "!") || text[met.lowerBound - 2] == UInt8(ascii: "?") else { return nil }
        let tokens = WordTokenizer.words(in: text, from: met.upperBound + 1, limit: 5)
        guard let nameRange = nameTokens(text, tokens, from: 0) else { return nil }
        let last = tokens[nameRange.upperBound - 1]
        guard last.breakAfter, last.range.upperBound < text.count, text[last.range.upperBound] == UInt8(ascii: ".") || text[last.range.upperBound] == UInt8(ascii: ",") else { return nil }
        let range = tokens[nameRange.lowerBound].range.lowerBound..<last.range.upperBound
        return PIICandidate(type: .name, range: range, confidence: 0.8, detector: Self.introductionDetector, canonicalValue: Self.canonical(text, tokens[nameRange]))
    }

    private static let placePrepositions: WordSet = WordSet(["in", "op"])
    private static let partOfTownSuffixes: [[UInt8]] = ["wijk", "buurt", "dorp", "kwartier", "polder"].map { Array($0.utf8) }

    /// Titles that may follow another cue ("my name is Mrs Davies"); the title's own cue then applies.
    static let titles: WordSet = WordSet(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mister", "dr", "dr.", "meneer", "mevrouw", "mw.", "mevr.", "dhr.", "de heer", "dokter", "professor", "prof."])

    /// A lower-case word right after a title, with name particles before it, and before a
    /// clause break (`met mevrouw jansens, ik bel ...`, `mijn moeder, mevrouw de boer.`), as
    /// speech-to-text writes names it does not know.
    private static func lowercaseNameAfterTitle(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word]) -> Range<Int>? {
        var index = 0
        // `van 't hof`, and `van t hof` as speech-to-text writes it without the apostrophe.
        while index < min(3, words.count - 1), !words[index].breakAfter,
              index > 0 ? isParticleWord(text, words[index].range) : particles.contains(text[words[index].range].lazy.map(ByteClass.lowercased)) {
            index += 1
        }
        guard index < words.count else { return nil }
        let word = words[index]
        guard ByteClass.isLower(text[word.range.lowerBound]), word.range.count >= 3 else { return nil }
        let lowered = text[WordTokenizer.bareRange(text, word.range)].map(ByteClass.lowercased)
        guard !notNames.contains(lowered), !particles.contains(lowered), lowered.allSatisfy({ ByteClass.isLower($0) || $0 >= 0x80 || $0 == UInt8(ascii: "-") }) else { return nil }
        // The name ends the clause (`met mevrouw jansens, ik bel ...`), or a word that is no
        // name follows it (`dokter hoekstra aan de boslaan`, `meneer de vries heeft gebeld`).
        if word.breakAfter || (words.count > index + 1 && notNames.contains(text[words[index + 1].range].lazy.map(ByteClass.lowercased))) { return 0..<(index + 1) }
        // `mrs dot higgins, 89`: a first name, then a listed surname that ends the clause.
        guard words.count > index + 1, words[index + 1].breakAfter, NameLists.isSurname(WordTokenizer.foldedHash(text, WordTokenizer.bareRange(text, words[index + 1].range))) else { return nil }
        return 0..<(index + 2)
    }

    /// Words that open a clause, which speech-to-text without punctuation leaves to mark where
    /// a name said before them ends.
    private static let clauseOpeningWords = WordSet([
        "i", "i've", "i'm", "i'll", "i'd", "ik", "we", "wij", "he", "she", "hij", "zij", "ze", "and", "en", "but", "maar", "so", "dus", "want", "omdat", "because",
        // `jeroen van dijkk sorry van dijk`: a correction after the name.
        "sorry", "nee",
        // `you're speaking to dean how can i help`: the agent's question after the name.
        "how", "what", "hoe", "wat", "waarmee",
        // `sharon o'donnell dob 12/3/85`, `its shaz again re my claim`: what comes after the name.
        "dob", "again", "re",
        "we've", "we're", "we'll", "we'd", "he's", "she's", "they", "they've", "they're", "they'll",
    ])

    /// Names that are words which follow a relative as often as a name does: verbs, adverbs
    /// and adjectives (`my son will`, `my husband drew`, `mijn zoon wil`).
    private static let wordsAfterRelatives = WordSet([
        "will", "may", "said", "drew", "long", "hope", "miles", "post", "young", "sky", "art", "wood", "king", "hall", "hill", "white",
        "green", "brown", "gray", "grey", "wil", "lange", "klein", "groot", "jong", "zwart", "wit", "bruin", "kort", "vrij", "post", "loos",
    ])

    /// Where a second mention starts inside what reads as one name, when a word of it comes
    /// again (`dean dean whitfield`, `van der steen henk van der steen`, as people answer the
    /// phone): after the first word that is said twice; nil when none is.
    static func secondMentionStart(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], _ name: Range<Int>) -> Int? {
        guard name.count >= 3 else { return nil }
        for first in name.dropLast() where !isParticleWord(text, words[first].range) {
            let word = text[WordTokenizer.bareRange(text, words[first].range)].lazy.map(ByteClass.lowercased)
            for later in (first + 1)..<name.upperBound where text[WordTokenizer.bareRange(text, words[later].range)].lazy.map(ByteClass.lowercased).elementsEqual(word) {
                // `albert de vries albert`: the first name said again after the whole name.
                if first == name.lowerBound, later == name.upperBound - 1, later > first + 1 { return later }
                return first + 1 < name.upperBound ? first + 1 : nil
            }
        }
        return nil
    }

    /// Whether the word is a name particle, `'t` and `t` included (`van 't hof`, `van t hof`).
    private static func isParticleWord(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let bare = WordTokenizer.bareRange(text, range)
        return particles.contains(text[bare].lazy.map(ByteClass.lowercased)) || bare.count == 1 && text[bare.lowerBound] | 0x20 == UInt8(ascii: "t")
    }

    /// Whether the lower-cased word opens a clause (``clauseOpeningWords``).
    static func opensClause(_ loweredWord: some Sequence<UInt8>) -> Bool { clauseOpeningWords.contains(loweredWord) }

    /// One to three lower-case words right after a cue that gives a name outright, in a turn
    /// written all in lower case, up to the end of the clause (`ja hallo, met priscilla
    /// doelwijt, ik bel ...`, `mijn naam is shanaya, ze is veertien`); name particles may
    /// stand between them (`mijn naam is jan van der berg`). None may be a word that is no name.
    ///
    /// - Returns: the range of `words` that is the name, as indices into `words`.
    static func lowercaseNameAfterIntroduction(_ text: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<WordTokenizer.Word>) -> Range<Int>? {
        var nameWords = 0
        var start = words.startIndex
        // Particles count as no words of the name: `van 't hof dirk van 't hof` has three.
        for index in words.indices.prefix(8) {
            let lowered = text[WordTokenizer.bareRange(text, words[index].range)].map(ByteClass.lowercased)
            // `jordan mcallister 22.11.94`: a number ends a name of words alone (a date of birth
            // given with it; not `Tom Wilson in Room 306`).
            guard lowered.allSatisfy({ ByteClass.isLower($0) || $0 >= 0x80 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") }) else {
                return nameWords > 0 && index - start == nameWords && lowered.first.map(ByteClass.isDigit) == true ? start..<index : nil
            }
            // `s. bosma (sanne)`: the name someone goes by, in parentheses, is a name of its own.
            let opening = words[index].range.lowerBound
            if nameWords > 0, text[opening] == UInt8(ascii: "(") || opening > 0 && text[opening - 1] == UInt8(ascii: "(") { return start..<index }
            // `it's mrs doreen fairclough`: a title before the name is no part of it.
            if index == words.startIndex, titles.contains(lowered), !words[index].breakAfter {
                start = index + 1
                continue
            }
            // `my name's dean whitfield i've had a summons`: without punctuation, a pronoun or a
            // conjunction opens the next clause.
            if nameWords > 0, clauseOpeningWords.contains(lowered) { return start..<index }
            // `met ramon de vader van luca`: a relative ends the name before it, and its particles.
            if nameWords > 0, kinship.contains(lowered) {
                var end = index
                while end > start + 1, isParticleWord(text, words[end - 1].range) { end -= 1 }
                return start..<end
            }
            // `je spreekt met noor van schuldhulpverlening`: `van` and where the speaker works.
            if nameWords > 0, WordTokenizer.isWord(text, words[index].range, "van"), Self.namesAnOrganisation(text, words[(index + 1)...]) {
                return start..<index
            }
            if index > start ? isParticleWord(text, words[index].range) : particles.contains(lowered), !words[index].breakAfter { continue }
            // An initial before the name (`m. el khatib`).
            if lowered.count == 1, index + 1 < words.endIndex, isInitial(text[words[index].range].map { ByteClass.isLower($0) ? $0 & ~0x20 : $0 }) { continue }
            // After particles, a word that names a place or a street is a surname (`van 't hof`, `van dijk`).
            let afterParticle = index > start && isParticleWord(text, words[index - 1].range)
            guard nameWords < 3, lowered.count >= 2, !notNames.contains(lowered), afterParticle || !NameContext.isNotAName(lowered) else {
                // `margaret o'connell peggy everyone calls her`: three words, then more, end the
                // name where one of the three is a listed name.
                let hashes = words[start..<index].map { WordTokenizer.foldedHash(text, WordTokenizer.bareRange(text, $0.range)) }
                guard nameWords == 3, words[start..<index].allSatisfy({ ByteClass.isLower(text[$0.range.lowerBound]) }), hashes.contains(where: NameLists.contains(hash:)) else { return nil }
                // A first name after the surname is the name people call them by, said apart.
                if let last = hashes.last, let first = hashes.first, NameLists.isFirstName(last), !NameLists.isSurname(last), NameLists.isFirstName(first) {
                    return start..<(index - 1)
                }
                return start..<index
            }
            nameWords += 1
            if words[index].breakAfter { return start..<(index + 1) }
        }
        return nil
    }

    /// Whether the words open with an organisation or a part of one, after an article if any
    /// (`schuldhulpverlening`, `de gemeente`, `het wijkteam`, `burgerzaken`), which no surname is.
    private static func namesAnOrganisation(_ text: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<WordTokenizer.Word>) -> Bool {
        var index = words.startIndex
        if index < words.endIndex, WordTokenizer.isWord(text, words[index].range, "de") || WordTokenizer.isWord(text, words[index].range, "het") { index += 1 }
        guard index < words.endIndex else { return false }
        let lowered = text[WordTokenizer.bareRange(text, words[index].range)].map(ByteClass.lowercased)
        return organisationWords.contains(lowered) || organisationSuffixes.contains { lowered.count > $0.count + 2 && lowered.suffix($0.count).elementsEqual($0) }
    }

    private static let organisationWords = WordSet(["gemeente", "afdeling", "team", "klantcontact", "klantenservice", "helpdesk", "servicedesk", "receptie",
                                                    "waterschap", "provincie", "belastingen", "burgerzaken", "publiekszaken", "wijkteam", "jeugdteam", "sociale",
                                                    // A business the caller runs: `met gerrit-jan van 't veld van bakkerij van 't veld`.
                                                    "bakkerij", "slagerij", "kapsalon", "garage", "firma", "winkel", "restaurant", "cafe", "café", "praktijk", "stichting", "vereniging"])
    private static let organisationSuffixes: [[UInt8]] = ["verlening", "zaken", "dienst", "loket", "centrum", "service", "team", "zorg", "bedrijf", "handel", "praktijk"].map { Array($0.utf8) }

    /// In a turn written all in lower case, a listed first name right after a relative, which no
    /// everyday word there would be but a verb (`my son will`), and a listed surname after it.
    private static func lowercaseNameAfterRelative(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word]) -> Range<Int>? {
        guard let word = words.first, ByteClass.isLower(text[word.range.lowerBound]) else { return nil }
        let bare = WordTokenizer.bareRange(text, word.range)
        let hash = WordTokenizer.foldedHash(text, bare)
        let lowered = text[bare].lazy.map(ByteClass.lowercased)
        // A name that is also a word counts here too (`my partner lee might`), unless it is a
        // word that follows a relative as often (`my son will`, `my daughter may`).
        guard bare.count >= 2, NameLists.isFirstName(hash) || NameLists.isAmbiguous(hash) && !wordsAfterRelatives.contains(lowered) || isDoubleFirstName(text, bare),
              !notNames.contains(lowered) else { return nil }
        if !word.breakAfter, words.count > 1, NameLists.isSurname(WordTokenizer.foldedHash(text, WordTokenizer.bareRange(text, words[1].range))) { return 0..<2 }
        return 0..<1
    }

    /// Whether the word is two or more listed first names joined by dashes (`henk-jan`, `anne-fleur`).
    private static func isDoubleFirstName(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // Most words hold no dash: that settles it before the word is split.
        guard text[range].contains(UInt8(ascii: "-")) else { return false }
        let parts = text[range].split(separator: UInt8(ascii: "-"))
        return parts.count >= 2 && parts.allSatisfy { part in NameLists.isFirstName(WordTokenizer.foldedHash(text, part.startIndex..<part.endIndex)) }
    }

    /// In a turn written all in lower case, a listed name right after an addressing cue and
    /// before the end of the clause (`thanks bill.`, `hi, rose,`), also one that is a word.
    private static func lowercaseAddressedName(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word]) -> Range<Int>? {
        guard let word = words.first, word.breakAfter else { return nil }
        let bare = WordTokenizer.bareRange(text, word.range)
        let hash = WordTokenizer.foldedHash(text, bare)
        guard bare.count >= 2, NameLists.isFirstName(hash) || NameLists.isSurname(hash), !NameLists.isPlaceOrMonth(hash),
              !notNames.contains(text[bare].lazy.map(ByteClass.lowercased)) else { return nil }
        return 0..<1
    }

    private func nameTokens(_ text: UnsafeBufferPointer<UInt8>, _ words: [WordTokenizer.Word], from start: Int) -> Range<Int>? {
        if start < words.count, Self.titles.contains(text[words[start].range].lazy.map(ByteClass.lowercased)) { return nil }
        // `I'm in Madrid`, `ik ben in Gouda`: a place. A name that opens with `in` or `op` goes
        // on with another particle (`in 't Veld`, `op den Akker`).
        if start + 1 < words.count, Self.placePrepositions.contains(text[words[start].range].lazy.map(ByteClass.lowercased)),
           !Self.particles.contains(text[words[start + 1].range].lazy.map(ByteClass.lowercased)), !Self.isApostropheT(text, words[start + 1].range) {
            return nil
        }
        // `mijn moeder op de Dorpsstraat`: a street after a preposition and an article; `mijn
        // tante, in de Kruidenwijk`: a part of town.
        if start + 2 < words.count, Self.placePrepositions.contains(text[words[start].range].lazy.map(ByteClass.lowercased)) {
            let place = text[WordTokenizer.bareRange(text, words[start + 2].range)].map(ByteClass.lowercased)
            if StreetAddressDetector.isStreetWord(place) || Self.partOfTownSuffixes.contains(where: { place.count > $0.count + 2 && place.suffix($0.count).elementsEqual($0) }) {
                return nil
            }
        }
        var index = start
        var lastCapitalised: Int?
        while index < words.count, index - start < 5 {
            let word = words[index]
            // `Hi @SpotifyCares`: a handle, not a name.
            if word.range.lowerBound > 0, text[word.range.lowerBound - 1] == UInt8(ascii: "@") { break }
            let bytes = text[word.range]
            let lowered = bytes.lazy.map(ByteClass.lowercased)
            var isNameWord = Self.isInitial(bytes) || (Self.isCapitalised(bytes) && !Self.notNames.contains(lowered) && !NameContext.isNotAName(lowered))
            // `Dorothy May Ellis`: a name that is also a word, between two names, is a middle name.
            if !isNameWord, index > start, lastCapitalised == index - 1, Self.isCapitalised(bytes), !word.breakAfter, index + 1 < words.count,
               NameLists.isFirstName(WordTokenizer.foldedHash(text, word.range)), Self.isCapitalised(text[words[index + 1].range]),
               !Self.notNames.contains(text[words[index + 1].range].lazy.map(ByteClass.lowercased)) {
                isNameWord = true
            }
            // `mrs siobhan o'sullivan`: an Irish or Indian surname in lower case after a name
            // (`o'`, `d'`), which no word is.
            // A first name after it is the name people call them by, said apart (`margaret
            // o'connell peggy everyone calls her`), which the reading of lower-case names splits.
            if !isNameWord, index > start, lastCapitalised == index - 1, bytes.count >= 5, bytes[bytes.startIndex + 1] == UInt8(ascii: "'"),
               ByteClass.lowercased(bytes.first!) == UInt8(ascii: "o") || ByteClass.lowercased(bytes.first!) == UInt8(ascii: "d"),
               word.breakAfter || index + 1 == words.count || !NameLists.isFirstName(WordTokenizer.foldedHash(text, WordTokenizer.bareRange(text, words[index + 1].range))) {
                isNameWord = true
            }
            // `mevrouw Tjon A Fong`: a capital alone between two words of a name, as Surinamese
            // Chinese surnames have it; an accented one, as Irish has `Ó` (`Cathal Ó Súilleabháin`).
            let capitalAlone = bytes.count == 1 && ByteClass.isUpper(bytes.first!)
                || bytes.count == 2 && bytes.first == 0xC3 && (0x80...0x9E).contains(bytes[bytes.startIndex + 1])
            if !isNameWord, index > start, lastCapitalised == index - 1, capitalAlone, !word.breakAfter,
               index + 1 < words.count, Self.isCapitalised(text[words[index + 1].range]),
               !Self.notNames.contains(text[words[index + 1].range].lazy.map(ByteClass.lowercased)) {
                isNameWord = true
            }
            // `Mijn vrouw heet An De Smet`: the Flemish first name, not the article, before the surname.
            if !isNameWord, index == start, bytes.elementsEqual("An".utf8), !word.breakAfter, index + 1 < words.count,
               Self.particles.contains(text[words[index + 1].range].lazy.map(ByteClass.lowercased))
                || NameLists.contains(hash: WordTokenizer.foldedHash(text, WordTokenizer.bareRange(text, words[index + 1].range))) {
                isNameWord = true
            }
            if !isNameWord {
                let hash = WordTokenizer.foldedHash(text, word.range)
                // `henk van der steen`: after a name and its particles, a listed surname that is
                // also a word is the surname.
                // `ik ben dirk-jan hoogendoorn`: listed first names joined by a dash count as one.
                isNameWord = NameLists.contains(hash: hash) || lastCapitalised.map { $0 < index - 1 } == true && NameLists.isSurname(hash) && !NameLists.isPlaceOrMonth(hash)
                    || Self.isDoubleFirstName(text, WordTokenizer.bareRange(text, word.range))
                // `margaret o'connell peggy everyone calls her`: a first name after a first name
                // and a surname is the name people call them by, said apart.
                if isNameWord, index - start >= 2, lastCapitalised == index - 1, NameLists.isFirstName(hash), !NameLists.isSurname(hash) {
                    let surname = WordTokenizer.foldedHash(text, WordTokenizer.bareRange(text, words[index - 1].range))
                    let firstName = WordTokenizer.foldedHash(text, WordTokenizer.bareRange(text, words[index - 2].range))
                    if NameLists.isSurname(surname), !NameLists.isFirstName(surname), NameLists.isFirstName(firstName) { break }
                }
            }
            if isNameWord {
                lastCapitalised = index
            } else if Self.particles.contains(lowered) || Self.isApostropheT(text, word.range), index + 1 < words.count {
                // A particle must be followed by more of the name; `van` before a business
                // (`Dirk-Jan Hofstede van Hofstede Klusbedrijf`) ends it.
                if Self.namesBusiness(text, words[(index + 1)...].prefix(3)) { break }
                // `dr. Oudkerk op de Dordtsestraatweg`: a preposition before a street says where.
                if Self.placePrepositions.contains(lowered), words[(index + 1)...].prefix(2).contains(where: {
                    StreetAddressDetector.isStreetWord(text[WordTokenizer.bareRange(text, $0.range)].map(ByteClass.lowercased))
                }) { break }
                // After a first name and a surname, `van` opens where someone works (`Jeroen
                // Smits van Werk en Inkomen`); after two first names, the surname (`Jan Willem van Dijk`).
                if index - start == 2, lastCapitalised == index - 1, !Self.isInitial(text[words[index - 1].range]),
                   !NameLists.isFirstName(WordTokenizer.foldedHash(text, WordTokenizer.bareRange(text, words[index - 1].range))) { break }
            } else {
                break
            }
            if word.breakAfter { index += 1; break }
            index += 1
        }
        guard let last = lastCapitalised else { return nil }
        // Initials alone are not a name.
        let range = start..<(last + 1)
        let hasFullWord = range.contains { index in
            let word = text[words[index].range]
            return !Self.isInitial(word) && (Self.isCapitalised(word) || NameLists.contains(hash: WordTokenizer.foldedHash(text, words[index].range))
                || Self.isDoubleFirstName(text, WordTokenizer.bareRange(text, words[index].range)))
        }
        return hasFullWord ? range : nil
    }

    /// The first name said after a surname that a title or an introduction gave, set off by a
    /// comma: `It's Mr Pawlak, Stanisław, but everyone calls him Stan`, `mevrouw Jansen, Petra.`
    ///
    /// One capitalised listed first name, then a comma, a stop or the line's end; a place or a
    /// month there is where or when (`Mrs Hughes, May.`).
    static func givenNameAfterComma(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Range<Int>? {
        guard end + 4 < text.count, text[end] == UInt8(ascii: ","), text[end + 1] == 0x20 else { return nil }
        let start = end + 2
        var wordEnd = start
        while wordEnd < text.count, ByteClass.isWordByte(text[wordEnd]) || text[wordEnd] == UInt8(ascii: "-") { wordEnd += 1 }
        guard wordEnd - start >= 2, isCapitalised(text[start..<wordEnd]),
              wordEnd == text.count || [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "!"), 0x0A].contains(text[wordEnd]) else { return nil }
        let hash = WordTokenizer.foldedHash(text, start..<wordEnd)
        guard NameLists.isFirstName(hash) || isDoubleFirstName(text, start..<wordEnd), !NameLists.isPlaceOrMonth(hash) else { return nil }
        return start..<wordEnd
    }

    /// Whether one of `words` names a business (`Klusbedrijf`, `Schildersbedrijf`, `Bakkerij`):
    /// the words before it are its name, not a person's.
    static func namesBusiness(_ text: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<WordTokenizer.Word>) -> Bool {
        words.contains { word in
            let lowered = text[word.range].map(ByteClass.lowercased)
            return businessSuffixes.contains { lowered.count >= $0.count && lowered.suffix($0.count).elementsEqual($0) }
        }
    }

    private static let businessSuffixes: [[UInt8]] = ["bedrijf", "bedrijven", "bakkerij", "groep", "winkel", "praktijk", "kantoor", "bureau",
                                                      "makelaardij", "diensten", "services", "holding", "b.v.", "ltd", "limited", "solutions",
                                                      "advies", "architecten", "architectuur", "techniek", "installaties", "consult", "consultancy"].map { Array($0.utf8) }

    /// The particle `'t` (`Van 't Hof`), which the tokenizer reads as `t`: the apostrophe is
    /// no word byte.
    static func isApostropheT(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count == 1 && text[range.lowerBound] | 0x20 == UInt8(ascii: "t") && range.lowerBound > 0 && text[range.lowerBound - 1] == UInt8(ascii: "'")
    }

    static func isCapitalised(_ word: some Collection<UInt8>) -> Bool {
        guard let first = word.first else { return false }
        if ByteClass.isUpper(first) { return word.count >= 2 }
        guard word.count >= 3, let second = word.dropFirst().first else { return false }
        // Accented capitals (É, Ö, ...) are two bytes starting 0xC3 0x80...0x9E.
        if first == 0xC3 { return second >= 0x80 && second <= 0x9E }
        // Latin Extended-A (Ş, İ, Ł, Ž, ...): capitals and small letters alternate.
        guard first == 0xC4 || first == 0xC5 else { return false }
        let scalar = Int(first & 0x1F) << 6 | Int(second & 0x3F)
        switch scalar {
        case 0x100...0x137, 0x14A...0x177: return scalar % 2 == 0
        case 0x139...0x148, 0x179...0x17E: return scalar % 2 == 1
        case 0x178: return true
        default: return false
        }
    }

    static func isInitial(_ word: some BidirectionalCollection<UInt8>) -> Bool {
        guard word.count >= 2, word.last == UInt8(ascii: ".") else { return false }
        var expectLetter = true
        for byte in word {
            if expectLetter { guard ByteClass.isUpper(byte) else { return false } }
            else { guard byte == UInt8(ascii: ".") else { return false } }
            expectLetter.toggle()
        }
        return true
    }

    /// The name's words, ASCII-lower-cased (as ``WordTokenizer/foldedHash(_:_:)`` folds them), joined by spaces.
    private static func canonical(_ text: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<WordTokenizer.Word>) -> String {
        words.map { word in
            // `met Bas.`: the full stop ends the sentence, not the name, which `Dag Bas` mentions
            // again; an initial keeps its own.
            var range = word.range
            if range.count > 1, text[range.upperBound - 1] == UInt8(ascii: "."), !isInitial(text[range]) { range = range.lowerBound..<(range.upperBound - 1) }
            return String(decoding: text[range].map(ByteClass.lowercased), as: UTF8.self)
        }.joined(separator: " ")
    }
}
