/// The Porter stemmer, as NLTK's `PorterStemmer()` runs it (its default `NLTK_EXTENSIONS` mode),
/// which is what `rouge-score` uses with `use_stemmer=True`, the setting behind the published
/// TweetSumm and DialogSum baselines.
///
/// It works on lower-case ASCII words (ROUGE's tokens). See Porter, "An algorithm for suffix
/// stripping" (1980), for the steps; the NLTK extensions add a few irregular forms, keep words
/// of one or two letters, and treat `-ies`, `-ied`, `-alli`, `-fulli` and `-logi` specially.
enum PorterStemmer {
    private static let irregular: [String: String] = [
        "sky": "sky", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "news": "news",
        "innings": "inning", "inning": "inning", "outings": "outing", "outing": "outing",
        "cannings": "canning", "canning": "canning", "howe": "howe", "proceed": "proceed",
        "exceed": "exceed", "succeed": "succeed",
    ]

    static func stem(_ word: String) -> String {
        if let form = irregular[word] { return form }
        guard word.utf8.count > 2 else { return word }
        var letters = Array(word.utf8)
        letters = step1a(letters)
        letters = step1b(letters)
        letters = step1c(letters)
        letters = step2(letters)
        letters = step3(letters)
        letters = step4(letters)
        letters = step5a(letters)
        letters = step5b(letters)
        return String(decoding: letters, as: UTF8.self)
    }

    private typealias Word = [UInt8]
    private typealias Rule = (suffix: String, replacement: String, condition: ((Word) -> Bool)?)

