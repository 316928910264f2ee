import Foundation

/// The request Kortom sends for a summary, and the reading of what comes back.
///
/// The prompt asks for the fields the extractive summariser fills, as JSON that a strict
/// `json_schema` response format enforces on the endpoint and ``parse(_:)`` checks again here.
public enum SummaryPrompt {
    /// Written into provenance and the audit log; change it whenever the wording changes.
    public static let version = "kortom-llm-1"

    /// The fields of a summary, as the model must return them.
    public struct Fields: Sendable, Hashable {
        public var subject: String
        public var reason: String
        public var summary: [String]
        public var followUps: [(owner: SpeakerRole, text: String)]

        public static func == (lhs: Fields, rhs: Fields) -> Bool {
            lhs.subject == rhs.subject && lhs.reason == rhs.reason && lhs.summary == rhs.summary
                && lhs.followUps.map(\.owner) == rhs.followUps.map(\.owner) && lhs.followUps.map(\.text) == rhs.followUps.map(\.text)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(subject)
            hasher.combine(summary)
        }
    }

    static let maximumSubjectCharacters = 200
    static let maximumSummaryCharacters = 1000
    static let maximumFollowUps = 8

    private static let schema = """
        {"type":"object","additionalProperties":false,"required":["subject","reason","summary","follow_ups"],"properties":{\
        "subject":{"type":"string","description":"why the citizen called, at most 200 characters"},\
        "reason":{"type":"string","description":"the citizen's question or problem in one sentence"},\
        "summary":{"type":"array","items":{"type":"string"},"description":"at most 6 short sentences: the problem, key facts, what was agreed, what is still open"},\
        "follow_ups":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["owner","text"],"properties":{\
        "owner":{"type":"string","enum":["agent","customer","organisation"]},"text":{"type":"string"}}}}}}
        """

    static func instructions(language: CallLanguage) -> String {
        let written = language == .english ? "English" : "Dutch"
        return """
            You write case notes for the next agent of a Dutch public-sector contact centre. You get one \
            call transcript whose personal data has been replaced by placeholders such as [NAME-1], \
            [BSN-1] or [PHONE-2]. Write in \(written). Use only what the transcript says: never invent \
            names, numbers, amounts, dates or reference numbers, and copy placeholders exactly as they are. \
            Return JSON with: subject (why the citizen called, at most 200 characters), reason (their \
            question or problem in one sentence), summary (at most 6 short sentences: the problem, the key \
            facts, what was agreed, what is still open; at most 1000 characters in all) and follow_ups \
            (each agreed next step with its owner: agent, customer or organisation).
            """
    }

    /// The chat completions request body for `text`, a redacted transcript or, when reducing,
    /// the partial summaries of a long call.
    static func requestBody(model: String, language: CallLanguage, text: String, reducing: Bool) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("model", model)
        writer.field("temperature", 0.0)
        writer.key("messages")
        writer.beginArray()
        writer.beginObject()
        writer.field("role", "system")
        writer.field("content", instructions(language: language))
        writer.endObject()
        writer.beginObject()
        writer.field("role", "user")
        writer.field("content", (reducing ? "Partial notes of one long call, in order. Combine them into one note.\n\n" : "Transcript:\n\n") + text)
        writer.endObject()
        writer.endArray()
        writer.key("response_format")
        writer.beginObject()
        writer.field("type", "json_schema")
        writer.key("json_schema")
        writer.beginObject()
        writer.field("name", "case_note")
        writer.field("strict", true)
        writer.key("schema")
        writer.raw(Array(schema.utf8))
        writer.endObject()
        writer.endObject()
        writer.endObject()
        return writer.bytes
    }

    /// The transcript as the model reads it: one line per turn, `Role: text`.
    static func transcriptText(_ turns: ArraySlice<Turn>) -> String {
        turns.map { turn in
            let role = turn.speaker.role == .unknown ? turn.speaker.label : turn.speaker.role.rawValue
            return role + ": " + turn.text
        }.joined(separator: "\n")
    }

    /// Reads and checks the model's JSON: every field present with its type, within limits.
    static func parse(_ content: String) -> Result<Fields, KortomError> {
        func invalid(_ reason: String) -> Result<Fields, KortomError> { .failure(KortomError(.llmInvalidOutput, "the LLM summary \(reason)")) }
        guard let object = try? JSONSerialization.jsonObject(with: Data(content.utf8)) as? [String: Any] else { return invalid("is not a JSON object") }
        let allowed: Set<String> = ["subject", "reason", "summary", "follow_ups"]
        if let extra = object.keys.first(where: { !allowed.contains($0) }) { return invalid("has an unknown field `\(extra)`") }
        guard let subject = object["subject"] as? String, !subject.trimmingCharacters(in: .whitespaces).isEmpty else { return invalid("has no subject") }
        guard let reason = object["reason"] as? String else { return invalid("has no reason") }
        guard let summary = object["summary"] as? [Any], summary.allSatisfy({ $0 is String }) else { return invalid("has no list of summary sentences") }
        guard let followUps = object["follow_ups"] as? [[String: Any]] else { return invalid("has no list of follow-ups") }
        guard subject.count <= maximumSubjectCharacters else { return invalid("subject is longer than \(maximumSubjectCharacters) characters") }
        let sentences = summary.compactMap { $0 as? String }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard sentences.reduce(0, { $0 + $1.count }) <= maximumSummaryCharacters * 3 / 2 else { return invalid("is far longer than \(maximumSummaryCharacters) characters") }
        var steps: [(SpeakerRole, String)] = []
        for step in followUps.prefix(maximumFollowUps) {
            guard let owner = step["owner"] as? String, let text = step["text"] as? String else { return invalid("has a follow-up without owner or text") }
            switch owner {
            case "agent", "organisation": steps.append((.agent, text))
            case "customer": steps.append((.customer, text))
            default: return invalid("has a follow-up with owner `\(owner)`")
            }
        }
        return .success(Fields(subject: subject, reason: reason, summary: sentences, followUps: steps))
    }
}
