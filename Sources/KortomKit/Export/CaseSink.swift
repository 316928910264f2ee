/// Where results go: files, and later a CRM.
///
/// The pipeline hands every result to every sink, one at a time and in input order, then
/// calls ``finish()`` once, or ``abort()`` if the run fails or is cancelled.
public protocol CaseSink: Sendable {
    func accept(_ result: CallResult) async throws(KortomError)
    /// Makes the run's output final (renames files into place, flushes a batch).
    func finish() async throws(KortomError)
    /// Drops unfinished output, leaving what a previous run wrote untouched.
    func abort() async
}
