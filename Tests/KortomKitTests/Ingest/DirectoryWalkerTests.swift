import Foundation
import KortomTesting
import Testing
@testable import KortomKit

@Suite("Directory walking")
struct DirectoryWalkerTests {
    func walk(_ root: String, excluding: String? = nil) -> [DirectoryWalker.Entry] {
        var walker = DirectoryWalker(root: root, excluding: excluding)
        var entries: [DirectoryWalker.Entry] = []
        while let entry = walker.next() { entries.append(entry) }
        return entries
    }

    func files(_ entries: [DirectoryWalker.Entry]) -> [String] {
        entries.compactMap { if case .file(let path, _) = $0 { path } else { nil } }
    }

    @Test func walksRecursivelyInByteOrderSkippingHiddenEntries() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        for name in ["b.txt", "a.txt", "B.txt", "sub/z.txt", "sub/deeper/y.txt", ".hidden.txt", ".git/config", "sub/.secret"] {
            try folder.write("Agent: x", to: name)
        }
        #expect(files(walk(folder.path)) == ["B.txt", "a.txt", "b.txt", "sub/deeper/y.txt", "sub/z.txt"])
    }

    @Test func leavesOutTheExcludedFolder() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("Agent: x", to: "in.txt")
        try folder.write("# note", to: "out/in.md")
        #expect(files(walk(folder.path, excluding: folder.path + "/out")) == ["in.txt"])
    }

    @Test func keepsExtensionsWhenStemsCollide() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("Agent: x", to: "call.txt")
        try folder.write("{}", to: "call.json")
        try folder.write("Agent: x", to: "other.txt")
        let ids = walk(folder.path).compactMap { if case .file(_, let id) = $0 { id } else { nil } }
        #expect(ids == ["call.json", "call.txt", "other"])
    }

    @Test func reportsBrokenLinksAndDoesNotFollowDirectoryLinks() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("Agent: x", to: "real/a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop", withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/broken.txt", withDestinationPath: folder.path + "/missing.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.txt", withDestinationPath: folder.path + "/real/a.txt")
        let entries = walk(folder.path)
        #expect(files(entries) == ["link.txt", "real/a.txt"])
        #expect(entries.contains { if case .problem("broken.txt", let error) = $0 { error.message.contains("broken symbolic link") } else { false } })
    }

    @Test func validatesTheRoot() throws {
        #expect(throws: KortomError.self) { try DirectoryWalker.validateRoot("/nonexistent/kortom") }
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let file = try folder.write("x", to: "file.txt")
        #expect(throws: KortomError.self) { try DirectoryWalker.validateRoot(file) }
        try DirectoryWalker.validateRoot(folder.path)
    }
}
