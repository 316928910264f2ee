/// One input a source hands to the pipeline: where it is and the call id it will get.
///
/// The content is not read until a worker picks the input up, so a source never holds more
/// than the inputs in flight.
public struct SourceInput: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        /// A file to read, by absolute path.
        case file(path: String)
        /// Bytes already in memory (standard input, a stream event).
        case bytes([UInt8])
        /// Something the source could not turn into an input; becomes a dead-letter record.
        case failed(KortomError)
    }

    public var callID: String
    public var origin: TranscriptOrigin
    public var content: Content

    public init(callID: String, origin: TranscriptOrigin, content: Content) {
        self.callID = callID
        self.origin = origin
        self.content = content
    }
}

/// Where calls come from: a directory, standard input, and later live streams.
///
/// A source is pulled one input at a time, which is how the pipeline applies back-pressure.
public protocol TranscriptSource: Sendable {
    associatedtype Inputs: AsyncSequence<SourceInput, any Error>
    func inputs() -> Inputs
}
