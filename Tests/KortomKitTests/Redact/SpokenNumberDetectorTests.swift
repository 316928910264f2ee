import KortomTesting
import Testing
@testable import KortomKit

@Suite("Numbers read out digit by digit")
struct SpokenNumberDetectorTests {
    @Test func readsSixToNineDigitsAsAPhoneNumberOnlyWhenAskedTo() {
        let text = "zes vijf vijf een acht twee nul negen"
        #expect(detected(SpokenNumberDetector(), in: text).isEmpty)
        #expect(detections(SpokenNumberDetector(findsPhoneFragments: true), in: text).map(\.0) == [.phone])
        #expect(detected(SpokenNumberDetector(findsPhoneFragments: true), in: "zes vijf").isEmpty)
    }

    let detector = SpokenNumberDetector()

    @Test(arguments: [("tweehonderdtwaalf", 212), ("honderdeneen", 101), ("driehonderd", 300), ("honderdvijfenveertig", 145), ("Honderdachttien", 118)])
    func readsDutchHundredsSaidAsOneWord(word: String, value: Int) {
        #expect(NumberWords.dutchHundreds(word.utf8) == value)
    }

    /// A mobile number read without its leading digits, which are said after it.
    @Test(arguments: [("Klant: zes achtendertig negentien nul twee vijf zeven met nul ervoor", "zes achtendertig negentien nul twee vijf zeven"),
                      ("Klant: zes twee vier vier een acht nul negen, met nul zes ervoor", "zes twee vier vier een acht nul negen"),
                      ("Customer: seven nine one one, one two three, four five six, with a zero in front", "seven nine one one, one two three, four five six")])
    func findsAPhoneNumberWhoseLeadingDigitsAreSaidAfterIt(text: String, number: String) {
        #expect(detected(SpokenNumberDetector(), in: text) == [number])
    }

    @Test func takesNoDigitsSaidAfterAnotherWordAsAPhonesStart() {
        #expect(detected(SpokenNumberDetector(), in: "Klant: het kost zes twee vier vier een acht nul negen euro met een nul ervoor").isEmpty)
        #expect(detected(SpokenNumberDetector(), in: "Klant: zes twee vier vier een acht nul negen, met de kinderen").isEmpty)
    }

    /// The line scan's table holds these words: each must be one the detector reads, and
    /// together they must say every number from 100 to 999.
    @Test func listsEveryDutchHundredsWordTheDetectorReads() {
        let values = NumberWords.dutchHundredsWords.map { NumberWords.dutchHundreds($0.utf8) }
        #expect(!values.contains(nil))
        #expect(Set(values.compactMap { $0 }) == Set(100...999))
    }

    @Test(arguments: ["honderduit", "eenhonderd", "honderd-twee", "tienhonderd", "honderden"])
    func readsNoHundredsInOtherWords(word: String) {
        #expect(NumberWords.dutchHundreds(word.utf8) == nil)
    }

    /// Digits said in words and groups, repeats included, up to where the words stop being numbers.
    @Test func readsTheDigitsSaidFromAPosition() {
        var text = "it's oh seven nine double three, 45 six, and that's it"
        text.withUTF8 { bytes in
            let said = NumberWords.digitsSaid(in: bytes, from: 5, maximum: 12)
            #expect(said.map { String(decoding: $0.digits, as: UTF8.self) } == "0793345" + "6")
            #expect(said.map { String(decoding: bytes[5..<$0.end], as: UTF8.self) } == "oh seven nine double three, 45 six")
        }
    }

    /// English says a pair's tens and unit as two words: `forty nine` is 49, not 4, 0 and 9.
    @Test func readsAnEnglishTensAndUnitAsOnePair() {
        var text = "sort code forty nine twenty two eleven"
        text.withUTF8 { bytes in
            #expect(NumberWords.digitsSaid(in: bytes, from: 10, maximum: 8).map { String(decoding: $0.digits, as: UTF8.self) } == "492211")
        }
        #expect(detections(detector, in: "it's oh seven seven oh oh, ninety one, forty five, sixty seven").map(\.0) == [.phone])
        // Read as 40 9 20 2 11 3, these words would pass the elfproef.
        #expect(detected(detector, in: "forty nine twenty two eleven three").isEmpty)
    }

