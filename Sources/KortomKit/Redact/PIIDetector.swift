/// Finds one or more kinds of personal data in a turn's text by scanning its UTF-8 bytes.
///
/// Detectors are pure and stateless; the ``Redactor`` runs them, resolves overlaps and
/// assigns placeholders.
public protocol PIIDetector: Sendable {
    /// The name written into findings, for example `iban`.
    var name: String { get }

    /// Appends what it finds in `text` to `candidates`.
    ///
    /// - Parameters:
    ///   - text: the UTF-8 bytes of one line of a turn, without its line feed.
    ///   - candidates: where to append; ranges are byte offsets into `text`.
    func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate])

    /// The signals a line needs to hold anything this detector finds; the redactor skips the
    /// other lines. Defaults to ``LineRequirement/anyLine``.
    var lineRequirement: LineRequirement { get }
}

extension PIIDetector {
    public var lineRequirement: LineRequirement { .anyLine }

    /// Whether a line with these signals can hold anything this detector finds.
    public func mayMatch(_ signals: LineSignals) -> Bool { lineRequirement.isMet(by: signals) }
}

/// A value a detector found, before overlaps are resolved.
public struct PIICandidate: Sendable, Hashable {
    public var type: PIIType
    public var range: Range<Int>
    public var confidence: Double
    public var detector: String
    /// The value in a canonical form (digits only, lower case, ...), so that spelling variants
    /// of one value share a placeholder. It never leaves the redactor.
    public var canonicalValue: String

    public init(type: PIIType, range: Range<Int>, confidence: Double, detector: String, canonicalValue: String) {
        self.type = type
        self.range = range
        self.confidence = confidence
        self.detector = detector
        self.canonicalValue = canonicalValue
    }
}
