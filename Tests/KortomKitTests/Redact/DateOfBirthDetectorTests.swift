import Testing
@testable import KortomKit

@Suite("Dates of birth")
struct DateOfBirthDetectorTests {
    let detector = DateOfBirthDetector(referenceYear: 2026)

    @Test(arguments: [
        ("Ik ben geboren op 14 mei 1987 en woon hier.", "14 mei 1987"),
        ("Mijn geboortedatum is 3 november.", "3 november"),
        ("My date of birth is the 12th of July.", "12th of July"),
        ("He was born on 12 July 1943.", "12 July 1943"),
        ("22-08-1979.", "22-08-1979"),
        ("Dat is 1979-08-22, klopt dat?", "1979-08-22"),
        // A year in two digits only after a cue.
        ("Geboortedatum: 12/03/58.", "12/03/58"),
        ("date of birth 17.09.13", "17.09.13"),
    ])
    func findsDatesOfBirth(text: String, date: String) {
        #expect(detected(detector, in: text) == [date])
    }

    @Test(arguments: [
        "U moet het formulier voor 1 maart 2026 opsturen.",
        "De hond is op 31 oktober 2025 afgemeld.",
        "The decision is due by the 15th of April.",
        "Ik woon er sinds 1 februari.",
        "Het huis is uit 1994.",
        "De brief van 12/03/25 is binnen.",
    ])
    func keepsDatesOfEvents(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// The year after `12th of March` belongs to the date: left standing, it says the year of birth.
    @Test func readsTheYearAfterADayOfAMonth() {
        #expect(detected(detector, in: "Kacper, born 9th of January 2014.") == ["9th of January 2014"])
    }

    /// `ik ben van '58`: the Dutch way of giving a year of birth, and the day after it.
    @Test(arguments: [("Ik ben van 1958.", ["1958"]), ("Ze is van '34, 4 april.", ["'34", "4 april"]), ("u bent van '61 toch?", ["'61"])])
    func readsAYearOfBirthGivenTheDutchWay(text: String, values: [String]) {
        #expect(detected(detector, in: text) == values)
    }

    @Test(arguments: ["Het huis is van 1934.", "De brief is van '19.", "Ik ben van plan om 2019 te bellen."])
    func readsNoYearOfBirthInOtherSentences(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// A date typed with spaces after a cue; not such digits without one.
    @Test func readsADateTypedWithSpacesAfterACue() {
        #expect(detected(detector, in: "Beller: geboren 12 03 1951 in Ankara") == ["12 03 1951"])
        #expect(detected(detector, in: "Beller: mijn nummer is 12 03 1951").isEmpty)
    }

    /// The cue as a chat shortens it.
    @Test func readsADateAfterAShortenedCue() {
        #expect(detected(detector, in: "Klant: ilse, geb datum 3-2-88") == ["3-2-88"])
        #expect(detected(detector, in: "Klant: geb 3-9-81") == ["3-9-81"])
    }

    /// A year of birth after `born in` or `geboren in`, a place allowed between; not a year
    /// without the cue in the sentence.
    @Test(arguments: [("I was born in 1941.", "1941"), ("Ze is geboren in 1952 in Paramaribo.", "1952"), ("He was born in Leeds in 1950.", "1950")])
    func readsAYearOfBirthAfterBornIn(text: String, value: String) {
        #expect(detected(detector, in: text) == [value])
    }

    @Test(arguments: ["The house was built in 1941.", "My birthday is in May. In 1990 I moved.", "Ik ben geboren in Gouda en woon daar sinds 1941 niet meer."])
    func readsNoYearAfterInWithoutABirth(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    @Test func readsTheMonthAsAnOrdinal() {
        #expect(detected(detector, in: "My date of birth is the 3rd of the 9th, 2004.") == ["3rd of the 9th, 2004"])
    }

    /// `'48` after the month is the year, which left standing would tell the year of birth.
    @Test func readsATwoDigitYearAfterAnApostrophe() {
        #expect(detected(detector, in: "Hij is geboren op 12 maart '48.") == ["12 maart '48"])
    }

    /// The year in two digits after a birth date's day and month, and a numeric date with an
    /// apostrophe for the century, are part of the date of birth.
    @Test(arguments: [("Geboren 3 april 58.", "3 april 58"), ("DOB 3rd April '58.", "3rd April '58"), ("Ik ben geboren op 3-4-'58.", "3-4-'58")])
    func findsABirthDateWithItsYearInTwoDigits(text: String, date: String) {
        #expect(detected(DateOfBirthDetector(referenceYear: 2026), in: text) == [date])
    }

    @Test(arguments: ["Ik heb 3 april 58 euro betaald.", "De afspraak is op 3-4-'26."])
    func leavesTwoDigitYearsWithoutACue(text: String) {
        #expect(detected(DateOfBirthDetector(referenceYear: 2026), in: text).isEmpty)
    }
}
