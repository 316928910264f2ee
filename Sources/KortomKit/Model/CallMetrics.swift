/// How a call went in time, when the transcript has turn timings: its duration, each role's
/// share of the talking, and the longest silence between turns.
public struct CallMetrics: Sendable, Hashable {
    /// From the first turn's start to the last turn's end, in seconds.
    public var duration: Double
    /// Each role's share of the time anyone spoke, 0...1.
    public var talkShare: [SpeakerRole: Double]
    /// The longest gap between the end of one turn and the start of the next, in seconds.
    public var longestSilence: Double

    public init(duration: Double, talkShare: [SpeakerRole: Double], longestSilence: Double) {
        self.duration = duration
        self.talkShare = talkShare
        self.longestSilence = longestSilence
    }

    /// The metrics of `turns`, or nil when fewer than two turns have both a start and an end.
    public init?(turns: [Turn]) {
        let timed = turns.compactMap { turn -> (start: Double, end: Double, role: SpeakerRole)? in
            guard let start = turn.start, let end = turn.end, end >= start else { return nil }
            return (start, end, turn.speaker.role)
        }.sorted { $0.start < $1.start }
        guard timed.count >= 2, let first = timed.first else { return nil }
        var talk: [SpeakerRole: Double] = [:]
        var latestEnd = first.end
        var silence = 0.0
        for (index, turn) in timed.enumerated() {
            talk[turn.role, default: 0] += turn.end - turn.start
            if index > 0 { silence = max(silence, turn.start - latestEnd) }
            latestEnd = max(latestEnd, turn.end)
        }
        let total = talk.values.reduce(0, +)
        self.init(
            duration: latestEnd - first.start,
            talkShare: total > 0 ? talk.mapValues { ($0 / total * 1000).rounded() / 1000 } : [:],
            longestSilence: silence
        )
    }
}
