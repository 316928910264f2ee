#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A call as the redactor reads it: the turns' texts in one run of UTF-8 bytes, each ended by
/// a line feed (the last one may end with the bytes), and who speaks each turn.
///
/// Every pass of the ``Redactor`` reads the call through offsets into these bytes, so that a
/// transcript is copied once and a plain text, whose lines are its turns, not at all.
struct CallText {
    /// One turn: where its text is and who speaks it.
    struct TurnSpan {
        /// The turn's text in ``CallText/bytes``, without its line feed.
        var range: Range<Int>
        /// The speaker's label, as an index into ``CallText/labels``.
        var label: Int
        var role: SpeakerRole
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let turns: [TurnSpan]
    /// The distinct speaker labels, in order of first appearance.
    let labels: [String]

    /// Whether turns `first` and `second` are spoken by one speaker: the same label and role.
    func sameSpeaker(_ first: Int, _ second: Int) -> Bool {
        turns[first].label == turns[second].label && turns[first].role == turns[second].role
    }

    /// The text of turn `index`.
    func text(ofTurn index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[turns[index].range])
    }

    /// Calls `body` with the turns of `transcript` laid out as a call text.
    static func withTurns<Result>(of transcript: Transcript, _ body: (CallText) -> Result) -> Result {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(transcript.turns.reduce(0) { $0 + $1.text.utf8.count + 1 })
        var spans: [TurnSpan] = []
        spans.reserveCapacity(transcript.turns.count)
        var labels: [String] = []
        for turn in transcript.turns {
            let start = buffer.count
            buffer.append(contentsOf: turn.text.utf8)
            let label = labels.firstIndex(of: turn.speaker.label) ?? {
                labels.append(turn.speaker.label)
                return labels.count - 1
            }()
            spans.append(TurnSpan(range: start..<buffer.count, label: label, role: turn.speaker.role))
            buffer.append(0x0A)
        }
        return buffer.withUnsafeBufferPointer { body(CallText(bytes: $0, turns: spans, labels: labels)) }
    }

    /// The lines of `text` as turns, each spoken by the speaker written in front of it
    /// (`Klant: ...`, see ``Redactor/speakerLabelRange(in:)``) or, without one, by `text`.
    ///
    /// - Parameter text: the text; its bytes are read in place, not copied.
    init(lines text: UnsafeBufferPointer<UInt8>) {
        var spans: [TurnSpan] = []
        spans.reserveCapacity(text.count / 64)
        var labels = LabelTable()
        var start = 0
        while start <= text.count {
            let end = Self.lineEnd(in: text, from: start)
            let line = UnsafeBufferPointer(rebasing: text[start..<end])
            let label = if let written = Redactor.speakerLabelRange(in: line) { labels.index(of: line[written]) } else { labels.index(of: Self.unlabelled) }
            spans.append(TurnSpan(range: start..<end, label: label, role: labels.roles[label]))
            start = end + 1
        }
        self.bytes = text
        self.turns = spans
        self.labels = labels.names
    }

    /// The speaker of a line without one written in front of it.
    private static let unlabelled = Array("text".utf8)

    /// The speaker labels of a text read line by line, in order of first appearance.
    private struct LabelTable {
        var names: [String] = []
        var roles: [SpeakerRole] = []
        private var bytes: [[UInt8]] = []

        /// The index of the label written as `written`, added when new. A call has a few
        /// speakers: comparing with each known label beats hashing.
        mutating func index(of written: some Collection<UInt8>) -> Int {
            var index = 0
            while index < bytes.count, !bytes[index].elementsEqual(written) { index += 1 }
            if index == bytes.count {
                let name = String(decoding: written, as: UTF8.self)
                names.append(name)
                bytes.append(Array(written))
                roles.append(RoleVocabulary.role(forLabel: name) ?? .unknown)
            }
            return index
        }
    }

    /// Where the line that starts at `start` ends: at the next line feed or the end of `text`.
    private static func lineEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < text.count, let base = text.baseAddress, let found = memchr(base + start, 0x0A, text.count - start) else { return text.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    init(bytes: UnsafeBufferPointer<UInt8>, turns: [TurnSpan], labels: [String]) {
        self.bytes = bytes
        self.turns = turns
        self.labels = labels
    }
}
