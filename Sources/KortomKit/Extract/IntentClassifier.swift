/// Scores a call against an ``IntentTaxonomy``.
///
/// What the customer says counts most, and their first three turns most of all: that is
/// where people say why they call. Agent turns count a little, since agents often restate
/// the question. Scores are normalised so the best intent's share of all evidence is its score.
public struct IntentClassifier: Sendable {
    public let taxonomy: IntentTaxonomy
    /// Below this score the call's intent is `unknown`.
    public let threshold: Double
    private let matcher: PhraseMatcher
    private let owners: [Int]
    /// For each intent, the indices of the broader intents it is `within`.
    private let broader: [[Int]]

    public init(taxonomy: IntentTaxonomy = .municipal, threshold: Double = 0.2) {
        self.taxonomy = taxonomy
        self.threshold = threshold
        var phrases: [String] = []
        var owners: [Int] = []
        for (phrase, owner) in Self.phrases(of: taxonomy) {
            phrases.append(phrase)
            owners.append(owner)
        }
        self.matcher = PhraseMatcher(phrases: phrases)
        self.owners = owners
        self.broader = taxonomy.intents.map { intent in intent.within.compactMap { id in taxonomy.intents.firstIndex { $0.id == id } } }
    }

    /// Evidence for a broader intent also counts for a narrower one (`within`) that has at least
    /// half as much of its own: a call about an arrangement to pay a tax assessment mentions the
    /// assessment more often than the arrangement. Evidence for a generic intent (an
    /// appointment) counts for the best specific intent with at least a third as much: an
    /// appointment is made for something.
    private func passingOnBroaderEvidence(_ evidence: [Double]) -> [Double] {
        let intents = taxonomy.intents
        var adjusted = evidence
        for index in intents.indices where evidence[index] > 0 {
            for other in broader[index] where evidence[index] * 2 >= evidence[other] {
                adjusted[index] += evidence[other]
            }
        }
        for (index, intent) in intents.enumerated() where intent.isGeneric && evidence[index] > 0 {
            let specific = intents.indices.filter { !intents[$0].isGeneric && evidence[$0] * 3 >= evidence[index] && evidence[$0] > 0 }
            if let best = specific.max(by: { adjusted[$0] < adjusted[$1] }) {
                adjusted[best] += evidence[index]
            }
        }
        return adjusted
    }

    /// The intents with evidence, best first, at most three.
    public func classify(_ turns: [Turn]) -> [ScoredIntent] {
        classify(turns, intentHits: turns.map { turn in matcher.matches(in: turn.text).map { owners[$0.phrase] } })
    }

    /// The phrases the classifier looks for, each with the index of its intent in the taxonomy
    /// (a negative cue as `-(index + 1)`), for callers that scan a call for several lexicons in
    /// one pass.
    var keywordPhrases: [(phrase: String, intent: Int)] { Self.phrases(of: taxonomy) }

    private static func phrases(of taxonomy: IntentTaxonomy) -> [(phrase: String, intent: Int)] {
        taxonomy.intents.enumerated().flatMap { index, intent in
            intent.keywords.map { ($0, index) } + intent.negative.map { ($0, -(index + 1)) }
        }
    }

    /// Scores a call from the intents whose keywords were found in each turn (one entry per match).
    func classify(_ turns: [Turn], intentHits: [[Int]]) -> [ScoredIntent] {
        var evidence = [Double](repeating: 0, count: taxonomy.intents.count)
        var customerTurnsSeen = 0
        for turn in turns {
            let weight: Double
            switch turn.speaker.role {
            case .customer, .unknown:
                customerTurnsSeen += 1
                weight = customerTurnsSeen <= 3 ? 3 : 1.5
            case .agent: weight = turn.index < 4 ? 1 : 0.5
            case .system: weight = 0.25
            }
            // Each intent counts once per turn, however many of its keywords the turn holds, and
            // not at all in a turn with one of its negative cues.
            var counted: [Int] = intentHits[turn.index].filter { $0 < 0 }.map { -$0 - 1 }
            for intent in intentHits[turn.index] where intent >= 0 && !counted.contains(intent) {
                counted.append(intent)
                evidence[intent] += weight * taxonomy.intents[intent].weight
            }
        }
        evidence = passingOnBroaderEvidence(evidence)
        let total = evidence.reduce(0, +)
        guard total > 0 else { return [ScoredIntent(id: "unknown", score: 0)] }
        let ranked = evidence.enumerated()
            .filter { $0.element > 0 }
            .sorted { $0.element != $1.element ? $0.element > $1.element : $0.offset < $1.offset }
            .prefix(3)
            .map { ScoredIntent(id: taxonomy.intents[$0.offset].id, score: ($0.element / total * 1000).rounded() / 1000) }
        guard let best = ranked.first, best.score >= threshold else { return [ScoredIntent(id: "unknown", score: 0)] + ranked }
        return Array(ranked)
    }
}