    private static func isConsonant(_ word: Word, _ index: Int) -> Bool {
        switch word[index] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return false
        case UInt8(ascii: "y"): return index == 0 ? true : !isConsonant(word, index - 1)
        default: return true
        }
    }

    /// The number of vowel-consonant sequences: `m` in `[C](VC)^m[V]`.
    private static func measure(_ word: Word) -> Int {
        var count = 0
        var previousIsVowel = false
        for index in word.indices {
            let consonant = isConsonant(word, index)
            if consonant, previousIsVowel { count += 1 }
            previousIsVowel = !consonant
        }
        return count
    }

    private static func containsVowel(_ word: Word) -> Bool { word.indices.contains { !isConsonant(word, $0) } }

    private static func endsDoubleConsonant(_ word: Word) -> Bool {
        word.count >= 2 && word[word.count - 1] == word[word.count - 2] && isConsonant(word, word.count - 1)
    }

    /// `*o`: consonant, vowel, consonant other than w, x or y; or, NLTK's addition, a two-letter
    /// vowel-consonant word.
    private static func endsCVC(_ word: Word) -> Bool {
        let count = word.count
        if count >= 3, isConsonant(word, count - 3), !isConsonant(word, count - 2), isConsonant(word, count - 1) {
            return ![UInt8(ascii: "w"), UInt8(ascii: "x"), UInt8(ascii: "y")].contains(word[count - 1])
        }
        return count == 2 && !isConsonant(word, 0) && isConsonant(word, 1)
    }

    private static func endsWith(_ word: Word, _ suffix: String) -> Bool {
        let suffix = Array(suffix.utf8)
        return word.count >= suffix.count && word.suffix(suffix.count).elementsEqual(suffix)
    }

    private static func replacing(_ word: Word, _ suffix: String, _ replacement: String) -> Word {
        Array(word.dropLast(suffix.utf8.count)) + Array(replacement.utf8)
    }

    /// The first rule whose suffix the word has decides: it applies when its condition holds
    /// on the stem, and the word stays as it is when it does not.
    private static func apply(_ word: Word, _ rules: [Rule]) -> Word {
        for rule in rules {
            if rule.suffix == "*d", endsDoubleConsonant(word) {
                let stem = Array(word.dropLast(2))
                return rule.condition.map { $0(stem) } ?? true ? stem + Array(rule.replacement.utf8) : word
            }
            if rule.suffix != "*d", endsWith(word, rule.suffix) {
                let stem = Array(word.dropLast(rule.suffix.utf8.count))
                return rule.condition.map { $0(stem) } ?? true ? stem + Array(rule.replacement.utf8) : word
            }
        }
        return word
    }

    private static func positive(_ stem: Word) -> Bool { measure(stem) > 0 }
    private static func aboveOne(_ stem: Word) -> Bool { measure(stem) > 1 }

    private static func step1a(_ word: Word) -> Word {
        if endsWith(word, "ies"), word.count == 4 { return replacing(word, "ies", "ie") }
        return apply(word, [("sses", "ss", nil), ("ies", "i", nil), ("ss", "ss", nil), ("s", "", nil)])
    }

    private static func step1b(_ word: Word) -> Word {
        if endsWith(word, "ied") { return replacing(word, "ied", word.count == 4 ? "ie" : "i") }
        if endsWith(word, "eed") {
            let stem = Array(word.dropLast(3))
            return measure(stem) > 0 ? stem + Array("ee".utf8) : word
        }
        var stem: Word?
        for suffix in ["ed", "ing"] where endsWith(word, suffix) {
            let candidate = Array(word.dropLast(suffix.utf8.count))
            if containsVowel(candidate) { stem = candidate; break }
        }
        guard let stem, let last = stem.last else { return word }
        let keepsDouble = [UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "z")].contains(last)
        return apply(stem, [
            ("at", "ate", nil), ("bl", "ble", nil), ("iz", "ize", nil),
            ("*d", String(decoding: [last], as: UTF8.self), { _ in !keepsDouble }),
            ("", "e", { measure($0) == 1 && endsCVC($0) }),
        ])
    }

    private static func step1c(_ word: Word) -> Word {
        apply(word, [("y", "i", { $0.count > 1 && isConsonant($0, $0.count - 1) })])
    }

    private static func step2(_ word: Word) -> Word {
        if endsWith(word, "alli"), positive(Array(word.dropLast(4))) { return step2(replacing(word, "alli", "al")) }
        let logi: (Word) -> Bool = { _ in positive(Array(word.dropLast(3))) }
        return apply(word, [
            ("ational", "ate", positive), ("tional", "tion", positive), ("enci", "ence", positive),
            ("anci", "ance", positive), ("izer", "ize", positive), ("bli", "ble", positive),
            ("alli", "al", positive), ("entli", "ent", positive), ("eli", "e", positive),
            ("ousli", "ous", positive), ("ization", "ize", positive), ("ation", "ate", positive),
            ("ator", "ate", positive), ("alism", "al", positive), ("iveness", "ive", positive),
            ("fulness", "ful", positive), ("ousness", "ous", positive), ("aliti", "al", positive),
            ("iviti", "ive", positive), ("biliti", "ble", positive), ("fulli", "ful", positive),
            ("logi", "log", logi),
        ])
    }

    private static func step3(_ word: Word) -> Word {
        apply(word, [
            ("icate", "ic", positive), ("ative", "", positive), ("alize", "al", positive),
            ("iciti", "ic", positive), ("ical", "ic", positive), ("ful", "", positive), ("ness", "", positive),
        ])
    }

    private static func step4(_ word: Word) -> Word {
        apply(word, [
            ("al", "", aboveOne), ("ance", "", aboveOne), ("ence", "", aboveOne), ("er", "", aboveOne),
            ("ic", "", aboveOne), ("able", "", aboveOne), ("ible", "", aboveOne), ("ant", "", aboveOne),
            ("ement", "", aboveOne), ("ment", "", aboveOne), ("ent", "", aboveOne),
            ("ion", "", { measure($0) > 1 && ($0.last == UInt8(ascii: "s") || $0.last == UInt8(ascii: "t")) }),
            ("ou", "", aboveOne), ("ism", "", aboveOne), ("ate", "", aboveOne), ("iti", "", aboveOne),
            ("ous", "", aboveOne), ("ive", "", aboveOne), ("ize", "", aboveOne),
        ])
    }

    private static func step5a(_ word: Word) -> Word {
        guard word.last == UInt8(ascii: "e") else { return word }
        let stem = Array(word.dropLast())
        let m = measure(stem)
        return m > 1 || (m == 1 && !endsCVC(stem)) ? stem : word
    }

    private static func step5b(_ word: Word) -> Word {
        apply(word, [("ll", "l", { _ in measure(Array(word.dropLast())) > 1 })])
    }
}
