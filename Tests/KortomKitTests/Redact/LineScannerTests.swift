import Foundation
import KortomTesting
import Testing
@testable import KortomKit

@Suite("Line scanner")
struct LineScannerTests {
    func signals(_ text: String) -> [LineSignals] {
        var text = text
        return text.withUTF8 { LineScanner.scan($0).map(\.signals) }
    }

    func lineSignals(_ text: String) -> LineSignals { signals(text)[0] }

    @Test func splitsAtLineFeedsWithoutThem() {
        var text = "een\n\ntwee"
        let ranges = text.withUTF8 { LineScanner.scan($0).map(\.range) }
        #expect(ranges == [0..<3, 4..<4, 5..<9])
    }

    @Test(arguments: [("[00:01:05] Klant: ja", 11), ("[1:05]  Agent", 8), ("[00:01:05]", 10), ("[12] Klant", 0), ("[00::05] x", 0),
                      ("[:05] x", 0), ("[00:05 x", 0), ("[Klant] ja", 0), ("00:01:05 x", 0), ("[00:01:05.120] x", 0)])
    func stepsOverAClockTimeInBracketsOnly(text: String, length: Int) {
        var text = text
        #expect(text.withUTF8 { LineScanner.clockTimeLength($0, from: 0) } == length)
    }

    /// What a line holds is read the same after a clock time as without it.
    @Test func readsALineAfterAClockTimeAsWithout() {
        for line in ["Klant: mijn BSN is 111222333 en ik woon op Kerkstraat 24", "Agent: my name is Priya, born 3 May 1961?", "klant: ik ben kees bakker", "Klant: [IBAN-1] graag"] {
            #expect(lineSignals("[00:01:05] " + line).subtracting(.nameShape) == lineSignals(line).subtracting(.nameShape))
        }
    }

    @Test func clockTimesAreNoShortNumbersOrDates() {
        #expect(lineSignals("[00:01:05] Klant: om 14:30 kom ik langs").intersection([.shortNumber, .dateShape]).isEmpty)
        #expect(lineSignals("[00:01:05] Klant: op 14 maart").contains([.shortNumber, .dateShape]))
        #expect(lineSignals("Postcode:1234AB").contains(.postcodeShape))
    }

    @Test func seesTheShapesOfDigitValues() {
        #expect(lineSignals("postcode 2512 CD, huisnummer 8").contains([.postcodeShape, .shortNumber]))
        #expect(lineSignals("postcode 2512cd").contains(.postcodeShape))
        #expect(!lineSignals("in 2019 al").contains(.postcodeShape))
        #expect(lineSignals("klant: in emmen, 7811 hr").contains(.postcodeShape))
        #expect(!lineSignals("Klant: in Emmen, 7811 hr").contains(.postcodeShape))
        #expect(lineSignals("kenteken 12-BBB-3").contains(.plateShape))
        // Without a dash a plate counts only after its cue, which the line holds.
        #expect(lineSignals("kenteken AB12CD").contains(.plateCue) && !lineSignals("kenteken AB12CD").contains(.plateShape))
        #expect(!lineSignals("Person1: Hello, how are you?").contains(.plateShape))
        #expect(lineSignals("Thank you. –Lindsey").contains(.signOffMark) && lineSignals("TY - Robyn 2/2").contains(.signOffMark))
        #expect(!lineSignals("bel 06-12345678 om 10-11 uur").contains(.signOffMark))
        #expect(!lineSignals("bel 06-12345678").contains(.plateShape))
        #expect(lineSignals("geboren 22-08-1979").contains(.dateShape))
        #expect(lineSignals("geboren 1979-08-22").contains(.dateShape))
        #expect(!lineSignals("kenmerk 77120 en 1234567").contains(.dateShape))
        #expect(lineSignals("paspoort NW1234567").contains(.longCode))
        #expect(!lineSignals("[00:01:05] Klant: om 14:30 uur").contains(.shortNumber))
        #expect(!lineSignals("[00:01:05] Klant: om 14:30 uur").contains(.dateShape))
    }

    @Test(arguments: ["Ik woon op Kerkstraat 24 bis", "de hoogstraat 14", "Laan van Meerdervoort 12", "10 Downing Street", "Kerkstraat van 12"])
    func seesHouseNumbersWithAStreetAround(_ text: String) {
        #expect(lineSignals(text).contains(.houseNumber))
    }

    @Test(arguments: ["op 12 maart om 10 uur", "het kost 45 euro", "ik heb 3 kinderen en 2 katten"])
    func seesNoHouseNumberWithoutAStreet(_ text: String) {
        #expect(!lineSignals(text).contains(.houseNumber))
    }

