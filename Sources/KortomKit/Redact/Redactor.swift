/// Runs a set of detectors over a call and replaces what they find with placeholders.
///
/// Overlapping candidates are resolved by one rule: the longer span wins; on equal length the
/// higher confidence wins; then the type listed first in ``PIIType`` wins. Placeholders are
/// numbered per type in order of first appearance, and the same value (compared in its
/// canonical form) gets the same placeholder everywhere in the call. A name found after a
/// cue is also replaced wherever its capitalised words appear again in the call.
public struct Redactor: RedactionStage {
    public let detectors: [any PIIDetector]

    /// The detector names a pipeline can list, and what each finds.
    public static let availableDetectors: [String: String] = [
        "bsn": "BSN (9 digits, elfproef)",
        "phone": "Dutch and international phone numbers",
        "iban": "IBAN of any country (mod-97)",
        "email": "e-mail addresses",
        "postcode": "Dutch postcode with house number",
        "name": "person names after a cue (meneer, mevrouw, mijn naam is, my name is, ...)",
        "address": "street addresses with a house number (Kerkstraat 24 bis, 10 Downing Street)",
        "dob": "dates of birth: a date after a cue (geboren, date of birth) or with a year at least 14 years back",
        "plate": "Dutch licence plates (all sidecodes; without dashes only after a cue)",
        "card": "payment card numbers (Luhn)",
        "network": "IP addresses and URLs that carry personal data",
        "identifier": "passport, ID-card, driving licence and KvK numbers after a cue; Dutch VAT numbers",
    ]

    public static let standard = Redactor(detectorNames: ["bsn", "phone", "iban", "email", "postcode", "address", "name", "dob", "plate", "card", "network", "identifier"])

    public init(detectors: [any PIIDetector]) {
        self.detectors = detectors
    }

    /// A redactor with the detectors named (see ``availableDetectors``); unknown names are ignored,
    /// since pipeline validation reports them.
    public init(detectorNames: [String]) {
        let names = Set(detectorNames)
        var detectors: [any PIIDetector] = []
        if names.contains("bsn") || names.contains("phone") {
            detectors.append(NumberDetector(findsBSN: names.contains("bsn"), findsPhone: names.contains("phone")))
        }
        if names.contains("iban") { detectors.append(IBANDetector()) }
        if names.contains("email") { detectors.append(EmailDetector()) }
        if names.contains("postcode") { detectors.append(PostcodeDetector()) }
        if names.contains("address") { detectors.append(StreetAddressDetector()) }
        if names.contains("name") { detectors.append(PersonNameDetector()) }
        if names.contains("dob") { detectors.append(DateOfBirthDetector()) }
        if names.contains("plate") { detectors.append(LicencePlateDetector()) }
        if names.contains("card") { detectors.append(PaymentCardDetector()) }
        if names.contains("network") { detectors.append(NetworkAddressDetector()) }
        if names.contains("identifier") { detectors.append(IdentifierCueDetector()) }
        self.init(detectors: detectors)
    }

    public func redact(_ transcript: Transcript) -> RedactedTranscript {
        var perTurn: [[PIICandidate]] = transcript.turns.map { turn in candidates(in: turn.text) }
        addLaterNameMentions(transcript.turns, &perTurn)
        var transcript = transcript
        Self.neutraliseSpeakerLabels(&transcript.turns)
        var placeholders = PlaceholderBook()
        var findings: [PIIFinding] = []
        var texts: [String] = []
        texts.reserveCapacity(transcript.turns.count)
        for (turn, candidates) in zip(transcript.turns, perTurn) {
            guard !candidates.isEmpty else {
                texts.append(turn.text)
                continue
            }
            var output: [UInt8] = []
            var cursor = 0
            let bytes = Array(turn.text.utf8)
            output.reserveCapacity(bytes.count)
            for candidate in candidates {
                let placeholder = placeholders.placeholder(for: candidate.type, canonicalValue: candidate.canonicalValue)
                output.append(contentsOf: bytes[cursor..<candidate.range.lowerBound])
                output.append(contentsOf: placeholder.utf8)
                cursor = candidate.range.upperBound
                findings.append(PIIFinding(type: candidate.type, turnIndex: turn.index, range: candidate.range, detector: candidate.detector, confidence: candidate.confidence, placeholder: placeholder))
            }
            output.append(contentsOf: bytes[cursor...])
            texts.append(String(decoding: output, as: UTF8.self))
        }
        return RedactedTranscript(redacting: transcript, texts: texts, findings: findings)
    }

    public func redactOutput(_ text: String) -> (text: String, replaced: [PIIType]) {
        let found = candidates(in: text)
        guard !found.isEmpty else { return (text, []) }
        var placeholders = PlaceholderBook(prefix: "REDACTED-")
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var cursor = 0
        for candidate in found {
            output.append(contentsOf: bytes[cursor..<candidate.range.lowerBound])
            output.append(contentsOf: placeholders.placeholder(for: candidate.type, canonicalValue: candidate.canonicalValue).utf8)
            cursor = candidate.range.upperBound
        }
        output.append(contentsOf: bytes[cursor...])
        return (String(decoding: output, as: UTF8.self), found.map(\.type))
    }

