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
    ///   - text: the UTF-8 bytes of one turn.
    ///   - candidates: where to append; ranges are byte offsets into `text`.
    func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate])

    /// Whether a text with this profile can hold anything this detector finds; `false` skips
    /// the scan. Defaults to `true`.
    func mayMatch(_ profile: TextProfile) -> Bool
}

extension PIIDetector {
    public func mayMatch(_ profile: TextProfile) -> Bool { true }
}

/// What a text contains, worked out in one pass so that detectors needing a digit or an `@`
/// can skip the many turns without one.
public struct TextProfile: Sendable, Hashable {
    public var hasDigit: Bool
    public var hasAt: Bool

    public init(_ text: UnsafeBufferPointer<UInt8>) {
        var digit = false, at = false
        for byte in text {
            if ByteClass.isDigit(byte) { digit = true } else if byte == UInt8(ascii: "@") { at = true }
            if digit && at { break }
        }
        hasDigit = digit
        hasAt = at
    }
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
