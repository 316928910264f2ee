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
        if RoleVocabulary.isNumberedSpeaker(label) || RoleVocabulary.isMessageHeader(label) { return false }
        return RoleVocabulary.role(forLabel: label) == nil || label.utf8.contains(UInt8(ascii: "("))
    }

    /// Replaces later bare mentions (`Jansen`) of names found after a cue (`meneer Jansen`)
    /// or used as a speaker label (`Henk Oosterhuis:`).
    ///
    /// - Parameters:
    ///   - capitalisedWords: where the words that open with a capital start in the call's
    ///     bytes, in order, as the line scan found them; only those can be mentions.
    ///   - lowercaseLines: the lines written all in lower case, where a mention is a lower-case
    ///     word (speech-to-text writes some turns so).
    ///   - agentNameWords: the hashes of the agents' name words, when the policy keeps them.
    func addLaterNameMentions(_ call: CallText, _ perTurn: inout [[PIICandidate]], capitalisedWords: [Int], lowercaseLines: [Range<Int>], excluding agentNameWords: [UInt64]) {
        // A call names a handful of people: a list of word hashes beats a dictionary here.
        var nameWords = NameWordList()
        var labelSeen = [Bool](repeating: false, count: call.labels.count)
        for turn in call.turns where !labelSeen[turn.label] {
            labelSeen[turn.label] = true
            let label = call.labels[turn.label]
            guard Self.isPersonalLabel(label), policy.redactsAgentNames || turn.role != .agent else { continue }
            // Words are runs of letters (any non-ASCII byte counts as one), `-` and `'`.
            let words = label.utf8.split { !(ByteClass.isASCIILetter($0) || $0 >= 0x80 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'")) }
            for word in words where word.count >= 3 {
                let bytes = Array(word)
                let key = StableHash.fnv1a64(bytes.map(ByteClass.lowercased))
                guard PersonNameDetector.isCapitalised(bytes), nameWords[key] == nil, RoleVocabulary.role(forLabel: String(decoding: bytes, as: UTF8.self)) == nil else { continue }
                nameWords.add(key, opening: bytes, canonical: label.lowercased(), confidence: 0.8)
            }
        }
        for turn in perTurn.indices {
            for index in perTurn[turn].indices where perTurn[turn][index].type == .name {
                let canonical = perTurn[turn][index].canonicalValue
                let confidence = perTurn[turn][index].confidence * 0.9
                var words = canonical
                words.withUTF8 { bytes in
                    var start = 0
                    while start < bytes.count {
                        var end = start
                        while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                        start = end + 1
                        // A role word taken for a name (`Dear Customer`) would redact every
                        // speaker of that role.
                        guard word.count >= 3, RoleVocabulary.role(ofWord: word) == nil else { continue }
                        let key = StableHash.fnv1a64(word)
                        if !PersonNameDetector.particles.contains(word), nameWords[key] == nil, !agentNameWords.contains(key) {
                            nameWords.add(key, opening: word, canonical: canonical, confidence: confidence)
                        }
                        // `oscar whitmore-blake`, then his mother `rebecca whitmore`: each part of a
                        // double name is said alone too.
                        guard word.contains(UInt8(ascii: "-")) else { continue }
                        for part in word.split(separator: UInt8(ascii: "-")) where part.count >= 4 {
                            let part = UnsafeBufferPointer(rebasing: part)
                            let key = StableHash.fnv1a64(part)
                            if nameWords[key] == nil, !agentNameWords.contains(key) { nameWords.add(key, opening: part, canonical: canonical, confidence: confidence) }
                        }
                    }
                }
            }
        }
        guard !nameWords.isEmpty else { return }
        // The names found with their particles (`van 't hof`), which a mention of the surname
        // alone takes in where they stand before it; gathered at the first mention after a particle.
        var namesWithParticles: [String]?
        let text = call.bytes
        var turn = 0
        var mentions: [PIICandidate] = []
        for start in capitalisedWords {
            guard start + 1 < text.count, nameWords.mayStart(text[start], text[start + 1]) else { continue }
            var bare = WordTokenizer.bareWord(in: text, at: start)
            let wholeWord = bare
            // `Kowalski-Dijkstra`: a double name whose first part is a name found before.
            if nameWords[WordTokenizer.foldedHash(text, bare)] == nil, let dash = text[bare].firstIndex(of: UInt8(ascii: "-")) { bare = bare.lowerBound..<dash }
            // `the Hendersons`: a family named by a name found before, replaced whole.
            var lookup = bare
            if nameWords[WordTokenizer.foldedHash(text, bare)] == nil, bare.count > 4, text[bare.upperBound - 1] == UInt8(ascii: "s") { lookup = bare.lowerBound..<(bare.upperBound - 1) }
            guard lookup.count >= 3, let known = nameWords[WordTokenizer.foldedHash(text, lookup)] else { continue }
            if call.turns[turn].range.upperBound < start {
                addMentions(&mentions, to: &perTurn[turn])
                repeat { turn += 1 } while turn < call.turns.count && call.turns[turn].range.upperBound < start
                guard turn < call.turns.count else { break }
            }
            // The word as the detectors read it, within its turn.
            let turnStart = call.turns[turn].range.lowerBound
            let turnText = call.text(ofTurn: turn)
            var word: WordTokenizer.Word?
            WordTokenizer.forEachWord(in: turnText, from: start - turnStart) { word = $0; return false }
            guard let word, word.range.lowerBound == start - turnStart, word.range.count >= 3 else { continue }
            let bytes = UnsafeBufferPointer(rebasing: turnText[word.range])
            guard PersonNameDetector.isCapitalised(bytes), !NameListDetector.followsSaint(text, start), !NameContext.namesPlaceAfterDen(text, bare) else { continue }
            // `Will`, `Wil` open many a sentence as a verb: there only a name said before counts.
            if PersonNameDetector.notNames.contains(text[lookup].lazy.map(ByteClass.lowercased)),
               NameListDetector.opensSentence(turnText, at: word.range.lowerBound, lineStart: Self.speakerPrefixEnd(in: turnText)) { continue }
            let nameStart = Self.firstNameStart(before: word.range.lowerBound, in: turnText).map { $0 + turnStart }
                ?? Self.particlesStart(before: start, in: text, from: turnStart) {
                    if namesWithParticles == nil { namesWithParticles = Self.namesOfSeveralWords(in: perTurn) }
                    return namesWithParticles!
                }
            // The full stop after a short name ends the sentence; only an initial owns it.
            var nameEnd = PersonNameDetector.isInitial(bytes) ? turnStart + word.range.upperBound : bare.upperBound
            var canonical = known.canonical
            // `T. Hiemstra-de Vries` after `Sjoerd Hiemstra`: the double name whole, the particle
            // after its dash with the word it belongs to.
            if lookup == bare, text[wholeWord].contains(UInt8(ascii: "-")) {
                nameEnd = Self.doubleNameEnd(wholeWord, in: text, before: call.turns[turn].range.upperBound)
                // Before a double name whose first part was known alone, a first name or initial
                // that is not the known person's: another person, most often a wife by her
                // married name, with a placeholder of her own.
                if wholeWord.upperBound > bare.upperBound, nameStart < start, !Self.mayBeFirstName(of: known.canonical, text[nameStart..<(start - 1)]) {
                    canonical = String(decoding: text[nameStart..<nameEnd].map(ByteClass.lowercased), as: UTF8.self)
                }
            }
            if nameStart < start {
                // The first name before a known surname is a name word of its own from now on
                // (`Jelmer Hoekstra`, then `jelmer` in a lower-case turn).
                let firstName = UnsafeBufferPointer(rebasing: text[nameStart..<(start - 1)])
                let key = StableHash.fnv1a64(firstName.map(ByteClass.lowercased))
                // Initials (`T.`, `H J`) are no name word of their own.
                if firstName.count >= 2, firstName.allSatisfy(ByteClass.isWordByte), nameWords[key] == nil, !agentNameWords.contains(key) {
                    nameWords.add(key, opening: firstName, canonical: canonical, confidence: known.confidence)
                }
            }
            // `Emmanuel Chukwuemeka Obi`, where `Chukwuemeka Obi` was found: the known words after
            // the mention's word belong to it, so that the first name before it takes no part away.
            for _ in 0..<2 {
                guard nameEnd + 2 < call.turns[turn].range.upperBound, text[nameEnd] == 0x20, ByteClass.isUpper(text[nameEnd + 1]) else { break }
                let next = WordTokenizer.bareWord(in: text, at: nameEnd + 1)
                guard next.count >= 3, next.upperBound <= call.turns[turn].range.upperBound, nameWords[WordTokenizer.foldedHash(text, next)] != nil else { break }
                nameEnd = next.upperBound
            }
            // A name known by one word, then a capitalised word: its surname (`Thanks Amira.`,
            // then `Amira Haddad`), a name word of its own from now on.
            if !known.canonical.utf8.contains(0x20), let surname = Self.surnameAfter(nameEnd, in: text, before: call.turns[turn].range.upperBound) {
                let key = StableHash.fnv1a64(text[surname].map(ByteClass.lowercased))
                if nameWords[key] == nil, !agentNameWords.contains(key) { nameWords.add(key, opening: text[surname], canonical: known.canonical, confidence: known.confidence) }
                nameEnd = surname.upperBound
            }
            mentions.append(PIICandidate(type: .name, range: nameStart..<nameEnd, confidence: known.confidence, detector: "name-repeat", canonicalValue: canonical))
        }
        if turn < call.turns.count { addMentions(&mentions, to: &perTurn[turn]) }
        var lineTurn = 0
        for line in lowercaseLines {
            while lineTurn < call.turns.count, call.turns[lineTurn].range.upperBound < line.lowerBound { lineTurn += 1 }
            guard lineTurn < call.turns.count else { break }
            let lineText = UnsafeBufferPointer(rebasing: text[line])
            WordTokenizer.forEachWord(in: lineText) { word in
                let bare = WordTokenizer.bareWord(in: lineText, at: word.range.lowerBound)
                guard bare.count >= 3, ByteClass.isLower(lineText[bare.lowerBound]) else { return true }
                var hash = WordTokenizer.foldedHash(lineText, bare)
                // `ogunleye-hart` after `stanley ogunleye`: a double name with a part found before,
                // each part a name's (`al-khatib`), not a word's (`ty-kate`, a sign-off).
                if nameWords[hash] == nil, lineText[bare].contains(UInt8(ascii: "-")) {
                    let parts = lineText[bare].split(separator: UInt8(ascii: "-")).map { $0.map(ByteClass.lowercased) }
                    if parts.allSatisfy({ $0.count >= 3 || PersonNameDetector.particles.contains($0) }),
                       let part = parts.lazy.filter({ $0.count >= 3 }).map({ StableHash.fnv1a64($0) }).first(where: { nameWords[$0] != nil }) {
                        hash = part
                    }
                }
                // Without capitals, a name that is also a word that no name follows a cue as
                // (`will`, `wil`) reads as that word again: only the detectors' findings of it count.
                guard let known = nameWords[hash], !PersonNameDetector.notNames.contains(lineText[bare].lazy.map(ByteClass.lowercased)),
                      // `gemeente den bosch` after `jan-pieter van den bosch`: the town.
                      !NameContext.namesPlaceAfterDen(lineText, bare) else { return true }
                // A name that is also a word, after a pronoun, a modal, an article or `to`, is the
                // word (`i'll mark it for review` after `mark speaking`), unless the name holds
                // that word before it as a particle (`de groot` after `bram de groot`).
                if NameLists.isAmbiguous(hash), let before = WordTokenizer.lettersOrApostrophesBefore(lineText, bare.lowerBound),
                   Self.wordPositionWords.contains(lineText[before].lazy.map(ByteClass.lowercased)),
                   !known.canonical.contains(String(decoding: lineText[before.lowerBound..<bare.upperBound].map(ByteClass.lowercased), as: UTF8.self)),
                   // `thank you grace and ...`: the person thanked, not the pronoun's object.
                   !(WordTokenizer.isWord(lineText, before, "you") && WordTokenizer.lettersBefore(lineText, before.lowerBound).map { WordTokenizer.isWord(lineText, $0, "thank") } == true) {
                    return true
                }
                let nameStart = Self.particlesStart(before: bare.lowerBound, in: lineText, from: 0) {
                    if namesWithParticles == nil { namesWithParticles = Self.namesOfSeveralWords(in: perTurn) }
                    return namesWithParticles!
                }
                let range = (line.lowerBound + nameStart)..<(line.lowerBound + bare.upperBound)
                mentions.append(PIICandidate(type: .name, range: range, confidence: known.confidence, detector: "name-repeat", canonicalValue: known.canonical))
                return true
            }
            addMentions(&mentions, to: &perTurn[lineTurn])
        }
    }

    /// Where the particles of a known name start before its word at `start` (`van 't hof`,
    /// `Van der Steen`), so that the mention takes them in: the words before it, back to
    /// `limit`, as long as they are particles and one of `names` holds them so; `start` without
    /// any. `names` is asked only where a particle stands before the word.
    static func particlesStart(before start: Int, in text: UnsafeBufferPointer<UInt8>, from limit: Int, ofAnyOf names: () -> [String]) -> Int {
        var nameStart = start
        for _ in 0..<3 {
            guard nameStart - 2 > limit, text[nameStart - 1] == 0x20 else { break }
            var wordStart = nameStart - 1
            while wordStart > limit, ByteClass.isASCIILetter(text[wordStart - 1]) || text[wordStart - 1] == UInt8(ascii: "'") { wordStart -= 1 }
            let word = text[wordStart..<(nameStart - 1)].lazy.map(ByteClass.lowercased)
            guard !word.isEmpty, PersonNameDetector.particles.contains(word) || word.elementsEqual("t".utf8) else { break }
            let mention = String(decoding: text[wordStart..<start].map(ByteClass.lowercased), as: UTF8.self)
            guard names().contains(where: { $0.hasPrefix(mention) || $0.contains(" " + mention) }) else { break }
            nameStart = wordStart
        }
        return nameStart
    }

    /// Takes out the role mailboxes (`info@`, ``EmailDetector/roleMailboxDetector``) whose
    /// domain holds no word of a name found in the call: `info@aithaddou-onderhoud.nl` is a
    /// sole trader's after `Youssef Ait Haddou`, `info@gemeente.nl` nobody's.
    static func keepPersonalRoleMailboxes(_ perTurn: inout [[PIICandidate]]) {
        guard perTurn.contains(where: { $0.contains(where: isRoleMailbox) }) else { return }
        let nameWords = perTurn.joined().filter { $0.type == .name }.flatMap { $0.canonicalValue.split(separator: " ") }.filter { $0.count >= 4 }
        for index in perTurn.indices where perTurn[index].contains(where: isRoleMailbox) {
            perTurn[index].removeAll { candidate in
                guard isRoleMailbox(candidate) else { return false }
                let domain = candidate.canonicalValue.split(separator: "@").last ?? ""
                return !nameWords.contains { domain.contains($0) }
            }
        }
    }

    /// The canonical names of more than one word among the candidates (`van 't hof`).
    private static func namesOfSeveralWords(in perTurn: [[PIICandidate]]) -> [String] {
        perTurn.joined().filter { $0.type == .name && $0.canonicalValue.utf8.contains(0x20) }.map(\.canonicalValue)
    }

    /// Whether the candidate is a role mailbox (``EmailDetector/roleMailboxDetector``); most
    /// candidates are settled by their type.
    private static func isRoleMailbox(_ candidate: PIICandidate) -> Bool {
        candidate.type == .email && candidate.detector == EmailDetector.roleMailboxDetector
    }

    /// Words after which a name that is also a verb or a noun is that word.
    private static let wordPositionWords: WordSet = WordSet([
        "i", "i'll", "you", "you'll", "we", "we'll", "they", "they'll", "he'll", "she'll", "to", "will", "can", "could", "would",
        "should", "must", "please", "the", "a", "an", "my", "your", "our", "their", "this", "that",
        "ik", "je", "jij", "wij", "ze", "zij", "u", "de", "het", "een", "mijn", "jouw", "uw", "onze", "deze", "die", "dat", "te",
        "kan", "kun", "kunt", "wil", "wilt", "zal", "moet",
    ])

    private func addMentions(_ mentions: inout [PIICandidate], to candidates: inout [PIICandidate]) {
        guard !mentions.isEmpty else { return }
        // Most mentions are names a detector found already, as sure of them: ranked after
        // those, they could never be kept, so they need no ranking.
        mentions.removeAll { mention in
            candidates.contains { $0.range == mention.range && $0.type == .name && $0.confidence >= mention.confidence }
        }
        if !mentions.isEmpty { candidates = Self.resolveOverlaps(candidates + mentions) }
        mentions.removeAll(keepingCapacity: true)
    }
}

extension Redactor {
    /// Takes out the names agents give for themselves (`u spreekt met Anouk`), and any other
    /// mention of those names, for a policy that keeps agents' names.
    ///
    /// - Returns: the hashes of the agents' name words, which later mentions must skip.
    func removeAgentNames(_ call: CallText, _ perTurn: inout [[PIICandidate]]) -> [UInt64] {
        var words: [UInt64] = []
        for (index, turn) in call.turns.enumerated() where turn.role == .agent {
            for candidate in perTurn[index] where candidate.type == .name && candidate.detector == PersonNameDetector.introductionDetector {
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

    /// The capitalised word one space after `end`, within the turn, that can be a surname: no
    /// common word, month, day, place or street word.
    static func surnameAfter(_ end: Int, in text: UnsafeBufferPointer<UInt8>, before limit: Int) -> Range<Int>? {
        guard end + 2 < limit, text[end] == 0x20, ByteClass.isUpper(text[end + 1]) || text[end + 1] == 0xC3 else { return nil }
        let start = end + 1
        let word = WordTokenizer.bareWord(in: text, at: start)
        guard word.upperBound <= limit, word.count >= 2, PersonNameDetector.isCapitalised(text[word]) else { return nil }
        let lowered = text[word].map(ByteClass.lowercased)
        // `Schuttenbelt Installatietechniek`: a firm named after the person, not a surname.
        guard !PersonNameDetector.notNames.contains(lowered), !NameContext.isNotAName(lowered),
              !PersonNameDetector.namesBusiness(text, [WordTokenizer.Word(range: word, breakAfter: false)][...]) else { return nil }
        return word
    }

    /// Whether `given`, a first name or initials said before a surname (`T.`, `J.W.`, `Tom`),
    /// may be the first name of `canonicalName`: it names no first name, or one with the same
    /// first letter (for initials) or the same word.
    static func mayBeFirstName(of canonicalName: String, _ given: some Collection<UInt8>) -> Bool {
        let words = canonicalName.utf8.split(separator: 0x20)
        guard words.count >= 2, let known = words.first, let initial = given.first, !PersonNameDetector.particles.contains(Array(known)) else { return true }
        if known.last == UInt8(ascii: ".") || given.contains(UInt8(ascii: ".")) || given.contains(0x20) || given.count == 1 {
            return ByteClass.lowercased(initial) == known.first
        }
        return given.lazy.map(ByteClass.lowercased).elementsEqual(known)
    }

    /// Where a first name starts that stands right before a known surname (`James Wilson`,
    /// `Tom Evans`): a capitalised word, one space before, that is not a common word.
    static func firstNameStart(before surname: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        // `T. Hiemstra`, `J.W. Hiemstra`: initials before the surname.
        if surname >= 3, text[surname - 1] == 0x20, text[surname - 2] == UInt8(ascii: ".") {
            var start = surname - 1
            while start >= 2, text[start - 1] == UInt8(ascii: "."), ByteClass.isUpper(text[start - 2]), start == 2 || !ByteClass.isWordByte(text[start - 3]) || text[start - 3] == UInt8(ascii: ".") {
                start -= 2
            }
            return start < surname - 1 && (start == 0 || !ByteClass.isWordByte(text[start - 1])) ? start : nil
        }
        // `H J Whitcombe`: initials written without their stops.
        if surname >= 3, text[surname - 1] == 0x20, ByteClass.isUpper(text[surname - 2]), text[surname - 3] == 0x20 {
            var start = surname - 2
            while start >= 2, text[start - 1] == 0x20, ByteClass.isUpper(text[start - 2]), start == 2 || text[start - 3] == 0x20 { start -= 2 }
            return start
        }
        guard surname >= 3, text[surname - 1] == 0x20, ByteClass.isWordByte(text[surname - 2]) else { return nil }
        var start = surname - 2
        while start > 0, ByteClass.isWordByte(text[start - 1]) { start -= 1 }
        let word = UnsafeBufferPointer(rebasing: text[start..<(surname - 1)])
        // A handle is no first name: `@CenturyLinkHelp Scott`, `@British_Airways Cody`.
        guard start == 0 || (text[start - 1] != UInt8(ascii: "@") && text[start - 1] != UInt8(ascii: "_")) else { return nil }
        // A title is no first name: `Professor Brinkman` keeps `Professor`.
        guard PersonNameDetector.isCapitalised(word), !PersonNameDetector.notNames.contains(word.lazy.map(ByteClass.lowercased)),
              !PersonNameDetector.titles.contains(word.lazy.map(ByteClass.lowercased)), RoleVocabulary.role(ofWord: word) == nil
        else { return nil }
        return start
    }
}

extension Redactor {
    /// Where a double name ends whose word is `word` (`Hiemstra-de`, `Okafor-Reid`): at the
    /// word's end, or, when its last part is a particle, after the particles and the
    /// capitalised word that follow it (`Hiemstra-de Vries`, `Hiemstra-van der Meer`), before `limit`.
    static func doubleNameEnd(_ word: Range<Int>, in text: UnsafeBufferPointer<UInt8>, before limit: Int) -> Int {
        guard let dash = text[word].lastIndex(of: UInt8(ascii: "-")),
              PersonNameDetector.particles.contains(text[(dash + 1)..<word.upperBound].lazy.map(ByteClass.lowercased)) else { return word.upperBound }
        var position = word.upperBound
        for _ in 0..<3 {
            guard position + 1 < limit, text[position] == 0x20 else { break }
            let next = WordTokenizer.lettersAfter(text, position + 1)
            guard !next.isEmpty, next.upperBound <= limit else { break }
            if ByteClass.isUpper(text[next.lowerBound]) { return next.upperBound }
            guard PersonNameDetector.particles.contains(text[next].lazy.map(ByteClass.lowercased)) else { break }
            position = next.upperBound
        }
        return word.upperBound
    }
}

/// The words of the names found in a call, by hash, for finding later mentions.
struct NameWordList {
    private var entries: [(hash: UInt64, canonical: String, confidence: Double)] = []
    /// The first two bytes of each word, lower-cased, as one number each.
    private var openings: [UInt16] = []

    var isEmpty: Bool { entries.isEmpty }

    /// Whether a word opening with these two bytes can be one of the names' words: most
    /// capitalised words are ruled out before they are hashed.
    @inline(__always) func mayStart(_ first: UInt8, _ second: UInt8) -> Bool {
        openings.contains(Self.opening(first, second))
    }

    @inline(__always) private static func opening(_ first: UInt8, _ second: UInt8) -> UInt16 {
        UInt16(ByteClass.lowercased(first)) << 8 | UInt16(ByteClass.lowercased(second))
    }

    subscript(hash: UInt64) -> (canonical: String, confidence: Double)? {
        guard let entry = entries.first(where: { $0.hash == hash }) else { return nil }
        return (entry.canonical, entry.confidence)
    }

    /// Adds a name word by the hash of its lower-cased bytes and its `bytes` (at least two).
    mutating func add(_ hash: UInt64, opening bytes: some Collection<UInt8>, canonical: String, confidence: Double) {
        entries.append((hash, canonical, confidence))
        let first = bytes.first!, second = bytes.dropFirst().first!
        if !mayStart(first, second) { openings.append(Self.opening(first, second)) }
    }
}



extension Redactor {
    /// Adds the name a letter or e-mail is signed with on the line below its closing (`Kind
    /// regards,` / `Dami Okonkwo-Reid`): one to four capitalised words, particles between
    /// them, that make up the whole of the turn after a turn that is only a closing.
    func addNamesSignedBelowAClosing(_ call: CallText, _ perTurn: inout [[PIICandidate]]) {
        for index in call.turns.indices.dropLast() where Self.isClosingAlone(call.text(ofTurn: index)) {
            let signed = call.text(ofTurn: index + 1)
            let start = Self.speakerPrefixEnd(in: signed)
            guard let end = Self.nameFillingTurn(signed, from: start, maximumWords: 4, allowingParticles: true)?.end else { continue }
            let turnStart = call.turns[index + 1].range.lowerBound
            let canonical = String(decoding: signed[start..<end].map(ByteClass.lowercased), as: UTF8.self)
            let name = PIICandidate(type: .name, range: (turnStart + start)..<(turnStart + end), confidence: 0.85, detector: PersonNameDetector.introductionDetector,
                                    canonicalValue: canonical)
            perTurn[index + 1] = Self.resolveOverlaps(perTurn[index + 1] + [name])
        }
    }

    /// Whether a turn holds nothing but a closing and a comma (`Kind regards,`, `Met
    /// vriendelijke groet,`).
    private static func isClosingAlone(_ turn: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = turn.count
        while end > 0, turn[end - 1] == 0x20 || turn[end - 1] == 0x0D { end -= 1 }
        guard end >= 6, end <= 48, turn[end - 1] == UInt8(ascii: ",") else { return false }
        let start = speakerPrefixEnd(in: turn)
        guard start < end - 1 else { return false }
        return closings.contains(turn[start..<(end - 1)].lazy.map(ByteClass.lowercased))
    }

    private static let closings: WordSet = WordSet([
        "kind regards", "regards", "best regards", "warm regards", "many thanks", "thanks", "thank you", "best wishes", "yours sincerely",
        "yours faithfully", "cheers", "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "vriendelijke groeten",
        "groeten", "groetjes", "hartelijke groet", "hartelijke groeten", "mvg", "met groet",
    ])

    /// Where the name ends that makes up the whole of `turn` from `start`, and its words: up to
    /// `maximumWords` words of letters (dashes and apostrophes inside), each capitalised and no
    /// word that is no name (``PersonNameDetector/notNames``), a full stop allowed after them.
    /// With `allowingParticles`, name particles between them and initials of one letter too
    /// (a signature: `Ingrid van der Spek`, `J Smith`); nil otherwise.
    static func nameFillingTurn(_ turn: UnsafeBufferPointer<UInt8>, from start: Int, maximumWords: Int, allowingParticles: Bool) -> (end: Int, words: [Range<Int>])? {
        var end = turn.count
        while end > start, turn[end - 1] == 0x20 || turn[end - 1] == 0x0D || turn[end - 1] == UInt8(ascii: ".") { end -= 1 }
        guard end - start >= 2, end - start <= 60 else { return nil }
        var words: [Range<Int>] = []
        var capitalised = 0
        var position = start
        while position < end {
            var wordEnd = position
            while wordEnd < end, turn[wordEnd] != 0x20 { wordEnd += 1 }
            let word = turn[position..<wordEnd]
            guard word.allSatisfy({ ByteClass.isASCIILetter($0) || $0 >= 0x80 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") }) else { return nil }
            let lowered = word.lazy.map(ByteClass.lowercased)
            if ByteClass.isUpper(word.first!) || word.first! >= 0xC3 {
                guard word.count >= 2 || allowingParticles, !PersonNameDetector.notNames.contains(lowered) else { return nil }
                capitalised += 1
            } else if !(allowingParticles && PersonNameDetector.particles.contains(lowered)) {
                return nil
            }
            words.append(position..<wordEnd)
            guard words.count <= maximumWords else { return nil }
            position = wordEnd
            while position < end, turn[position] == 0x20 { position += 1 }
        }
        return capitalised > 0 ? (end, words) : nil
    }
}
