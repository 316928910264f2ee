/// Measures the redactor against labelled text: precision and recall per type.
///
/// A labelled text marks each personal value as `{{TYPE:value}}` (for example
/// `{{IBAN:NL91 ABNA 0417 1643 00}}`); everything else is text that must be left alone, so
/// hard negatives are simply unmarked. A finding counts as found when it overlaps a labelled
/// value of the same type.
public struct RedactionEvaluation: Sendable {
    /// Counts for one type.
    public struct Score: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }

        private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }
    }

    /// A labelled text, with its labels removed and the labelled spans as UTF-8 byte ranges.
    public struct LabelledText: Sendable {
        public var text: String
        public var labels: [(type: PIIType, range: Range<Int>)]
    }

    public private(set) var scores: [PIIType: Score] = [:]

    public init() {}

    /// Reads `{{TYPE:value}}` markers.
    ///
    /// - Throws: ``KortomError`` `malformed` for an unknown type or an unclosed marker.
    public static func parse(_ labelled: String, origin: String) throws(KortomError) -> LabelledText {
        var text: [UInt8] = []
        var labels: [(PIIType, Range<Int>)] = []
        let bytes = Array(labelled.utf8)
        var index = 0
        while index < bytes.count {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                text.append(bytes[index])
                index += 1
                continue
            }
            guard let colon = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ":")),
                  let close = (colon..<(bytes.count - 1)).first(where: { bytes[$0] == UInt8(ascii: "}") && bytes[$0 + 1] == UInt8(ascii: "}") })
            else {
                throw KortomError(.malformed, "\(origin): an unclosed {{TYPE:value}} marker at byte \(index)")
            }
            let typeName = String(decoding: bytes[(index + 2)..<colon], as: UTF8.self)
            guard let type = PIIType(rawValue: typeName) else {
                throw KortomError(.malformed, "\(origin): unknown type `\(typeName)` at byte \(index); types: \(PIIType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let start = text.count
            text.append(contentsOf: bytes[(colon + 1)..<close])
            labels.append((type, start..<text.count))
            index = close + 2
        }
        return LabelledText(text: String(decoding: text, as: UTF8.self), labels: labels)
    }

    /// Redacts a labelled text and adds what was found and missed to the scores.
    public mutating func evaluate(_ labelled: LabelledText, with redactor: any RedactionStage) {
        let transcript = Transcript(
            callID: "evaluation", source: TranscriptOrigin(path: "evaluation"),
            turns: [Turn(index: 0, speaker: Speaker(role: .unknown, label: "text", roleSource: .none), text: labelled.text)],
            format: "labelled"
        )
        let findings = redactor.redact(transcript).findings
        var matched = Set<Int>()
        for finding in findings {
            if let label = labelled.labels.indices.first(where: { !matched.contains($0) && labelled.labels[$0].type == finding.type && labelled.labels[$0].range.overlaps(finding.range) }) {
                matched.insert(label)
                scores[finding.type, default: Score()].truePositives += 1
            } else if !labelled.labels.contains(where: { $0.type == finding.type && $0.range.overlaps(finding.range) }) {
                scores[finding.type, default: Score()].falsePositives += 1
            }
        }
        for (index, label) in labelled.labels.enumerated() where !matched.contains(index) {
            scores[label.type, default: Score()].falseNegatives += 1
        }
    }

    /// All types together.
    public var overall: Score {
        scores.values.reduce(into: Score()) { total, score in
            total.truePositives += score.truePositives
            total.falsePositives += score.falsePositives
            total.falseNegatives += score.falseNegatives
        }
    }
}
