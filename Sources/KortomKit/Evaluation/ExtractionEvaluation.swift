import Foundation

/// Measures the extract stage against labelled calls: intent top-1 accuracy, key-fact and
/// agreed-action precision and recall, and outcome accuracy.
///
/// A call's label (one JSON object per line, see Fixtures/extract/README.md) may carry any of
/// `intent` and `also`; `facts`, a list of `"kind value"` strings in the normalised form
/// summaries.jsonl uses (`amount 12.50 EUR`, `date 2026-03-01`, `date P3WD`, `time 10:40`,
/// `reference Z-2026-0042`; a reference is compared without its cue word); `actions`, a list of
/// `[owner, phrase]` where the phrase, or one of its `|`-separated alternatives, must occur in
/// the action's sentence; `outcome`; and `products`, the products and services the call names,
/// as the taxonomy writes them (scored as the fact kind `product`, only for calls whose label
/// lists them). Facts are compared as sets per call, case-insensitively.
/// A found action is correct when it matches any labelled action of the call.
public struct ExtractionEvaluation: Sendable {
    /// What a person says a call contains.
    public struct Label: Sendable, Hashable {
        public var file: String
        public var intent: String?
        public var alsoAcceptable: [String] = []
        public var facts: [String]?
        public var actions: [Action]?
        public var outcome: CallOutcomeKind?
        public var products: [String]?

        public init(file: String) {
            self.file = file
        }

        /// Another line's label for the same file, added to this one.
        mutating func merge(_ other: Label) {
            intent = intent ?? other.intent
            if alsoAcceptable.isEmpty { alsoAcceptable = other.alsoAcceptable }
            facts = facts ?? other.facts
            actions = actions ?? other.actions
            outcome = outcome ?? other.outcome
            products = products ?? other.products
        }
    }

    public struct Action: Sendable, Hashable {
        public var owner: SpeakerRole
        public var phrases: [String]

        func matches(_ action: AgreedAction) -> Bool {
            guard action.owner == owner else { return false }
            let text = action.text.lowercased()
            return phrases.contains { text.contains($0.lowercased()) }
        }
    }

    /// Found, missed and wrongly found items of one kind.
    public struct Tally: Sendable, Hashable {
        public var correct = 0
        public var found = 0
        public var labelled = 0
        /// Labelled items found.
        public var recalled = 0

        public var precision: Double { found == 0 ? 1 : Double(correct) / Double(found) }
        public var recall: Double { labelled == 0 ? 1 : Double(recalled) / Double(labelled) }
    }

    /// A labelled item the stage missed or an item it found that no label names.
    public struct Mistake: Sendable, Hashable {
        public var file: String
        public var description: String
    }

    public private(set) var intentCalls = 0
    public private(set) var intentStrict = 0
    public private(set) var intentLenient = 0
    public private(set) var factCalls = 0
    public private(set) var facts: [String: Tally] = [:]
    public private(set) var actions = Tally()
    public private(set) var outcomeCalls = 0
    public private(set) var outcomesRight = 0
    public private(set) var mistakes: [Mistake] = []

    public init() {}

    public var allFacts: Tally {
        facts.values.reduce(into: Tally()) { total, tally in
            total.correct += tally.correct
            total.found += tally.found
            total.labelled += tally.labelled
            total.recalled += tally.recalled
        }
    }

