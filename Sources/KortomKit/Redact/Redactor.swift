/// Runs a set of detectors over a call and replaces what they find, as its ``RedactionPolicy`` says.
///
/// Overlapping candidates are resolved by one rule: the longer span wins; on equal length the
/// higher confidence wins; then the type listed first in ``PIIType`` wins. A loser of the
/// winner's type, other than a name, that reaches past it widens the winner to both. Placeholders are
/// numbered per type in order of first appearance, and the same value (compared in its
/// canonical form) gets the same placeholder everywhere in the call. Beyond what each turn
/// holds on its own, the redactor reads the call as a conversation: an answer to a question
/// that asks for a value (``Redactor/addAnswers(_:_:)``), a value read out over two turns, and
/// later mentions of a name found once.
public struct Redactor: RedactionStage {
    public let detectors: [any PIIDetector]
    public let policy: RedactionPolicy
    /// Allow-listed values as type and hash of their canonical form.
    private var allowed: [(type: PIIType, hash: UInt64)] = []
    /// The types this redactor's detectors find that a question can ask for, so that answers
    /// are read only for those.
    let answerableTypes: Set<PIIType>
    /// Each detector's ``PIIDetector/lineRequirement``, read once, as masks of raw signals:
    /// ``RequirementMasks/width`` per detector (see ``RequirementMasks``).
    private let requirementMasks: RequirementMasks
    /// For each type, the detectors (a bit per index into ``detectors``) that can find it, so
    /// that a second look for one type runs only those.
    private let detectorsFinding: [PIIType: UInt64]

    /// The detector names a pipeline can list, and what each finds.
    public static let availableDetectors: [String: String] = [
        "bsn": "BSN (9 digits, elfproef; 8 digits after a BSN cue), also spoken digit by digit",
        "phone": "Dutch and international phone numbers, also spoken digit by digit; not 0800/0900/14 service numbers",
        "iban": "IBAN of any country (mod-97)",
        "email": "e-mail addresses",
        "postcode": "Dutch postcode with house number",
        "name": "person names: after a cue, from lists of first names and surnames, answers to a question for a name, words spelled out letter by letter (O-L-U-W-A-S-E-U-N), and the name a chat message or e-mail is signed with (TY - Robyn)",
        "address": "street addresses with a house number (Kerkstraat 24 bis, 10 Downing Street)",
        "dob": "dates of birth, written or said in words (zeventien juli negentienhonderd achtenvijftig): a date after a cue (geboren, date of birth) or with a year at least 14 years back; ages (67 jaar oud, aged 67)",
        "plate": "Dutch licence plates (all sidecodes; without dashes only after a cue)",
        "card": "payment card numbers (Luhn)",
        "network": "IP addresses and URLs that carry personal data",
        "identifier": "passport, ID-card, driving licence and KvK numbers after a cue; Dutch VAT numbers",
    ]

    public static let standard = Redactor(policy: .standard)

    /// A redactor with `detectors` and the default policy for everything else.
    public init(detectors: [any PIIDetector]) {
        self.detectors = detectors
        self.policy = RedactionPolicy(detectors: detectors.map(\.name))
        self.answerableTypes = Self.typesFound(by: detectors)
        self.requirementMasks = RequirementMasks(detectors.map(\.lineRequirement))
        self.detectorsFinding = Self.detectorIndices(byType: detectors)
    }

    /// A redactor with the detectors named (see ``availableDetectors``); unknown names are ignored,
    /// since pipeline validation reports them.
    public init(detectorNames: [String]) {
        self.init(policy: RedactionPolicy(detectors: detectorNames))
    }

    public init(policy: RedactionPolicy) {
        self.policy = policy
        self.detectors = Self.makeDetectors(policy.detectors)
        self.answerableTypes = Self.typesFound(by: detectors)
        self.requirementMasks = RequirementMasks(detectors.map(\.lineRequirement))
        self.detectorsFinding = Self.detectorIndices(byType: detectors)
        for (type, entries) in policy.allowList {
            for entry in entries {
                for hash in allowListHashes(type, entry) { allowed.append((type, hash)) }
            }
        }
    }

    /// The canonical-form hashes of the values of `type` that `entry` holds; empty when the
    /// detectors do not see a value of that type in it, so the entry cannot match anything.
    public func allowListHashes(_ type: PIIType, _ entry: String) -> [UInt64] {
        candidates(in: entry).filter { $0.type == type }.map { StableHash.fnv1a64($0.canonicalValue.utf8) }
    }

