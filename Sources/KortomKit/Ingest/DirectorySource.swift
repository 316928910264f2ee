/// Every file below a directory, in a stable order, as pipeline inputs.
public struct DirectorySource: TranscriptSource {
    public let root: String
    public let excluding: String?

    /// - Parameters:
    ///   - root: the directory to walk.
    ///   - excluding: a directory inside `root` to leave out, typically the output folder.
    public init(root: String, excluding: String? = nil) {
        self.root = root
        self.excluding = excluding
    }

    public func inputs() -> Inputs { Inputs(root: root, excluding: excluding) }

    public struct Inputs: AsyncSequence, Sendable {
        let root: String
        let excluding: String?

        public func makeAsyncIterator() -> Iterator {
            Iterator(walker: DirectoryWalker(root: root, excluding: excluding), root: root)
        }

        public struct Iterator: AsyncIteratorProtocol {
            var walker: DirectoryWalker
            let root: String

            public mutating func next() async throws -> SourceInput? {
                try Task.checkCancellation()
                switch walker.next() {
                case nil:
                    return nil
                case .file(let relativePath, let callID):
                    return SourceInput(callID: callID, origin: TranscriptOrigin(path: relativePath), content: .file(path: root + "/" + relativePath))
                case .problem(let relativePath, let error):
                    return SourceInput(callID: CallIdentifier.forFile(relativePath: relativePath, keepExtension: true), origin: TranscriptOrigin(path: relativePath), content: .failed(error))
                }
            }
        }
    }
}
