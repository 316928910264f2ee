/// The last stage before the sinks: re-redacts what the summariser wrote, enforces the field
/// limits and assembles the ``CaseSummary``.
///
/// The extractive summariser only copies redacted text, so in practice the guard finds
/// nothing there; it exists for summarisers that write their own words, and it runs for all
/// of them so no sink ever sees unchecked text.
public struct OutputGuard: Sendable {
    public let redactor: any RedactionStage
    /// A hash of the pipeline definition, written into provenance.
    public let configHash: String

    public init(redactor: any RedactionStage, configHash: String) {
        self.redactor = redactor
        self.configHash = configHash
    }

    public func check(_ draft: SummaryDraft, call: RedactedTranscript, extraction: Extraction) -> CaseSummary {
        var warnings = draft.warnings
        var replaced: [PIIType: Int] = [:]
        // Usually nothing is found: one scan over all the texts together settles that. A text
        // that ends another one already in the scan (the reason ends the subject, a follow-up
        // ends its summary line) is covered by it.
        var distinct: [String] = []
        for text in [draft.subject] + draft.sentences.map(\.text) + [draft.reason] + draft.followUps.map(\.text)
        where !distinct.contains(where: { $0.hasSuffix(text) }) {
            distinct.append(text)
        }
        let everything = distinct.joined(separator: "\n")
        let somethingFound = !redactor.redactOutput(everything).replaced.isEmpty
        func clean(_ text: String) -> String {
            guard somethingFound else { return text }
            let result = redactor.redactOutput(text)
            for type in result.replaced { replaced[type, default: 0] += 1 }
            return result.text
        }
        let subject = TextLimits.truncate(clean(draft.subject), to: CaseSummary.subjectLimit)
        let reason = clean(draft.reason)
        var sentences = draft.sentences.map { SummarySentence(text: clean($0.text), turnIDs: $0.turnIDs) }
        let followUps = draft.followUps.map { FollowUp(owner: $0.owner, text: clean($0.text), turnIDs: $0.turnIDs, due: $0.due) }
        for (type, count) in replaced.sorted(by: { $0.key < $1.key }) {
            warnings.append("guard: replaced \(count) \(type.rawValue) value(s) in the summariser's output")
        }
        var summary = sentences.map(\.text).joined(separator: " ")
        if TextLimits.length(summary) > CaseSummary.summaryLimit {
            while TextLimits.length(summary) > CaseSummary.summaryLimit, sentences.count > 1 {
                sentences.removeLast()
                summary = sentences.map(\.text).joined(separator: " ")
            }
            if TextLimits.length(summary) > CaseSummary.summaryLimit {
                summary = TextLimits.truncate(summary, to: CaseSummary.summaryLimit)
                sentences = [SummarySentence(text: summary, turnIDs: sentences.first?.turnIDs ?? [])]
            }
            warnings.append("guard: summary cut to \(CaseSummary.summaryLimit) characters")
        }
        if sentences.isEmpty {
            warnings.append("no summary sentence could be selected from the call")
        }
        let turns = call.transcript.turns
        let unknownRoles = turns.filter { $0.speaker.role == .unknown }.count
        let inferredRoles = turns.filter { $0.speaker.roleSource == .inferred || $0.speaker.roleSource == .textCue }.count
        if inferredRoles > 0 {
            warnings.append("speaker role inferred (not stated) for \(inferredRoles) of \(turns.count) turns")
        }
        if unknownRoles > 0 {
            warnings.append("speaker role unknown for \(unknownRoles) of \(turns.count) turns")
        }
        if !turns.contains(where: { $0.speaker.role == .customer }) {
            warnings.append("no turn is attributed to the customer; the reason for contact may be wrong")
        }
        var caseSummary = CaseSummary(
            callID: call.transcript.callID,
            externalID: call.transcript.externalID,
            source: call.transcript.source,
            format: call.transcript.format,
            language: call.transcript.language,
            subject: subject,
            summary: summary,
            reason: reason,
            outcome: extraction.outcome,
            followUps: followUps,
            facts: extraction.facts,
            intents: extraction.intents,
            signals: extraction.signals,
            piiCounts: call.piiCounts,
            sentences: sentences,
            warnings: warnings,
            provenance: Provenance(generator: draft.generator, version: draft.version, model: draft.model, endpoint: draft.endpoint, configHash: configHash, usage: draft.usage),
            turnCount: turns.count
        )
        caseSummary.metrics = extraction.metrics
        return caseSummary
    }
}
