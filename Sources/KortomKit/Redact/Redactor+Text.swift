extension Redactor {
    /// Redacts a plain text, reading each line as a turn, so that an answer on one line to a
    /// question on the line before is recognised as it is in a call.
    ///
    /// A line that opens with a speaker (`Klant:`, `Agent:`, `SPEAKER_01:`) is that speaker's
    /// turn; the speaker stays part of the line's text.
    ///
    /// - Returns: the redacted text, and the findings with ranges as UTF-8 byte offsets into
    ///   `text` (``PIIFinding/turnIndex`` is the line number, from 0).
    public func redactText(_ text: String) -> (text: String, findings: [PIIFinding]) {
        var turns: [Turn] = []
        var lineStarts: [Int] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineStarts.append(offset)
            offset += line.utf8.count + 1
            let lineText = String(line)
            let label = SpeakerPrefix.split(lineText)?.label ?? "text"
            let role = RoleVocabulary.role(forLabel: label) ?? .unknown
            turns.append(Turn(index: turns.count, speaker: Speaker(role: role, label: label, roleSource: role == .unknown ? .none : .label), text: lineText))
        }
        let transcript = Transcript(callID: "text", source: TranscriptOrigin(path: "text"), turns: turns, format: "text")
        let redacted = redact(transcript)
        let findings = redacted.findings.map { finding in
            var shifted = finding
            let start = lineStarts[finding.turnIndex]
            shifted.range = (finding.range.lowerBound + start)..<(finding.range.upperBound + start)
            return shifted
        }
        return (redacted.transcript.turns.map(\.text).joined(separator: "\n"), findings)
    }
}
