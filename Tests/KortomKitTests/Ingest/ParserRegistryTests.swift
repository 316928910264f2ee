import Testing
@testable import KortomKit

@Suite("Parser registry")
struct ParserRegistryTests {
    func transcript(_ text: String, path: String = "a.txt") throws(KortomError) -> Transcript {
        try ParserRegistry.standard.transcript(from: TranscriptDocument(text: text, origin: TranscriptOrigin(path: path)), callID: "a")
    }

    @Test func choosesTheParserByContentNotExtension() throws {
        #expect(try transcript("{\"turns\": [{\"text\": \"Hallo\"}]}", path: "call.txt").format == "kortom-json")
        #expect(try transcript("Agent: Hello there\nCustomer: Hi", path: "call.json").format == "plain-text")
    }

    @Test func detectsLanguageUnlessDeclared() throws {
        #expect(try transcript("Agent: Goedemorgen, waarmee kan ik u helpen?\nKlant: Ik wil graag mijn adres wijzigen.").language == .dutch)
        #expect(try transcript("Agent: Good morning, how can I help you?\nCustomer: I want to change my address.").language == .english)
        #expect(try transcript("# language: en\nAgent: Goedemorgen, waarmee kan ik u helpen?").language == .english)
    }

    @Test func infersTheOtherPartyInATwoSpeakerCall() throws {
        let call = try transcript("Medewerker: Goedemorgen.\nHenk: Ik heb een vraag.\nMedewerker: Zegt u het maar.")
        #expect(call.turns[1].speaker.role == .customer)
        #expect(call.turns[1].speaker.roleSource == .inferred)
    }

    @Test func dropsEmptyTurnsAndRefusesCallsWithoutText() {
        #expect(throws: KortomError.self) { try transcript("{\"turns\": [{\"text\": \"  \"}]}") }
        #expect(throws: KortomError.self) { try transcript("Zomaar wat tekst zonder sprekers.") }
    }

    @Test func numbersTurnsFromZero() throws {
        let call = try transcript("Agent: a\nKlant:\nAgent: b")
        #expect(call.turns.map(\.index) == [0, 1])
        #expect(call.turns.map(\.text) == ["a", "b"])
    }
}
