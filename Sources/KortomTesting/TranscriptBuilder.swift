import KortomKit

/// Builds transcripts for tests from `ROLE: text` pairs.
public enum TranscriptBuilder {
    /// A transcript with one turn per `(role, text)` pair.
    public static func transcript(_ turns: [(SpeakerRole, String)], language: CallLanguage = .dutch, callID: String = "test-call") -> Transcript {
        Transcript(
            callID: callID,
            source: TranscriptOrigin(path: "\(callID).txt"),
            language: language,
            turns: turns.enumerated().map { index, turn in
                Turn(index: index, speaker: Speaker(role: turn.0, label: turn.0.rawValue, roleSource: .explicit), text: turn.1)
            },
            format: "test"
        )
    }

    /// A single-turn transcript.
    public static func text(_ text: String, role: SpeakerRole = .customer) -> Transcript {
        transcript([(role, text)])
    }
}
