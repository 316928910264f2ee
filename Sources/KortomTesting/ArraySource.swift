import KortomKit

/// A source over inputs held in memory, for pipeline tests.
public struct ArraySource: TranscriptSource {
    public let items: [SourceInput]

    public init(_ items: [SourceInput]) {
        self.items = items
    }

    /// One input per text, with call ids `call-0`, `call-1`, ...
    public init(texts: [String]) {
        self.items = texts.enumerated().map { index, text in
            SourceInput(callID: "call-\(index)", origin: TranscriptOrigin(path: "call-\(index).txt"), content: .bytes(Array(text.utf8)))
        }
    }

    public func inputs() -> AsyncSyncSequence<[SourceInput]> { AsyncSyncSequence(base: items) }
}

/// An async sequence over a synchronous one.
public struct AsyncSyncSequence<Base: Sequence & Sendable>: AsyncSequence, Sendable where Base.Element: Sendable {
    public typealias Element = Base.Element
    public let base: Base

    public func makeAsyncIterator() -> Iterator { Iterator(base: base.makeIterator()) }

    public struct Iterator: AsyncIteratorProtocol {
        var base: Base.Iterator
        public mutating func next() async throws -> Element? { base.next() }
    }
}