    /// Reads label lines; several lines for one file are merged (an intents file and a facts
    /// file can label the same calls).
    ///
    /// - Throws: ``KortomError`` `malformed` naming the origin and line of a label that cannot be read.
    public static func labels(jsonLines text: String, origin: String) throws(KortomError) -> [Label] {
        var labels: [Label] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            func malformed(_ reason: String) -> KortomError { KortomError(.malformed, "\(origin): line \(number + 1): \(reason)") }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { throw malformed("not a JSON object") }
            guard let file = object["file"] as? String else { throw malformed("needs `file`") }
            var label = Label(file: file)
            label.intent = object["intent"] as? String
            label.alsoAcceptable = object["also"] as? [String] ?? []
            if let facts = object["facts"] {
                guard let list = facts as? [String], list.allSatisfy({ $0.contains(" ") }) else { throw malformed("`facts` must be a list of \"kind value\" strings") }
                label.facts = list
            }
            if let actions = object["actions"] {
                guard let list = actions as? [[String]] else { throw malformed("`actions` must be a list of [owner, phrase]") }
                label.actions = try list.map { pair throws(KortomError) in
                    guard pair.count == 2, let owner = SpeakerRole(rawValue: pair[0]), owner == .agent || owner == .customer else {
                        throw malformed("an action is [\"agent\" or \"customer\", phrase]")
                    }
                    return Action(owner: owner, phrases: pair[1].split(separator: "|").map(String.init))
                }
            }
            if let products = object["products"] {
                guard let list = products as? [String] else { throw malformed("`products` must be a list of strings") }
                label.products = list
            }
            if let outcome = object["outcome"] {
                guard let name = outcome as? String, let kind = CallOutcomeKind(rawValue: name) else { throw malformed("unknown `outcome`") }
                label.outcome = kind
            }
            labels.append(label)
        }
        return merged(labels)
    }

    /// One label per file, in the order files first appear; later labels for a file add what
    /// the earlier ones lack.
    public static func merged(_ labels: [Label]) -> [Label] {
        var result: [Label] = []
        var byFile: [String: Int] = [:]
        for label in labels {
            if let index = byFile[label.file] {
                result[index].merge(label)
            } else {
                byFile[label.file] = result.count
                result.append(label)
            }
        }
        return result
    }

    /// The comparable form of a fact: its kind and normalised value, a reference without its cue.
    static func key(_ fact: Fact) -> String {
        var value = fact.normalized
        if fact.kind == .reference, let space = value.lastIndex(of: " ") { value = String(value[value.index(after: space)...]) }
        return "\(fact.kind.rawValue) \(value)".lowercased()
    }

    /// Counts one call.
    public mutating func evaluate(_ extraction: Extraction, against label: Label) {
        if let intent = label.intent {
            let predicted = extraction.intents.first?.id ?? "unknown"
            intentCalls += 1
            if predicted == intent { intentStrict += 1 }
            if predicted == intent {
                intentLenient += 1
            } else if label.alsoAcceptable.contains(predicted) {
                intentLenient += 1
                mistakes.append(Mistake(file: label.file, description: "intent: labelled \(intent), found \(predicted) (accepted alternative)"))
            } else {
                mistakes.append(Mistake(file: label.file, description: "intent: labelled \(intent), found \(predicted)"))
            }
        }
        if label.facts != nil || label.products != nil {
            factCalls += 1
            var expected = Set((label.facts ?? []).map { $0.lowercased() })
            var found = Set(extraction.facts.filter { $0.kind != .product || label.products != nil }.map(Self.key))
            if label.facts == nil { found = found.filter { $0.hasPrefix("product ") } }
            for product in label.products ?? [] { expected.insert("product \(product.lowercased())") }
            for item in expected.union(found) {
                let kind = String(item.prefix { $0 != " " })
                var tally = facts[kind, default: Tally()]
                if expected.contains(item) { tally.labelled += 1 }
                if found.contains(item) { tally.found += 1 }
                if expected.contains(item), found.contains(item) { tally.correct += 1; tally.recalled += 1 }
                facts[kind] = tally
                if expected.contains(item) != found.contains(item) {
                    mistakes.append(Mistake(file: label.file, description: "fact \(expected.contains(item) ? "missed" : "not labelled"): \(item)"))
                }
            }
        }
        if let labelled = label.actions {
            actions.labelled += labelled.count
            actions.found += extraction.actions.count
            for action in labelled {
                if extraction.actions.contains(where: action.matches) {
                    actions.recalled += 1
                } else {
                    mistakes.append(Mistake(file: label.file, description: "action missed: \(action.owner.rawValue): \(action.phrases.joined(separator: " | "))"))
                }
            }
            for action in extraction.actions {
                if labelled.contains(where: { $0.matches(action) }) {
                    actions.correct += 1
                } else {
                    mistakes.append(Mistake(file: label.file, description: "action not labelled: \(action.owner.rawValue): \(action.text)"))
                }
            }
        }
        if let outcome = label.outcome {
            outcomeCalls += 1
            if extraction.outcome == outcome {
                outcomesRight += 1
            } else {
                mistakes.append(Mistake(file: label.file, description: "outcome: labelled \(outcome.rawValue), found \(extraction.outcome.rawValue)"))
            }
        }
    }
}
