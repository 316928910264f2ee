import Testing
@testable import KortomKit

@Suite("IBAN")
struct IBANDetectorTests {
    let detector = IBANDetector()

    @Test(arguments: ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL91-ABNA-0417-1643-00", "DE89370400440532013000", "GB29 NWBK 6016 1331 9268 19", "BE68539007547034"])
    func findsValidIBANs(value: String) {
        #expect(detected(detector, in: "Mijn rekening is \(value), graag daarop.") == [value])
    }

    @Test(arguments: ["DE89370400440532013001", "GB29 NWBK 6016 1331 9268 18", "NL91ABNA041716430", "AB12"])
    func ignoresInvalidChecksumsOutsideTheDutchLayout(value: String) {
        #expect(detected(detector, in: "rekening \(value)").isEmpty)
    }

    /// A misheard or mistyped Dutch account number still points to its holder.
    @Test(arguments: ["NL91ABNA0417164301", "NL07 RABO 0316 4528 91"])
    func findsDutchIBANsWhoseCheckFailsWithLessConfidence(value: String) {
        var text = "rekening \(value) graag"
        let found = text.withUTF8 { buffer in
            var found: [PIICandidate] = []
            detector.detect(in: buffer, into: &found)
            return found
        }
        #expect(found.map(\.type) == [.iban])
        #expect(found.first.map { $0.confidence < 0.9 } == true)
        #expect(detected(detector, in: text) == [value])
    }

    @Test(arguments: ["NL 91 ABNA 0417 1643 00", "nl 91 abna 0417 1643 00", "NL-91-ABNA-0417-1643-00"])
    func findsIBANsWithTheCheckDigitsReadApart(value: String) {
        #expect(detected(detector, in: "Het is \(value), op naam van mij.") == [value])
    }

    @Test func doesNotSwallowTheNextWord() {
        #expect(detected(detector, in: "NL91 ABNA 0417 1643 00 en verder") == ["NL91 ABNA 0417 1643 00"])
    }

    @Test func checksMod97() {
        #expect(IBANDetector.isValid(Array("NL91ABNA0417164300".utf8)))
        #expect(!IBANDetector.isValid(Array("NL92ABNA0417164300".utf8)))
    }

    /// A British account: its sort code after the cue, and the eight digits of the account after that.
    @Test(arguments: [("Sort code 20-45-77, account number 31926819.", ["20-45-77", "31926819"]),
                      ("The sort code is 20 45 77 and the account 3192 6819.", ["20 45 77", "3192 6819"]),
                      // Both typed one after the other, a space between.
                      ("sort code 82-60-22 10457338", ["82-60-22", "10457338"]), ("sort code 826022 1045 7338", ["826022", "1045 7338"]),
                      ("Sort code forty, twelve, seventy-six, account seven three, double one, four eight, nine two.",
                       ["forty, twelve, seventy-six", "seven three, double one, four eight, nine two"]),
                      // English says a pair's tens and unit as two words: `forty nine` is 49.
                      ("sort code forty nine twenty two eleven account three one nine two eight four five six",
                       ["forty nine twenty two eleven", "three one nine two eight four five six"])])
    func findsBritishAccountsAfterTheSortCode(text: String, values: [String]) {
        #expect(detected(IBANDetector(), in: text) == values)
    }

    @Test func takesNoAccountNumberWithoutASortCode() {
        #expect(detected(IBANDetector(), in: "Your council tax account number is 31926819.").isEmpty)
        #expect(detected(IBANDetector(), in: "The sort code is on the card, one of the two.").isEmpty)
    }

    /// A Dutch IBAN read out character by character, as speech-to-text writes it.
    @Test func findsADutchIBANWrittenCharacterByCharacter() {
        #expect(detected(IBANDetector(), in: "Klant: N L 3 0 A B N A 0 5 1 2 3 4 5 6 7 8.") == ["N L 3 0 A B N A 0 5 1 2 3 4 5 6 7 8"])
    }

    /// A Dutch IBAN read out in words, as speech-to-text writes it; its check must hold.
    @Test func findsADutchIBANReadOutInWords() {
        #expect(detected(IBANDetector(), in: "klant: via rekening n l drieëntwintig s n s b zes acht vier een nul vier vier zeven drie drie") == ["n l drieëntwintig s n s b zes acht vier een nul vier vier zeven drie drie"])
        #expect(detected(IBANDetector(), in: "Klant: het is NL drieëntwintig SNSB 68 41 04 47 33.") == ["NL drieëntwintig SNSB 68 41 04 47 33"])
        #expect(detected(IBANDetector(), in: "klant: n l drieëntwintig s n s b zes acht vier een nul vier vier zeven drie vier").isEmpty)
    }
}
