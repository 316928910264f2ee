import KortomTesting
import Testing
@testable import KortomKit

@Suite("Call text")
struct CallTextTests {
    @Test func readsTheLinesOfATextAsTurnsOfTheSpeakerInFront() {
        var text = "[00:00:01] Klant: goedemorgen\nMedewerker: waarmee kan ik helpen?\nKlant: mijn pas\nzonder spreker\n"
        text.withUTF8 { bytes in
            let call = CallText(lines: bytes)
            #expect(call.labels == ["Klant", "Medewerker", "text"])
            #expect(call.turns.map(\.label) == [0, 1, 0, 2, 2])
            #expect(call.turns.map(\.role) == [.customer, .agent, .customer, .unknown, .unknown])
            #expect(String(decoding: call.text(ofTurn: 1), as: UTF8.self) == "Medewerker: waarmee kan ik helpen?")
            #expect(call.turns.last?.range == bytes.count..<bytes.count)
            #expect(call.sameSpeaker(0, 2))
            #expect(!call.sameSpeaker(0, 1))
        }
    }

    @Test func laysOutATranscriptsTurnsEachEndedByALineFeed() {
        let transcript = TranscriptBuilder.transcript([(.agent, "Goedemorgen."), (.customer, "Hallo,\nik bel over"), (.agent, "Ja?")])
        CallText.withTurns(of: transcript) { call in
            #expect(String(decoding: call.bytes, as: UTF8.self) == "Goedemorgen.\nHallo,\nik bel over\nJa?\n")
            #expect(call.turns.map { String(decoding: call.bytes[$0.range], as: UTF8.self) } == transcript.turns.map(\.text))
            #expect(call.sameSpeaker(0, 2))
            #expect(call.turns.map(\.role) == [.agent, .customer, .agent])
        }
    }
}
