#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a run writes into. Every file appears whole or not at all: it is written to a
/// hidden temporary file next to its final name and renamed into place.
public struct OutputDirectory: Sendable {
    public let path: String

    /// Opens (and creates, with parents) the output folder.
    ///
    /// - Throws: `output_failed` when the folder cannot be created or written.
    public init(path: String) throws(KortomError) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        try Self.makeDirectories(self.path)
        guard access(self.path, W_OK) == 0 else {
            throw KortomError(.outputFailed, "\(self.path): output folder is not writable")
        }
    }

    private static func makeDirectories(_ path: String) throws(KortomError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw KortomError(.outputFailed, "\(path): exists and is not a folder")
            }
            return
        }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeDirectories(String(path[..<slash]))
        }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw KortomError(.outputFailed, "\(path): cannot create the output folder: \(String(cString: strerror(errno)))")
        }
    }

    /// The path of `name` inside the folder. Names are call ids or fixed file names, never paths.
    func file(_ name: String) -> String {
        precondition(!name.isEmpty && !name.contains("/") && name.utf8.first != UInt8(ascii: "."), "output names are plain file names")
        return path + "/" + name
    }

    /// Writes `bytes` to `name` atomically.
    public func write(_ bytes: [UInt8], to name: String) throws(KortomError) {
        let file = try OutputFile(directory: self, name: name)
        do {
            try file.append(bytes)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }
}

/// A file being written into an ``OutputDirectory``: appended to in a hidden temporary file,
/// then renamed into place by ``commit()`` or removed by ``discard()``.
public final class OutputFile: @unchecked Sendable {
    // Unchecked: a file is owned by one writer at a time (a sink actor or one worker).
    private let finalPath: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let bufferLimit = 1 << 16

    /// Part of temporary names, so two runs into one folder never share a temporary file.
    private static let processID = String(getpid())

    public init(directory: OutputDirectory, name: String) throws(KortomError) {
        finalPath = directory.file(name)
        temporaryPath = directory.path + "/." + name + ".tmp-" + Self.processID
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw KortomError(.outputFailed, "\(finalPath): cannot create: \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        if descriptor >= 0 { discard() }
    }

    public func append(_ bytes: [UInt8]) throws(KortomError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    private func flush() throws(KortomError) {
        var written = 0
        while written < buffer.count {
            let count = buffer.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw KortomError(.outputFailed, "\(finalPath): write failed: \(String(cString: strerror(errno)))")
            }
            written += count
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and renames the file into place.
    public func commit() throws(KortomError) {
        try flush()
        let result = close(descriptor)
        descriptor = -1
        guard result == 0 else {
            unlink(temporaryPath)
            throw KortomError(.outputFailed, "\(finalPath): close failed: \(String(cString: strerror(errno)))")
        }
        guard rename(temporaryPath, finalPath) == 0 else {
            unlink(temporaryPath)
            throw KortomError(.outputFailed, "\(finalPath): rename failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Drops the temporary file; the previous version of the file, if any, stays.
    public func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        unlink(temporaryPath)
    }
}
