#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One transcript read whole from standard input (`kortom batch -`).
public struct StandardInputSource: TranscriptSource {
    public let maximumBytes: Int
    public let callID: String

    /// - Parameters:
    ///   - maximumBytes: inputs larger than this are dead-lettered, not read on.
    ///   - callID: the id of the call; `stdin` unless the caller knows better.
    public init(maximumBytes: Int, callID: String = "stdin") {
        self.maximumBytes = maximumBytes
        self.callID = callID
    }

    public func inputs() -> Inputs { Inputs(source: self) }

    public struct Inputs: AsyncSequence, Sendable {
        let source: StandardInputSource

        public func makeAsyncIterator() -> Iterator { Iterator(source: source) }

        public struct Iterator: AsyncIteratorProtocol {
            let source: StandardInputSource
            var done = false

            public mutating func next() async throws -> SourceInput? {
                guard !done else { return nil }
                done = true
                let origin = TranscriptOrigin(path: "-")
                do {
                    let bytes = try InputReader.readAll(fileDescriptor: STDIN_FILENO, origin: origin, maximumBytes: source.maximumBytes)
                    return SourceInput(callID: source.callID, origin: origin, content: .bytes(bytes))
                } catch {
                    return SourceInput(callID: source.callID, origin: origin, content: .failed(error))
                }
            }
        }
    }
}