    private static func makeDetectors(_ detectorNames: [String]) -> [any PIIDetector] {
        let names = Set(detectorNames)
        var detectors: [any PIIDetector] = []
        if names.contains("bsn") || names.contains("phone") {
            detectors.append(NumberDetector(findsBSN: names.contains("bsn"), findsPhone: names.contains("phone")))
        }
        if names.contains("bsn") || names.contains("phone") || names.contains("card") {
            detectors.append(SpokenNumberDetector(findsBSN: names.contains("bsn"), findsPhone: names.contains("phone"), findsCard: names.contains("card")))
        }
        if names.contains("iban") { detectors.append(IBANDetector()) }
        if names.contains("email") {
            detectors.append(EmailDetector())
            detectors.append(SpokenEmailDetector())
        }
        if names.contains("postcode") { detectors.append(PostcodeDetector()) }
        if names.contains("address") { detectors.append(StreetAddressDetector()) }
        if names.contains("name") {
            detectors.append(PersonNameDetector())
            detectors.append(NameListDetector())
            detectors.append(SpelledWordDetector())
            detectors.append(SignOffDetector())
        }
        if names.contains("dob") {
            detectors.append(DateOfBirthDetector())
            detectors.append(SpokenDateOfBirthDetector())
            detectors.append(AgeDetector())
        }
        if names.contains("plate") { detectors.append(LicencePlateDetector()) }
        if names.contains("card") { detectors.append(PaymentCardDetector()) }
        if names.contains("network") { detectors.append(NetworkAddressDetector()) }
        if names.contains("identifier") { detectors.append(IdentifierCueDetector()) }
        return detectors
    }

    public func redact(_ transcript: Transcript) -> RedactedTranscript {
        var redacted = transcript
        Self.neutraliseSpeakerLabels(&redacted.turns, keepingAgents: !policy.redactsAgentNames)
        var placeholders = PlaceholderBook()
        var findings: [PIIFinding] = []
        var texts = transcript.turns.map(\.text)
        CallText.withTurns(of: transcript) { call in
            let perTurn = values(in: call)
            for (index, candidates) in perTurn.enumerated() where !candidates.isEmpty {
                let turn = call.turns[index].range
                var output: [UInt8] = []
                output.reserveCapacity(turn.count + 16 * candidates.count)
                write(call.bytes, turn, replacing: candidates, placeholders: &placeholders, to: &output) { candidate, placeholder, action in
                    let range = (candidate.range.lowerBound - turn.lowerBound)..<(candidate.range.upperBound - turn.lowerBound)
                    findings.append(PIIFinding(type: candidate.type, turnIndex: transcript.turns[index].index, range: range, detector: candidate.detector, confidence: candidate.confidence, placeholder: placeholder, action: action))
                }
                texts[index] = String(decoding: output, as: UTF8.self)
            }
        }
        return RedactedTranscript(redacting: redacted, texts: texts, findings: findings)
    }

    public func redactOutput(_ text: String) -> (text: String, replaced: [PIIType]) {
        var found = candidates(in: text)
        found.removeAll { isAllowed($0) || policy.action(for: $0.type) == .keep }
        guard !found.isEmpty else { return (text, []) }
        var placeholders = PlaceholderBook(prefix: "REDACTED-")
        var text = text
        let output = text.withUTF8 { bytes in
            var output: [UInt8] = []
            write(bytes, 0..<bytes.count, replacing: found, placeholders: &placeholders, to: &output) { _, _, _ in }
            return output
        }
        return (String(decoding: output, as: UTF8.self), found.map(\.type))
    }

    private func isAllowed(_ candidate: PIICandidate) -> Bool {
        let hash = StableHash.fnv1a64(candidate.canonicalValue.utf8)
        return allowed.contains { $0.type == candidate.type && $0.hash == hash }
    }

