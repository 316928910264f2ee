/// What a pipeline's redaction stage does: which detectors run, what happens to each type of
/// value, which values are the organisation's own, and whether agents' names are redacted.
///
/// The default replaces every value with a placeholder and redacts agents' names too: a
/// pipeline has to opt out of protection explicitly, type by type.
public struct RedactionPolicy: Sendable, Hashable {
    /// What happens to a value once it is found.
    public enum Action: String, Sendable, Hashable, CaseIterable {
        /// Replaced by `[TYPE-n]`, the same placeholder for the same value throughout the call.
        case placeholder
        /// Every letter and digit replaced by `*`, separators kept (`06-********`).
        case mask
        /// Left in the text; the finding is still recorded.
        case keep
    }

    /// Detector names, see ``Redactor/availableDetectors``.
    public var detectors: [String]
    /// Actions for types that do not use the placeholder.
    public var actions: [PIIType: Action]
    /// Values that are never redacted, per type: the organisation's own phone numbers and
    /// IBANs, say. Compared in canonical form, so any spelling of the value matches.
    public var allowList: [PIIType: [String]]
    /// Whether a name an agent gives for themselves (`u spreekt met Anouk`) is redacted.
    public var redactsAgentNames: Bool

    public init(detectors: [String], actions: [PIIType: Action] = [:], allowList: [PIIType: [String]] = [:], redactsAgentNames: Bool = true) {
        self.detectors = detectors
        self.actions = actions
        self.allowList = allowList
        self.redactsAgentNames = redactsAgentNames
    }

    /// Every detector, placeholders for every type, no allow-list, agents' names redacted.
    public static let standard = RedactionPolicy(detectors: Redactor.availableDetectors.keys.sorted())

    public func action(for type: PIIType) -> Action { actions[type] ?? .placeholder }
}
