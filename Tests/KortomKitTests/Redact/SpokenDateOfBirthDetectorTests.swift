import Testing
@testable import KortomKit

@Suite("Dates of birth said in words")
struct SpokenDateOfBirthDetectorTests {
    let detector = SpokenDateOfBirthDetector(referenceYear: 2026)

    @Test(arguments: [
        ("Ik ben geboren op zeventien juli negentienhonderd achtenvijftig.", "zeventien juli negentienhonderd achtenvijftig"),
        ("elf november negentienhonderd negenendertig", "elf november negentienhonderd negenendertig"),
        ("Mijn geboortedatum is drieëntwintig maart negentien zevenenzestig", "drieëntwintig maart negentien zevenenzestig"),
        ("geboren op de eerste april tweeduizend vijf", "eerste april tweeduizend vijf"),
        ("17 juli negentien achtenvijftig", "17 juli negentien achtenvijftig"),
        ("ninth of may nineteen ninety", "ninth of may nineteen ninety"),
        ("I was born on the twenty first of March nineteen eighty one.", "twenty first of March nineteen eighty one"),
        ("It's May the ninth, nineteen eighty-one.", "May the ninth, nineteen eighty-one"),
        ("born on the thirtieth of June nineteen oh five", "thirtieth of June nineteen oh five"),
        ("date of birth: the 3rd of June two thousand and five", "3rd of June two thousand and five"),
        ("geboren op zeventien juli", "zeventien juli"),
        // After a cue, a year said by its last two words.
        ("Date of birth? The fourteenth of June, eighty-two.", "fourteenth of June, eighty-two"),
        ("geboortedatum drie mei tweeëntachtig", "drie mei tweeëntachtig"),
        // The month as an ordinal, after a cue.
        ("geboortedatum de vijftiende van de zesde, negentien negenentachtig", "de vijftiende van de zesde, negentien negenentachtig"),
        ("Date of birth? Twenty-third of the ninth, eighty-four.", "Twenty-third of the ninth, eighty-four"),
    ])
    func findsDatesOfBirthSaidInWords(text: String, date: String) {
        #expect(detected(detector, in: text) == [date])
    }

    @Test(arguments: [
        "De afspraak is op zeventien juli.",
        "Ik kom op drie maart tweeduizend zesentwintig langs.",
        "You may nine times out of ten get it right.",
        "Op vijf mei is het bevrijdingsdag.",
        "Ik ben geboren op 14 mei 1987.",
        "We moved in March nineteen ninety.",
        "dertig februari negentienhonderd achtenvijftig",
        "Ik kom op de vijftiende van de zesde, om tien uur.",
        "geboortedatum de vijftiende van de dertiende, negentien negenentachtig",
    ])
    func keepsOtherDates(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// Speech-to-text may write a whole call as one line.
    @Test func readsDatesFarIntoALongLine() {
        let text = String(repeating: "ja dat klopt en ", count: 100) + "geboren op zeventien juli negentienhonderd achtenvijftig"
        #expect(detected(detector, in: text) == ["zeventien juli negentienhonderd achtenvijftig"])
    }

    @Test func givesTheSameValueAsTheWrittenDate() {
        var text = "geboren op zeventien juli negentienhonderd achtenvijftig"
        let spoken = text.withUTF8 { buffer in
            var found: [PIICandidate] = []
            detector.detect(in: buffer, into: &found)
            return found.map(\.canonicalValue)
        }
        var written = "geboren op 17-07-1958"
        let digits = written.withUTF8 { buffer in
            var found: [PIICandidate] = []
            DateOfBirthDetector(referenceYear: 2026).detect(in: buffer, into: &found)
            return found.map(\.canonicalValue)
        }
        #expect(spoken == ["1958-07-17"])
        #expect(spoken == digits)
    }

    @Test func readsTheAnswerToAQuestionForTheBirthDate() {
        let (text, findings) = Redactor.standard.redactText("Agent: And your date of birth?\nCustomer: ninth of may nineteen ninety\nAgent: Thank you.")
        #expect(text == "Agent: And your date of birth?\nCustomer: [DOB-1]\nAgent: Thank you.")
        #expect(findings.map(\.detector) == ["answer-spoken-dob"])
    }

    /// Speech-to-text writes a Dutch year as one word: the year belongs to the date.
    @Test(arguments: [("Negen maart negentienhonderdzestig.", "Negen maart negentienhonderdzestig"), ("twaalf mei tweeduizendelf", "twaalf mei tweeduizendelf"),
                      ("geboren op drie juni negentienhonderdvierenzestig", "drie juni negentienhonderdvierenzestig"),
                      // Without `honderd`, as many say the nineteen hundreds.
                      ("beller: zeventien augustus negentienzevenenzestig", "zeventien augustus negentienzevenenzestig")])
    func readsAYearWrittenAsOneWord(text: String, value: String) {
        #expect(detected(SpokenDateOfBirthDetector(referenceYear: 2026), in: text) == [value])
    }

    /// After a cue, a date said as three numbers: day, month, year.
    @Test(arguments: [("geboortedatum eh twaalf twaalf zesenzeventig", "twaalf twaalf zesenzeventig"), ("date of birth nine three eighty-one", "nine three eighty-one")])
    func readsADateSaidAsNumbersAfterACue(text: String, value: String) {
        #expect(detected(SpokenDateOfBirthDetector(referenceYear: 2026), in: text) == [value])
    }

    @Test func readsNoDateInNumbersWithoutACue() {
        #expect(detected(SpokenDateOfBirthDetector(referenceYear: 2026), in: "ik bel twaalf twaalf zesenzeventig keer").isEmpty)
        #expect(detected(SpokenDateOfBirthDetector(referenceYear: 2026), in: "geboortedatum twaalf dertien zesenzeventig").isEmpty)
    }

    @Test func readsADayAfterAYearOfBirthGivenTheDutchWay() {
        #expect(detected(SpokenDateOfBirthDetector(referenceYear: 2026), in: "Ze is van '34, vier april.") == ["vier april"])
    }

    /// After a cue, a year written as its last two digits after an apostrophe; not without a cue.
    @Test func readsAYearAfterAnApostropheAfterACue() {
        #expect(detected(SpokenDateOfBirthDetector(), in: "Klant: Geboren op vijf mei '79.") == ["vijf mei '79"])
        #expect(detected(SpokenDateOfBirthDetector(), in: "Klant: Mijn geboortedatum is vijf mei ’79, klopt.") == ["vijf mei ’79"])
        #expect(detected(SpokenDateOfBirthDetector(), in: "Klant: Op vijf mei '79 was ik in Parijs.").isEmpty)
    }

    /// A date in words with its year right after `ik ben van`; without a year it may be any date.
    @Test func readsADateOfBirthAfterIkBenVan() {
        #expect(detected(SpokenDateOfBirthDetector(), in: "Klant: Ik ben van vier april achtendertig.") == ["vier april achtendertig"])
        #expect(detected(SpokenDateOfBirthDetector(), in: "Klant: Ze is van vijf mei en komt morgen.").isEmpty)
    }
}
