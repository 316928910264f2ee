/// Writes `<out>/<call-id>.md`, the note a person reads, for every summarised call.
public struct MarkdownNoteSink: CaseSink {
    public let directory: OutputDirectory

    public init(directory: OutputDirectory) {
        self.directory = directory
    }

    /// Each note is its own file, so notes are written by the workers in parallel.
    public var needsInputOrder: Bool { false }

    public func accept(_ result: CallResult) async throws(KortomError) {
        guard case .summarised(let summary) = result else { return }
        try directory.write(Array(MarkdownNote.render(summary).utf8), to: summary.callID + ".md")
    }

    public func finish() async throws(KortomError) {}
    public func abort() async {}
}
