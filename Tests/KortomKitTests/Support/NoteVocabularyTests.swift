import Testing
@testable import KortomKit

@Suite("Note vocabulary")
struct NoteVocabularyTests {
    /// Rounded one by one, 45.5% and 54.5% would show as 46% and 55%.
    @Test(arguments: [[0.455, 0.545], [0.335, 0.335, 0.33], [1.0], [0.125, 0.875], [0.2, 0.2, 0.2, 0.2, 0.2]])
    func talkSharesAddUpToAHundredPercent(shares: [Double]) {
        let percentages = NoteVocabulary.wholePercentages(shares)
        #expect(percentages.reduce(0, +) == 100)
        for (percentage, share) in zip(percentages, shares) { #expect(abs(Double(percentage) - share * 100) < 1) }
    }

    @Test func givesTheLeftOverPointToTheLargestRemainder() {
        #expect(NoteVocabulary.wholePercentages([0.336, 0.336, 0.328]) == [34, 33, 33])
    }
}
