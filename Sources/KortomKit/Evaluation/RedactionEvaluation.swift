/// Measures the redactor against labelled text: precision and recall per type.
///
/// A labelled text marks each personal value as `{{TYPE:value}}` (for example
/// `{{IBAN:NL91 ABNA 0417 1643 00}}`); everything else is text that must be left alone.
/// Hard negatives, text that looks like personal data but is not (an amount, a case number,
/// `Kerkstraat` as a word), may be marked `{{NOT:...}}` so that they are counted: any finding
/// overlapping one is a false positive, as it is anywhere in unmarked text. A finding counts
/// as found when it overlaps a labelled value of the same type; a value found so that a word
/// of it is left in the text (`Henk-` of `Henk-Jan` redacted, a flat's `B` after its street)
/// is counted as found and also as ``partlyFound``, since what is left may still point to the
/// person. Words that carry nothing of the value (a title, `the`, `number`) do not count.
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
        /// Text marked `{{NOT:...}}`.
        public var negatives: [Range<Int>] = []
    }

    /// A labelled value the redactor missed, or a finding where no value was labelled.
    public struct Mistake: Sendable, Hashable {
        public enum Kind: String, Sendable { case missed, falsePositive = "false positive", partlyFound = "found in part" }
        public var kind: Kind
        public var type: PIIType
        public var origin: String
        /// The line, from 1.
        public var line: Int
        /// The text of the span.
        public var span: String
    }

    public private(set) var scores: [PIIType: Score] = [:]
    /// Hard negatives seen, and how many of them were wrongly redacted.
    public private(set) var hardNegatives = 0
    public private(set) var hardNegativesRedacted = 0
    /// Labelled values found, but with a word of them left in the text.
    public private(set) var partlyFound = 0
    public private(set) var mistakes: [Mistake] = []

    public init() {}

    /// Reads `{{TYPE:value}}` markers.
    ///
    /// - Throws: ``KortomError`` `malformed` for an unknown type or an unclosed marker.
    public static func parse(_ labelled: String, origin: String) throws(KortomError) -> LabelledText {
        var text: [UInt8] = []
        var labels: [(PIIType, Range<Int>)] = []
        var negatives: [Range<Int>] = []
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
            if typeName == "NOT" {
                let start = text.count
                text.append(contentsOf: bytes[(colon + 1)..<close])
                negatives.append(start..<text.count)
                index = close + 2
                continue
            }
            guard let type = PIIType(rawValue: typeName) else {
                throw KortomError(.malformed, "\(origin): unknown type `\(typeName)` at byte \(index); types: \(PIIType.allCases.map(\.rawValue).joined(separator: ", ")), and NOT for a hard negative")
            }
            let start = text.count
            text.append(contentsOf: bytes[(colon + 1)..<close])
            labels.append((type, start..<text.count))
            index = close + 2
        }
        return LabelledText(text: String(decoding: text, as: UTF8.self), labels: labels, negatives: negatives)
    }

    /// Redacts a labelled text, each line a turn (see ``Redactor/redactText(_:)``), and adds
    /// what was found and missed to the scores.
    ///
    /// - Parameters:
    ///   - labelled: the text and its labels.
    ///   - redactor: the redactor measured.
    ///   - origin: the file name, for ``mistakes``.
    public mutating func evaluate(_ labelled: LabelledText, with redactor: Redactor, origin: String = "text") {
        let findings = redactor.redactText(labelled.text).findings
        let bytes = Array(labelled.text.utf8)
        func mistake(_ kind: Mistake.Kind, _ type: PIIType, _ range: Range<Int>) {
            let line = bytes[..<range.lowerBound].count { $0 == 0x0A } + 1
            mistakes.append(Mistake(kind: kind, type: type, origin: origin, line: line, span: String(decoding: bytes[range], as: UTF8.self)))
        }
        var matched = Set<Int>()
        for finding in findings {
            if let label = labelled.labels.indices.first(where: { !matched.contains($0) && labelled.labels[$0].type == finding.type && labelled.labels[$0].range.overlaps(finding.range) }) {
                matched.insert(label)
                scores[finding.type, default: Score()].truePositives += 1
            } else if !labelled.labels.contains(where: { $0.type == finding.type && $0.range.overlaps(finding.range) }) {
                scores[finding.type, default: Score()].falsePositives += 1
                mistake(.falsePositive, finding.type, finding.range)
            }
        }
        for (index, label) in labelled.labels.enumerated() where !matched.contains(index) {
            scores[label.type, default: Score()].falseNegatives += 1
            mistake(.missed, label.type, label.range)
        }
        for index in matched.sorted() {
            let label = labelled.labels[index]
            let covering = findings.map(\.range).filter { $0.overlaps(label.range) }
            if let left = Self.wordLeft(in: bytes, label.range, covering: covering) {
                partlyFound += 1
                mistake(.partlyFound, label.type, left)
            }
        }
        hardNegatives += labelled.negatives.count
        hardNegativesRedacted += labelled.negatives.count { negative in findings.contains { $0.range.overlaps(negative) } }
    }

    /// The first word of `range` that no range of `covering` redacts and that carries part of
    /// the value, or nil when the value was redacted whole.
    static func wordLeft(in bytes: [UInt8], _ range: Range<Int>, covering: [Range<Int>]) -> Range<Int>? {
        func isWordByte(_ byte: UInt8) -> Bool { ByteClass.isAlphanumeric(byte) || byte >= 0x80 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") }
        var position = range.lowerBound
        while position < range.upperBound {
            guard isWordByte(bytes[position]) else { position += 1; continue }
            let start = position
            var uncovered = false
            while position < range.upperBound, isWordByte(bytes[position]) {
                if !covering.contains(where: { $0.contains(position) }) { uncovered = true }
                position += 1
            }
            guard uncovered else { continue }
            var word = Array(bytes[start..<position]).map(ByteClass.lowercased)
            while word.last == UInt8(ascii: ".") { word.removeLast() }
            if !word.isEmpty, !wordsOfNoValue.contains(word) { return start..<position }
        }
        return nil
    }

    /// Words a label may hold around a value that say nothing of it: titles, articles, the
    /// word `number`, a spoken address's `dot` and `at`.
    private static let wordsOfNoValue = WordSet([
        "the", "a", "of", "and", "en", "de", "het", "van", "op", "mr", "mrs", "ms", "miss", "mister", "dr", "prof", "drs", "ir", "meneer", "mevrouw", "mw", "mevr",
        "dhr", "heer", "number", "nummer", "no", "nr", "huisnummer", "dot", "punt", "at", "apenstaartje", "plus", "months", "maanden", "jaar", "years", "old",
        "oud", "d.o.b", "geb", "flat", "apartment", "kamer", "room", "unit", "pc", "dokter", "oma", "opa", "streepje", "'t", "met", "ervoor",
    ])

    /// All types together.
    public var overall: Score {
        scores.values.reduce(into: Score()) { total, score in
            total.truePositives += score.truePositives
            total.falsePositives += score.falsePositives
            total.falseNegatives += score.falseNegatives
        }
    }
}
