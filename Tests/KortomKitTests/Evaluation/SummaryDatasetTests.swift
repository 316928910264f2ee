import Testing
@testable import KortomKit

@Suite("Summary datasets")
struct SummaryDatasetTests {
    @Test func readsTweetSummAndDialogSumLines() throws {
        let text = """
            {"conversation_id": "c1", "turns": [{"speaker": "customer", "sentences": ["My app crashes.", "Help?"]}, {"speaker": "agent", "sentences": ["Please update it."]}], "abstractive_summaries": ["Customer's app crashes.", "App crash."]}
            {"fname": "test_0", "dialogue": "#Person1#: Hello. I lost my card.\\n#Person2#: I will block it.", "summary1": "#Person1# lost a card.", "summary2": "Card lost.", "summary3": "A card."}
            """
        let dataset = try SummaryDataset(jsonLines: text, origin: "t.jsonl")
        #expect(dataset.items.count == 2)
        #expect(dataset.items[0].transcript.turns.map(\.speaker.role) == [.customer, .agent])
        #expect(dataset.items[0].sentences == ["My app crashes.", "Help?", "Please update it."])
        #expect(dataset.items[0].references.count == 2)
        #expect(dataset.items[1].transcript.turns.map(\.text) == ["Hello. I lost my card.", "I will block it."])
        #expect(dataset.items[1].sentences == ["Hello.", "I lost my card.", "I will block it."])
        #expect(dataset.items[1].references.count == 3)
    }

    @Test func namesTheLineThatIsNeitherFormat() {
        #expect(throws: KortomError.self) { try SummaryDataset(jsonLines: "{\"id\": 1}", origin: "t.jsonl") }
    }
}