    /// Appends `bytes[range]` to `output` with each of `candidates` (in order, within `range`)
    /// replaced as the policy says, and tells `replaced` the placeholder and action of each.
    func write(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, replacing candidates: [PIICandidate], placeholders: inout PlaceholderBook, to output: inout [UInt8], replaced: (PIICandidate, String, RedactionPolicy.Action) -> Void) {
        var cursor = range.lowerBound
        for candidate in candidates {
            let placeholder = placeholders.placeholder(for: candidate.type, canonicalValue: candidate.canonicalValue)
            let action = policy.action(for: candidate.type)
            output.append(contentsOf: bytes[cursor..<candidate.range.lowerBound])
            Self.append(action, placeholder: placeholder, value: bytes[candidate.range], to: &output)
            cursor = candidate.range.upperBound
            replaced(candidate, placeholder, action)
        }
        output.append(contentsOf: bytes[cursor..<range.upperBound])
    }

    static func append(_ action: RedactionPolicy.Action, placeholder: String, value: some Collection<UInt8>, to output: inout [UInt8]) {
        switch action {
        case .placeholder:
            output.append(contentsOf: placeholder.utf8)
        case .keep:
            output.append(contentsOf: value)
        case .mask:
            for byte in value {
                if ByteClass.isDigit(byte) || ByteClass.isUpper(byte) || ByteClass.isLower(byte) || byte >= 0xC0 {
                    output.append(UInt8(ascii: "*"))
                } else if byte < 0x80 {
                    output.append(byte)
                }
            }
        }
    }

    /// The values to replace in each turn of `call`, non-overlapping and in order, with ranges
    /// into ``CallText/bytes``: what the detectors find, then what the call as a conversation
    /// adds (answers to questions, values read out over two turns, later mentions of names),
    /// without the agents' names when the policy keeps those, and without allow-listed values.
    ///
    /// The call is scanned once (``LineScanner``), which tells each detector which lines to
    /// read, which turns ask a question, and where the capitalised words are. A call with
    /// filler words is read again without them (``FillerFreeCall``).
    func values(in call: CallText) -> [[PIICandidate]] {
        var found: [PIICandidate] = []
        found.reserveCapacity(call.turns.count)
        var capitalised: [Int] = []
        capitalised.reserveCapacity(call.bytes.count / 16)
        let lines = LineScanner.scan(call.bytes, capitalisedWordStarts: &capitalised)
        // Speech-to-text writes fillers inside values (`374, eh, 694 059`): such a call is read
        // without them, and what is found there mapped back onto the call.
        if lines.contains(where: { $0.signals.contains(.filler) }), let fluent = FillerFreeCall(removingFillersFrom: call) {
            return values(in: fluent)
        }
        detect(in: call.bytes, lines: lines, into: &found)
        if !found.isEmpty {
            let placeholders = Self.placeholderRanges(in: call.bytes, lines: lines)
            if !placeholders.isEmpty { found.removeAll { candidate in placeholders.contains { $0.overlaps(candidate.range) } } }
        }
        var perTurn = [[PIICandidate]](repeating: [], count: call.turns.count)
        var turn = 0
        for candidate in Self.resolveOverlaps(found) {
            while turn < call.turns.count, call.turns[turn].range.upperBound < candidate.range.lowerBound { turn += 1 }
            // A candidate that runs on into the next turn is no value of either.
            guard turn < call.turns.count, candidate.range.upperBound <= call.turns[turn].range.upperBound else { continue }
            perTurn[turn].append(candidate)
        }
        if call.turns.count > 1 {
            addAnswers(call, lines: lines, &perTurn)
            addNamesSignedBelowAClosing(call, &perTurn)
            addValuesContinuedInTheNextTurn(call, &perTurn)
        }
        let agentNameWords = policy.redactsAgentNames ? [] : removeAgentNames(call, &perTurn)
        let lowercaseLines = lines.filter { !$0.range.isEmpty && $0.signals.contains(.lowercase) }.map(\.range)
        addLaterNameMentions(call, &perTurn, capitalisedWords: capitalised, lowercaseLines: lowercaseLines, excluding: agentNameWords)
        addRepeatedAddresses(call, &perTurn, capitalisedWords: capitalised)
        addRepeatedHouseNumbers(call, &perTurn)
        addEmailLocalParts(call, &perTurn, lowercaseLines: lowercaseLines)
        Self.keepPersonalRoleMailboxes(&perTurn)
        if !allowed.isEmpty {
            for index in perTurn.indices { perTurn[index].removeAll(where: isAllowed) }
        }
        return perTurn
    }

