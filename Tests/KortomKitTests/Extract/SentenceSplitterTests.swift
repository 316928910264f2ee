import Testing
@testable import KortomKit

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSplitter.sentences(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func splitsAtStopsFollowedBySpace() {
        #expect(split("Goedemorgen. Ik wil verhuizen! Kan dat? Ja…  Prima") == ["Goedemorgen.", "Ik wil verhuizen!", "Kan dat?", "Ja…", "Prima"])
    }

    @Test func keepsAbbreviationsInitialsAndNumbersTogether() {
        #expect(split("Ik sprak mw. Jansen en J. de Vries. Het kost € 1.234,56 per jaar.") == ["Ik sprak mw. Jansen en J. de Vries.", "Het kost € 1.234,56 per jaar."])
        #expect(split("That's Mr. Smith, e.g. tomorrow. Fine.") == ["That's Mr. Smith, e.g. tomorrow.", "Fine."])
    }
}
