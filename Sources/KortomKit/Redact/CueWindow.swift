/// Cue words that a value must follow closely, looked for in the few bytes before it.
enum CueWindow {
    /// How far before a value its cue may stand: a few words.
    static let width = 48

    /// Whether one of `cues` (lower case) stands in the ``width`` bytes before `position`.
    static func contains(_ cues: [[UInt8]], in text: UnsafeBufferPointer<UInt8>, before position: Int) -> Bool {
        let window = text[max(0, position - width)..<position].map(ByteClass.lowercased)
        return cues.contains { cue in
            guard window.count >= cue.count else { return false }
            return (0...(window.count - cue.count)).contains { offset in window[offset..<(offset + cue.count)].elementsEqual(cue) }
        }
    }
}
