import KortomKit

/// A sink that keeps every result it is given, and can be told to fail.
public actor RecordingSink: CaseSink {
    public private(set) var results: [CallResult] = []
    public private(set) var finished = false
    public private(set) var aborted = false
    private let failAfter: Int?

    /// - Parameter failAfter: throw `output_failed` when offered result number `failAfter` (0-based).
    public init(failAfter: Int? = nil) {
        self.failAfter = failAfter
    }

    public func accept(_ result: CallResult) async throws(KortomError) {
        if let failAfter, results.count == failAfter {
            throw KortomError(.outputFailed, "recording sink told to fail")
        }
        results.append(result)
    }

    public func finish() async throws(KortomError) { finished = true }
    public func abort() async { aborted = true }

    /// The call ids of the results, in the order they arrived.
    public var callIDs: [String] {
        results.map { result in
            switch result {
            case .summarised(let summary): summary.callID
            case .deadLettered(let letter): letter.callID ?? "?"
            }
        }
    }
}