    /// ``values(in:)`` of a call read without its fillers, with ranges into the call as it was.
    @inline(never)
    private func values(in fluent: FillerFreeCall) -> [[PIICandidate]] {
        var perTurn = fluent.withCallText { values(in: $0) }
        for turn in perTurn.indices {
            for index in perTurn[turn].indices { perTurn[turn][index].range = fluent.originalRange(perTurn[turn][index].range) }
        }
        return perTurn
    }

    /// The types among ``detectorsByType`` that one of `detectors` finds.
    private static func typesFound(by detectors: [any PIIDetector]) -> Set<PIIType> {
        let names = Set(detectors.map(\.name))
        return Set(detectorsByType.filter { !$0.value.isDisjoint(with: names) }.keys)
    }

    /// For each type in ``detectorsByType``, the indices of `detectors` that find it, as bits.
    private static func detectorIndices(byType detectors: [any PIIDetector]) -> [PIIType: UInt64] {
        precondition(detectors.count <= 64, "at most 64 detectors")
        var indices: [PIIType: UInt64] = [:]
        for (type, names) in detectorsByType {
            for (index, detector) in detectors.enumerated() where names.contains(detector.name) { indices[type, default: 0] |= 1 << UInt64(index) }
        }
        return indices
    }

    /// The detectors that can find values of `type`, by their names.
    private static let detectorsByType: [PIIType: Set<String>] = [
        .name: ["name-cue"], .dateOfBirth: ["dob", "spoken-dob"], .age: ["age"], .bsn: ["number", "spoken"], .licencePlate: ["plate"],
        .documentNumber: ["identifier"], .address: ["address"], .phone: ["number", "spoken"], .iban: ["iban"],
        .paymentCard: ["card", "spoken"], .postcode: ["postcode"], .email: ["email", "spoken-email"],
    ]

    /// The non-overlapping candidates in `text`, in order. Placeholders already in the text
    /// (`[IBAN-1]`) are never taken for values.
    ///
    /// - Parameters:
    ///   - text: the text to read.
    ///   - types: when given, only the detectors that find values of these types run.
    func candidates(in text: String, detectorsFor types: [PIIType]? = nil) -> [PIICandidate] {
        var text = text
        var found: [PIICandidate] = []
        var placeholders: [Range<Int>] = []
        let wanted = types.map { types in types.reduce(UInt64(0)) { $0 | (detectorsFinding[$1] ?? 0) } }
        text.withUTF8 { buffer in
            detect(in: buffer, onlyDetectors: wanted, into: &found)
            if !found.isEmpty { placeholders = Self.placeholderRanges(in: buffer) }
        }
        if !placeholders.isEmpty {
            found.removeAll { candidate in placeholders.contains { $0.overlaps(candidate.range) } }
        }
        found.removeAll { $0.detector == EmailDetector.roleMailboxDetector }
        return Self.resolveOverlaps(found)
    }

    /// Runs each detector over the lines of `text` whose signals it needs (see
    /// ``LineScanner``), with ranges as offsets into `text`. No detector reads across a line.
    ///
    /// - Parameters:
    ///   - text: the text to read.
    ///   - lines: the lines of `text` as ``LineScanner`` reads them; scanned here when not given.
    ///   - only: when given, only the detectors whose bits (by index into ``detectors``) it sets run.
    ///   - found: where the candidates are appended, in no particular order.
    func detect(in text: UnsafeBufferPointer<UInt8>, lines: [ScannedLine]? = nil, onlyDetectors only: UInt64? = nil, into found: inout [PIICandidate]) {
        let lines = lines ?? LineScanner.scan(text)
        // Detectors are read in place: a copy of each existential for every line costs more
        // than most lines take to read.
        detectors.withUnsafeBufferPointer { detectors in
            for index in detectors.indices where only.map({ $0 & (1 << UInt64(index)) != 0 }) != false {
                for line in lines where !line.range.isEmpty && requirementMasks.isMet(detector: index, by: line.signals) {
                    let first = found.count
                    detectors[index].detect(in: UnsafeBufferPointer(rebasing: text[line.range]), into: &found)
                    let offset = line.range.lowerBound
                    guard offset > 0, first < found.count else { continue }
                    for index in first..<found.count {
                        found[index].range = (found[index].range.lowerBound + offset)..<(found[index].range.upperBound + offset)
                    }
                }
            }
        }
    }

