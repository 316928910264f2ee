import Testing
@testable import KortomKit

@Suite("Licence plates")
struct LicencePlateDetectorTests {
    let detector = LicencePlateDetector()

    @Test(arguments: ["GB-12-TR", "12-BBB-3", "1-TTX-22", "99-XX-99", "ZZ-999-B", "V-123-BN", "1-ZN-456"])
    func findsDashedSidecodes(plate: String) {
        #expect(detected(detector, in: "Mijn auto is de \(plate), hij staat voor de deur.") == [plate])
    }

    @Test func findsBritishPlatesAfterACue() {
        #expect(detected(detector, in: "The vehicle registration is WF19 KHZ.") == ["WF19 KHZ"])
        #expect(detected(detector, in: "registration wf19khz please") == ["wf19khz"])
    }

    /// Without a cue, a British plate counts where its letters and age could have been issued,
    /// in capitals or typed all in lower case.
    @Test(arguments: ["Now it's LK19 XPW.", "Is it still ny68 bzd?", "the Corsa, WF21OAK, is mine", "AB02 CDE"])
    func findsAnIssuedBritishPlateWithoutACue(text: String) {
        #expect(detected(detector, in: text).count == 1)
    }

    /// Ages never issued (`40`, `00`), region letters never used (`Q`, `Z`), `I` among the last
    /// letters, mixed case, or a word of three letters after a lower-case code.
    @Test(arguments: ["Room WF40 KHZ is upstairs.", "Form QF19 KHZ", "Form ZA19 KHZ", "Code WF00 KHZ", "ref WF19 KIA", "Lk19 Xpw", "unit ab12 the rest", "WF19 KHZ-2"])
    func leavesWhatCouldNotBeAnIssuedBritishPlate(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    @Test func findsUndashedPlatesAfterACue() {
        #expect(detected(detector, in: "Het kenteken is GB12TR, klopt dat?") == ["GB12TR"])
        #expect(detected(detector, in: "My licence plate is 12bbb3.") == ["12bbb3"])
        // A vehicle named before its plate is a cue too.
        #expect(detected(detector, in: "Klant: Ja, de auto van mijn vrouw, k z l zeven zes t, maar die is elektrisch.") == ["k z l zeven zes t"])
        // Its first two letters written as one word, as speech-to-text may; not a letter's name (`ha`).
        #expect(detected(detector, in: "speaker 1: he's dealing from his car a black golf ab twelve c d e people coming") == ["ab twelve c d e"])
        #expect(detected(detector, in: "klant: en het kenteken is ha es tee, zeven vier, kaa") == ["ha es tee, zeven vier, kaa"])
    }

    /// Speech-to-text writes the groups of a plate with spaces; without a cue, groups of
    /// letters and digits are anything.
    @Test func findsPlatesWithSpacesOnlyAfterACue() {
        #expect(detected(detector, in: "Het kenteken is KL 489 T, van mijn moeder.") == ["KL 489 T"])
        #expect(detected(detector, in: "registration: 12 BBB 3") == ["12 BBB 3"])
        #expect(detected(detector, in: "Ik woon op KL 489 T.").isEmpty)
        #expect(detected(detector, in: "Op het kentekenbewijs staat KL 489 T.").isEmpty)
    }

    @Test(arguments: ["zaaknummer Z-2026-63991", "Het formulier is AB12CD.", "kenmerk KW-2026-3391", "de A-12-B weg", "om 12-03-2026", "AA-12-BB"])
    func leavesCodesAndDatesAlone(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// After a cue, every plate written with spaces in the line counts, not only the first.
    @Test func findsEveryPlateWrittenWithSpacesAfterACue() {
        #expect(detected(LicencePlateDetector(), in: "Het kenteken is KL-974-R. Het is een nieuwe auto, de oude had 53 XTB 8.") == ["KL-974-R", "53 XTB 8"])
        #expect(detected(LicencePlateDetector(), in: "Het kenteken ken ik niet uit mijn hoofd, ik kom op 12 mei 3 keer langs.").isEmpty)
    }

    /// A British plate read out letter by letter counts without a cue where it could have been
    /// issued; other letters read out do not.
    @Test func findsAnIssuedBritishPlateReadOutWithoutACue() {
        #expect(detected(detector, in: "caller: no but he drives a white van m k six seven x p t") == ["m k six seven x p t"])
        #expect(detected(detector, in: "caller: i said a b c d e f g").isEmpty)
        #expect(detected(detector, in: "caller: it goes q z four zero a b c").isEmpty)
    }

    /// After a cue, a plate read out letter by letter and digit by digit.
    @Test func findsAPlateReadOutAfterACue() {
        #expect(detected(LicencePlateDetector(), in: "kenteken h n p zeven vier k, nee wacht, h n p zeven één k") == ["h n p zeven vier k", "h n p zeven één k"])
        #expect(detected(LicencePlateDetector(), in: "het kenteken is K L 9 7 4 R") == ["K L 9 7 4 R"])
        #expect(detected(LicencePlateDetector(), in: "kenteken weet ik niet, a b c een twee drie").isEmpty)
    }

    /// A British plate anywhere after a cue in the line, also read with the spelling alphabet.
    @Test func findsABritishPlateReadOutOrWrittenAfterACue() {
        #expect(detected(LicencePlateDetector(), in: "registration Yankee Kilo one seven, Zulu Papa X-ray... sorry, YK17 ZPX.").sorted() == ["YK17 ZPX", "Yankee Kilo one seven, Zulu Papa X-ray"])
        // The age identifier said as tens and units.
        #expect(detected(LicencePlateDetector(), in: "speaker 1: the registration is y k sixty two u w t") == ["y k sixty two u w t"])
    }

    /// A plate read out with its letters' names after a cue: `ha es tee, zeven vier, kaa`.
    @Test(arguments: [("klant: kenteken ha es tee, zeven vier, kaa", "ha es tee, zeven vier, kaa"), ("customer: registration why kay one seven zed pee ex", "why kay one seven zed pee ex")])
    func findsAPlateReadOutWithTheLettersNames(text: String, plate: String) {
        #expect(detected(LicencePlateDetector(), in: text) == [plate])
    }
}
