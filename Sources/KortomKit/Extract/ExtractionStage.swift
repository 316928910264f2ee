/// The stage that reads intents, key facts, agreed actions, outcome and signals from a
/// redacted call.
public protocol ExtractionStage: Sendable {
    func extract(from call: RedactedTranscript) -> Extraction
}
