import Testing
@testable import KortomKit

@Suite("ROUGE")
struct RougeScoreTests {
    @Test func scoresUnigramsBigramsAndTheLongestCommonSubsequence() {
        let score = RougeScore(candidate: "The cat was found under the bed.", references: ["the cat was under the bed"])
        #expect(abs(score.rouge1 - 12.0 / 13.0) < 1e-9)
        #expect(abs(score.rouge2 - 8.0 / 11.0) < 1e-9)
        #expect(abs(score.rougeL - 12.0 / 13.0) < 1e-9)
    }

    @Test func tokenisesLikeRougeScoreWithoutStemming() {
        #expect(RougeScore.tokens("Customer's #Person1# paid €12,50 -- on-line!") == ["customer", "s", "person1", "paid", "12", "50", "on", "line"])
    }

    @Test func averagesOverReferencesOrTakesTheBest() {
        let mean = RougeScore(candidate: "a b", references: ["a b", "c d"])
        #expect(mean.rouge1 == 0.5)
        #expect(RougeScore.best(candidate: "a b", references: ["a b", "c d"]).rouge1 == 1)
        #expect(RougeScore(candidate: "", references: ["a"]).rouge1 == 0)
    }

    @Test func stemsTokensLongerThanThreeLettersWhenAsked() {
        #expect(RougeScore.tokens("The customer was complaining about charges", stemmed: true) == ["the", "custom", "was", "complain", "about", "charg"])
        let stemmed = RougeScore(candidate: "Customer complains about the charges", references: ["The customer complained about a charge"])
        let plain = RougeScore(candidate: "Customer complains about the charges", references: ["The customer complained about a charge"], stemmed: false)
        #expect(stemmed.rouge1 > plain.rouge1)
    }
}
