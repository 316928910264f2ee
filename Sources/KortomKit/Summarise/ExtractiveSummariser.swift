import Foundation

/// The default summariser: picks sentences from the redacted call, so it needs no network
/// and cannot invent anything.
///
/// It takes the customer's reason for calling, the sentences that carry key facts and agreed
/// actions, and the agent's last substantive statement, drops pleasantries, questions and
/// near-duplicates, and keeps the sentences in call order within the 1000-character budget.
/// Each sentence is prefixed with the speaker's role so the note reads without the call.
public struct ExtractiveSummariser: Summariser {
    public let generator = "kortom-extractive"
    public let taxonomy: IntentTaxonomy

    public init(taxonomy: IntentTaxonomy = .municipal) {
        self.taxonomy = taxonomy
    }

    private struct Candidate {
        var range: Range<Int>
        /// The sentence's length in Unicode scalars.
        var length: Int
        var turn: Int
        var role: SpeakerRole
        /// How many words other than stop words the sentence has.
        var wordCount: Int
        var score: Double
        var forced: Bool
        var isQuestion: Bool
        var asksForSomething: Bool
    }

    public func summarise(_ call: RedactedTranscript, extraction: Extraction) async throws(KortomError) -> SummaryDraft {
        let transcript = call.transcript
        let vocabulary = NoteVocabulary(transcript.language)
        var factTurns = [[Fact]](repeating: [], count: transcript.turns.count)
        for fact in extraction.facts where fact.turnIndex < factTurns.count { factTurns[fact.turnIndex].append(fact) }
        let actionStarts = Set(extraction.actions.map { Self.key($0.turnIndex, $0.range.lowerBound) })
        var cuesByTurn = [[Cue]](repeating: [], count: transcript.turns.count)
        for cue in extraction.cues where (cue.kind == .pleasantry || cue.kind == .request) && cue.turnIndex < cuesByTurn.count {
            cuesByTurn[cue.turnIndex].append(cue)
        }
        // An agent's opening turn is a greeting; it tells the next agent nothing.
        let openingTurn = transcript.turns.first?.speaker.role == .agent ? 0 : nil
        var customerOrdinal = [Int](repeating: 0, count: transcript.turns.count)
        var customerTurnsSeen = 0
        for turn in transcript.turns where turn.speaker.role != .agent && turn.speaker.role != .system {
            customerTurnsSeen += 1
            customerOrdinal[turn.index] = customerTurnsSeen
        }

        func sentences(of turn: Turn) -> [Candidate] {
            var found: [Candidate] = []
            var text = turn.text
            let cues = cuesByTurn[turn.index]
            text.withUTF8 { bytes in
                for range in SentenceSplitter.sentences(in: bytes) {
                    var wordCount = Self.contentWordCount(UnsafeBufferPointer(rebasing: bytes[range]))
                    if Self.mayAddress(UnsafeBufferPointer(rebasing: bytes[range])) {
                        // A sentence that is only a link, a handle or a sign-off says nothing.
                        var cleaned = Self.withoutAddressing(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
                        wordCount = cleaned.withUTF8 { Self.contentWordCount($0) }
                    }
                    let inSentence = cues.filter { range.contains($0.range.lowerBound) }
                    let asksForSomething = inSentence.contains { $0.kind == .request }
                    // A greeting that only opens the sentence (`Hallo, ik ben mijn rijbewijs
                    // kwijt.`) is dropped from the note, so it does not make the sentence a pleasantry.
                    var hasPleasantry = inSentence.contains { $0.kind == .pleasantry }
                    if hasPleasantry {
                        let sentenceText = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                        let openerEnd = range.lowerBound + sentenceText.utf8.count - Self.withoutOpener(sentenceText).utf8.count
                        hasPleasantry = inSentence.contains { $0.kind == .pleasantry && $0.range.lowerBound >= openerEnd }
                    }
                    guard wordCount >= 3, wordCount >= 8 || asksForSomething || !hasPleasantry else { continue }
                    let isQuestion = bytes[range.upperBound - 1] == UInt8(ascii: "?")
                    var score = 0.0
                    let facts = factTurns[turn.index].count { range.contains($0.range.lowerBound) }
                    score += Double(facts) * 2
                    let isAction = actionStarts.contains(Self.key(turn.index, range.lowerBound))
                    if isAction { score += 3 }
                    if turn.speaker.role != .agent, customerOrdinal[turn.index] <= 3 { score += 1.5 }
                    if isQuestion { score -= turn.speaker.role == .agent ? 2.5 : 0.5 }
                    // What the agent asks the customer to do is a next step.
                    if turn.speaker.role == .agent, asksForSomething { score += 2.5 }
                    score += min(Double(wordCount), 12) / 12
                    let length = UnsafeBufferPointer(rebasing: bytes[range]).count { $0 & 0xC0 != 0x80 }
                    found.append(Candidate(range: range, length: length, turn: turn.index, role: turn.speaker.role, wordCount: wordCount, score: score, forced: isAction, isQuestion: isQuestion, asksForSomething: asksForSomething))
                }
            }
            return found
        }

        // Only some sentences can be chosen: the reason (among the first customer sentences),
        // sentences with facts or agreed actions, the customer's first turns and the agent's
        // last statement. The others score too low to matter, so their turns are not read.
        let eligible = transcript.turns.filter { $0.speaker.role != .system && $0.index != openingTurn }
        var perTurn = [[Candidate]?](repeating: nil, count: transcript.turns.count)
        var customerCandidates = 0
        for turn in eligible {
            let isCustomer = turn.speaker.role != .agent
            let needed = (isCustomer && (customerOrdinal[turn.index] <= 3 || customerCandidates < Self.reasonWindow))
                || !factTurns[turn.index].isEmpty || extraction.actions.contains { $0.turnIndex == turn.index }
                || (!isCustomer && !cuesByTurn[turn.index].filter { $0.kind == .request }.isEmpty)
            guard needed else { continue }
            let found = sentences(of: turn)
            perTurn[turn.index] = found
            if isCustomer { customerCandidates += found.count }
        }
        for turn in eligible.reversed() where turn.speaker.role == .agent {
            let found = perTurn[turn.index] ?? sentences(of: turn)
            perTurn[turn.index] = found
            if found.contains(where: { !$0.isQuestion }) { break }
        }
        var candidates = perTurn.compactMap { $0 }.flatMap { $0 }

        // Speakers whose role is unknown are told apart by their numbered label (`Person1`,
        // `SPEAKER_01`); the redactor has already replaced any label that could be a name.
        func speakerName(_ candidate: Candidate) -> String {
            let label = transcript.turns[candidate.turn].speaker.label
            guard candidate.role == .unknown, RoleVocabulary.isNumberedSpeaker(label) else { return vocabulary.role(candidate.role) }
            return label.trimmingCharacters(in: CharacterSet(charactersIn: "# "))
        }

        func text(_ candidate: Candidate) -> String {
            String(decoding: Array(transcript.turns[candidate.turn].text.utf8)[candidate.range], as: UTF8.self)
        }

        if !transcript.turns.contains(where: { $0.speaker.role == .agent }) {
            // Without an agent, who asked and who answered is unknown, so the reason and the
            // resolution cannot be told apart; what the call is about shows in the words that
            // recur across its turns instead. (On DialogSum's dev split this raised ROUGE-1 from
            // 26.7 to 27.9; with roles, on TweetSumm's valid split, it lowered it by 0.4.)
            var turnsWith: [UInt64: Int] = [:]
            for turn in transcript.turns where turn.speaker.role != .system {
                var text = turn.text
                for word in text.withUTF8({ Self.contentWords($0) }) { turnsWith[word, default: 0] += 1 }
            }
            var centrality = [Double](repeating: 0, count: candidates.count)
            for index in candidates.indices {
                var text = transcript.turns[candidates[index].turn].text
                let words = text.withUTF8 { Self.contentWords(UnsafeBufferPointer(rebasing: $0[candidates[index].range])) }
                guard !words.isEmpty else { continue }
                centrality[index] = Double(words.reduce(0) { $0 + (turnsWith[$1, default: 1] - 1) }) / Double(words.count).squareRoot()
            }
            if let highest = centrality.max(), highest > 0 {
                for index in candidates.indices { candidates[index].score += Self.centralityWeight * centrality[index] / highest }
            }
        }

        let reasonIndex = reasonCandidate(candidates)
        if let reasonIndex {
            candidates[reasonIndex].forced = true
            candidates[reasonIndex].score += 10
        }
        if let resolution = candidates.lastIndex(where: { $0.role == .agent && !$0.isQuestion }) {
            candidates[resolution].score += 2
        }

        let order = candidates.indices.sorted { lhs, rhs in
            let left = candidates[lhs], right = candidates[rhs]
            if left.forced != right.forced { return left.forced }
            if left.score != right.score { return left.score > right.score }
            return lhs < rhs
        }
        let agentCanSpeak = candidates.contains { $0.role == .agent && !$0.isQuestion && $0.score >= 1.5 }
        var chosen: [Int] = []
        var used = 0
        var coveredWords: Set<UInt64> = []
        for index in order {
            let candidate = candidates[index]
            guard candidate.forced || (candidate.score >= 1.5 && chosen.count < Self.maximumSentences) else { continue }
            // One place is kept for what the agent said or did, when the agent said anything.
            if !candidate.forced, candidate.role != .agent, agentCanSpeak, chosen.count + 1 >= Self.maximumSentences,
               !chosen.contains(where: { candidates[$0].role == .agent }) { continue }
            var text = transcript.turns[candidate.turn].text
            let words = text.withUTF8 { Self.contentWords(UnsafeBufferPointer(rebasing: $0[candidate.range])) }
            let overlap = words.isEmpty ? 1 : Double(words.count { coveredWords.contains($0) }) / Double(words.count)
            guard overlap < 0.6 else { continue }
            let length = speakerName(candidate).unicodeScalars.count + 2 + candidate.length + (chosen.isEmpty ? 0 : 1)
            guard used + length <= CaseSummary.summaryLimit else { continue }
            chosen.append(index)
            used += length
            coveredWords.formUnion(words)
        }
        chosen.sort()
        let sentences = chosen.map { index in
            let said = text(candidates[index])
            let body = Self.withoutOpener(Self.withoutNamesAddressed(Self.withoutAddressing(said)))
            return SummarySentence(text: "\(speakerName(candidates[index])): \(body.isEmpty ? said : body)", turnIDs: [candidates[index].turn])
        }

        let reason = reasonIndex.map { text(candidates[$0]) } ?? vocabulary.unknownReason
        var subject = reasonIndex.map { text(candidates[$0]) } ?? ""
        if let intent = extraction.intents.first, let known = taxonomy.intent(withID: intent.id) {
            subject = subject.isEmpty ? known.label(in: transcript.language) : "\(known.label(in: transcript.language)): \(subject)"
        }
        if subject.isEmpty, let first = sentences.first { subject = first.text }
        let followUps = extraction.actions.map { FollowUp(owner: $0.owner, text: $0.text, turnIDs: [$0.turnIndex], due: $0.due) }
        return SummaryDraft(
            subject: TextLimits.truncate(subject, to: CaseSummary.subjectLimit),
            reason: TextLimits.truncate(reason, to: 300),
            sentences: sentences,
            followUps: followUps,
            generator: generator,
            version: KortomVersion.current
        )
    }

    /// The sentence without the social-media handles and links that address it
    /// (`@SpotifyCares`, `https://t.co/...`) and the agent's initials that sign it (`/MT`,
    /// `^XS`): they tell the next agent nothing.
    static func withoutAddressing(_ sentence: String) -> String {
        var probe = sentence
        guard probe.withUTF8({ mayAddress($0) }) else { return sentence }
        var kept = sentence.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).filter { word in
            !word.hasPrefix("@") && !word.hasPrefix("http://") && !word.hasPrefix("https://") && !isThreadCounter(word)
        }
        if let last = kept.last {
            if isSignOff(last) {
                kept.removeLast()
            } else if let caret = last.lastIndex(of: "^"), caret > last.startIndex, isSignOff(last[caret...]) {
                kept[kept.count - 1] = last[..<caret]
            }
        }
        return kept.joined(separator: " ")
    }

