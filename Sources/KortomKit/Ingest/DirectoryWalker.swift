#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a directory tree depth-first in byte order of names, one entry at a time.
///
/// The walker holds the sorted names of the directories on its current path only, never a
/// list of the whole tree, so memory does not grow with the number of files. Hidden entries
/// (names starting with `.`) are skipped, symbolic links to directories are not followed, and
/// a directory given in `excluding` (the output folder, say) is left out.
public struct DirectoryWalker {
    /// What the walk yields.
    public enum Entry: Sendable, Hashable {
        /// A file (or a link to one) with its path below the root.
        case file(relativePath: String, callID: String)
        /// Something that cannot be an input; the pipeline dead-letters it.
        case problem(relativePath: String, error: KortomError)
    }

    private struct Level {
        var path: String
        var relativePrefix: String
        var names: [String]
        var next = 0
        /// Stems that more than one file in this directory shares; those ids keep their extension.
        var sharedStems: Set<Substring>
    }

    private let root: String
    private let excluded: FileIdentity?
    private var stack: [Level] = []
    private var started = false

    /// Creates a walker over `root`.
    ///
    /// - Parameters:
    ///   - root: the directory to walk.
    ///   - excluding: a directory to leave out wherever it appears (compared by device and inode).
    public init(root: String, excluding: String? = nil) {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        self.excluded = excluding.flatMap(FileIdentity.init(path:))
    }

    /// Checks that the root is a readable directory, before any walking starts.
    public static func validateRoot(_ root: String) throws(KortomError) {
        var info = stat()
        guard stat(root, &info) == 0 else {
            throw KortomError(.unreadable, "\(root): \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw KortomError(.unreadable, "\(root): not a directory")
        }
        guard let handle = opendir(root) else {
            throw KortomError(.unreadable, "\(root): \(String(cString: strerror(errno)))")
        }
        closedir(handle)
    }

    /// The next entry in the walk, or nil when the tree is done.
    public mutating func next() -> Entry? {
        if !started {
            started = true
            if let error = push(path: root, relativePrefix: "") {
                return .problem(relativePath: ".", error: error)
            }
        }
        while !stack.isEmpty {
            let top = stack.count - 1
            guard stack[top].next < stack[top].names.count else {
                stack.removeLast()
                continue
            }
            let name = stack[top].names[stack[top].next]
            stack[top].next += 1
            let path = stack[top].path + "/" + name
            let relative = stack[top].relativePrefix + name
            var info = stat()
            guard lstat(path, &info) == 0 else {
                if errno == ENOENT { continue }
                return .problem(relativePath: relative, error: KortomError(.unreadable, "\(relative): \(String(cString: strerror(errno)))"))
            }
            var kind = info.st_mode & S_IFMT
            if kind == S_IFLNK {
                var target = stat()
                // A dangling link is an input that cannot be read: report it rather than drop it.
                guard stat(path, &target) == 0 else {
                    return .problem(relativePath: relative, error: KortomError(.unreadable, "\(relative): broken symbolic link"))
                }
                kind = target.st_mode & S_IFMT
                if kind == S_IFDIR { continue }
            }
            if kind == S_IFDIR {
                if let excluded, excluded == FileIdentity(info) { continue }
                if let error = push(path: path, relativePrefix: relative + "/") {
                    return .problem(relativePath: relative, error: error)
                }
                continue
            }
            let stem = Self.stem(of: name)
            let keepExtension = stack[top].sharedStems.contains(stem)
            return .file(relativePath: relative, callID: CallIdentifier.forFile(relativePath: relative, keepExtension: keepExtension))
        }
        return nil
    }

    private mutating func push(path: String, relativePrefix: String) -> KortomError? {
        guard let handle = opendir(path) else {
            let label = relativePrefix.isEmpty ? path : String(relativePrefix.dropLast())
            return KortomError(.unreadable, "\(label): directory cannot be read: \(String(cString: strerror(errno)))")
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            // Read the name in place: a dirent is only as long as its name, so copying the
            // whole 256-byte `d_name` field could read past the end of the buffer.
            let name = String(cString: UnsafeRawPointer(entry).advanced(by: Self.nameOffset).assumingMemoryBound(to: CChar.self))
            if name.utf8.first == UInt8(ascii: ".") { continue }
            names.append(name)
        }
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var stemCounts: [Substring: Int] = [:]
        for name in names { stemCounts[Self.stem(of: name), default: 0] += 1 }
        let shared = Set(stemCounts.lazy.filter { $0.value > 1 }.map(\.key))
        stack.append(Level(path: path, relativePrefix: relativePrefix, names: names, sharedStems: shared))
        return nil
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    private static func stem(of name: String) -> Substring {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return Substring(name) }
        return name[..<dot]
    }
}

/// A file's device and inode: what makes two paths the same file.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }
}
