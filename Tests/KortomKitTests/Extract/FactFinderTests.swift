import Testing
@testable import KortomKit

@Suite("Key facts")
struct FactFinderTests {
    let finder = FactFinder()

    func facts(_ text: String) -> [Fact] {
        finder.facts(in: Turn(index: 3, speaker: Speaker(role: .agent, label: "Agent", roleSource: .label), text: text))
    }

    @Test(arguments: [
        ("Het kost € 1.234,56 per jaar.", "1234.56 EUR", "€ 1.234,56"),
        ("Dat is €45.", "45 EUR", "€45"),
        ("Ongeveer 1480 euro per maand.", "1480 EUR", "1480 euro"),
        ("Het is € 189,- per jaar.", "189 EUR", "€ 189,-"),
        ("The fee is £25 today.", "25 GBP", "£25"),
        ("That is EUR 80 in total.", "80 EUR", "EUR 80"),
        ("It was 1,234.56 euros.", "1234.56 EUR", "1,234.56 euros"),
        ("Het bedrag is 12,5 euro.", "12.50 EUR", "12,5 euro"),
    ])
    func readsAmounts(text: String, normalized: String, written: String) {
        let amounts = facts(text).filter { $0.kind == .amount }
        #expect(amounts.map(\.normalized) == [normalized])
        #expect(amounts.map(\.text) == [written])
        let bytes = Array(text.utf8)
        #expect(amounts.map { String(decoding: bytes[$0.range], as: UTF8.self) } == [written])
        #expect(amounts.first?.turnIndex == 3)
    }

    @Test(arguments: [
        ("op 12-03-2026 om tien uur", "2026-03-12"),
        ("voor 1 maart 2026 insturen", "2026-03-01"),
        ("uiterlijk 16 april", "--04-16"),
        ("on March 4, 2026 please", "2026-03-04"),
        ("on the 28th of March", "--03-28"),
        ("geboren 22/08/1979", "1979-08-22"),
        ("datum 2026-02-17", "2026-02-17"),
    ])
    func readsDates(text: String, normalized: String) {
        #expect(facts(text).filter { $0.kind == .date }.map(\.normalized) == [normalized])
    }

    @Test(arguments: [
        ("Het zaaknummer is Z-2026-004417.", "zaaknummer Z-2026-004417"),
        ("aanslagnummer 4400.2219.07 graag", "aanslagnummer 4400.2219.07"),
        ("kenmerk: KW-2026-3391", "kenmerk KW-2026-3391"),
        ("Your reference number is MC-77120.", "reference number MC-77120"),
    ])
    func readsReferenceNumbersWithTheirCue(text: String, normalized: String) {
        #expect(facts(text).filter { $0.kind == .reference }.map(\.normalized) == [normalized])
    }

    @Test(arguments: ["om 10:30 uur", "Ik heb 3 kinderen", "In 2019 verhuisd", "kenmerken van de woning", "zaaknummer weet ik niet"])
    func ignoresNumbersThatAreNoFacts(text: String) {
        #expect(facts(text).isEmpty)
    }
}
