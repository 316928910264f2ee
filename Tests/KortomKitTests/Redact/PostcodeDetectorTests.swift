import Testing
@testable import KortomKit

@Suite("Postcodes")
struct PostcodeDetectorTests {
    let detector = PostcodeDetector()

    @Test(arguments: ["3512 BK", "3512BK", "3512bk", "3512 BK 24", "3512 BK, 24", "2011 GT 112", "1053 KX 150-2", "6531 JD 212a"])
    func findsPostcodesWithHouseNumbers(value: String) {
        #expect(detected(detector, in: "Adres: \(value) in Utrecht") == [value])
    }

    @Test(arguments: [("Dat is 3512 BK Utrecht.", "3512 BK Utrecht"), ("2511 AB Den Haag, zei ik", "2511 AB Den Haag"), ("3512 BK 24 Utrecht", "3512 BK 24 Utrecht"), ("3512 BK Dan bel ik", "3512 BK")])
    func takesThePlaceThatCompletesTheAddress(text: String, value: String) {
        #expect(detected(detector, in: text) == [value])
    }

    @Test(arguments: ["1234 en dan", "0123 AB", "1234 SA", "1234 SS", "12345 AB", "om 1530 uur", "Het is 1234 ab", "in 2019 al", "klant: sinds 2019 is dat zo"])
    func ignoresLookalikes(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    @Test func readsLowerCaseLettersAfterASpaceInALineWrittenInLowerCase() {
        #expect(detected(detector, in: "klant: zuidwijkstraat 58 in emmen, 7811 hr") == ["7811 hr"])
        #expect(detected(detector, in: "Klant: Zuidwijkstraat 58 in Emmen, 7811 hr").isEmpty)
        // British ones too, as speech-to-text without capitals writes them.
        #expect(detected(detector, in: "customer: it's b13 9rx, the house by the park") == ["b13 9rx"])
        #expect(detected(detector, in: "Customer: sw1a 1aa") == ["sw1a 1aa"])
    }

    /// After the word `postcode`, lower-case letters are a postcode's in any line.
    @Test(arguments: ["Klant: Ik woon op de Waalbandijk 14, de postcode is 4001 ks.", "Klant: Waalbandijk 14, postcode: 4001 ks", "Klant: In Tiel, postcode 4001 ks."])
    func readsLowerCaseLettersAfterTheWordPostcode(text: String) {
        #expect(detected(detector, in: text) == ["4001 ks"])
    }

    @Test func readsNoTwoLetterWordAfterTheWordPostcodeAsLetters() {
        #expect(detected(detector, in: "Klant: De postcode 1234 is van Tiel.").isEmpty)
        #expect(detected(detector, in: "Klant: Mijn Postcode is 2023 en dan nog wat.").isEmpty)
    }

    @Test(arguments: ["NG7 3FR", "LS12 1DP", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH"])
    func findsBritishPostcodes(value: String) {
        #expect(detected(detector, in: "It's 19 Hadley Close, \(value), thanks.") == [value])
    }

    @Test(arguments: ["It's qx7 3fr, thanks.", "ng7 3ci", "NG7 3CI", "NG7 3FRX", "NG73 FR", "A1B2 3CD", "room B2 4th floor", "ABC1 2DE"])
    func ignoresWhatOnlyLooksLikeABritishPostcode(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    @Test(arguments: [("Klant: acht nul één één, K L.", "acht nul één één, K L"), ("dat is achtentachtig elf KL", "achtentachtig elf KL")])
    func readsAPostcodeReadOut(text: String, value: String) {
        #expect(detected(detector, in: text) == [value])
    }

    /// `en` and `er` name N and R as a postcode's last letter where the clause ends; elsewhere
    /// they are words.
    @Test func readsEnAsTheLastLetterOfAPostcodeReadOut() {
        #expect(detected(detector, in: "spreker 2: drie vijf drie een e en") == ["drie vijf drie een e en"])
        #expect(detected(detector, in: "spreker 2: drie vijf drie een e en ik bel").isEmpty)
    }

    @Test func readsNoPostcodeInNumberWordsWithoutItsLetters() {
        #expect(detected(detector, in: "Ik heb acht nul één één, en dat is het.").isEmpty)
        #expect(detected(detector, in: "Dat kost twee nul nul vijf, of meer.").isEmpty)
    }

    /// Speech-to-text writes the digits one by one; a house number after `nummer` belongs to it.
    @Test(arguments: [("Klant: 6 5 3 1 G H, nummer 8.", "6 5 3 1 G H, nummer 8"), ("Dat is 1 0 1 1 AB.", "1 0 1 1 AB"), ("8011 HK, huisnummer 3.", "8011 HK, huisnummer 3")])
    func readsDigitsWrittenOneByOneAndTheNumberAfterNummer(text: String, value: String) {
        #expect(detected(detector, in: text) == [value])
    }

    /// The house number said a few words after a postcode that had none: an address.
    @Test func findsTheHouseNumberSaidAfterAPostcode() {
        let found = { (text: String) in detections(PostcodeDetector(), in: text).filter { $0.0 == .address }.map(\.1) }
        #expect(found("Klant: postcode 7311 HK en het huisnummer is 18") == ["18"])
        #expect(found("klant: zeven drie een een h k en het huisnummer is achttien") == ["achttien"])
        #expect(found("Customer: it's NG7 3FR and the house number is 12a") == ["12a"])
        // After a pause, and said as one Dutch word of hundreds.
        #expect(found("Klant: Dat is 1055 KX, huisnummer... tweehonderdtwaalf.") == ["tweehonderdtwaalf"])
        #expect(found("Klant: 7311 HK en het zaaknummer is 18").isEmpty)
        #expect(found("Klant: 7311 HK, ik bel over nummer 18 van de brief").isEmpty)
    }

    /// A British postcode read out as speech-to-text writes it, in the shapes postcodes have.
    @Test(arguments: [("customer: it's l s six two j q", "l s six two j q"), ("Agent: that's L five three R T. Is that right?", "L five three R T"),
                      ("customer: s w one a one a a", "s w one a one a a"),
                      // Letters spelled with a word: `for` is no digit there.
                      ("speaker 1: the postcode is r m three seven s for sugar h for hotel", "r m three seven s for sugar h for hotel")])
    func findsABritishPostcodeReadOut(text: String, postcode: String) {
        #expect(detected(PostcodeDetector(), in: text) == [postcode])
    }

    @Test(arguments: ["customer: i have a b c", "customer: a b one two c d", "customer: plan b one two three"])
    func leavesLettersAndNumberWordsThatAreNoBritishPostcode(text: String) {
        #expect(detected(PostcodeDetector(), in: text).isEmpty)
    }

    /// Two letters said apart are no word (`b e`, not `be`); a digit written as a word that
    /// sounds so (`for`) counts inside a British postcode's shape.
    @Test func readsSpokenPostcodesWithLettersApartAndDigitsMisheard() {
        #expect(detected(PostcodeDetector(), in: "spreker 2: twee nul één twee b e") == ["twee nul één twee b e"])
        #expect(detected(PostcodeDetector(), in: "speaker 1: l s for six two j q") == ["l s for six two j q"])
        #expect(detected(PostcodeDetector(), in: "speaker 1: i went for six days to j q").isEmpty)
    }

    /// An outward code's number in tens and units (`c f thirty one`), and not a Dutch postcode
    /// inside it (`thirty one four a b` is no 3014 AB there).
    @Test func readsABritishPostcodeWithTensAndUnitsReadOut() {
        #expect(detected(PostcodeDetector(), in: "speaker 1: it's twenty one heol y nant c f thirty one four a b").contains("c f thirty one four a b"))
        #expect(Redactor.standard.candidates(in: "speaker 1: it's twenty one heol y nant c f thirty one four a b").map(\.type).contains(.address))
    }

    /// Typed in lower case in a line with capitals, as people chat, a British postcode counts
    /// when its letters open a postcode area; other letters and digits so written do not.
    @Test func readsALowerCaseBritishPostcodeWhoseAreaIsKnownInALineWithCapitals() {
        #expect(detected(detector, in: "Visitor: Tom, 27 Carlton Rd, ng3 2fh") == ["ng3 2fh"])
        #expect(detected(detector, in: "Visitor: I need the qx3 2fh model, not the old one").isEmpty)
    }

    /// Letters read out by their names, as speech-to-text writes them.
    @Test(arguments: [("klant: drie vijf een twee, bee kaa", "drie vijf een twee, bee kaa"), ("customer: it's be one three nine are ex", "be one three nine are ex")])
    func findsAPostcodeWhoseLettersAreReadOutByTheirNames(text: String, postcode: String) {
        #expect(detected(detector, in: text) == [postcode])
    }

    @Test func leavesLetterNamesThatFollowNoPostcodesDigits() {
        #expect(detected(detector, in: "customer: i see, are you sure? why be so late").isEmpty)
    }

    /// The postcode of a PO box is an organisation's.
    @Test func leavesThePostcodeOfAPostOfficeBox() {
        #expect(detected(PostcodeDetector(), in: "Ja, naar Postbus 150, 4000 AD Tiel.").isEmpty)
        #expect(detected(PostcodeDetector(), in: "Stuur het naar antwoordnummer 2031 3500 VB Utrecht").isEmpty)
        #expect(detected(PostcodeDetector(), in: "Ik woon op Kerkstraat 150, 4000 AD Tiel.") == ["4000 AD Tiel"])
    }

    /// The house number after a postcode goes on over its hundreds said in words.
    @Test func readsHundredsSaidAfterAPostcode() {
        #expect(detected(PostcodeDetector(), in: "Dat is 1526 AB, nummer tweehonderd en vijf.") == ["1526 AB, nummer tweehonderd en vijf"])
        #expect(detected(PostcodeDetector(), in: "klant: 1526 ab en het huisnummer is honderd vier") == ["1526 ab", "honderd vier"])
    }

    /// A unit, `en` and a tens said apart are one number of a postcode read out.
    @Test func readsAUnitAndTensSaidApartInAPostcode() {
        #expect(detected(PostcodeDetector(), in: "klant: vijftien zes en twintig a b") == ["vijftien zes en twintig a b"])
    }

    /// Two letters both said by their names (`ka el`) are the postcode's letters, not a
    /// two-letter word and the next word.
    @Test func readsAPostcodesLettersBothSaidByTheirNames() {
        #expect(detected(PostcodeDetector(), in: "klant: vijf nul twee twee ka el") == ["vijf nul twee twee ka el"])
        #expect(detected(PostcodeDetector(), in: "klant: vijf nul twee twee KA en dan") == ["vijf nul twee twee KA"])
    }

    /// A British postcode read with the spelling alphabet's words.
    @Test func readsABritishPostcodeReadWithTheSpellingAlphabet() {
        #expect(detected(PostcodeDetector(), in: "Caller: postcode Bravo Sierra six, two Papa Tango.") == ["Bravo Sierra six, two Papa Tango"])
        #expect(detected(PostcodeDetector(), in: "Caller: my papa is six, two papa tango dancers").isEmpty)
    }
}