    @Test func seesCuesForBirthDatesAndAges() {
        #expect(lineSignals("Ik ben geboren op 3 mei").contains(.birthCue))
        #expect(lineSignals("date of birth 3 May").contains(.birthCue))
        #expect(lineSignals("op 3 mei 1961").contains(.year))
        #expect(!lineSignals("op 3 mei om 10 uur").contains(.year))
        #expect(!lineSignals("op 3 mei om 10 uur").contains(.birthCue))
        #expect(lineSignals("Ze is 84 jaar oud").contains(.ageCue))
        #expect(lineSignals("a 9-year-old").contains(.ageCue))
        #expect(lineSignals("He's 91, you know").contains(.ageCue))
        #expect(lineSignals("Hij is 87 en woont alleen").contains(.ageCue))
        #expect(!lineSignals("The team has 91 points").contains(.ageCue))
    }

    @Test func countsDigitsForNumbersAndCards() {
        #expect(!lineSignals("om 10:30:00 uur").contains(.eightDigits))
        #expect(lineSignals("bel 06-1234 5678").contains(.eightDigits))
        #expect(!lineSignals("bel 06-1234 5678").contains(.thirteenDigits))
        #expect(lineSignals("kaart 4111 1111 1111 1111").contains(.thirteenDigits))
        #expect(lineSignals("+31 (0)6 1234 5678").contains(.eightDigits))
        // Digits count together only in groups joined as numbers are written.
        #expect(!lineSignals("BSN 111222333 en mobiel 0612345678").contains(.thirteenDigits))
        #expect(!lineSignals("op 12 maart om 10.30 uur, kamer 4").contains(.eightDigits))
    }

    @Test func seesAnIBANWithItsCheckDigitsApartAndABritishPostcode() {
        #expect(lineSignals("Het is NL 07 RABO 0316 4528 91.").contains(.ibanShape))
        #expect(!lineSignals("Het was 07 RABO.").contains(.ibanShape))
        #expect(lineSignals("We're at 88 Wellington Road, LS12 1DP.").contains(.postcodeShape))
        // In lower case in a line with capitals, only where the letters open a postcode area.
        #expect(lineSignals("We're at 88 Wellington Road, ls12 1dp.").contains(.postcodeShape))
        #expect(!lineSignals("We're at 88 Wellington Road, qx12 1dp.").contains(.postcodeShape))
    }

    @Test func seesLettersSpelledOutAndSpacedInsuranceNumbers() {
        #expect(lineSignals("spelled O-L-U-W-A-S-E-U-N").contains(.spelledLetters))
        #expect(lineSignals("dat is B A K K E R").contains(.spelledLetters))
        #expect(!lineSignals("kan ik u helpen, zei ik").contains(.spelledLetters))
        #expect(lineSignals("It's QQ 12 34 56 C.").contains(.longCode))
        #expect(lineSignals("Mijn rijbewijsnummer is 5123 4567 89.").contains([.eightDigits, .documentCue]))
        #expect(!lineSignals("Bel me op 06 1234 5678.").contains(.documentCue))
    }

    @Test func seesTheOpeningOfAnIBAN() {
        #expect(lineSignals("het is nl91 abna 0417 1643 00").contains(.ibanShape))
        #expect(!lineSignals("het is nl abna 0417").contains(.ibanShape))
    }

    @Test(arguments: ["mijn ip is 10.0.0.1", "fe80::1", "2001:0db8:1234:5678:9012:3456:7890:1234", "ga naar https://x.nl", "www.example.nl", "adres 2001:db8:0:1"])
    func seesNetworkAddresses(_ text: String) {
        #expect(lineSignals(text).contains(.networkShape))
    }

    @Test(arguments: ["Klant: dat klopt", "[00:00:05] Agent: om 10:30:00 uur", "Het kost 12,50 euro."])
    func seesNoNetworkAddressInOrdinaryText(_ text: String) {
        #expect(!lineSignals(text).contains(.networkShape))
    }

    @Test func addsUpNumbersReadOutDigitByDigit() {
        #expect(lineSignals("nul zes twaalf vierendertig zesenvijftig achtenzeventig").contains(.spokenDigits))
        #expect(lineSignals("06 twaalf 34 56 78").contains(.spokenDigits))
        #expect(lineSignals("oh six one two, three four five six seven eight").contains(.spokenDigits))
        // Words that are no numbers end the run; digits alone are no number read out.
        #expect(!lineSignals("een twee drie, dan weer een paar en nog twee vier").contains(.spokenDigits))
        #expect(!lineSignals("bel 0612345678").contains(.spokenDigits))
    }

