import Testing
@testable import KortomKit

@Suite("Document, driving licence, KvK and VAT numbers")
struct IdentifierCueDetectorTests {
    let detector = IdentifierCueDetector()

    @Test(arguments: [
        ("Mijn paspoortnummer is NW12KL3P4.", "NW12KL3P4"),
        ("Het documentnummer van mijn id-kaart: IZR123456.", "IZR123456"),
        ("Rijbewijsnummer 4512345678 graag.", "4512345678"),
        ("Ons KvK-nummer is 12345678.", "12345678"),
        ("Het btw-nummer is NL123456789B01.", "NL123456789B01"),
        // A foreign national's number (vreemdelingennummer), ten digits.
        ("Het v-nummer is 2398475610, het BSN ...", "2398475610"),
        // An Irish PPS number and a German tax identification number, their checks holding.
        ("Only the PPS, 8765432EA.", "8765432EA"), ("My PPS number is 1234567TW.", "1234567TW"),
        ("De Steuer-ID is 47036892816.", "47036892816"), ("Ja, de Steuer-ID, 47 036 892 816.", "47 036 892 816"),
        // A Polish PESEL after its cue, its check holding; an Irish PPS number read out.
        ("In Poland my number is PESEL 85071401231.", "85071401231"), ("caller: my pps number is six eight one four two two seven t", "six eight one four two two seven t"),
        // A prisoner's number after its cue.
        ("Liam Carter, prison number A4417CJ.", "A4417CJ"),
    ])
    func findsIdentifiers(text: String, value: String) {
        #expect(detected(detector, in: text) == [value])
    }

