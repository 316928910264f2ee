/// The reasons people call a municipality for, with the words that reveal each.
///
/// A taxonomy is a YAML file (see Docs/taxonomy.md); `Pipelines/taxonomies/gemeente.yaml` is
/// the default, and a pipeline can name its own.
public struct IntentTaxonomy: Sendable, Hashable {
    public struct Intent: Sendable, Hashable {
        public var id: String
        public var labels: [CallLanguage: String]
        /// Lower-case words and phrases; see ``PhraseMatcher`` for how they match.
        public var keywords: [String]
        public var weight: Double
        /// Phrases that cancel this intent's evidence in the turn where they occur
        /// (`geen klacht` for `complaint`).
        public var negative: [String]
        /// The broader intents this one is a case of (`payment_arrangement` within
        /// `local_taxes`): their evidence also counts for this one when it has some of its own.
        public var within: [String]
        /// Whether the intent is a means rather than a reason (`appointment`): its evidence counts
        /// for the best specific intent the call also shows.
        public var isGeneric: Bool
        /// The products and services of this intent (`parkeervergunning`, `energietoeslag`),
        /// which the extract stage reports as key facts when a call names them.
        public var products: [String]

        public init(id: String, dutch: String, english: String, keywords: [String], weight: Double = 1, negative: [String] = [], within: [String] = [], isGeneric: Bool = false, products: [String] = []) {
            self.id = id
            self.labels = [.dutch: dutch, .english: english]
            self.keywords = keywords
            self.weight = weight
            self.negative = negative
            self.within = within
            self.isGeneric = isGeneric
            self.products = products
        }

        public func label(in language: CallLanguage) -> String {
            labels[language] ?? labels[.dutch] ?? id
        }
    }

    public var name: String
    public var intents: [Intent]

    public init(name: String = "custom", intents: [Intent]) {
        self.name = name
        self.intents = intents
    }

    public func intent(withID id: String) -> Intent? { intents.first { $0.id == id } }

    /// The default taxonomy, `Pipelines/taxonomies/gemeente.yaml`, embedded.
    public static let municipal: IntentTaxonomy = {
        // The embedded text is checked by the test suite; failing here is a build defect.
        try! IntentTaxonomy.load(yaml: embeddedGemeenteYAML, origin: "embedded gemeente taxonomy").get()
    }()
}
