/// The stage that takes personal data out of a call before anything else reads it.
///
/// The guard stage uses the same redactor again on whatever a summariser wrote, with the
/// call's placeholders, so a value that slipped through is caught on the way out.
public protocol RedactionStage: Sendable {
    /// Redacts every turn of `transcript`, with placeholders consistent across the call.
    func redact(_ transcript: Transcript) -> RedactedTranscript

    /// Redacts a text produced from an already redacted call (a summary, say).
    ///
    /// - Returns: the redacted text and how many values were replaced.
    func redactOutput(_ text: String) -> (text: String, replaced: [PIIType])
}
