/// The set of transcript parsers a pipeline knows, and the rule that picks one per document.
public struct ParserRegistry: Sendable {
    public private(set) var parsers: [any TranscriptParser]
    /// The language assumed when a call neither declares nor reveals one.
    public var fallbackLanguage: CallLanguage
    /// The pipeline's rules for roles.
    public var roleMapping: RoleMapping

    /// The parsers Kortom ships, most specific first.
    public static let standard = ParserRegistry(parsers: [
        WebVTTTranscriptParser(), SRTTranscriptParser(), AmazonTranscribeParser(), AzureSpeechParser(), WhisperParser(),
        JSONLinesTranscriptParser(), JSONTranscriptParser(), PlainTextTranscriptParser(),
    ])

    public init(parsers: [any TranscriptParser], fallbackLanguage: CallLanguage = .dutch, roleMapping: RoleMapping = RoleMapping()) {
        self.parsers = parsers
        self.fallbackLanguage = fallbackLanguage
        self.roleMapping = roleMapping
    }

    /// In a call between exactly two speakers where one has a known agent or customer role,
    /// the other gets the complementary role.
    static func inferTwoPartyRoles(_ turns: inout [Turn]) {
        // A short list: calls have few speakers, and a third one ends the search.
        var speakers: [(label: String, role: SpeakerRole)] = []
        for turn in turns {
            if let index = speakers.firstIndex(where: { $0.label == turn.speaker.label }) {
                if speakers[index].role == .unknown { speakers[index].role = turn.speaker.role }
            } else {
                speakers.append((turn.speaker.label, turn.speaker.role))
                if speakers.count > 2 { return }
            }
        }
        guard speakers.count == 2 else { return }
        let known = speakers.filter { $0.role == .agent || $0.role == .customer }
        guard known.count == 1, let knownRole = known.first?.role,
              let unknownLabel = speakers.first(where: { $0.role == .unknown })?.label else { return }
        let inferred: SpeakerRole = knownRole == .agent ? .customer : .agent
        for index in turns.indices where turns[index].speaker.label == unknownLabel {
            turns[index].speaker.role = inferred
            turns[index].speaker.roleSource = .inferred
        }
    }

    private static let agentGreeting = PhraseMatcher(phrases: [
        "gemeente", "u spreekt met", "waarmee kan ik", "wat kan ik voor u", "klantcontactcentrum", "how can i help",
        "how may i help", "speaking", "contact centre", "council", "you're through to", "you are through to",
    ])
    /// What agents say later in a call: they ask for identification and promise to call back.
    private static let agentConduct = PhraseMatcher(phrases: [
        "mag ik uw", "wat is uw geboortedatum", "wat is uw postcode", "wat is uw burgerservicenummer", "kunt u uw",
        "ik bel u terug", "wij bellen u terug", "u wordt teruggebeld", "ik zet een melding", "ik noteer",
        "can i take your", "can i have your", "could i have your", "what is your date of birth", "what's your postcode",
        "i'll call you back", "we'll call you back", "i've logged", "i have logged",
    ])

    /// In a call between two speakers whose labels say nothing (`SPEAKER_00`), the agent is the
    /// one who opens with the organisation's greeting (that counts double) and who asks for
    /// identification or promises a call-back; the other is the customer.
    static func inferRolesFromTextCues(_ turns: inout [Turn]) {
        guard turns.allSatisfy({ $0.speaker.role == .unknown }) else { return }
        var labels: [String] = []
        for turn in turns where !labels.contains(turn.speaker.label) {
            labels.append(turn.speaker.label)
            if labels.count > 2 { return }
        }
        guard labels.count == 2 else { return }
        func greetings(_ label: String) -> Int {
            let spoken = turns.filter { $0.speaker.label == label }
            let opening = spoken.prefix(2).reduce(0) { $0 + agentGreeting.matches(in: $1.text).count }
            return 2 * opening + spoken.reduce(0) { $0 + agentConduct.matches(in: $1.text).count }
        }
        let first = greetings(labels[0]), second = greetings(labels[1])
        guard first != second else { return }
        let agent = first > second ? labels[0] : labels[1]
        for index in turns.indices {
            turns[index].speaker.role = turns[index].speaker.label == agent ? .agent : .customer
            turns[index].speaker.roleSource = .textCue
        }
    }

    /// Adds a parser; on equal confidence, parsers registered earlier win.
    public mutating func register(_ parser: any TranscriptParser) {
        parsers.append(parser)
    }

    /// Parses a document with the parser surest of its format.
    ///
    /// - Parameters:
    ///   - document: the decoded input.
    ///   - callID: the id the pipeline derived for the input.
    /// - Throws: ``KortomError`` `unrecognised_format`, `malformed` or `no_turns`.
    public func transcript(from document: TranscriptDocument, callID: String) throws(KortomError) -> Transcript {
        var best: (parser: any TranscriptParser, score: Double)?
        for parser in parsers {
            let score = parser.recognise(document)
            if score > 0, score > (best?.score ?? 0) { best = (parser, score) }
        }
        guard let chosen = best?.parser else {
            throw KortomError(.unrecognisedFormat, "\(document.origin): not a transcript in a known format (no `SPEAKER: text` lines; not WebVTT, SRT, Amazon Transcribe, Azure Speech, Whisper or Kortom JSON)")
        }
        var parsed = try chosen.parse(document)
        parsed.turns.removeAll { $0.text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }
        guard !parsed.turns.isEmpty else {
            throw KortomError(.noTurns, "\(document.origin): the \(chosen.name) transcript holds no turn with text")
        }
        for index in parsed.turns.indices { parsed.turns[index].index = index }
        roleMapping.apply(to: &parsed.turns)
        Self.inferRolesFromTextCues(&parsed.turns)
        Self.inferTwoPartyRoles(&parsed.turns)
        var language = parsed.language ?? .unknown
        if language == .unknown { language = LanguageDetector.detect(parsed.turns.lazy.map(\.text)) }
        if language == .unknown { language = fallbackLanguage }
        return Transcript(
            callID: callID,
            externalID: parsed.externalID,
            source: document.origin,
            language: language,
            startedAt: parsed.startedAt,
            channel: parsed.channel,
            turns: parsed.turns,
            metadata: parsed.metadata,
            format: chosen.name
        )
    }
}
