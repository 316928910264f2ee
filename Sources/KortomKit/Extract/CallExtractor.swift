/// The default extract stage: intents from a taxonomy, key facts, agreed actions, the
/// outcome and escalation signals, all read from the redacted call by phrase and byte scans.
public struct CallExtractor: ExtractionStage {
    public let intentClassifier: IntentClassifier
    private let factFinder = FactFinder()
    private let speakerPromises = PhraseMatcher(phrases: CueLexicon.speakerPromises)
    private let organisationPromises = PhraseMatcher(phrases: CueLexicon.organisationPromises)
    private let customerTasks = PhraseMatcher(phrases: CueLexicon.customerTasks)
    private let options = PhraseMatcher(phrases: CueLexicon.options)
    private let resolvedCues = PhraseMatcher(phrases: CueLexicon.resolved)
    private let unresolvedCues = PhraseMatcher(phrases: CueLexicon.unresolved)
    private let pendingCues = PhraseMatcher(phrases: CueLexicon.pending)
    private let signalCues: [(Signal.Kind, PhraseMatcher)] = [
        (.complaint, PhraseMatcher(phrases: CueLexicon.complaint)),
        (.escalationRequest, PhraseMatcher(phrases: CueLexicon.escalation)),
        (.repeatedContact, PhraseMatcher(phrases: CueLexicon.repeatedContact)),
        (.negativeSentiment, PhraseMatcher(phrases: CueLexicon.negativeSentiment)),
    ]

    public init(intentClassifier: IntentClassifier = IntentClassifier()) {
        self.intentClassifier = intentClassifier
    }

    public func extract(from call: RedactedTranscript) -> Extraction {
        let turns = call.transcript.turns
        var extraction = Extraction()
        extraction.intents = intentClassifier.classify(turns)
        extraction.facts = turns.flatMap(factFinder.facts(in:))
        extraction.actions = turns.flatMap(actions(in:))
        extraction.outcome = outcome(turns, actions: extraction.actions)
        extraction.signals = signals(turns)
        return extraction
    }

    private func actions(in turn: Turn) -> [AgreedAction] {
        guard turn.speaker.role != .system else { return [] }
        var found: [AgreedAction] = []
        for range in SentenceSplitter.sentences(in: turn.text) {
            let sentence = String(decoding: Array(turn.text.utf8)[range], as: UTF8.self)
            // An offer, an option or a question is not yet an agreement.
            guard !sentence.hasSuffix("?"), sentence.utf8.count >= 16, !options.containsMatch(in: sentence) else { continue }
            let owner: SpeakerRole
            if turn.speaker.role == .agent && customerTasks.containsMatch(in: sentence) {
                owner = .customer
            } else if organisationPromises.containsMatch(in: sentence) {
                owner = .agent
            } else if speakerPromises.containsMatch(in: sentence) {
                owner = turn.speaker.role
            } else {
                continue
            }
            found.append(AgreedAction(owner: owner, text: sentence, turnIndex: turn.index))
        }
        return found
    }

    /// Read from the last four turns, where calls are wrapped up.
    private func outcome(_ turns: [Turn], actions: [AgreedAction]) -> CallOutcomeKind {
        let closing = turns.suffix(4)
        let resolved = closing.contains { resolvedCues.containsMatch(in: $0.text) }
        let unresolved = closing.contains { unresolvedCues.containsMatch(in: $0.text) }
        let pending = turns.suffix(8).contains { pendingCues.containsMatch(in: $0.text) }
        switch (resolved, unresolved, pending) {
        case (true, false, false): return .resolved
        case (true, _, _): return .partlyResolved
        case (false, true, _): return .notResolved
        case (false, false, true): return .partlyResolved
        case (false, false, false): return actions.isEmpty ? .unknown : .partlyResolved
        }
    }

    private func signals(_ turns: [Turn]) -> [Signal] {
        var signals: [Signal] = []
        for (kind, matcher) in signalCues {
            if let turn = turns.first(where: { $0.speaker.role != .agent && matcher.containsMatch(in: $0.text) }) {
                signals.append(Signal(kind: kind, turnIndex: turn.index))
            }
        }
        return signals
    }
}
