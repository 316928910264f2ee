/// The `summaries.jsonl` line for a case summary (schema `kortom.summary/1`, see
/// Docs/summary-schema.md).
public enum SummaryRecord {
    public static let schema = "kortom.summary/1"

    public static func json(_ summary: CaseSummary) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("schema", schema)
        writer.field("call_id", summary.callID)
        writer.field("external_id", summary.externalID)
        writer.field("source", summary.source.path)
        writer.field("format", summary.format)
        writer.field("language", summary.language.rawValue)
        writer.field("subject", summary.subject)
        writer.field("summary", summary.summary)
        writer.field("reason", summary.reason)
        writer.field("outcome", summary.outcome.rawValue)
        writer.key("follow_ups")
        writer.beginArray()
        for followUp in summary.followUps {
            writer.beginObject()
            writer.field("owner", followUp.owner.rawValue)
            writer.field("text", followUp.text)
            writer.field("due", followUp.due?.normalized)
            writer.field("turn_ids", ints: followUp.turnIDs)
            writer.endObject()
        }
        writer.endArray()
        writer.key("facts")
        writer.beginArray()
        for fact in summary.facts {
            writer.beginObject()
            writer.field("kind", fact.kind.rawValue)
            writer.field("text", fact.text)
            writer.field("normalized", fact.normalized)
            writer.field("turn_id", fact.turnIndex)
            writer.field("start", fact.range.lowerBound)
            writer.field("end", fact.range.upperBound)
            writer.endObject()
        }
        writer.endArray()
        writer.key("intents")
        writer.beginArray()
        for intent in summary.intents {
            writer.beginObject()
            writer.field("id", intent.id)
            writer.field("score", intent.score)
            writer.endObject()
        }
        writer.endArray()
        writer.key("signals")
        writer.beginArray()
        for signal in summary.signals {
            writer.beginObject()
            writer.field("kind", signal.kind.rawValue)
            writer.field("turn_id", signal.turnIndex)
            writer.endObject()
        }
        writer.endArray()
        writer.key("metrics")
        if let metrics = summary.metrics {
            writer.beginObject()
            writer.field("duration_seconds", metrics.duration)
            writer.key("talk_share")
            writer.beginObject()
            for (role, share) in metrics.talkShare.sorted(by: { $0.key.rawValue < $1.key.rawValue }) { writer.field(role.rawValue, share) }
            writer.endObject()
            writer.field("longest_silence_seconds", metrics.longestSilence)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("pii_counts")
        writer.beginObject()
        for (type, count) in summary.piiCounts.sorted(by: { $0.key < $1.key }) {
            writer.field(type.rawValue, count)
        }
        writer.endObject()
        writer.key("sentences")
        writer.beginArray()
        for sentence in summary.sentences {
            writer.beginObject()
            writer.field("text", sentence.text)
            writer.field("turn_ids", ints: sentence.turnIDs)
            writer.endObject()
        }
        writer.endArray()
        writer.field("turn_count", summary.turnCount)
        writer.key("generated_by")
        writer.beginObject()
        writer.field("generator", summary.provenance.generator)
        writer.field("version", summary.provenance.version)
        writer.field("model", summary.provenance.model)
        writer.field("endpoint", summary.provenance.endpoint)
        writer.field("config_hash", summary.provenance.configHash)
        if let usage = summary.provenance.usage {
            writer.key("request_ids")
            writer.beginArray()
            for id in usage.requestIDs { writer.string(id) }
            writer.endArray()
            writer.field("prompt_tokens", usage.promptTokens)
            writer.field("completion_tokens", usage.completionTokens)
        }
        writer.endObject()
        writer.field("machine_generated", summary.machineGenerated)
        writer.key("warnings")
        writer.beginArray()
        for warning in summary.warnings { writer.string(warning) }
        writer.endArray()
        writer.endObject()
        return writer.bytes
    }
}

/// The `dead-letter.jsonl` line for an input that failed (schema `kortom.dead-letter/1`).
public enum DeadLetterRecord {
    public static let schema = "kortom.dead-letter/1"

    public static func json(_ letter: DeadLetter) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("schema", schema)
        writer.field("call_id", letter.callID)
        writer.field("source", letter.source.path)
        writer.field("stage", letter.stage.rawValue)
        writer.field("code", letter.error.code.rawValue)
        writer.field("reason", letter.error.message)
        writer.endObject()
        return writer.bytes
    }
}
