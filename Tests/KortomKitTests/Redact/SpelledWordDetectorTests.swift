import Testing
@testable import KortomKit

@Suite("Words spelled out letter by letter")
struct SpelledWordDetectorTests {
    let detector = SpelledWordDetector()

    @Test(arguments: [
        ("My name's Oluwaseun, spelled O-L-U-W-A-S-E-U-N.", "O-L-U-W-A-S-E-U-N"),
        ("Dat is B A K K E R, met een k.", "B A K K E R"),
        ("Dus J.A.N.S.E.N. met een s.", "J.A.N.S.E.N."),
        ("Dat is V, E, R, H, O, E, V, E, N.", "V, E, R, H, O, E, V, E, N"),
        ("ja dat is b-a-k-k-e-r", "b-a-k-k-e-r"),
        // A short part spelled before the rest of a double name.
        ("Her name is Rania Al-Masri, that's A-L, M-A-S-R-I.", "A-L, M-A-S-R-I"),
    ])
    func findsSpelledWords(text: String, spelled: String) {
        #expect(detected(detector, in: text) == [spelled])
    }

    @Test(arguments: ["Het btw-nummer, B-T-W.", "De K L M vlucht.", "kan ik u helpen", "Ik zei b a k k e r.", "A-B-C-12", "Plan B-A-K"])
    func leavesAbbreviationsAndLettersAlone(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// The spelled name and the name share a placeholder: one person.
    @Test func sharesThePlaceholderOfTheNameItSpells() {
        let (text, _) = Redactor.standard.redactText("Customer: My name is Oluwaseun, spelled O-L-U-W-A-S-E-U-N.")
        #expect(text == "Customer: My name is [NAME-1], spelled [NAME-1].")
        let (double, _) = Redactor.standard.redactText("Interpreter: Her name is Rania Al-Masri, that's A-L, M-A-S-R-I.")
        #expect(double == "Interpreter: Her name is [NAME-1], that's [NAME-1].")
    }

    @Test(arguments: [("S van Simon, C van Cornelis, H van Hendrik, O van Otto.", "S van Simon, C van Cornelis, H van Hendrik, O van Otto"),
                      ("It's M for Mike, A for Alpha, R for Romeo, K for Kilo", "M for Mike, A for Alpha, R for Romeo, K for Kilo"),
                      ("B as in Bravo, O as in Oscar, B as in Bravo", "B as in Bravo, O as in Oscar, B as in Bravo")])
    func readsWordsSpelledWithASpellingAlphabet(text: String, value: String) {
        #expect(detected(SpelledWordDetector(), in: text) == [value])
    }

    @Test(arguments: ["Dat hoort u van ons, u van mij.", "A for apple, that's all.", "Plan B as in before."])
    func readsNoSpellingAlphabetInOrdinaryText(text: String) {
        #expect(detected(SpelledWordDetector(), in: text).isEmpty)
    }

    /// A Dutch plate spelled with a spelling alphabet, its digits said between the letters.
    @Test func findsAPlateSpelledWithASpellingAlphabet() {
        #expect(detections(SpelledWordDetector(), in: "Dat is T van Theo, negen, één, vijf, Z van Zaandam, J van Johan.").map(\.0) == [.licencePlate])
        #expect(detected(SpelledWordDetector(), in: "Dat is T van Theo, negen, één, vijf, Z van Zaandam, J van Johan.") == ["T van Theo, negen, één, vijf, Z van Zaandam, J van Johan"])
        // A name spelled, with a number after it, stays a name.
        #expect(detections(SpelledWordDetector(), in: "Mijn naam is B van Bart, A van Anna, K van Karel, 3 keer.").map(\.0) == [.name])
    }

    /// Lower-case letters said apart, in a turn speech-to-text wrote all in lower case, with a
    /// mark said as a word; not the `s` of `that's`, nor in a turn with capitals.
    @Test func readsLowerCaseLettersSaidApartInALowerCaseTurn() {
        #expect(detected(SpelledWordDetector(), in: "agent: is that o apostrophe d o n o g h u e") == ["o apostrophe d o n o g h u e"])
        #expect(detected(SpelledWordDetector(), in: "agent: so that's d o n o g h u e") == ["d o n o g h u e"])
        #expect(detected(SpelledWordDetector(), in: "Agent: I said d o n o g h u e").isEmpty)
    }

    /// A part of two letters spelled after a longer part, as a name's particle is.
    @Test func findsAShortPartSpelledAfterALongerOne() {
        #expect(detected(SpelledWordDetector(), in: "spreker 1: m o h a m e d en dan e l en dan o u a r d i") == ["m o h a m e d", "e l", "o u a r d i"])
        #expect(detected(SpelledWordDetector(), in: "spreker 1: b a k k e r en dan wacht ik af").count == 1)
    }

    /// A part of two letters joined by a dash, after a longer part and `, then`.
    @Test func findsAShortDashedPartSpelledAfterALongerOne() {
        #expect(detected(SpelledWordDetector(), in: "Caller: That's N-I-A-M-H, then N-I, then B-H-R-I-A-I-N.") == ["N-I-A-M-H", "N-I", "B-H-R-I-A-I-N"])
    }
}