    @Test func findsListedNamesAlsoWithInnerPunctuation() {
        #expect(lineSignals("ik sprak met Jansen").contains(.listedName))
        #expect(lineSignals("ik sprak met JANSEN").contains(.listedName))
        // Longer than the 8 bytes the scan's hash holds without mixing.
        #expect(lineSignals("ik sprak met Christopher").contains(.listedName))
        #expect(!lineSignals("ik sprak met Christophers").contains(.listedName))
        #expect(lineSignals("dat was Jan-Willem").contains(.listedName))
        #expect(lineSignals("dat was O'Brien's idee").contains(.listedName))
        #expect(!lineSignals("de container is niet geleegd").contains(.listedName))
        // A listed name in lower case counts only in a line that is all lower case.
        #expect(!lineSignals("Klant: Ik woon in het bos.").contains(.listedName))
        #expect(lineSignals("Klant: ik ben kees bakker").contains(.listedName))
        #expect(lineSignals("[00:01:05] Klant: ik ben kees bakker").contains([.listedName, .lowercase]))
    }

    @Test func seesWhereANameAfterACueCanStand() {
        #expect(lineSignals("Klant: mijn naam is Bakker").contains(.nameShape))
        #expect(lineSignals("Klant: mijn naam is kees bakker").contains(.nameShape))
        #expect(!lineSignals("Klant: Dat klopt helemaal. Dank u wel.").contains(.nameShape))
    }

    /// The lines that ``LineSignals`` rule out for the name, address and identifier detectors,
    /// though they hold a capital, a number or a long code.
    @Test func rulesOutWhatLooksLikeAValueButCannotBeOne() {
        // `I` is no name; `speaking` follows a name that may open the sentence.
        #expect(!lineSignals("Customer: This is the second time, and I already called.").contains(.nameShape))
        #expect(lineSignals("Customer: This is the second time, and I. Jansen called.").contains(.nameShape))
        #expect(lineSignals("Agent: Priya speaking, how can I help?").contains(.nameShape))
        // A listed first name that is also a common word, opening a sentence.
        #expect(!lineSignals("Customer: Will there be a charge?").contains(.listedName))
        #expect(lineSignals("Customer: Then Will said no.").contains(.listedName))
        #expect(lineSignals("Customer: Jansen is mijn naam.").contains(.listedName))
        // An ordinal is no house number; an IBAN is too long for a document number.
        #expect(!lineSignals("The crew came on the 3rd of March.").contains(.houseNumber))
        #expect(lineSignals("I live at 221B Baker Street.").contains(.houseNumber))
        #expect(!lineSignals("Mijn rekeningnummer is NL48ABNA0365031842.").contains(.longCode))
        #expect(lineSignals("Het btw-nummer is NL123456789B01.").contains(.longCode))
    }

    @Test func seesCuesForNames() {
        #expect(lineSignals("Klant: mijn naam is Bakker").contains(.nameCue))
        #expect(lineSignals("Agent: I'm Priya, how can I help?").contains(.nameCue))
        #expect(lineSignals("Klant: Goedemorgen, met Jansen.").contains(.nameCue))
        #expect(lineSignals("Klant: ik had gesproken met mw. De Vries").contains(.nameCue))
        #expect(!lineSignals("Klant: Dat klopt, de container staat buiten.").contains(.nameCue))
    }

    /// The digits of a code are no number and no date, as the number and date detectors skip
    /// codes (see ``DigitGroups``).
    @Test func countsNoDigitsOfACode() {
        #expect(lineSignals("zaaknummer Z-2026-63991, dat klopt").intersection([.eightDigits, .year, .dateShape]).isEmpty)
        #expect(!lineSignals("referentie REF/88123456").contains(.eightDigits))
        #expect(!lineSignals("rekening NL91ABNA0417164300").contains(.eightDigits))
        #expect(lineSignals("bel 06-12345678").contains(.eightDigits))
        #expect(lineSignals("Z-2026 en dan 1234 5678").contains(.eightDigits))
        #expect(lineSignals("geboren 12-03-1985").contains([.dateShape, .year]))
    }

    @Test func seesMonthNamesAndNumbersInWords() {
        #expect(lineSignals("geboren op zeventien juli").contains([.monthWord, .numberWord]))
        #expect(lineSignals("the ninth of May").contains([.monthWord, .numberWord]))
        #expect(lineSignals("in juli negentienhonderd").contains([.monthWord, .numberWord]))
        #expect(!lineSignals("ik kom in juli langs").contains(.numberWord))
        #expect(!lineSignals("ik kom op 17 maart langs").contains(.numberWord))
    }