    /// The non-overlapping candidates in `text`, in order. Placeholders already in the text
    /// (`[IBAN-1]`) are never taken for values.
    func candidates(in text: String) -> [PIICandidate] {
        var text = text
        var found: [PIICandidate] = []
        var placeholders: [Range<Int>] = []
        text.withUTF8 { buffer in
            let profile = TextProfile(buffer)
            for detector in detectors where detector.mayMatch(profile) { detector.detect(in: buffer, into: &found) }
            if !found.isEmpty { placeholders = Self.placeholderRanges(in: buffer) }
        }
        if !placeholders.isEmpty {
            found.removeAll { candidate in placeholders.contains { $0.overlaps(candidate.range) } }
        }
        return Self.resolveOverlaps(found)
    }

    /// The ranges of `[TYPE-n]` and `[REDACTED-TYPE-n]` placeholders in `text`.
    static func placeholderRanges(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < text.count {
            guard text[index] == UInt8(ascii: "[") else { index += 1; continue }
            var probe = index + 1
            while probe < text.count, ByteClass.isUpper(text[probe]) || text[probe] == UInt8(ascii: "-") || ByteClass.isDigit(text[probe]) { probe += 1 }
            if probe < text.count, text[probe] == UInt8(ascii: "]"), probe > index + 3, ByteClass.isDigit(text[probe - 1]) {
                ranges.append(index..<(probe + 1))
                index = probe + 1
            } else {
                index += 1
            }
        }
        return ranges
    }

    private static let typeOrder = Dictionary(uniqueKeysWithValues: PIIType.allCases.enumerated().map { ($1, $0) })

    static func resolveOverlaps(_ candidates: [PIICandidate]) -> [PIICandidate] {
        guard candidates.count > 1 else { return candidates }
        let typeOrder = Self.typeOrder
        let ranked = candidates.sorted { lhs, rhs in
            if lhs.range.count != rhs.range.count { return lhs.range.count > rhs.range.count }
            if lhs.confidence != rhs.confidence { return lhs.confidence > rhs.confidence }
            if typeOrder[lhs.type]! != typeOrder[rhs.type]! { return typeOrder[lhs.type]! < typeOrder[rhs.type]! }
            return lhs.range.lowerBound < rhs.range.lowerBound
        }
        var kept: [PIICandidate] = []
        for candidate in ranked where !kept.contains(where: { $0.range.overlaps(candidate.range) }) {
            kept.append(candidate)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Speaker labels that are not role words are often names (`Henk Oosterhuis:`); they
    /// become `Speaker-1`, `Speaker-2`, ... in order of appearance.
    static func neutraliseSpeakerLabels(_ turns: inout [Turn]) {
        // Calls have a handful of speakers: a short list beats a dictionary here.
        var decided: [(label: String, replacement: String?)] = []
        var count = 0
        for index in turns.indices {
            let label = turns[index].speaker.label
            let replacement: String?
            if let known = decided.first(where: { $0.label == label }) {
                replacement = known.replacement
            } else {
                if isPersonalLabel(label) {
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
        RoleVocabulary.role(forLabel: label) == nil || label.utf8.contains(UInt8(ascii: "("))
    }

    /// Replaces later bare mentions (`Jansen`) of names found after a cue (`meneer Jansen`)
    /// or used as a speaker label (`Henk Oosterhuis:`).
    private func addLaterNameMentions(_ turns: [Turn], _ perTurn: inout [[PIICandidate]]) {
        // A call names a handful of people: a list of word hashes beats a dictionary here.
        var nameWords = NameWordList()
        var labels: [String] = []
        for turn in turns where !labels.contains(turn.speaker.label) {
            labels.append(turn.speaker.label)
            guard Self.isPersonalLabel(turn.speaker.label) else { continue }
            for word in turn.speaker.label.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }) where word.utf8.count >= 3 {
                let bytes = Array(word.utf8)
                let key = StableHash.fnv1a64(bytes.map(ByteClass.lowercased))
                guard PersonNameDetector.isCapitalised(bytes), RoleVocabulary.role(forLabel: String(word)) == nil, nameWords[key] == nil else { continue }
                nameWords.add(key, canonical: turn.speaker.label.lowercased(), confidence: 0.8)
            }
        }
        for candidates in perTurn {
            for candidate in candidates where candidate.type == .name {
                for word in candidate.canonicalValue.split(separator: " ") where word.utf8.count >= 3 {
                    let bytes = Array(word.utf8)
                    let key = StableHash.fnv1a64(bytes)
                    if !PersonNameDetector.particles.contains(bytes), nameWords[key] == nil {
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
                    WordTokenizer.forEachWord(in: buffer, from: position) { word = $0; return false }
                    guard let word, word.range.lowerBound == position, word.range.count >= 3 else { continue }
                    if let known = nameWords[WordTokenizer.foldedHash(buffer, word.range)], PersonNameDetector.isCapitalised(Array(UnsafeBufferPointer(rebasing: buffer[word.range]))) {
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

/// Hands out `[TYPE-n]` placeholders, the same one for the same value.
///
/// Values are remembered by a hash of their canonical form, never by the value itself.
struct PlaceholderBook {
    private var assigned: [(type: PIIType, hash: UInt64, placeholder: String)] = []
    private let prefix: String

    init(prefix: String = "") {
        self.prefix = prefix
    }

    mutating func placeholder(for type: PIIType, canonicalValue: String) -> String {
        // A call holds a handful of values, so a list is the cheapest table.
        let hash = StableHash.fnv1a64(canonicalValue.utf8)
        if let existing = assigned.first(where: { $0.type == type && $0.hash == hash }) { return existing.placeholder }
        let number = assigned.count { $0.type == type } + 1
        let placeholder = "[" + prefix + type.rawValue + "-" + String(number) + "]"
        assigned.append((type, hash, placeholder))
        return placeholder
    }
}
