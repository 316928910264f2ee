/// Where results go: files, and later a CRM.
///
/// The pipeline hands every result to every sink, then calls ``finish()`` once, or
/// ``abort()`` if the run fails or is cancelled. Sinks that need input order (a JSONL file)
/// get results one at a time, in order; sinks that do not (one file per call) get them from
/// the workers as soon as each call is done, concurrently.
public protocol CaseSink: Sendable {
    /// Whether results must arrive one at a time and in input order. Defaults to `true`.
    var needsInputOrder: Bool { get }

    func accept(_ result: CallResult) async throws(KortomError)
    /// Makes the run's output final (renames files into place, flushes a batch).
    func finish() async throws(KortomError)
    /// Drops unfinished output, leaving what a previous run wrote untouched.
    func abort() async
}

extension CaseSink {
    public var needsInputOrder: Bool { true }
}
