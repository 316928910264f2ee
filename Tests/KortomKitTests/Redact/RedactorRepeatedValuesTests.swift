import KortomTesting
import Testing
@testable import KortomKit

@Suite("Later mentions of an address or an e-mail address found in the call")
struct RedactorRepeatedValuesTests {
    func redacted(_ turns: [(SpeakerRole, String)]) -> [String] {
        Redactor.standard.redact(TranscriptBuilder.transcript(turns)).transcript.turns.map(\.text)
    }

    /// A street without a street word counts after a question for an address; said again
    /// later, without one, it is the same address.
    @Test func redactsAnAddressSaidAgainWithoutItsCue() {
        let texts = redacted([
            (.agent, "Welkom in Workum! Wat is uw nieuwe adres?"), (.customer, "Noard 27. Daarvoor woonde ik in Sneek."),
            (.agent, "Die sturen we naar Noard 27. Wilt u ook een container?"),
        ])
        #expect(texts == ["Welkom in Workum! Wat is uw nieuwe adres?", "[ADDRESS-1]. Daarvoor woonde ik in Sneek.", "Die sturen we naar [ADDRESS-1]. Wilt u ook een container?"])
    }

    /// Only the whole address counts: a longer number or another street is no mention of it.
    @Test func leavesWhatOnlyStartsLikeTheAddress() {
        let texts = redacted([
            (.agent, "Wat is uw nieuwe adres?"), (.customer, "Noard 27."), (.agent, "Noard 271 is de buurman, en Noard ligt aan het water."),
        ])
        #expect(texts[2] == "Noard 271 is de buurman, en Noard ligt aan het water.")
    }

    /// An e-mail address's local part typed alone in a lower-case turn is the address's.
    @Test func redactsTheLocalPartOfAnEmailAddressTypedAlone() {
        let texts = redacted([
            (.agent, "speaker 1: lovely and an email for the receipt"), (.customer, "speaker 2: sandra atkins one at gmail dot com"),
            (.agent, "speaker 1: sorry was that with a dot"), (.customer, "speaker 2: no no dot just sandraatkins1 all one word"),
        ])
        #expect(texts[1] == "speaker 2: [EMAIL-1]")
        #expect(texts[3] == "speaker 2: no no dot just [EMAIL-1] all one word")
    }

    /// A house number found alone is the same home where it is said again after a word for a
    /// place; elsewhere the number is kept.
    @Test func redactsAHouseNumberSaidAgainAfterAWordForAPlace() {
        let texts = redacted([
            (.customer, "It's the flat above, number 61, their bath overflowed."), (.agent, "Do you know who lives in 61?"), (.customer, "No, and 61 minutes later it still dripped."),
        ])
        #expect(texts[0] == "It's the flat above, number [ADDRESS-1], their bath overflowed.")
        #expect(texts[1] == "Do you know who lives in [ADDRESS-1]?")
        #expect(texts[2] == "No, and 61 minutes later it still dripped.")
    }

    /// The number of an address found with its street is said again after `tussen`, and the
    /// house next door's after it; after `op`, where it may be a date, it is kept.
    @Test func redactsTheHouseNumberOfAnAddressSaidAgainBetweenHouses() {
        let texts = redacted([(.customer, "voor mn deur, kerkstr 12 in wijchen"), (.customer, "idd tussen 12 en 14 in"), (.customer, "ik ben er op 12 mei niet")])
        #expect(texts[1] == "idd tussen [ADDRESS-1] en [ADDRESS-2] in")
        #expect(texts[2] == "ik ben er op 12 mei niet")
    }

    /// Hours after `between` are no house numbers said again: a smaller number after `and`, or a day before.
    @Test func readsHoursAfterBetweenAsNoHouseNumbers() {
        let texts = redacted([(.customer, "That's Dave from number 9, he's away till Friday."), (.agent, "We'll send someone tomorrow between 9 and 1.")])
        #expect(texts[1] == "We'll send someone tomorrow between 9 and 1.")
    }
}