    @Test(arguments: ["Zaaknummer NW12KL3P4 staat open.", "Het bedrag is 12345678 cent.", "Mijn paspoort is verlopen sinds 2019.", "Het v-nummer is 12345678.",
                      // Checks that fail.
                      "Only the PPS, 8765432WA.", "De Steuer-ID is 47036892815.", "PESEL 85071401232.", "caller: my pps number is six eight one four two two seven a"])
    func needsItsCue(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    @Test func findsLicenceAndKvKNumbersReadInGroupsAfterTheirCue() {
        #expect(detected(detector, in: "Mijn rijbewijsnummer is 5123 4567 89.") == ["5123 4567 89"])
        #expect(detected(detector, in: "Ons KvK-nummer: 1234 5678.") == ["1234 5678"])
        #expect(detected(detector, in: "Bel 5123 4567 89 maar.").isEmpty)
    }

    @Test(arguments: ["QQ 12 34 56 C", "AB123456D", "JT 48 21 09 A"])
    func findsNationalInsuranceNumbersWithoutACue(value: String) {
        #expect(detected(detector, in: "It's \(value), I think.") == [value])
    }

    @Test(arguments: ["AB 12 34 56 E", "AB 12 34 5 C", "AB 1234 56 C", "room AB 12 34 56", "ab 12 34 56 e", "at 10 12 14 a", "om 12 34 56 a", "Ab 12 34 56 c"])
    func leavesWhatOnlyLooksLikeANationalInsuranceNumber(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// Typed in lower case, as in a chat: only the whole number, and not after a word of two letters.
    @Test(arguments: ["jn 55 40 21 b", "jn554021b"])
    func findsANationalInsuranceNumberTypedInLowerCase(value: String) {
        #expect(detected(detector, in: "mine is \(value) his is ZX413722A") == [value, "ZX413722A"])
    }

    @Test(arguments: ["His NHS number is 943 476 5919.", "NHS number: 9434765919", "NHS number, it's nine four three, four seven six, five nine one nine."])
    func findsNHSNumbersAfterTheirCue(text: String) {
        #expect(detections(IdentifierCueDetector(), in: text).map(\.0) == [.documentNumber])
    }

    /// The check digit must hold: a number without it is some other number.
    @Test func takesNoNHSNumberWhoseCheckFails() {
        #expect(detected(IdentifierCueDetector(), in: "His NHS number is 943 476 5918.").isEmpty)
        #expect(detected(IdentifierCueDetector(), in: "His NHS number is nine four three, four seven six, five nine one eight.").isEmpty)
        #expect(IdentifierCueDetector.isNHSNumber(Array("9434765919".utf8)))
    }

    @Test func findsABlueBadgeNumberReadInGroupsAfterItsCue() {
        #expect(detected(IdentifierCueDetector(), in: "Her blue badge number is PG 1194 5530 L.") == ["PG 1194 5530 L"])
        #expect(detected(IdentifierCueDetector(), in: "The blue badge costs 10 pounds, ring 0300 123.").isEmpty)
        #expect(detected(IdentifierCueDetector(), in: "Her blue badge runs out at the end of January this year. Her badge number is GO 7745 1093 K.") == ["GO 7745 1093 K"])
        // Written as one word, and said again to correct how it was read.
        #expect(detected(IdentifierCueDetector(), in: "Caller: my badge number is RC7K40219.") == ["RC7K40219"])
        #expect(detected(IdentifierCueDetector(), in: "badge number RC 7 K 4 0 2 1 9... sorry, it's RC7K40219, no spaces.") == ["RC 7 K 4 0 2 1 9", "RC7K40219"])
        #expect(detected(IdentifierCueDetector(), in: "Her badge number is on the card, valid till 2027.").isEmpty)
        // Scotland's CHI number, with the NHS number's check, in its date and four digits.
        #expect(detected(IdentifierCueDetector(), in: "Agent: And his CHI number? Caller: Aye, it's 140382 1232.") == ["140382 1232"])
        #expect(detected(IdentifierCueDetector(), in: "His CHI number is 140382 1233.").isEmpty)
        // A foreign national's number read in groups after its cue.
        #expect(detected(IdentifierCueDetector(), in: "Klant: Mijn v-nummer is 2674 1093 88.") == ["2674 1093 88"])
    }

    /// A taxi driver's badge is shorter than a Blue Badge: a letter and four digits at least.
    @Test func findsATaxiDriversBadgeNumberAfterItsCue() {
        #expect(detected(detector, in: "I'm a private hire driver, badge number PH 04417.") == ["PH 04417"])
        #expect(detected(detector, in: "My badge number was 2231 I think.").isEmpty)
        #expect(detected(detector, in: "Quote PH 04417 when you call.").isEmpty)
    }

    /// A British driving licence number by its shape alone: surname, birth date, initials.
    @Test(arguments: [("Hang on, it's on the card. MORRI707149DJ9AB.", true), ("licence lee99 756 ...: LEE99756124J99AB", true),
                      ("Her licence is WALSH862169AB9CD, female, born 1986.", true), ("Code M9RRI707149DJ9AB", false),
                      ("Part number ABCDE713149DJ9AB", false), ("Serial ABCDE123456ABCDEF", false)])
    func findsABritishDrivingLicenceNumberByItsShape(text: String, found: Bool) {
        #expect(detected(detector, in: text).isEmpty != found)
    }

    /// A DBS certificate's twelve digits after its cue are a document, not a phone number.
    @Test func findsADBSCertificateNumberAfterItsCue() {
        #expect(detected(detector, in: "Yes, certificate number 001693458217.") == ["001693458217"])
        #expect(detected(detector, in: "My DBS is 0016 9345 8217.") == ["0016 9345 8217"])
        #expect(detected(detector, in: "Order 001693458217 came today.").isEmpty)
        let (text, _) = Redactor.standard.redactText("Caller: Yes, certificate number 001693458217.")
        #expect(text == "Caller: Yes, certificate number [DOCUMENT-1].")
    }

    @Test(arguments: ["NL 8612.34.567.B01", "NL861234567B01", "nl 861234567 b01"])
    func findsDutchVATNumbersReadApart(value: String) {
        #expect(detected(IdentifierCueDetector(), in: "Het btw-nummer is \(value).") == [value])
    }

    @Test func takesNoVATNumberOfTheWrongLength() {
        #expect(detected(IdentifierCueDetector(), in: "Het is NL 8612.34.567.B0 geloof ik.").isEmpty)
    }

    /// Passports of other countries after a passport cue: eight or nine characters, mostly digits.
    @Test(arguments: ["Her passport number is 533401372.", "My passport number is C01X00T47."])
    func findsPassportNumbersOfOtherCountries(text: String) {
        #expect(detections(IdentifierCueDetector(), in: text).map(\.0) == [.documentNumber])
    }

    @Test func findsANationalInsuranceNumberReadOut() {
        #expect(detected(IdentifierCueDetector(), in: "National insurance number: Q Q one two three four five six C.") == ["Q Q one two three four five six C"])
        #expect(detected(IdentifierCueDetector(), in: "National insurance? A B, I think, not sure.").isEmpty)
    }

    /// A passport or identity card number read out character by character after its cue:
    /// single letters, digits and digit words with the document number's shape.
    @Test(arguments: [("spreker 2: het documentnummer is b n zeven f twee k acht l vier", "b n zeven f twee k acht l vier"),
                      ("Klant: Mijn paspoort, dat is B N 7 F 2 K 8 L 4.", "B N 7 F 2 K 8 L 4")])
    func findsADocumentNumberReadOut(text: String, value: String) {
        #expect(detected(IdentifierCueDetector(), in: text) == [value])
    }

    /// A KvK number read out in words after its cue, eight digits, and an NHS number whose
    /// check holds; not seven digits, nor ten whose NHS check fails.
    @Test(arguments: [("spreker 2: mijn kvk nummer is acht één twee drie vier vijf zes zeven", "acht één twee drie vier vijf zes zeven"),
                      ("Caller: my NHS number is oh eight three, oh one six, six one three oh", "oh eight three, oh one six, six one three oh")])
    func findsANumberReadOutInWordsAfterItsCue(text: String, value: String) {
        #expect(detected(IdentifierCueDetector(), in: text) == [value])
        #expect(detected(IdentifierCueDetector(), in: "spreker 2: mijn kvk nummer is acht één twee drie vier vijf zes").isEmpty)
        #expect(detected(IdentifierCueDetector(), in: "Caller: my NHS number is oh eight three, oh one six, six one three one").isEmpty)
    }

    @Test func takesNoDocumentNumberReadOutOfTheWrongShape() {
        #expect(detected(IdentifierCueDetector(), in: "spreker 2: het documentnummer is b n zeven f twee k acht l").isEmpty)
        #expect(detected(IdentifierCueDetector(), in: "spreker 2: mijn paspoort is a b c d e f g h i").isEmpty)
    }

    /// In a turn written all in lower case, the letters of a National Insurance number read out are too.
    @Test func findsANationalInsuranceNumberReadOutInLowerCase() {
        #expect(detected(IdentifierCueDetector(), in: "and his national insurance number is j h four seven two nine one eight c") == ["j h four seven two nine one eight c"])
        #expect(detected(IdentifierCueDetector(), in: "His national insurance number is j h four seven two nine one eight c, Mr Smith said.").isEmpty)
    }

    /// Belgium's national register number after its cue, with its check for births before and
    /// since 2000.
    @Test func findsABelgianNationalRegisterNumberAfterItsCue() {
        #expect(detected(IdentifierCueDetector(), in: "Klant: Nee, alleen mijn rijksregisternummer, 85.07.30-033.28.") == ["85.07.30-033.28"])
        #expect(detected(IdentifierCueDetector(), in: "Klant: Nee, alleen mijn rijksregisternummer, 85.07.30-033.29.").isEmpty)
        #expect(IdentifierCueDetector.isBelgianNationalNumber(Array("85073003328".utf8)))
        #expect(IdentifierCueDetector.isBelgianNationalNumber(Array("01020312345".utf8)))
    }

    /// A number named so right before it takes a cue from further back in the sentence.
    @Test func readsACueFurtherBackWhereTheValueIsNamedANumber() {
        #expect(detected(IdentifierCueDetector(), in: "Klant: Mijn rijbewijs heb ik ook bij me als extra legitimatie, nummer 5012345678.") == ["5012345678"])
        #expect(detected(IdentifierCueDetector(), in: "Klant: Mijn rijbewijs heb ik ook bij me als extra legitimatie, en bel 5012345678.").isEmpty)
    }
}
