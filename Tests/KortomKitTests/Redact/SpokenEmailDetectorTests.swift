import KortomTesting
import Testing
@testable import KortomKit

@Suite("E-mail addresses read out")
struct SpokenEmailDetectorTests {
    let detector = SpokenEmailDetector()

    @Test(arguments: [
        ("Het is jan punt jansen apenstaartje gmail punt com, klopt dat?", "jan punt jansen apenstaartje gmail punt com"),
        ("It's j dot smith at outlook dot co dot uk.", "j dot smith at outlook dot co dot uk"),
        ("mail naar marieke streepje de vries apenstaartje ziggo punt nl", "marieke streepje de vries apenstaartje ziggo punt nl"),
        // The Woordenlijst's spelling.
        ("Dat is noor punt bakker apestaartje ziggo punt nl.", "noor punt bakker apestaartje ziggo punt nl"),
        // A domain said as two words.
        ("naar g punt dijkhuis at kpn mail punt nl", "g punt dijkhuis at kpn mail punt nl"),
        // The domain's first letters said apart, an initial before the name.
        ("speaker 2: it's j fairweather at b t internet dot com", "j fairweather at b t internet dot com"),
        // A listed first name before an initial and a year.
        ("speaker 1: chloe f nineteen ninety seven at hotmail dot co dot uk", "chloe f nineteen ninety seven at hotmail dot co dot uk"),
    ])
    func findsSpokenAddresses(text: String, address: String) {
        #expect(detected(detector, in: text) == [address])
    }

    /// Letters said apart in the domain join it: `b t internet` is `btinternet`.
    @Test func joinsTheDomainsLettersSaidApart() {
        let call = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.customer, "it's j fairweather at b t internet dot com"),
            (.agent, "So jfairweather@btinternet.com."),
        ]))
        #expect(call.transcript.turns.map(\.text) == ["it's [EMAIL-1]", "So [EMAIL-1]."])
    }

    @Test func givesTheAddressItsWrittenFormForPlaceholders() {
        let call = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.customer, "Mijn mail is jan punt jansen apenstaartje gmail punt com."),
            (.agent, "Dus jan.jansen@gmail.com."),
        ]))
        #expect(call.transcript.turns.map(\.text) == ["Mijn mail is [EMAIL-1].", "Dus [EMAIL-1]."])
    }

    @Test(arguments: ["We meet at the station at ten.", "Het punt is dat ik at om zes uur.", "Look at the dot on the map.", "at home dot",
                      "we were at the old town punt nl"])
    func leavesOrdinaryTextAlone(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// After a cue for the address, every word up to the separator is the local part, number
    /// words as digits; not across a clause.
    @Test func readsTheWholeLocalPartAfterACue() {
        #expect(detected(detector, in: "speaker 0: no worries is your email still shaz mac seventy nine at hotmail dot co dot uk")
            == ["shaz mac seventy nine at hotmail dot co dot uk"])
        #expect(detected(detector, in: "send an email to my work, sarah at acme dot co dot uk") == ["sarah at acme dot co dot uk"])
        #expect(detected(detector, in: "caller: can you email me i'm becca w eighty eight at yahoo dot co dot uk") == ["becca w eighty eight at yahoo dot co dot uk"])
        // What the mail is for stands between the cue and the address.
        #expect(detected(detector, in: "speaker 2: can you email me the confirmation it's lewis underscore mcg at hotmail dot co dot uk")
            == ["lewis underscore mcg at hotmail dot co dot uk"])
        let call = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.agent, "is your email still shaz mac seventy nine at hotmail dot co dot uk"), (.customer, "yes shazmac79@hotmail.co.uk"),
        ]))
        #expect(call.transcript.turns.map(\.text) == ["is your email still [EMAIL-1]", "yes [EMAIL-1]"])
    }

    /// A number said after the last word of the local part belongs to it.
    @Test func readsANumberAtTheEndOfTheLocalPart() {
        let call = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.customer, "ja dat doe ik vanaf dennis punt kuipers tachtig at hotmail punt com"), (.agent, "Dus dennis.kuipers80@hotmail.com."),
        ]))
        #expect(call.transcript.turns.map(\.text) == ["ja dat doe ik vanaf [EMAIL-1]", "Dus [EMAIL-1]."])
        // A tens and a unit too, after a joiner said as a word.
        let spoken = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.customer, "it's m underscore doyle sixty one at yahoo dot co dot uk"), (.agent, "So m_doyle61@yahoo.co.uk."),
        ]))
        #expect(spoken.transcript.turns.map(\.text) == ["it's [EMAIL-1]", "So [EMAIL-1]."])
    }

    /// `liggend streepje` is the underscore; the local part before it belongs to the address.
    @Test func readsTheDutchUnderscore() {
        #expect(detected(SpokenEmailDetector(), in: "Ja, m punt wojcik liggend streepje 85 apenstaartje gmail punt com.") == ["m punt wojcik liggend streepje 85 apenstaartje gmail punt com"])
    }

    /// A department's mailbox read out is a role mailbox, as a written one: the redactor keeps it.
    @Test func keepsADepartmentsMailboxReadOut() {
        var text = "medewerker: kunt u een verklaring mailen naar leerplicht at apeldoorn punt nl"
        let found = text.withUTF8 { buffer in
            var found: [PIICandidate] = []
            SpokenEmailDetector().detect(in: buffer, into: &found)
            return found
        }
        #expect(found.map(\.detector) == [EmailDetector.roleMailboxDetector])
        #expect(Redactor.standard.candidates(in: text).isEmpty)
        #expect(detected(SpokenEmailDetector(), in: "mijn mail is noor hofstede at gmail punt com") == ["noor hofstede at gmail punt com"])
    }

    /// Asked for an e-mail address, every word before `at` in the answer is the local part, after
    /// the words that open an answer (`Yes. And it's`).
    @Test func readsTheWholeLocalPartOfAnAnswerToAQuestionForAnEmailAddress() {
        let call = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.agent, "A new bill will go to your email, beckyharding@outlook.com?"), (.customer, "Yes. And it's becky harding at outlook dot com if you're writing it down."),
            (.agent, "And your email address?"), (.customer, "sandra atkins one at gmail dot com"),
        ]))
        #expect(call.transcript.turns.map(\.text) == ["A new bill will go to your email, [EMAIL-1]?", "Yes. And it's [EMAIL-1] if you're writing it down.",
                                                      "And your email address?", "[EMAIL-2]"])
    }
}
