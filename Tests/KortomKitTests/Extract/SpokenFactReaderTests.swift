import Foundation
import KortomTesting
import Testing
@testable import KortomKit

@Suite("Amounts in words and relative dates")
struct SpokenFactReaderTests {
    /// Wednesday 4 March 2026, 10:00 in Amsterdam.
    static let callDate = Date(timeIntervalSince1970: 1_772_614_800)

    func facts(_ text: String, on date: Date? = callDate) -> [(String, String)] {
        var transcript = TranscriptBuilder.transcript([(.agent, text)])
        transcript.startedAt = date
        return CallExtractor().extract(from: Redactor.standard.redact(transcript)).facts.map { ($0.text, $0.normalized) }
    }

    @Test(arguments: [
        ("Het kost twaalf euro vijftig per maand.", "twaalf euro vijftig", "12.50 EUR"),
        ("Dat is vijftig euro.", "vijftig euro", "50.00 EUR"),
        ("It's twelve pounds fifty.", "twelve pounds fifty", "12.50 GBP"),
    ])
    func readsAmountsInWords(text: String, fact: String, normalized: String) {
        #expect(facts(text).contains { $0 == (fact, normalized) })
    }

    @Test(arguments: [
        ("Ik bel u morgen terug.", "morgen", "2026-03-05"),
        ("U hoort het over twee weken.", "over twee weken", "2026-03-18"),
        ("Binnen drie werkdagen krijgt u bericht.", "Binnen drie werkdagen", "2026-03-09"),
        ("De monteur komt volgende week dinsdag.", "volgende week dinsdag", "2026-03-10"),
        ("Komt u aanstaande vrijdag langs?", "aanstaande vrijdag", "2026-03-06"),
        ("We'll call you back next Monday.", "next Monday", "2026-03-09"),
        ("You will hear from us within 5 working days.", "within 5 working days", "2026-03-11"),
    ])
    func resolvesRelativeDatesAgainstTheCallDate(text: String, fact: String, normalized: String) {
        #expect(facts(text).contains { $0 == (fact, normalized) })
    }

    @Test func keepsRelativeDatesRelativeWithoutACallDate() {
        #expect(facts("U hoort het over twee weken.", on: nil).contains { $0 == ("over twee weken", "P14D") })
        #expect(facts("Binnen drie werkdagen.", on: nil).contains { $0 == ("Binnen drie werkdagen", "P3WD") })
    }

    @Test(arguments: ["Morgen, met de gemeente.", "Ik heb al twee weken last.", "Het weekend was rustig.", "Goedemorgen!", "Een euro of twee."])
    func leavesOtherUsesAlone(text: String) {
        #expect(facts(text).isEmpty)
    }
}