    /// How many of the lines of `text` each detector reads, by detector name, and how many
    /// lines there are: what the line scan saves (see ``LineScanner``).
    public func linesRead(in text: String) -> (lines: Int, read: [String: Int]) {
        var text = text
        return text.withUTF8 { buffer in
            let lines = LineScanner.scan(buffer).filter { !$0.range.isEmpty }
            var read: [String: Int] = [:]
            for detector in detectors {
                read[detector.name, default: 0] += lines.filter { detector.mayMatch($0.signals) }.count
            }
            return (lines.count, read)
        }
    }

    /// The ranges of `[TYPE-n]` and `[REDACTED-TYPE-n]` placeholders in `text`.
    ///
    /// - Parameter lines: the lines of `text` as ``LineScanner`` reads them, when known: only
    ///   those with a `[` are read.
    static func placeholderRanges(in text: UnsafeBufferPointer<UInt8>, lines: [ScannedLine]? = nil) -> [Range<Int>] {
        guard let lines else { return placeholderRanges(in: text, from: 0, to: text.count) }
        var ranges: [Range<Int>] = []
        for line in lines where line.signals.contains(.bracket) {
            ranges += placeholderRanges(in: text, from: line.range.lowerBound, to: line.range.upperBound)
        }
        return ranges
    }

    private static func placeholderRanges(in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = start
        while index < end {
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

    /// The candidates that survive the overlap rule (see ``Redactor``), in order.
    ///
    /// Only candidates that overlap, directly or through others, compete; most stand alone,
    /// so the candidates are sorted by start and each run of overlapping ones is ranked apart.
    static func resolveOverlaps(_ candidates: [PIICandidate]) -> [PIICandidate] {
        guard candidates.count > 1 else { return candidates }
        let byStart = candidates.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var kept: [PIICandidate] = []
        kept.reserveCapacity(byStart.count)
        var clusterStart = 0
        var clusterEnd = byStart[0].range.upperBound
        for index in 1...byStart.count {
            if index < byStart.count, byStart[index].range.lowerBound < clusterEnd {
                clusterEnd = max(clusterEnd, byStart[index].range.upperBound)
                continue
            }
            if index - clusterStart == 1 {
                kept.append(byStart[clusterStart])
            } else {
                kept += resolveCluster(byStart[clusterStart..<index])
            }
            if index < byStart.count {
                clusterStart = index
                clusterEnd = byStart[index].range.upperBound
            }
        }
        return kept
    }

    /// Whether `lhs` wins over `rhs` where they overlap: the longer span, then the higher
    /// confidence, then the type listed first in ``PIIType``, then the earlier start.
    static func outranks(_ lhs: PIICandidate, _ rhs: PIICandidate) -> Bool {
        if lhs.range.count != rhs.range.count { return lhs.range.count > rhs.range.count }
        if lhs.confidence != rhs.confidence { return lhs.confidence > rhs.confidence }
        if lhs.type != rhs.type { return lhs.type.listOrder < rhs.type.listOrder }
        return lhs.range.lowerBound < rhs.range.lowerBound
    }

    private static func resolveCluster(_ candidates: ArraySlice<PIICandidate>) -> [PIICandidate] {
        let ranked = candidates.sorted(by: outranks)
        var kept: [PIICandidate] = []
        for candidate in ranked {
            guard let overlapped = kept.firstIndex(where: { $0.range.overlaps(candidate.range) }) else {
                kept.append(candidate)
                continue
            }
            // Two readings of one value that each reach past the other (`eerste constantijn
            // huygensstraat` as the answer's address, `huygensstraat vierentachtig` as a street
            // and its number) are one value: the winner takes the loser's part too, so that no
            // word of it is left in the text. Not names: two names side by side are as often two
            // mentions (`van der meulen hylkje van der meulen`), each with its placeholder.
            let winner = kept[overlapped]
            guard winner.type == candidate.type, winner.type != .name,
                  candidate.range.lowerBound < winner.range.lowerBound || candidate.range.upperBound > winner.range.upperBound else { continue }
            let union = min(winner.range.lowerBound, candidate.range.lowerBound)..<max(winner.range.upperBound, candidate.range.upperBound)
            guard !kept.indices.contains(where: { $0 != overlapped && kept[$0].range.overlaps(union) }) else { continue }
            kept[overlapped].range = union
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
