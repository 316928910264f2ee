/// Checks that what a model wrote rests on the call: every placeholder and every number
/// (amounts, dates, reference numbers) in its text must occur in the redacted transcript.
///
/// Numbers are compared by their digits, so `€ 45,50` in a summary is supported by `45,50 euro`
/// in the call, and `1 maart` by `1 maart`; a number the call never mentions is not.
struct FaithfulnessCheck {
    private var placeholders: Set<String> = []
    private var digitRuns: Set<String> = []

    init(transcript: RedactedTranscript) {
        for turn in transcript.transcript.turns {
            Self.forEachToken(in: turn.text) { token, isPlaceholder in
                if isPlaceholder { placeholders.insert(token) } else { digitRuns.insert(token) }
            }
        }
    }

    /// The placeholders and numbers in `text` that the call does not contain.
    func unsupported(in text: String) -> [String] {
        var missing: [String] = []
        Self.forEachToken(in: text) { token, isPlaceholder in
            if isPlaceholder ? !placeholders.contains(token) : !digitRuns.contains(token) { missing.append(token) }
        }
        return missing
    }

    /// Each `[TYPE-n]` placeholder, and each run of digits with its grouping marks removed
    /// (`1.234,56` is `123456`), in `text`.
    private static func forEachToken(in text: String, _ body: (String, Bool) -> Void) {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "["), let close = bytes[index...].prefix(40).firstIndex(of: UInt8(ascii: "]")),
               close > index + 3, bytes[(index + 1)..<close].allSatisfy({ ByteClass.isUpper($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: "-") }) {
                body(String(decoding: bytes[index...close], as: UTF8.self), true)
                index = close + 1
                continue
            }
            guard ByteClass.isDigit(byte) else { index += 1; continue }
            var digits: [UInt8] = []
            while index < bytes.count {
                if ByteClass.isDigit(bytes[index]) { digits.append(bytes[index]); index += 1; continue }
                // Grouping marks inside a number: `1.234,56`, `2026-0042`, `12 345`.
                if [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ":")].contains(bytes[index]),
                   index + 1 < bytes.count, ByteClass.isDigit(bytes[index + 1]) { index += 1; continue }
                break
            }
            // A single digit (`1 maart`, `3 werkdagen`) is too common to check.
            if digits.count >= 2 { body(String(decoding: digits, as: UTF8.self), false) }
        }
    }
}
