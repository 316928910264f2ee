/// The set of transcript parsers a pipeline knows, and the rule that picks one per document.
public struct ParserRegistry: Sendable {
    public private(set) var parsers: [any TranscriptParser]
    /// The language assumed when a call neither declares nor reveals one.
    public var fallbackLanguage: CallLanguage

    /// The parsers Kortom ships, most specific first.
    public static let standard = ParserRegistry(parsers: [JSONTranscriptParser(), PlainTextTranscriptParser()])

    public init(parsers: [any TranscriptParser], fallbackLanguage: CallLanguage = .dutch) {
        self.parsers = parsers
        self.fallbackLanguage = fallbackLanguage
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
            throw KortomError(.unrecognisedFormat, "\(document.origin): not a transcript in a known format (no `SPEAKER: text` lines, not Kortom JSON)")
        }
        var parsed = try chosen.parse(document)
        parsed.turns.removeAll { $0.text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }
        guard !parsed.turns.isEmpty else {
            throw KortomError(.noTurns, "\(document.origin): the \(chosen.name) transcript holds no turn with text")
        }
        for index in parsed.turns.indices { parsed.turns[index].index = index }
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
