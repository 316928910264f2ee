/// Writes one JSON line per result into a file that replaces the previous run's file only
/// when the run finishes, so a re-run never duplicates lines and a failed run leaves the
/// last good file in place.
public actor JSONLinesSink: CaseSink {
    public nonisolated let fileName: String
    private let file: OutputFile
    private let encode: @Sendable (CallResult) -> [UInt8]?

    /// - Parameters:
    ///   - directory: the output folder.
    ///   - fileName: the file's name in it, for example `summaries.jsonl`.
    ///   - encode: the line for a result, or nil to skip the result.
    public init(directory: OutputDirectory, fileName: String, encode: @escaping @Sendable (CallResult) -> [UInt8]?) throws(KortomError) {
        self.fileName = fileName
        self.file = try OutputFile(directory: directory, name: fileName)
        self.encode = encode
    }

    /// `summaries.jsonl`: one ``SummaryRecord`` per summarised call.
    public static func summaries(in directory: OutputDirectory, fileName: String = "summaries.jsonl") throws(KortomError) -> JSONLinesSink {
        try JSONLinesSink(directory: directory, fileName: fileName) { result in
            guard case .summarised(let summary) = result else { return nil }
            return SummaryRecord.json(summary)
        }
    }

    /// `dead-letter.jsonl`: one ``DeadLetterRecord`` per failed input.
    public static func deadLetters(in directory: OutputDirectory, fileName: String = "dead-letter.jsonl") throws(KortomError) -> JSONLinesSink {
        try JSONLinesSink(directory: directory, fileName: fileName) { result in
            guard case .deadLettered(let letter) = result else { return nil }
            return DeadLetterRecord.json(letter)
        }
    }

    public func accept(_ result: CallResult) async throws(KortomError) {
        guard var line = encode(result) else { return }
        line.append(0x0A)
        try file.append(line)
    }

    public func finish() async throws(KortomError) {
        try file.commit()
    }

    public func abort() async {
        file.discard()
    }
}
