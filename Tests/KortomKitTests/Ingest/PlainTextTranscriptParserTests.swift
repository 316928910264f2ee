import Testing
@testable import KortomKit

@Suite("Plain-text transcripts")
struct PlainTextTranscriptParserTests {
    let parser = PlainTextTranscriptParser()

    func parse(_ text: String, path: String = "call.txt") throws -> ParsedTranscript {
        try parser.parse(TranscriptDocument(text: text, origin: TranscriptOrigin(path: path)))
    }

    @Test func readsSpeakersRolesAndTexts() throws {
        let parsed = try parse("Medewerker: Goedemorgen.\nKlant: Ik wil verhuizen.\nCaller: Hi.\nOperator: Hello.\nBurger: Dag.\n")
        #expect(parsed.turns.map(\.speaker.role) == [.agent, .customer, .customer, .agent, .customer])
        #expect(parsed.turns.map(\.speaker.roleSource) == [.label, .label, .label, .label, .label])
        #expect(parsed.turns[1].text == "Ik wil verhuizen.")
        #expect(parsed.turns[1].speaker.label == "Klant")
    }

    @Test(arguments: [
        ("[00:01:05] Klant: Hallo", 65.0),
        ("00:01:05 Klant: Hallo", 65.0),
        ("Klant [00:01:05]: Hallo", 65.0),
        ("Klant (01:05): Hallo", 65.0),
        ("[1:02:03.5] Klant: Hallo", 3723.5),
        ("[00:00:07,250] - Klant: Hallo", 7.25),
    ])
    func readsTimestampsBeforeOrAfterTheLabel(line: String, seconds: Double) throws {
        let parsed = try parse(line)
        #expect(parsed.turns.count == 1)
        #expect(parsed.turns[0].start == seconds)
        #expect(parsed.turns[0].speaker.label == "Klant")
        #expect(parsed.turns[0].text == "Hallo")
    }

    @Test func joinsContinuationLinesAndHandlesEveryLineEnd() throws {
        let parsed = try parse("Agent: Eerste regel\r\n  tweede regel\rKlant: Antwoord\n\nnog meer\n")
        #expect(parsed.turns.count == 2)
        #expect(parsed.turns[0].text == "Eerste regel tweede regel")
        #expect(parsed.turns[1].text == "Antwoord nog meer")
    }

    @Test func doesNotTakeSentencesWithAColonForSpeakers() throws {
        let parsed = try parse("Klant: Ik heb een vraag\nLet op: dit is geen spreker\nDus wat ik wil zeggen: ook niet\nhttp://example.org\nAgent: Goed")
        #expect(parsed.turns.count == 2)
        #expect(parsed.turns[0].text.contains("Let op: dit is geen spreker"))
    }

    @Test func readsTheHeader() throws {
        let parsed = try parse("# call-id: ABC-1\n# language: en\n# date: 2026-03-02T09:15:00+01:00\n# channel: phone\n# queue: afval\n# a comment\nAgent: Hello")
        #expect(parsed.externalID == "ABC-1")
        #expect(parsed.language == .english)
        #expect(parsed.startedAt != nil)
        #expect(parsed.channel == "phone")
        #expect(parsed.metadata["queue"] == "afval")
    }

    @Test func acceptsNamesAndSpeakerIdsAsLabels() throws {
        let parsed = try parse("Henk de Vries: Hallo\nSPEAKER_01: Dag\nFemke (gemeente): Goedemiddag")
        #expect(parsed.turns.map(\.speaker.label) == ["Henk de Vries", "SPEAKER_01", "Femke (gemeente)"])
        #expect(parsed.turns.map(\.speaker.role) == [.unknown, .unknown, .agent])
    }

    @Test func recognisesTranscriptsButNotProseOrJSON() {
        func score(_ text: String) -> Double { parser.recognise(TranscriptDocument(text: text, origin: TranscriptOrigin(path: "x.txt"))) }
        #expect(score("Agent: Hallo\nKlant: Dag") > 0.5)
        #expect(score("Dit is gewoon een verhaal zonder sprekers.\nNog een zin.") == 0)
        #expect(score("{\"turns\": []}") == 0)
    }

    @Test func refusesTextWithoutSpeakers() {
        #expect(throws: KortomError.self) { try parse("geen sprekers hier\nook niet hier") }
    }
}
