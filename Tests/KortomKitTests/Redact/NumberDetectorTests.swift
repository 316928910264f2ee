import Testing
@testable import KortomKit

@Suite("BSN and phone numbers")
struct NumberDetectorTests {
    let detector = NumberDetector()

    @Test(arguments: ["111222333", "123456782", "908301662", "123 456 782", "123.45.67.82", "1234-56-782"])
    func findsBSNsThatPassTheElfproef(value: String) {
        let found = detections(detector, in: "Mijn BSN is \(value), klopt dat?")
        #expect(found.count == 1)
        #expect(found.first?.0 == .bsn)
        #expect(found.first?.1 == value)
    }

    /// Grouped as a code would be (`2026-63991` is a case number), nine digits are a BSN only
    /// after a cue.
    @Test func readsNineDigitsInAnyGroupingAsABSNOnlyAfterACue() {
        #expect(detections(detector, in: "Haar BSN is 453-33-1476.").map(\.0) == [.bsn])
        #expect(detections(detector, in: "Het nummer is 453-33-1476.").isEmpty)
    }

    @Test(arguments: ["123456789", "111111111", "000000000"])
    func ignoresNineDigitsThatFailTheElfproef(value: String) {
        #expect(detections(detector, in: "nummer \(value)").isEmpty)
    }

    /// After a BSN cue, nine digits are a BSN though the elfproef fails: misheard or mistyped,
    /// they still point to the person.
    @Test func readsNineDigitsAfterABSNCueAsABSNThoughTheElfproefFails() {
        #expect(detections(detector, in: "Haar BSN is 231847615.").map(\.0) == [.bsn])
        #expect(detections(detector, in: "Mijn burgerservicenummer: 2 3 1 8 4 7 6 1 5.").map(\.0) == [.bsn])
        #expect(detections(detector, in: "Het kenmerk is 231847615.").isEmpty)
    }

    @Test(arguments: ["0115 962 4471", "07700 914 352", "0113 246 8819", "020 7946 0958", "01632960001"])
    func findsBritishNumbersWrittenNationally(value: String) {
        let found = detections(detector, in: "Call me on \(value) please")
        #expect(found.map(\.0) == [.phone])
        #expect(found.first?.1 == value)
    }

    @Test(arguments: ["0800 123 4567", "09001234567", "06 1234 56789"])
    func readsElevenDigitsAsABritishNumberOnlyWithItsPrefixes(value: String) {
        #expect(detections(detector, in: "nummer \(value) graag").isEmpty)
    }

    @Test(arguments: ["06-12345678", "06 1234 5678", "0612345678", "010-1234567", "020 123 4567", "+31 6 12345678", "+31 (0)6 1234 5678", "0031 6 12345678", "+31612345678", "038-4219876", "+44 20 7946 0958", "033 - 456 78 90"])
    func findsPhoneNumbers(value: String) {
        let found = detections(detector, in: "Bel me op \(value) alstublieft")
        #expect(found.map(\.0) == [.phone])
        #expect(found.first?.1 == value)
    }

    @Test func findsANumberRightAfterAnotherNumber() {
        #expect(detected(detector, in: "huisnummer 12 06-12345678") == ["06-12345678"])
    }

    @Test(arguments: ["€ 1.234,56", "12-03-2026", "om 10:30 uur", "zaaknummer Z-2026-004417", "aanslagnummer 4400.2219.07", "1234 AB", "2026", "tussen 12 - 15 uur"])
    func leavesOrdinaryNumbersAlone(text: String) {
        #expect(detections(detector, in: text).isEmpty)
    }

    @Test func canonicalisesPhoneNumbersToE164() {
        #expect(NumberDetector.phone(Array("0612345678".utf8), plus: false) == "+31612345678")
        #expect(NumberDetector.phone(Array("31612345678".utf8), plus: true) == "+31612345678")
        #expect(NumberDetector.phone(Array("0031612345678".utf8), plus: false) == "+31612345678")
        #expect(NumberDetector.phone(Array("310612345678".utf8), plus: true) == "+31612345678")
        #expect(NumberDetector.phone(Array("1234567890".utf8), plus: false) == nil)
    }

    /// After a phone cue, a number of any shape is a phone number: foreign, local or misheard.
    @Test(arguments: [("My telephone number is 367 - 1314. You can call me.", "367 - 1314"), ("My phone number is 626-555-1739.", "626-555-1739"),
                      ("Mijn telefoonnummer is 0612 345.", "0612 345"), ("You can reach me on 555 0134.", "555 0134"), ("bel me op 477 88 12", "477 88 12")])
    func readsAnyNumberAfterAPhoneCueAsAPhoneNumber(text: String, number: String) {
        let found = detections(NumberDetector(), in: text)
        #expect(found.map(\.0) == [.phone] && found.map(\.1) == [number])
    }

    /// Only the cue's own number: a number after it with another number between is kept, and
    /// so is a number after a word that only starts like a cue.
    @Test func keepsOtherNumbersAfterAPhoneCue() {
        #expect(detections(NumberDetector(), in: "My phone number is 06 12345678 and my case is 123456.").map(\.1) == ["06 12345678"])
        #expect(detections(NumberDetector(), in: "I phoned about reference 884213.").isEmpty)
        #expect(detections(NumberDetector(), in: "My phone number is on file, the amount is 12.50").isEmpty)
        // Service numbers stay, as everywhere.
        #expect(detections(NumberDetector(), in: "Our phone number is 0800 1234, free of charge.").isEmpty)
        #expect(detections(NumberDetector(), in: "Het telefoonnummer is 0900-8844.").isEmpty)
    }
}

@Suite("Codes are not numbers to redact")
struct CodeNumberTests {
    @Test(arguments: ["zaaknummer Z-2026-63991", "REF-300704264", "kenmerk KW/123456782", "dossier 2026-63991"])
    func leavesCodesAlone(text: String) {
        #expect(detections(NumberDetector(), in: text).isEmpty)
    }

    /// A second number after `of mobiel` or `landline's`, misheard into eleven digits, is a phone number still.
    @Test func readsAMisheardNumberAfterTheWordMobile() {
        #expect(detected(NumberDetector(), in: "Beller: 010 - 466 2190, of mobiel 06 46 56 37 644.") == ["010 - 466 2190", "06 46 56 37 644"])
    }
}
