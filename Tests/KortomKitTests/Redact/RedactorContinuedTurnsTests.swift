import KortomTesting
import Testing
@testable import KortomKit

@Suite("Values split over two turns of one speaker")
struct RedactorContinuedTurnsTests {
    func redacted(_ turns: [(SpeakerRole, String)]) -> [String] {
        Redactor.standard.redact(TranscriptBuilder.transcript(turns)).transcript.turns.map(\.text)
    }

    @Test func readsTheSurnameInTheTurnAfterAFirstNameAlone() {
        let texts = redacted([(.agent, "And your name?"), (.customer, "Imogen"), (.customer, "Fairweather.")])
        #expect(texts[2] == "[NAME-2].")
    }

    @Test func readsTheFlatBeforeTheAddressInTheNextTurn() {
        let texts = redacted([(.customer, "I can give you his address."), (.customer, "It's flat 3"), (.customer, "81 Gloucester Road, BS7 8AS.")])
        #expect(texts[1] == "It's [ADDRESS-1]")
    }

    /// A weekday, a month or a word that is no name after a name is no surname, and a name that
    /// was not the whole turn is not continued.
    @Test(arguments: [[(SpeakerRole.customer, "Tom"), (.customer, "Tuesday.")], [(.customer, "Tom"), (.customer, "Okay.")],
                      [(.customer, "I spoke to Sarah"), (.customer, "Brilliant.")]])
    func continuesNoNameWithAWordThatIsNoSurname(turns: [(SpeakerRole, String)]) {
        #expect(redacted(turns)[1] == turns[1].1)
    }
}
