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
        ("Dat is €45.", "45.00 EUR", "€45"),
        ("Ongeveer 1480 euro per maand.", "1480.00 EUR", "1480 euro"),
        ("Het is € 189,- per jaar.", "189.00 EUR", "€ 189,-"),
        ("The fee is £25 today.", "25.00 GBP", "£25"),
        ("That is EUR 80 in total.", "80.00 EUR", "EUR 80"),
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

    @Test(arguments: [
        ("Het kenmerk van dit gesprek is KCC-44817.", "kenmerk KCC-44817"),
        ("De aanvraag heeft nummer OV-2026-118.", "nummer OV-2026-118"),
        ("Your receipt number is PAY-2026-118820.", "receipt number PAY-2026-118820"),
        ("Het dossier staat onder JZ-4471.", "dossier JZ-4471"),
    ])
    func readsReferencesAfterACueAndAFewWords(text: String, normalized: String) {
        #expect(facts(text).filter { $0.kind == .reference }.map(\.normalized) == [normalized])
    }

    @Test(arguments: ["Mijn huisnummer is 12.", "Bel het nummer [PHONE-1] maar.", "That was case 3 of the day.", "Het kenmerk van de brief? Dat weet ik niet, 12 of zo."])
    func leavesNumbersAfterGenericCuesThatAreNoCodes(text: String) {
        #expect(facts(text).filter { $0.kind == .reference }.isEmpty)
    }

    @Test(arguments: [
        ("Ik heb een afspraak om 10:40 uur.", "10:40", "10:40 uur"),
        ("We beginnen om 9.15 uur.", "09:15", "9.15 uur"),
        ("Kom maar om 10 uur.", "10:00", "10 uur"),
        ("It's at 3:15 pm on Wednesday.", "15:15", "3:15 pm"),
        ("Lessons are on Saturdays at 9:30, starting soon.", "09:30", "9:30"),
        ("tussen 14:00 en 23:00 uur", "14:00", "14:00"),
    ])
    func readsClockTimes(text: String, normalized: String, written: String) {
        let times = facts(text).filter { $0.kind == .time }
        #expect(times.first?.normalized == normalized)
        #expect(times.first?.text == written)
    }

    @Test(arguments: ["Het kost 12.50 per stuk.", "Dat is tot 12.50 euro vergoed.", "Dat duurde 10:40:12 in totaal.", "Versie 3.2.1 heeft die fout.", "Ik heb 3 uur gewacht op 2 mensen"])
    func readsNoTimeFromOtherNumbers(text: String) {
        #expect(facts(text).filter { $0.kind == .time }.isEmpty)
    }

    @Test(arguments: ["Ik heb 3 kinderen", "In 2019 verhuisd", "kenmerken van de woning", "zaaknummer weet ik niet"])
    func ignoresNumbersThatAreNoFacts(text: String) {
        #expect(facts(text).isEmpty)
    }
}
