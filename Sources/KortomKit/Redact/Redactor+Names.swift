extension Redactor {
    /// Speaker labels that are not role words are often names (`Henk Oosterhuis:`); they
    /// become `Speaker-1`, `Speaker-2`, ... in order of appearance. With `keepingAgents`, the
    /// labels of agents stay.
    static func neutraliseSpeakerLabels(_ turns: inout [Turn], keepingAgents: Bool = false) {
        // Calls have a handful of speakers: a short list beats a dictionary here.
        var decided: [(label: String, replacement: String?)] = []
        var count = 0
        for index in turns.indices {
            let label = turns[index].speaker.label
            let replacement: String?
            if let known = decided.first(where: { $0.label == label }) {
                replacement = known.replacement
            } else {
                if isPersonalLabel(label), !(keepingAgents && turns[index].speaker.role == .agent) {
                    count += 1
                    replacement = "Speaker-\(count)"
                } else {
                    replacement = nil
                }
                decided.append((label, replacement))
            }
            if let replacement { turns[index].speaker.label = replacement }
        }
    }

    /// A label that may be a name: not a role word, or a role word with a name beside it.
    private static func isPersonalLabel(_ label: String) -> Bool {
        if RoleVocabulary.isNumberedSpeaker(label) { return false }
        return RoleVocabulary.role(forLabel: label) == nil || label.utf8.contains(UInt8(ascii: "("))
    }

    /// Replaces later bare mentions (`Jansen`) of names found after a cue (`meneer Jansen`)
    /// or used as a speaker label (`Henk Oosterhuis:`).
    func addLaterNameMentions(_ turns: [Turn], _ perTurn: inout [[PIICandidate]], excluding agentNameWords: [UInt64]) {
        // A call names a handful of people: a list of word hashes beats a dictionary here.
        var nameWords = NameWordList()
        var labels: [String] = []
        for turn in turns where !labels.contains(turn.speaker.label) {
            labels.append(turn.speaker.label)
            guard Self.isPersonalLabel(turn.speaker.label), policy.redactsAgentNames || turn.speaker.role != .agent else { continue }
            for word in turn.speaker.label.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }) where word.utf8.count >= 3 {
                let bytes = Array(word.utf8)
                let key = StableHash.fnv1a64(bytes.map(ByteClass.lowercased))
                guard PersonNameDetector.isCapitalised(bytes), RoleVocabulary.role(forLabel: String(word)) == nil, nameWords[key] == nil else { continue }
                nameWords.add(key, canonical: turn.speaker.label.lowercased(), confidence: 0.8)
            }
        }
        for candidates in perTurn {
            for candidate in candidates where candidate.type == .name {
                for word in candidate.canonicalValue.utf8.split(separator: 0x20) where word.count >= 3 {
                    let bytes = Array(word)
                    let key = StableHash.fnv1a64(bytes)
                    if !PersonNameDetector.particles.contains(bytes), nameWords[key] == nil, !agentNameWords.contains(key) {
                        nameWords.add(key, canonical: candidate.canonicalValue, confidence: candidate.confidence * 0.9)
                    }
                }
            }
        }
        guard !nameWords.isEmpty else { return }
        for turn in turns {
            var text = turn.text
            var mentions: [PIICandidate] = []
            text.withUTF8 { buffer in
                // Only capitalised words can be mentions, so only those are read as words.
                var position = 0
                var previousIsWord = false
                while position < buffer.count {
                    let byte = buffer[position]
                    defer { previousIsWord = ByteClass.isWordByte(byte); position += 1 }
                    guard !previousIsWord, ByteClass.isUpper(byte) || byte == 0xC3 else { continue }
                    var word: WordTokenizer.Word?
                    let bare = WordTokenizer.bareWord(in: buffer, at: position)
                    guard bare.count >= 3, let known = nameWords[WordTokenizer.foldedHash(buffer, bare)] else { continue }
                    WordTokenizer.forEachWord(in: buffer, from: position) { word = $0; return false }
                    guard let word, word.range.lowerBound == position, word.range.count >= 3 else { continue }
                    if PersonNameDetector.isCapitalised(Array(UnsafeBufferPointer(rebasing: buffer[word.range]))) {
                        let start = Self.firstNameStart(before: word.range.lowerBound, in: buffer) ?? word.range.lowerBound
                        mentions.append(PIICandidate(type: .name, range: start..<word.range.upperBound, confidence: known.confidence, detector: "name-repeat", canonicalValue: known.canonical))
                    }
                }
            }
            if !mentions.isEmpty {
                perTurn[turn.index] = Self.resolveOverlaps(perTurn[turn.index] + mentions)
            }
        }
    }
}

extension Redactor {
    /// Takes out the names agents give for themselves (`u spreekt met Anouk`), and any other
    /// mention of those names, for a policy that keeps agents' names.
    ///
    /// - Returns: the hashes of the agents' name words, which later mentions must skip.
    func removeAgentNames(_ turns: [Turn], _ perTurn: inout [[PIICandidate]]) -> [UInt64] {
        var words: [UInt64] = []
        for turn in turns where turn.speaker.role == .agent {
            for candidate in perTurn[turn.index] where candidate.type == .name && candidate.detector == PersonNameDetector.introductionDetector {
                words += NameLists.identifyingWordHashes(candidate.canonicalValue)
            }
        }
        guard !words.isEmpty else { return [] }
        for index in perTurn.indices {
            perTurn[index].removeAll { candidate in
                candidate.type == .name && NameLists.identifyingWordHashes(candidate.canonicalValue).allSatisfy(words.contains)
            }
        }
        return words
    }

    /// Where a first name starts that stands right before a known surname (`James Wilson`,
    /// `Tom Evans`): a capitalised word, one space before, that is not a common word.
    static func firstNameStart(before surname: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard surname >= 3, text[surname - 1] == 0x20, ByteClass.isWordByte(text[surname - 2]) else { return nil }
        var start = surname - 2
        while start > 0, ByteClass.isWordByte(text[start - 1]) { start -= 1 }
        let word = Array(UnsafeBufferPointer(rebasing: text[start..<(surname - 1)]))
        guard PersonNameDetector.isCapitalised(word), !PersonNameDetector.notNames.contains(word.map(ByteClass.lowercased)),
              RoleVocabulary.role(forLabel: String(decoding: word, as: UTF8.self)) == nil
        else { return nil }
        return start
    }
}

/// The words of the names found in a call, by hash, for finding later mentions.
struct NameWordList {
    private var entries: [(hash: UInt64, canonical: String, confidence: Double)] = []

    var isEmpty: Bool { entries.isEmpty }

    subscript(hash: UInt64) -> (canonical: String, confidence: Double)? {
        guard let entry = entries.first(where: { $0.hash == hash }) else { return nil }
        return (entry.canonical, entry.confidence)
    }

    mutating func add(_ hash: UInt64, canonical: String, confidence: Double) {
        entries.append((hash, canonical, confidence))
    }
}

