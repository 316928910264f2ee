import KortomTesting
import Testing
@testable import KortomKit

@Suite("Calls without their fillers")
struct FillerFreeCallTests {
    /// The call's text as the detectors read it, without its fillers; nil when it has none.
    func withoutFillers(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            FillerFreeCall(removingFillersFrom: CallText(lines: bytes)).map { String(decoding: $0.bytes, as: UTF8.self) }
        }
    }

    @Test(arguments: [
        ("Klant: Ja, dat is 374, eh, 694 059.", "Klant: Ja, dat is 374 694 059."),
        ("Klant: Eh, dat is NL55, eh, ABNA 9873, eh, 9693 61.", "Klant: dat is NL55 ABNA 9873 9693 61."),
        ("Klant: 6828 eh CA, geboren 12 ehm augustus.", "Klant: 6828 CA, geboren 12 augustus."),
        ("klant: 6828 eh ca, nummer 4", "klant: 6828 ca, nummer 4"),
        // `er` between two commas, as British transcripts write it.
        ("Customer: It's, er, 07700, er, 900 412.", "Customer: It's 07700 900 412."),
        ("Customer: It's JT, um, 48 21 93, uh, B.", "Customer: It's JT 48 21 93 B."),
        ("Customer: Flat 14 uh.", "Customer: Flat 14."),
        ("Customer: Third of, uh... November 1979.", "Customer: Third of November 1979."),
        // Between two names the comma stays: they are two.
        ("Klant: Met mevrouw Verbeek, eh, Anja Verbeek.", "Klant: Met mevrouw Verbeek, Anja Verbeek."),
    ])
    func takesOutFillersWithTheCommasAroundThem(text: String, expected: String) {
        #expect(withoutFillers(text) == expected)
    }

    @Test(arguments: ["Klant: Er is er een die het weet.", "Customer: My umbrella, the Ehrlich one, hummed.", "Klant: geen enkele",
                      // A postcode's letters are no filler, in capitals or in lower case.
                      "Klant: Dat is 3115 HM 195.", "Klant: 6828 EH, nummer 4.", "klant: dat is 3115 hm 195",
                      "Klant: Er staat er 12 op, er is niets mis."])
    func leavesCallsWithoutFillersAlone(text: String) {
        #expect(withoutFillers(text) == nil)
    }

    @Test func keepsTheTurnsAndMapsOffsetsBackOntoTheCall() {
        var text = "Klant: eh, hallo\nMedewerker: Uw postcode?\nKlant: 6828, eh, CA\n"
        text.withUTF8 { bytes in
            let call = CallText(lines: bytes)
            guard let fluent = FillerFreeCall(removingFillersFrom: call) else {
                Issue.record("the fillers were not found")
                return
            }
            fluent.withCallText { cleaned in
                #expect(cleaned.turns.count == call.turns.count)
                #expect(cleaned.turns.map { String(decoding: cleaned.bytes[$0.range], as: UTF8.self) } == ["Klant: hallo", "Medewerker: Uw postcode?", "Klant: 6828 CA", ""])
                #expect(cleaned.turns.map(\.role) == call.turns.map(\.role))
            }
            let postcode = fluent.bytes.firstIndex(of: UInt8(ascii: "6"))!
            let original = fluent.originalRange(postcode..<(postcode + 7))
            #expect(String(decoding: bytes[original], as: UTF8.self) == "6828, eh, CA")
        }
    }

    /// What the redactor finds in a call read without its fillers covers the fillers inside a
    /// value, with offsets into the call as it was.
    @Test func redactsValuesThatFillersInterrupt() {
        let text = "Klant: Ja, dat is 374, eh, 694 059.\nKlant: Op mijn mobiel, 06, ehm, 41 29 83 07.\nKlant: Eh, dat is alles."
        let (redacted, findings) = Redactor.standard.redactText(text)
        #expect(redacted == "Klant: Ja, dat is [BSN-1].\nKlant: Op mijn mobiel, [PHONE-1].\nKlant: Eh, dat is alles.")
        let bytes = Array(text.utf8)
        #expect(findings.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["374, eh, 694 059", "06, ehm, 41 29 83 07"])
    }

    /// A filler before hundreds said as one word, between a street and its number.
    @Test func redactsAStreetAndHundredsAFillerInterrupts() {
        #expect(Redactor.standard.redactText("spreker 2: kanaalstraat eh honderdzevenenveertig bis").text == "spreker 2: [ADDRESS-1]")
    }

    @Test func redactsTheTurnsOfATranscriptWithFillers() {
        let result = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.agent, "Mag ik uw postcode?"),
            (.customer, "Eh, 6828, eh, CA, nummer 21."),
        ]))
        #expect(result.transcript.turns.map(\.text) == ["Mag ik uw postcode?", "Eh, [POSTCODE-1]."])
    }
}