    @Test func seesFillers() {
        #expect(lineSignals("Klant: dat is 374, eh, 694 059").contains(.filler))
        #expect(lineSignals("Customer: it's 07700, um, 900 412").contains(.filler))
        #expect(lineSignals("klant: zes twee, eh, vier acht").contains(.filler))
        #expect(lineSignals("Klant: Met eh Hüseyin Yıldız.").contains(.filler))
        // Only where it may stand inside a value: not where a turn or a clause opens with it.
        #expect(!lineSignals("Customer: um, yes, hi, uh, it's me").contains(.filler))
        #expect(!lineSignals("Person1: Well, uh, I think so.").contains(.filler))
        #expect(!lineSignals("Klant: er is een umbrella").contains(.filler))
        #expect(!lineSignals("Klant: Dat is 3115 HM 195.").contains(.filler))
    }

    @Test func seesCuesForPlates() {
        #expect(lineSignals("Het kenteken is KL 489 T").contains(.plateCue))
        #expect(!lineSignals("Het kentekenbewijs ligt thuis").contains(.plateCue))
    }

    @Test func seesQuestionsAndPlaceholders() {
        #expect(lineSignals("Agent: wat is uw geboortedatum?").contains(.question))
        #expect(!lineSignals("Klant: dat is 1 mei.").contains(.question))
        #expect(lineSignals("Bel [PHONE-1] terug").contains(.bracket))
        #expect(!lineSignals("[00:01:05] Klant: ja").contains(.bracket))
    }

    @Test func seesAtSignsAndDotWords() {
        #expect(lineSignals("mail naar a@b.nl").contains(.at))
        #expect(lineSignals("jan punt jansen apenstaartje gmail punt com").contains(.dotWord))
        #expect(!lineSignals("dat is het punt niet").contains(.at))
    }

    /// The signals may only ever skip a line on which a detector finds nothing: every line of
    /// the labelled and the typical call texts, and generated calls with every type planted,
    /// each also in lower case and with times in front, are run through every detector
    /// without the signals.
    @Test func skipsNoLineOnWhichADetectorFindsSomething() throws {
        let root = KortomExecutable.packageRoot
        var texts: [String] = []
        for folder in ["Fixtures/pii", "Fixtures/transcripts"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder) where name.hasSuffix(".txt") {
                let path = folder + "/" + name
                let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: root + "/" + path)))
                let raw = try TextDecoding.decode(bytes, origin: TranscriptOrigin(path: path))
                texts.append(try RedactionEvaluation.parse(raw, origin: name).text)
            }
        }
        #expect(texts.count > 80)
        texts += RedactionPropertyTests.generatedCalls(count: 40)
        // As speech-to-text writes them too: all in lower case, and with times before the lines.
        texts += texts.map { $0.lowercased() }
        texts += texts.prefix(100).map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { "[00:01:05] " + $0 }.joined(separator: "\n") }
        // ... and with the speaker in front written with a capital after the time.
        let lowercased = texts.filter { $0 == $0.lowercased() }
        texts += lowercased.prefix(60).map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { "[00:01:05] " + $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "\n") }
        let detectors = Redactor(detectorNames: Array(Redactor.availableDetectors.keys)).detectors
        var checkedLines = 0, skippedLines = 0
        for var text in texts {
            text.withUTF8 { buffer in
                for line in LineScanner.scan(buffer) {
                    let bytes = UnsafeBufferPointer(rebasing: buffer[line.range])
                    checkedLines += 1
                    for detector in detectors where !detector.mayMatch(line.signals) {
                        skippedLines += 1
                        var found: [PIICandidate] = []
                        detector.detect(in: bytes, into: &found)
                        // Types only: a failure must not print the values found.
                        let types = found.map(\.type.rawValue)
                        #expect(types.isEmpty, "\(detector.name) finds values on a line its signals skip: \(line.signals)")
                    }
                }
            }
        }
        #expect(checkedLines > 2000)
        #expect(skippedLines > checkedLines)
    }

    @Test func seesTheCueOfASortCode() {
        #expect(lineSignals("The sort code is 20-45-77").contains(.bankCue))
        #expect(!lineSignals("The code is 20-45-77").contains(.bankCue))
    }

    @Test func seesAPostcodeReadOut() {
        #expect(lineSignals("Klant: acht nul één één, K L.").contains(.postcodeShape))
    }

    @Test func seesHouseNumbersSaidInWordsAndDigitsWrittenOneByOne() {
        #expect(lineSignals("klant: sonsbeeksingel zevenentachtig").contains(.houseNumber))
        #expect(lineSignals("Agent: fourteen Mill Lane").contains(.houseNumber))
        #expect(lineSignals("Klant: 6 5 3 1 G H").contains(.postcodeShape))
        #expect(lineSignals("Klant: N L 3 0 A B N A 0 5").contains(.ibanShape))
    }
}
