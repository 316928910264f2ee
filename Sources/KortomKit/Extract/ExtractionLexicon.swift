/// Every phrase the extract stage looks for (intent keywords, cue phrases, reference-number
/// cue words) in one matcher, so each turn is scanned once rather than once per lexicon.
struct ExtractionLexicon: Sendable {
    /// What one turn holds.
    struct Scan: Sendable {
        /// The intent (index into the taxonomy) of each keyword found.
        var intents: [Int] = []
        var cues: [Cue] = []
        /// Reference cue words, with `phrase` an index into ``FactFinder/referenceCuePhrases``.
        var references: [PhraseMatcher.Match] = []
        /// Currency words and relative-date phrases, with `phrase` an index into ``SpokenFactReader/triggers``.
        var spokenFacts: [PhraseMatcher.Match] = []
        /// Products and services, with `phrase` an index into ``productNames``.
        var products: [PhraseMatcher.Match] = []
    }

    private enum Tag: Sendable {
        case intent(Int)
        case cue(CueKind)
        case reference(Int)
        case spokenFact(Int)
        case product(Int)
    }

    private let matcher: PhraseMatcher
    private let tags: [Tag]
    /// The taxonomy's products and services as they are written there, without a leading `*`.
    let productNames: [String]

    init(intents: [(phrase: String, intent: Int)], products: [String] = []) {
        var phrases: [String] = []
        var tags: [Tag] = []
        for (phrase, intent) in intents {
            phrases.append(phrase)
            tags.append(.intent(intent))
        }
        for kind in CueKind.allCases {
            for phrase in kind.phrases {
                phrases.append(phrase)
                tags.append(.cue(kind))
            }
        }
        for (index, phrase) in FactFinder.referenceCuePhrases.enumerated() {
            phrases.append(phrase)
            tags.append(.reference(index))
        }
        for (index, trigger) in SpokenFactReader.triggers.enumerated() {
            phrases.append(trigger.phrase)
            tags.append(.spokenFact(index))
        }
        var names: [String] = []
        for phrase in products {
            let name = phrase.hasPrefix("*") ? String(phrase.dropFirst()) : phrase
            guard !names.contains(name) else { continue }
            phrases.append(phrase)
            tags.append(.product(names.count))
            names.append(name)
        }
        productNames = names
        matcher = PhraseMatcher(phrases: phrases)
        self.tags = tags
    }

    func scan(_ turn: Turn) -> Scan {
        var scan = Scan()
        for match in matcher.matches(in: turn.text) {
            switch tags[match.phrase] {
            case .intent(let intent): scan.intents.append(intent)
            case .cue(let kind): scan.cues.append(Cue(kind: kind, turnIndex: turn.index, range: match.range))
            case .reference(let index): scan.references.append(PhraseMatcher.Match(phrase: index, range: match.range))
            case .spokenFact(let index): scan.spokenFacts.append(PhraseMatcher.Match(phrase: index, range: match.range))
            case .product(let index): scan.products.append(PhraseMatcher.Match(phrase: index, range: match.range))
            }
        }
        return scan
    }
}
