/// A transcript whose turn texts have had their personal data replaced by placeholders.
///
/// Only a `RedactedTranscript` reaches extraction, summarisation and the sinks; the type is
/// the proof that redaction ran. It can only be made by a ``RedactionStage``-conforming type
/// through ``init(redacting:texts:findings:)``.
public struct RedactedTranscript: Sendable, Hashable {
    /// The transcript with every turn's text replaced by its redacted text.
    public let transcript: Transcript
    /// What was replaced, with ranges into the original turn texts.
    public let findings: [PIIFinding]

    /// Wraps a transcript whose turn texts are already redacted.
    ///
    /// - Parameters:
    ///   - original: the unredacted transcript.
    ///   - texts: the redacted text for each turn, in turn order.
    ///   - findings: what was replaced.
    public init(redacting original: Transcript, texts: [String], findings: [PIIFinding]) {
        precondition(texts.count == original.turns.count, "one redacted text per turn")
        var redacted = original
        for index in redacted.turns.indices {
            redacted.turns[index].text = texts[index]
        }
        self.transcript = redacted
        self.findings = findings
    }

    /// How many distinct values of each type were replaced.
    public var piiCounts: [PIIType: Int] {
        // A call holds few distinct values; a list per type beats hashing every placeholder.
        var placeholders: [PIIType: [String]] = [:]
        for finding in findings where placeholders[finding.type]?.contains(finding.placeholder) != true {
            placeholders[finding.type, default: []].append(finding.placeholder)
        }
        return placeholders.mapValues(\.count)
    }
}
