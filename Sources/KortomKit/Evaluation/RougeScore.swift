/// ROUGE-1, ROUGE-2 and ROUGE-L F1 between a candidate summary and reference summaries.
///
/// Tokenisation follows Google's `rouge-score`: lower-case ASCII, every character other than
/// `a-z` and `0-9` becomes a space, tokens split on white space; with stemming (its
/// `use_stemmer=True`, the setting the published TweetSumm and DialogSum baselines use), tokens
/// longer than three letters go through the Porter stemmer (``PorterStemmer``). No stop words
/// are removed. With several references, each measure is the mean F1 over the references (the
/// best F1 over them is ``best(candidate:references:stemmed:)``).
public struct RougeScore: Sendable, Hashable {
    public var rouge1: Double
    public var rouge2: Double
    public var rougeL: Double

    public init(rouge1: Double = 0, rouge2: Double = 0, rougeL: Double = 0) {
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeL = rougeL
    }

    public init(candidate: String, references: [String], stemmed: Bool = true) {
        let scores = Self.perReference(candidate, references, stemmed: stemmed)
        let count = Double(max(1, scores.count))
        self.init(rouge1: scores.reduce(0) { $0 + $1.rouge1 } / count, rouge2: scores.reduce(0) { $0 + $1.rouge2 } / count, rougeL: scores.reduce(0) { $0 + $1.rougeL } / count)
    }

    /// The best F1 over the references, measure by measure.
    public static func best(candidate: String, references: [String], stemmed: Bool = true) -> RougeScore {
        perReference(candidate, references, stemmed: stemmed).reduce(into: RougeScore()) { best, score in
            best.rouge1 = max(best.rouge1, score.rouge1)
            best.rouge2 = max(best.rouge2, score.rouge2)
            best.rougeL = max(best.rougeL, score.rougeL)
        }
    }

    private static func perReference(_ candidate: String, _ references: [String], stemmed: Bool) -> [RougeScore] {
        let tokens = tokens(candidate, stemmed: stemmed)
        return references.map { reference in
            let referenceTokens = Self.tokens(reference, stemmed: stemmed)
            return RougeScore(rouge1: ngramF1(tokens, referenceTokens, n: 1), rouge2: ngramF1(tokens, referenceTokens, n: 2), rougeL: lcsF1(tokens, referenceTokens))
        }
    }

    public static func tokens(_ text: String, stemmed: Bool = false) -> [String] {
        let tokens = plainTokens(text)
        return stemmed ? tokens.map { $0.utf8.count > 3 ? PorterStemmer.stem($0) : $0 } : tokens
    }

    private static func plainTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            let lowered = ByteClass.lowercased(byte)
            if ByteClass.isLower(lowered) || ByteClass.isDigit(lowered) {
                current.append(lowered)
            } else if !current.isEmpty {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    static func ngramF1(_ candidate: [String], _ reference: [String], n: Int) -> Double {
        func counts(_ tokens: [String]) -> [String: Int] {
            guard tokens.count >= n else { return [:] }
            var counts: [String: Int] = [:]
            for start in 0...(tokens.count - n) { counts[tokens[start..<(start + n)].joined(separator: " "), default: 0] += 1 }
            return counts
        }
        let candidateCounts = counts(candidate), referenceCounts = counts(reference)
        let candidateTotal = candidateCounts.values.reduce(0, +), referenceTotal = referenceCounts.values.reduce(0, +)
        guard candidateTotal > 0, referenceTotal > 0 else { return 0 }
        let overlap = candidateCounts.reduce(0) { $0 + min($1.value, referenceCounts[$1.key] ?? 0) }
        return f1(overlap: overlap, candidate: candidateTotal, reference: referenceTotal)
    }

    static func lcsF1(_ candidate: [String], _ reference: [String]) -> Double {
        guard !candidate.isEmpty, !reference.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: reference.count + 1)
        var current = previous
        for token in candidate {
            for (index, other) in reference.enumerated() {
                current[index + 1] = token == other ? previous[index] + 1 : max(previous[index + 1], current[index])
            }
            swap(&previous, &current)
        }
        return f1(overlap: previous[reference.count], candidate: candidate.count, reference: reference.count)
    }

    private static func f1(overlap: Int, candidate: Int, reference: Int) -> Double {
        guard overlap > 0 else { return 0 }
        let precision = Double(overlap) / Double(candidate), recall = Double(overlap) / Double(reference)
        return 2 * precision * recall / (precision + recall)
    }
}
