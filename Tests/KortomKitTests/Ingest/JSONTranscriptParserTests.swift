import Testing
@testable import KortomKit

@Suite("Kortom JSON transcripts")
struct JSONTranscriptParserTests {
    let parser = JSONTranscriptParser()

    func parse(_ text: String) throws(KortomError) -> ParsedTranscript {
        try parser.parse(TranscriptDocument(text: text, origin: TranscriptOrigin(path: "call.json")))
    }

    func error(_ text: String) -> KortomError? {
        do { _ = try parse(text); return nil } catch { return error }
    }

    @Test func readsEveryField() throws {
        let parsed = try parse("""
            {"call_id": "X-1", "language": "en", "started_at": "2026-03-02T09:15:00Z", "channel": "phone",
             "metadata": {"queue": "tax", "priority": 2},
             "turns": [{"speaker": "Agent", "role": "agent", "text": "Hello", "start": 1.5, "end": 2, "confidence": 0.9},
                       {"speaker": "Caller", "text": "Hi"}, {"text": "?"}]}
            """)
        #expect(parsed.externalID == "X-1")
        #expect(parsed.language == .english)
        #expect(parsed.startedAt != nil)
        #expect(parsed.metadata == ["queue": "tax", "priority": "2"])
        #expect(parsed.turns.map(\.speaker.role) == [.agent, .customer, .unknown])
        #expect(parsed.turns.map(\.speaker.roleSource) == [.explicit, .label, .none])
        #expect(parsed.turns[0].start == 1.5 && parsed.turns[0].end == 2 && parsed.turns[0].confidence == 0.9)
    }

    @Test func namesWhatIsWrong() {
        #expect(error("{\"turns\": [")?.code == .malformed)
        #expect(error("{\"turns\": {}}")?.message.contains("\"turns\" must be an array") == true)
        #expect(error("{\"turns\": [{\"text\": 3}]}")?.message.contains("turns[0].text is not a string") == true)
        #expect(error("{\"turns\": [{\"speaker\": \"A\"}]}")?.message.contains("turns[0].text is missing") == true)
        #expect(error("{\"turns\": [{\"text\": \"a\", \"start\": \"1\"}]}")?.message.contains("turns[0].start must be a number") == true)
        #expect(error("{\"turns\": [{\"text\": \"a\", \"start\": true}]}")?.message.contains("turns[0].start must be a number") == true)
        #expect(error("{\"turns\": [{\"text\": \"a\", \"role\": \"boss\"}]}")?.message.contains("turns[0].role") == true)
        #expect(error("{\"started_at\": \"gisteren\", \"turns\": []}")?.message.contains("started_at") == true)
        #expect(error("[1, 2]")?.code == .malformed)
    }

    @Test func callsAValidObjectOfAnotherShapeUnrecognised() {
        let failure = error("{\"results\": {\"transcripts\": []}}")
        #expect(failure?.code == .unrecognisedFormat)
        #expect(failure?.message.contains("unknown shape") == true)
        #expect(failure?.message.contains("call.json") == true)
    }
}
