/// The canonical JSON of a transcript, as `kortom parse` prints it and the JSON parser reads it
/// back (see Docs/formats.md).
public enum TranscriptRecord {
    public static func json(_ transcript: Transcript) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("call_id", transcript.externalID ?? transcript.callID)
        writer.field("source", transcript.source.path)
        writer.field("format", transcript.format)
        writer.field("language", transcript.language.rawValue)
        writer.field("started_at", transcript.startedAt.map(TimestampParsing.string(from:)))
        writer.field("channel", transcript.channel)
        writer.key("metadata")
        writer.beginObject()
        for (key, value) in transcript.metadata.sorted(by: { $0.key < $1.key }) { writer.field(key, value) }
        writer.endObject()
        writer.key("turns")
        writer.beginArray()
        for turn in transcript.turns {
            writer.beginObject()
            writer.field("index", turn.index)
            writer.field("role", turn.speaker.role.rawValue)
            writer.field("role_source", turn.speaker.roleSource.rawValue)
            writer.field("role_confidence", turn.speaker.roleSource.confidence)
            writer.field("speaker", turn.speaker.label)
            writer.field("text", turn.text)
            writer.field("start", turn.start)
            writer.field("end", turn.end)
            writer.field("confidence", turn.confidence)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.bytes
    }

    /// `{"text": ..., "findings": [...]}` for `kortom redact --json`; findings carry no values.
    /// `{"file": ..., "findings": [{"type", "start", "end", "placeholder", "action", "detector", "confidence"}]}`, for benchmark tools.
    public static func findingsJSON(file: String, findings: [PIIFinding]) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("file", file)
        writeFindings(findings, to: &writer)
        writer.endObject()
        return writer.bytes
    }

    private static func writeFindings(_ findings: [PIIFinding], to writer: inout JSONWriter) {
        writer.key("findings")
        writer.beginArray()
        for finding in findings {
            writer.beginObject()
            writer.field("type", finding.type.rawValue)
            writer.field("start", finding.range.lowerBound)
            writer.field("end", finding.range.upperBound)
            writer.field("placeholder", finding.placeholder)
            writer.field("action", finding.action.rawValue)
            writer.field("detector", finding.detector)
            writer.field("confidence", finding.confidence)
            writer.endObject()
        }
        writer.endArray()
    }

    public static func redactionJSON(text: String, findings: [PIIFinding]) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("text", text)
        writeFindings(findings, to: &writer)
        writer.endObject()
        return writer.bytes
    }
}
