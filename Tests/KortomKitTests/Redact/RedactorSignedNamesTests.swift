import KortomTesting
import Testing
@testable import KortomKit

@Suite("The name a letter or e-mail is signed with below its closing")
struct RedactorSignedNamesTests {
    func redacted(_ turns: [(SpeakerRole, String)]) -> [String] {
        Redactor.standard.redact(TranscriptBuilder.transcript(turns)).transcript.turns.map(\.text)
    }

    @Test(arguments: [("Kind regards,", "Dami Okonkwo-Reid"), ("Met vriendelijke groet,", "Ingrid van der Spek."), ("Groetjes,", "Fenneke")])
    func redactsTheNameBelowAClosing(closing: String, name: String) {
        let texts = redacted([(.customer, "My bin was not emptied."), (.customer, closing), (.customer, name)])
        #expect(texts[2] == "[NAME-1]" || texts[2] == "[NAME-1].")
    }

    /// Only a closing alone opens the signature, and only a line that could be a name is one.
    @Test(arguments: [[(SpeakerRole.customer, "Thanks, that helps."), (.customer, "Tuesday Morning")],
                      [(.customer, "Kind regards,"), (.customer, "The Parking Team")],
                      [(.customer, "Kind regards,"), (.customer, "Sent from my iPhone")]])
    func leavesWhatIsNoSignedName(turns: [(SpeakerRole, String)]) {
        #expect(redacted(turns) == turns.map(\.1))
    }
}
