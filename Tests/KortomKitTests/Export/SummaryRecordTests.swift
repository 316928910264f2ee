import Foundation
import KortomTesting
import Testing
@testable import KortomKit

@Suite("Summary and dead-letter records")
struct SummaryRecordTests {
    static let requiredKeys = ["call_id", "source", "language", "subject", "summary", "reason", "outcome", "follow_ups", "facts", "intents", "pii_counts", "sentences", "generated_by", "machine_generated", "warnings"]

    @Test func carriesEveryDocumentedField() async throws {
        let redacted = Redactor.standard.redact(TranscriptBuilder.transcript([(.customer, "Ik wil verhuizen, mijn IBAN is NL91ABNA0417164300."), (.agent, "Ik stuur u vandaag een bevestiging.")]))
        let extraction = CallExtractor().extract(from: redacted)
        let draft = try await ExtractiveSummariser().summarise(redacted, extraction: extraction)
        let summary = OutputGuard(redactor: Redactor.standard, configHash: "h").check(draft, call: redacted, extraction: extraction)
        let line = SummaryRecord.json(summary)
        #expect(!line.contains(0x0A))
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        for key in Self.requiredKeys { #expect(record[key] != nil, "missing \(key)") }
        #expect(record["schema"] as? String == "kortom.summary/1")
        #expect(record["machine_generated"] as? Bool == true)
        #expect((record["pii_counts"] as? [String: Int]) == ["IBAN": 1])
        let sentences = try #require(record["sentences"] as? [[String: Any]])
        #expect(sentences.allSatisfy { ($0["turn_ids"] as? [Int])?.isEmpty == false })
        #expect((record["generated_by"] as? [String: Any])?["generator"] as? String == "kortom-extractive")
    }

    @Test func deadLettersNameTheFileStageAndReason() throws {
        let letter = DeadLetter(callID: "x", source: TranscriptOrigin(path: "bad/x.bin"), stage: .parse, error: KortomError(.binaryContent, "bad/x.bin: binary data at byte 3"))
        let record = try #require(try JSONSerialization.jsonObject(with: Data(DeadLetterRecord.json(letter))) as? [String: String])
        #expect(record == ["schema": "kortom.dead-letter/1", "call_id": "x", "source": "bad/x.bin", "stage": "parse", "code": "binary_content", "reason": "bad/x.bin: binary data at byte 3"])
    }
}
