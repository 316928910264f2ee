import Testing
@testable import KortomKit

@Suite("Redaction evaluation")
struct RedactionEvaluationTests {
    @Test func readsMarkersAsByteRangesInTheCleanText() throws {
        let labelled = try RedactionEvaluation.parse("Één BSN: {{BSN:111222333}} en {{NAME:Jansen}}.", origin: "t.txt")
        #expect(labelled.text == "Één BSN: 111222333 en Jansen.")
        let bytes = Array(labelled.text.utf8)
        #expect(labelled.labels.map(\.type) == [.bsn, .name])
        #expect(labelled.labels.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["111222333", "Jansen"])
    }

    @Test func refusesBrokenMarkers() {
        #expect(throws: KortomError.self) { try RedactionEvaluation.parse("{{BSN:111222333", origin: "t.txt") }
        #expect(throws: KortomError.self) { try RedactionEvaluation.parse("{{SHOE:42}}", origin: "t.txt") }
    }

    @Test func countsFoundMissedAndFalseFindings() throws {
        // The BSN is found, the unlisted name without a cue is missed, and the unlabelled IBAN is a false positive.
        let labelled = try RedactionEvaluation.parse("BSN {{BSN:111222333}}, {{NAME:Xandrovic}} belt, rekening {{NOT:NL91ABNA0417164300}}.", origin: "t.txt")
        var evaluation = RedactionEvaluation()
        evaluation.evaluate(labelled, with: Redactor.standard)
        #expect(evaluation.scores[.bsn] == RedactionEvaluation.Score(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(evaluation.scores[.name] == RedactionEvaluation.Score(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(evaluation.scores[.iban] == RedactionEvaluation.Score(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        #expect(evaluation.overall.precision == 0.5)
        #expect(abs(evaluation.overall.recall - 0.5) < 1e-9)
        #expect(evaluation.hardNegatives == 1)
        #expect(evaluation.hardNegativesRedacted == 1)
        #expect(evaluation.mistakes.map(\.kind) == [.falsePositive, .missed])
        #expect(evaluation.mistakes.map(\.line) == [1, 1])
    }

    /// A value found with a word of it left in the text counts as found and as found in part;
    /// a title left outside the redaction does not.
    @Test func countsAValueFoundInPart() throws {
        let labelled = try RedactionEvaluation.parse("Bel {{PHONE:06-12345678}} of {{IBAN:NL91 ABNA 0417 1643 00 7}}, zegt {{NAME:mevrouw Jansen}}.", origin: "t.txt")
        var evaluation = RedactionEvaluation()
        evaluation.evaluate(labelled, with: Redactor.standard)
        #expect(evaluation.overall.recall == 1)
        #expect(evaluation.partlyFound == 1)
        #expect(evaluation.mistakes.map(\.kind) == [.partlyFound])
        #expect(evaluation.mistakes.map(\.span) == ["7"])
    }
}
