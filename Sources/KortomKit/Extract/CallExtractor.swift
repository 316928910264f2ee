/// The default extract stage: intents from a taxonomy, key facts, agreed actions, the
/// outcome and escalation signals, all read from the redacted call by phrase and byte scans.
public struct CallExtractor: ExtractionStage {
    public let intentClassifier: IntentClassifier
    private let factFinder = FactFinder()
    private let spokenFacts = SpokenFactReader()
    private let lexicon: ExtractionLexicon

    public init(intentClassifier: IntentClassifier = IntentClassifier()) {
        self.intentClassifier = intentClassifier
        self.lexicon = ExtractionLexicon(intents: intentClassifier.keywordPhrases, products: intentClassifier.taxonomy.intents.flatMap(\.products))
    }

    public func extract(from call: RedactedTranscript) -> Extraction {
        let turns = call.transcript.turns
        let scans = turns.map(lexicon.scan)
        let hits = scans.map(\.cues)
        var extraction = Extraction()
        extraction.intents = intentClassifier.classify(turns, intentHits: scans.map(\.intents))
        extraction.facts = turns.flatMap { turn in
            let written = factFinder.facts(in: turn, referenceCues: scans[turn.index].references)
            let spoken = spokenFacts.facts(in: turn, matches: scans[turn.index].spokenFacts, callDate: call.transcript.startedAt)
            guard !spoken.isEmpty else { return written }
            // A spoken fact never overlaps a written one (`3 werkdagen` is both a number and a date).
            return (written + spoken.filter { fact in !written.contains { $0.range.overlaps(fact.range) } }).sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
        // A reference asked for in one turn (`What's the fine number?`) and given in the next.
        for turn in turns.dropFirst() {
            let question = turns[turn.index - 1]
            guard question.speaker.role != turn.speaker.role, question.text.utf8.last == UInt8(ascii: "?"),
                  let cue = scans[question.index].references.last,
                  !extraction.facts.contains(where: { $0.turnIndex == turn.index && $0.kind == .reference })
            else { continue }
            let cueWord = String(decoding: Array(question.text.utf8)[cue.range], as: UTF8.self).lowercased()
            guard let fact = factFinder.answeredReference(in: turn, cue: cueWord),
                  !extraction.facts.contains(where: { $0.turnIndex == turn.index && $0.range.overlaps(fact.range) })
            else { continue }
            extraction.facts.append(fact)
        }
        extraction.facts += products(turns, scans)
        extraction.facts.sort { ($0.turnIndex, $0.range.lowerBound) < ($1.turnIndex, $1.range.lowerBound) }
        extraction.actions = turns.flatMap { actions(in: $0, hits: hits[$0.index]) }
        extraction.actions += acceptedProposals(turns, hits: hits)
        extraction.actions.sort { ($0.turnIndex, $0.range.lowerBound) < ($1.turnIndex, $1.range.lowerBound) }
        // An action is due on the date its own sentence names.
        for index in extraction.actions.indices {
            let action = extraction.actions[index]
            extraction.actions[index].due = extraction.facts.first { $0.kind == .date && $0.turnIndex == action.turnIndex && action.range.contains($0.range.lowerBound) }
        }
        extraction.outcome = outcome(turns, hits: hits, actions: extraction.actions)
        extraction.signals = signals(turns, hits: hits)
        extraction.cues = hits.flatMap { $0 }
        extraction.metrics = CallMetrics(turns: turns)
        return extraction
    }

    /// The first mention of each product or service of the taxonomy. A match must end its word
    /// or leave at most a plural ending (`containers`, `vergunningen`): `paspoortnummer` is a
    /// number, not a passport.
    private func products(_ turns: [Turn], _ scans: [ExtractionLexicon.Scan]) -> [Fact] {
        var found: [Fact] = []
        var named = Set<Int>()
        for turn in turns where !scans[turn.index].products.isEmpty {
            let bytes = Array(turn.text.utf8)
            for match in scans[turn.index].products where !named.contains(match.phrase) {
                var end = match.range.upperBound
                while end < bytes.count, ByteClass.isWordByte(bytes[end]) { end += 1 }
                guard end - match.range.upperBound <= 2 else { continue }
                named.insert(match.phrase)
                let text = String(decoding: bytes[match.range.lowerBound..<end], as: UTF8.self)
                found.append(Fact(kind: .product, text: text, normalized: lexicon.productNames[match.phrase], turnIndex: turn.index, range: match.range.lowerBound..<end))
            }
        }
        return found
    }

    private func actions(in turn: Turn, hits: [Cue]) -> [AgreedAction] {
        guard turn.speaker.role != .system, hits.contains(where: { $0.kind == .speakerPromise || $0.kind == .organisationPromise || $0.kind == .customerTask }) else { return [] }
        var found: [AgreedAction] = []
        let bytes = Array(turn.text.utf8)
        for range in SentenceSplitter.sentences(in: turn.text) {
            // An offer, an option or a question is not yet an agreement, unless the question is
            // the polite form of a task (`Neemt u uw oude paspoort mee?`).
            let isQuestion = bytes[range.upperBound - 1] == UInt8(ascii: "?")
            guard !isQuestion || turn.speaker.role == .agent && Self.startsWithPoliteImperative(hits, bytes, range),
                  range.count >= 16, !hits.contains(.option, within: range) else { continue }
            let owner: SpeakerRole
            // `you should get a decision` is the organisation's promise, not the customer's task.
            let task = hits.contains { cue in
                cue.kind == .customerTask && range.contains(cue.range.lowerBound)
                    && !hits.contains { $0.kind == .organisationPromise && $0.range.lowerBound <= cue.range.lowerBound && $0.range.upperBound > cue.range.upperBound }
            }
            if turn.speaker.role == .agent && task {
                owner = .customer
            } else if hits.contains(.organisationPromise, within: range) {
                owner = .agent
            } else if hits.contains(.speakerPromise, within: range) {
                owner = turn.speaker.role
            } else {
                continue
            }
            found.append(AgreedAction(owner: owner, text: String(decoding: bytes[range], as: UTF8.self), turnIndex: turn.index, range: range))
        }
        return found
    }

    /// A short yes (`Dat doe ik.`, `Will do.`) to what the other side asked or proposed in the
    /// turn before (`Kunt u mij daarover mailen?`, `U kunt beroep instellen.`) is a promise by the
    /// one who says yes. The action's text is the proposal and the yes together, since the yes
    /// alone says nothing in a note.
    private func acceptedProposals(_ turns: [Turn], hits: [[Cue]]) -> [AgreedAction] {
        var found: [AgreedAction] = []
        for turn in turns.dropFirst() where turn.speaker.role == .agent || turn.speaker.role == .customer {
            guard let yes = hits[turn.index].first(where: { $0.kind == .acceptance }), yes.range.lowerBound <= 12 else { continue }
            let previous = turns[turn.index - 1]
            guard previous.speaker.role != turn.speaker.role, previous.speaker.role != .system,
                  let proposalSentence = SentenceSplitter.sentences(in: previous.text).last(where: { sentence in
                      hits[previous.index].contains { [.request, .option, .customerTask].contains($0.kind) && sentence.contains($0.range.lowerBound) }
                  }),
                  let answer = SentenceSplitter.sentences(in: turn.text).first(where: { $0.contains(yes.range.lowerBound) })
            else { continue }
            let proposal = String(decoding: Array(previous.text.utf8)[proposalSentence], as: UTF8.self)
            let said = String(decoding: Array(turn.text.utf8)[answer], as: UTF8.self)
            found.append(AgreedAction(owner: turn.speaker.role, text: "\(proposal) \(said)", turnIndex: turn.index, range: answer))
        }
        return found
    }

    private static func startsWithPoliteImperative(_ hits: [Cue], _ bytes: [UInt8], _ sentence: Range<Int>) -> Bool {
        hits.contains { cue in
            cue.kind == .customerTask && cue.range.lowerBound >= sentence.lowerBound && cue.range.lowerBound <= sentence.lowerBound + 6
                && CueLexicon.politeImperatives.contains(String(decoding: bytes[cue.range], as: UTF8.self).lowercased())
        }
    }

    /// How the call ended for the caller, from its closing turns.
    ///
    /// Agreed next steps do not make a call unresolved: a request registered with a letter to
    /// follow is resolved as far as the call goes. It is partly resolved when the problem is left
    /// open (someone will look into it or call back) while the caller was not satisfied or had to
    /// escalate, or when the agent could not do what was asked but the caller accepted another
    /// way; not resolved when the caller ends unsatisfied.
    private func outcome(_ turns: [Turn], hits: [[Cue]], actions: [AgreedAction]) -> CallOutcomeKind {
        let closing = hits.suffix(4)
        let resolved = closing.contains { $0.contains(.resolved) }
        let unresolved = closing.contains { $0.contains(.unresolved) }
        let refusedEarlier = hits.dropLast(4).contains { $0.contains(.unresolved) }
        let open = hits.suffix(8).contains { $0.contains(.pending) }
        let escalated = turns.contains { $0.speaker.role != .agent && (hits[$0.index].contains(.escalation) || hits[$0.index].contains(.complaint)) }
        if unresolved { return resolved ? .partlyResolved : .notResolved }
        if open, escalated || !resolved { return .partlyResolved }
        if refusedEarlier, resolved { return .partlyResolved }
        if resolved || !actions.isEmpty { return .resolved }
        return .unknown
    }

    private func signals(_ turns: [Turn], hits: [[Cue]]) -> [Signal] {
        let kinds: [(Signal.Kind, CueKind)] = [(.complaint, .complaint), (.escalationRequest, .escalation), (.repeatedContact, .repeatedContact), (.negativeSentiment, .negativeSentiment)]
        var signals: [Signal] = []
        for (signal, cue) in kinds {
            if let turn = turns.first(where: { $0.speaker.role != .agent && hits[$0.index].contains(cue) }) {
                signals.append(Signal(kind: signal, turnIndex: turn.index))
            }
        }
        return signals
    }
}
