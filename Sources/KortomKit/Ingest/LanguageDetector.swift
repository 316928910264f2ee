/// Tells Dutch from English by counting frequent function words.
///
/// Calls are long enough that a word count decides reliably; a short or mixed text where
/// neither language leads clearly is `unknown`.
public enum LanguageDetector {
    private static let dutch: Set<String> = [
        "de", "het", "een", "ik", "u", "uw", "je", "niet", "dat", "en", "van", "op", "voor", "met", "wil",
        "graag", "dank", "goedemorgen", "goedemiddag", "gemeente", "is", "ben", "bent", "wat", "hoe",
        "maar", "ook", "nog", "dan", "wij", "we", "zijn", "heb", "heeft", "kan", "kunt", "mijn", "hebben",
        "dag", "ja", "nee", "naar", "bij", "dus", "wel", "er", "om", "geen", "als", "moet", "zou",
    ]
    private static let english: Set<String> = [
        "the", "a", "an", "i", "you", "your", "not", "that", "and", "of", "on", "for", "with", "want",
        "please", "thanks", "thank", "hello", "is", "am", "are", "what", "how", "but", "also", "still",
        "then", "we", "have", "has", "can", "my", "to", "it", "this", "be", "will", "would", "yes", "no",
        "there", "if", "do", "don't", "just", "so", "at", "in", "was", "council",
    ]

    /// The language of `texts`, judged on at most the first `limit` bytes.
    public static func detect<S: Sequence>(_ texts: S, limit: Int = 8192) -> CallLanguage where S.Element == String {
        var dutchHits = 0, englishHits = 0, budget = limit
        var word: [UInt8] = []
        func countWord() {
            guard !word.isEmpty else { return }
            let token = String(decoding: word, as: UTF8.self)
            if dutch.contains(token) { dutchHits += 1 }
            if english.contains(token) { englishHits += 1 }
            word.removeAll(keepingCapacity: true)
        }
        outer: for text in texts {
            for byte in text.utf8 {
                budget -= 1
                if budget < 0 { break outer }
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "'"), 0x80...0xFF: word.append(byte)
                default: countWord()
                }
            }
            countWord()
        }
        countWord()
        let total = dutchHits + englishHits
        guard total >= 3 else { return .unknown }
        if Double(dutchHits) >= Double(englishHits) * 1.3 { return .dutch }
        if Double(englishHits) >= Double(dutchHits) * 1.3 { return .english }
        return .unknown
    }
}