    /// Whether the sentence has a byte that can start a handle, a link, a thread counter or a
    /// sign-off.
    static func mayAddress(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "^") || $0 == UInt8(ascii: "*") }
    }

    /// `/MT`, `^XS`, `*JB`, `*CherneilRandolph`: a slash, caret or star and letters only.
    private static func isSignOff(_ word: Substring) -> Bool {
        let bytes = Array(word.utf8)
        guard bytes.count >= 3, bytes[0] == UInt8(ascii: "/") || bytes[0] == UInt8(ascii: "^") || bytes[0] == UInt8(ascii: "*") else { return false }
        return bytes.dropFirst().allSatisfy(ByteClass.isASCIILetter)
    }

    /// `1/2`, `(2/2)`: a reply's place in a thread of messages.
    private static func isThreadCounter(_ word: Substring) -> Bool {
        let bytes = Array(word.utf8.filter { $0 != UInt8(ascii: "(") && $0 != UInt8(ascii: ")") })
        return bytes.count == 3 && ByteClass.isDigit(bytes[0]) && bytes[1] == UInt8(ascii: "/") && ByteClass.isDigit(bytes[2])
    }

    /// The sentence without the placeholders of names that only address someone or sign it
    /// (`Thank you, [NAME-1].`, `[NAME-2], what are you doing?`, `Hi [NAME-1], ...`,
    /// `TY - [NAME-3]`): the next agent learns nothing from them. A name the sentence is about
    /// (`I spoke to [NAME-1].`) stays.
    static func withoutNamesAddressed(_ sentence: String) -> String {
        var bytes = Array(sentence.utf8)
        guard bytes.count > 8 else { return sentence }
        let opening = Array("[NAME-".utf8)
        var searchEnd = bytes.count
        var changed = false
        while let start = lastPlaceholder(opening, in: bytes, before: searchEnd) {
            searchEnd = start
            var end = start + opening.count
            while end < bytes.count, ByteClass.isDigit(bytes[end]) { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "]") else { continue }
            end += 1
            let next = end < bytes.count ? bytes[end] : 0
            let closesClause = end == bytes.count || next == UInt8(ascii: ",") || next == UInt8(ascii: ".") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
            var before = start
            while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
            let dash = before >= 3 && bytes[before - 3] == 0xE2 && bytes[before - 2] == 0x80 && (bytes[before - 1] == 0x93 || bytes[before - 1] == 0x94)
            if end == bytes.count, before > 0, signOffMarks.contains(bytes[before - 1]) || dash {
                // `TY - [NAME-3]`, `^[NAME-1]`, `– [NAME-2]`: a sign-off.
                var markStart = dash ? before - 3 : before - 1
                while markStart > 0, bytes[markStart - 1] == 0x20 { markStart -= 1 }
                bytes.removeSubrange(markStart..<end)
                changed = true
            } else if closesClause, before > 0, bytes[before - 1] == UInt8(ascii: ",") {
                // `Thank you, [NAME-1].`: the comma goes with the name.
                bytes.removeSubrange((before - 1)..<end)
                changed = true
            } else if closesClause, before == 0 {
                // `[NAME-2], what are you doing?`
                var restStart = end
                while restStart < bytes.count, bytes[restStart] == UInt8(ascii: ",") || bytes[restStart] == UInt8(ascii: "!") || bytes[restStart] == 0x20 { restStart += 1 }
                bytes.removeSubrange(0..<restStart)
                if let first = bytes.first, first &- UInt8(ascii: "a") < 26 { bytes[0] = first - 32 }
                changed = true
            } else if closesClause, before > 0, isOpener(bytes, before: before) {
                // `Hi [NAME-1], ...`, `Thanks [NAME-2]!`: the opener stays for ``withoutOpener``.
                bytes.removeSubrange(before..<end)
                changed = true
            }
        }
        guard changed, !bytes.isEmpty else { return sentence }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let signOffMarks: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "*")]

    private static func lastPlaceholder(_ opening: [UInt8], in bytes: [UInt8], before limit: Int) -> Int? {
        var index = limit - opening.count
        while index >= 0 {
            if bytes[index] == opening[0], bytes[index..<(index + opening.count)].elementsEqual(opening) { return index }
            index -= 1
        }
        return nil
    }

    /// Whether the word that ends at `end` is a greeting or thanks (`Hi`, `thanks`, `Dear`).
    private static func isOpener(_ bytes: [UInt8], before end: Int) -> Bool {
        var start = end
        while start > 0, ByteClass.isASCIILetter(bytes[start - 1]) { start -= 1 }
        guard start < end else { return false }
        return bytes.withUnsafeBufferPointer { addressingWords.contains(WordTokenizer.foldedHash($0, start..<end)) }
    }

    private static let addressingWords = WordHashTable(words: ["hi", "hey", "hello", "dear", "thanks", "you", "cheers", "sorry", "bye", "hoi", "hallo", "dag", "beste", "bedankt", "je", "u"])

    private static let openerWords = WordHashTable(words: [
        "hi", "hey", "hello", "there", "oh", "ah", "no", "yes", "ok", "okay", "well", "thanks", "thank", "sorry",
        "great", "sure", "right", "alright", "dear", "team", "guys", "so",
        "hoi", "hallo", "goedemorgen", "goedemiddag", "goedenavond", "dag", "ja", "nee", "nou", "oke", "oké", "prima",
        "goed", "dank", "bedankt", "sorry", "jammer", "tja", "nou", "zeker", "ach",
    ])

    /// The sentence without the greeting or interjection that opens it (`Hi there, `, `Oh no – `,
    /// `Ja, `): up to three such words followed by a comma or a dash. What is left starts with a
    /// capital and is otherwise as it was said.
    static func withoutOpener(_ sentence: String) -> String {
        var sentence = sentence
        return sentence.withUTF8 { bytes -> String? in
            var position = 0, words = 0
            while words < 3 {
                while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
                let start = position
                while position < bytes.count, ByteClass.isWordByte(bytes[position]) { position += 1 }
                guard position > start, openerWords.contains(WordTokenizer.foldedHash(bytes, start..<position)) else { return nil }
                words += 1
                var after = position
                while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
                guard after < bytes.count else { return nil }
                let separator = bytes[after]
                let isDash = separator == UInt8(ascii: "-") || (after + 2 < bytes.count && bytes[after] == 0xE2 && bytes[after + 1] == 0x80 && (bytes[after + 2] == 0x93 || bytes[after + 2] == 0x94))
                if separator == UInt8(ascii: ",") || separator == UInt8(ascii: "!") || isDash {
                    var rest = after + (separator < 0x80 ? 1 : 3)
                    while rest < bytes.count, bytes[rest] == UInt8(ascii: " ") { rest += 1 }
                    // Keep the sentence when the opener is all of it.
                    guard bytes.count - rest >= 12 else { return nil }
                    var remainder = Array(bytes[rest...])
                    if remainder[0] &- UInt8(ascii: "a") < 26 { remainder[0] -= 32 }
                    return String(decoding: remainder, as: UTF8.self)
                }
            }
            return nil
        } ?? sentence
    }

    /// How much a sentence's centrality adds to its score in calls without roles.
    static let centralityWeight = 2.0

    /// The reason for contact is looked for among this many of the customer's first sentences.
    static let reasonWindow = 8

    /// Beyond the reason and the agreed actions, at most this many sentences: a note is read in
    /// seconds. (Three rather than six raised ROUGE-1 on TweetSumm's valid split from 29.7 to
    /// 31.4; see Docs/quality.md.)
    static let maximumSentences = 3

    private static func key(_ turn: Int, _ offset: Int) -> Int { turn << 32 | offset }

    /// The customer's first sentence that asks for something; else their first substantial one.
    private func reasonCandidate(_ candidates: [Candidate]) -> Int? {
        let customer = candidates.indices.filter { candidates[$0].role != .agent }.prefix(Self.reasonWindow)
        if let cued = customer.first(where: { candidates[$0].asksForSomething }) { return cued }
        return customer.first { candidates[$0].wordCount >= 5 } ?? customer.first
    }

    private static let stopWords = WordHashTable(words: [
        "de", "het", "een", "en", "van", "ik", "u", "je", "is", "dat", "die", "op", "in", "te", "voor", "met", "er",
        "niet", "wel", "ja", "nee", "maar", "dan", "nog", "al", "ook", "zo", "dus", "om", "aan", "bij", "of",
        "the", "a", "an", "and", "of", "i", "you", "is", "that", "to", "in", "on", "for", "with", "it", "yes",
        "no", "but", "so", "my", "your", "we", "be", "are", "am", "was", "have", "has", "me", "this", "can",
    ])

    /// How many words of the sentence are not stop words.
    static func contentWordCount(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var start = -1
        for position in 0...text.count {
            let isWord = position < text.count && ByteClass.isWordByte(text[position])
            if isWord, start < 0 { start = position }
            if !isWord, start >= 0 {
                // Every stop word is at most four bytes long; longer words need no lookup.
                if position - start > Self.longestStopWord || !stopWords.contains(WordTokenizer.foldedHash(text, start..<position)) { count += 1 }
                start = -1
            }
        }
        return count
    }

    private static let longestStopWord = 4

    private static func forEachContentWord(_ text: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        var start = -1
        for position in 0...text.count {
            let isWord = position < text.count && ByteClass.isWordByte(text[position])
            if isWord, start < 0 { start = position }
            if !isWord, start >= 0 {
                let hash = WordTokenizer.foldedHash(text, start..<position)
                if !stopWords.contains(hash) { body(hash) }
                start = -1
            }
        }
    }

    /// The sentence's distinct words other than stop words, lower-cased and hashed: enough to
    /// measure overlap between sentences without building strings.
    static func contentWords(_ text: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var words: [UInt64] = []
        forEachContentWord(text) { hash in
            if !words.contains(hash) { words.append(hash) }
        }
        return words
    }
}
