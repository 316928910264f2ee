/// The extract stage's settings in a pipeline file.
public struct ExtractSettings: Sendable, Hashable {
    /// Below this score a call's intent is `unknown`.
    public var intentThreshold: Double
    /// The taxonomy file as the pipeline names it; nil for the default.
    public var taxonomyPath: String?
    public var taxonomy: IntentTaxonomy
    /// A hash of the taxonomy file's text, for the pipeline's config hash.
    public var taxonomyHash: String?

    public init(intentThreshold: Double = 0.2, taxonomyPath: String? = nil, taxonomy: IntentTaxonomy = .municipal) {
        self.intentThreshold = intentThreshold
        self.taxonomyPath = taxonomyPath
        self.taxonomy = taxonomy
    }
}