    /// A card number read out to pay: 13 to 19 digits that pass Luhn's check; not when the
    /// pipeline redacts no cards.
    @Test func findsACardNumberReadOut() {
        let text = "yeah four one three oh four six seven five eight nine six one seven three eight six"
        #expect(detections(detector, in: text).map(\.0) == [.paymentCard])
        #expect(detections(SpokenNumberDetector(findsCard: false), in: text).allSatisfy { $0.0 != .paymentCard })
        #expect(detections(detector, in: "four one three oh four six seven five eight nine six one seven three eight seven").allSatisfy { $0.0 != .paymentCard })
    }

    @Test(arguments: [
        "nul zes een twee drie vier vijf zes zeven acht",
        "nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig",
        "nul zes twaalf vierendertig zesenvijftig achtenzeventig",
        "06 twaalf 34 56 78",
        "oh six one two three four five six seven eight",
        "zero six double one two three four five six seven",
        "drie een zes een twee drie vier vijf zes zeven acht",
    ])
    func findsPhoneNumbers(spoken: String) {
        let found = detections(detector, in: "Mijn nummer is \(spoken), klopt dat?")
        #expect(found.map(\.0) == [.phone])
        #expect(found.first?.1 == spoken)
    }

    @Test func numbersWithTheSameDigitsShareAPlaceholder() {
        let call = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.customer, "Mijn nummer is nul zes een twee drie vier vijf zes zeven acht."),
            (.agent, "Dus 06-12345678?"),
        ]))
        #expect(call.transcript.turns.map(\.text) == ["Mijn nummer is [PHONE-1].", "Dus [PHONE-1]?"])
    }

    @Test func findsABSNThatPassesTheElfproef() {
        #expect(detections(detector, in: "Mijn BSN is een een een twee twee twee drie drie drie.").map(\.0) == [.bsn])
        #expect(detections(detector, in: "Het is een twee drie vier vijf zes zeven acht negen.").isEmpty)
    }

    @Test(arguments: [
        "Het kost twaalf euro vijftig.", "Ik heb een vraag over twee brieven.", "Om drie uur, of half vier.",
        "Ik ben geboren op drie maart negentien vierenzeventig.", "one two three, testing", "Ik heb er een twee drie vier keer om gevraagd.",
    ])
    func leavesOrdinaryNumbersAlone(text: String) {
        #expect(detections(detector, in: text).isEmpty)
    }

    /// A British landline read out: 0 and ten digits.
    @Test func readsABritishLandlineReadOut() {
        #expect(detected(SpokenNumberDetector(), in: "speaker 1: she's got the landline oh one one three two seven eight double oh four one") == ["oh one one three two seven eight double oh four one"])
    }

    /// A repeat word may open a number read out; a British mobile read without its `oh` is
    /// a fragment of ten digits.
    @Test func readsANumberThatOpensWithARepeatWord() {
        let text = "No, it's double seven oh four, three one eight, double nine two, with oh seven in front."
        #expect(detected(SpokenNumberDetector(findsPhoneFragments: true), in: text) == ["double seven oh four, three one eight, double nine two"])
    }

    /// A group of three said as one Dutch word of hundreds: a BSN read in groups.
    @Test func readsAGroupOfHundredsSaidAsOneWord() {
        let found = detections(SpokenNumberDetector(), in: "spreker 2: dat is tweehonderdachtendertig veertien achtenvijftig tweeënvijftig")
        #expect(found.map(\.0) == [.bsn])
        #expect(found.map(\.1) == ["tweehonderdachtendertig veertien achtenvijftig tweeënvijftig"])
        #expect(detected(SpokenNumberDetector(), in: "klant: het kost tweehonderd euro en vijftig cent").isEmpty)
    }
}
