import Foundation

/// Summarises a redacted call through a contracted LLM endpoint.
///
/// Only the redacted transcript is sent. What comes back is checked against the summary
/// schema and the length limits, and for faithfulness: a sentence with a number or placeholder
/// the call does not contain is dropped, with a warning. The guard stage then redacts it
/// again like any summary. A call longer than ``maximumInputBytes`` is summarised in parts
/// split on turn boundaries, and the parts' notes are combined by one more request. When the
/// endpoint fails, the extractive summary is used with a warning, or the call is
/// dead-lettered, as the pipeline says. Every request leaves a line in the audit log; a call
/// whose line cannot be written is dead-lettered, whatever the pipeline says.
public struct LLMSummariser: Summariser {
    public let generator = "kortom-llm"

    /// What to do with a call whose LLM summary failed.
    public enum FailureAction: String, Sendable, Hashable {
        case extractive
        case deadLetter = "dead_letter"
    }

    public let client: ChatCompletionClient
    public let onFailure: FailureAction
    public let auditLog: LLMAuditLog?
    /// Notes are written in this language; nil means the call's own.
    public let outputLanguage: CallLanguage?
    /// The time one call may take, retries included.
    public let callDeadline: Duration
    public let maximumInputBytes: Int
    private let fallback: ExtractiveSummariser

    public init(client: ChatCompletionClient, onFailure: FailureAction = .extractive, auditLog: LLMAuditLog? = nil, outputLanguage: CallLanguage? = nil, callDeadline: Duration = .seconds(120), maximumInputBytes: Int = 24_000, fallback: ExtractiveSummariser = ExtractiveSummariser()) {
        self.client = client
        self.onFailure = onFailure
        self.auditLog = auditLog
        self.outputLanguage = outputLanguage
        self.callDeadline = callDeadline
        self.maximumInputBytes = maximumInputBytes
        self.fallback = fallback
    }

    public func summarise(_ call: RedactedTranscript, extraction: Extraction) async throws(KortomError) -> SummaryDraft {
        let deadline = ContinuousClock.now + callDeadline
        var usage = LLMUsage()
        do throws(KortomError) {
            let fields = try await fields(for: call, deadline: deadline, usage: &usage)
            return draft(fields, call: call, extraction: extraction, usage: usage)
        } catch {
            // A request that could not be audited is never covered up by a fallback.
            guard onFailure == .extractive, error.code != .outputFailed else { throw error }
            var draft = try await fallback.summarise(call, extraction: extraction)
            draft.warnings.append("The LLM summary failed (\(error.code)); this is the extractive summary instead.")
            return draft
        }
    }

    /// The summary fields: from one request, or from one request per part and one to combine.
    private func fields(for call: RedactedTranscript, deadline: ContinuousClock.Instant, usage: inout LLMUsage) async throws(KortomError) -> SummaryPrompt.Fields {
        let language = outputLanguage ?? (call.transcript.language == .english ? .english : .dutch)
        let parts = Self.parts(call.transcript.turns, maximumBytes: maximumInputBytes)
        if parts.count == 1 {
            return try await request(SummaryPrompt.transcriptText(parts[0]), reducing: false, language: language, callID: call.transcript.callID, deadline: deadline, usage: &usage)
        }
        var notes: [String] = []
        for (index, part) in parts.enumerated() {
            let partFields = try await request(SummaryPrompt.transcriptText(part), reducing: false, language: language, callID: call.transcript.callID, deadline: deadline, usage: &usage)
            notes.append("Part \(index + 1): " + ([partFields.reason] + partFields.summary + partFields.followUps.map(\.text)).joined(separator: " "))
        }
        return try await request(notes.joined(separator: "\n"), reducing: true, language: language, callID: call.transcript.callID, deadline: deadline, usage: &usage)
    }

    private func request(_ text: String, reducing: Bool, language: CallLanguage, callID: String, deadline: ContinuousClock.Instant, usage: inout LLMUsage) async throws(KortomError) -> SummaryPrompt.Fields {
        let body = SummaryPrompt.requestBody(model: client.endpoint.model, language: language, text: text, reducing: reducing)
        let (result, attempts) = await client.complete(body, deadline: deadline)
        var outcome: Result<SummaryPrompt.Fields, KortomError>
        switch result {
        case .success(let completion):
            if let id = completion.requestID { usage.requestIDs.append(id) }
            usage.promptTokens += completion.promptTokens ?? 0
            usage.completionTokens += completion.completionTokens ?? 0
            outcome = SummaryPrompt.parse(completion.content)
        case .failure(let error):
            outcome = .failure(error)
        }
        if let auditLog {
            let completion = try? result.get()
            let outcomeName: String
            switch outcome {
            case .success: outcomeName = "ok"
            case .failure(let error): outcomeName = error.code.rawValue
            }
            try await auditLog.append(LLMAuditLog.Record(
                callID: callID, endpoint: client.endpoint.name, model: client.endpoint.model, promptVersion: SummaryPrompt.version,
                promptHash: StableHash.hex64(String(decoding: body, as: UTF8.self)), inputBytes: body.count, attempts: attempts,
                completion: completion, outcome: outcomeName
            ))
        }
        return try outcome.get()
    }

    /// The turns in parts of at most `maximumBytes` of text, split between turns; a single
    /// turn longer than that is a part of its own.
    static func parts(_ turns: [Turn], maximumBytes: Int) -> [ArraySlice<Turn>] {
        var parts: [ArraySlice<Turn>] = []
        var start = turns.startIndex
        var size = 0
        for index in turns.indices {
            let length = turns[index].text.utf8.count + 16
            if size + length > maximumBytes, index > start {
                parts.append(turns[start..<index])
                start = index
                size = 0
            }
            size += length
        }
        parts.append(turns[start..<turns.endIndex])
        return parts
    }

    /// The draft, with every sentence, subject and follow-up checked against the call.
    private func draft(_ fields: SummaryPrompt.Fields, call: RedactedTranscript, extraction: Extraction, usage: LLMUsage) -> SummaryDraft {
        let check = FaithfulnessCheck(transcript: call)
        var warnings: [String] = []
        var dropped = 0
        func supported(_ text: String) -> Bool {
            let missing = check.unsupported(in: text)
            if !missing.isEmpty { dropped += 1 }
            return missing.isEmpty
        }
        let sentences = fields.summary.filter(supported).map { SummarySentence(text: $0, turnIDs: []) }
        let followUps = fields.followUps.filter { supported($0.text) }.map { FollowUp(owner: $0.owner, text: $0.text, turnIDs: []) }
        var subject = fields.subject
        var reason = fields.reason
        if !supported(subject) { subject = extraction.intents.first.map { $0.id.replacingOccurrences(of: "_", with: " ") } ?? "Call" }
        if !supported(reason) { reason = "" }
        if dropped > 0 {
            warnings.append("Removed \(dropped) part\(dropped == 1 ? "" : "s") of the LLM summary with a number or placeholder that the call does not contain.")
        }
        return SummaryDraft(
            subject: subject, reason: reason, sentences: sentences, followUps: followUps, warnings: warnings,
            generator: generator, version: SummaryPrompt.version, model: client.endpoint.model, endpoint: client.endpoint.name, usage: usage
        )
    }
}
