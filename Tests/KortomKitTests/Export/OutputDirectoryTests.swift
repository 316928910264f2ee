import Foundation
import KortomTesting
import Testing
@testable import KortomKit

@Suite("Output folder")
struct OutputDirectoryTests {
    @Test func writesFilesWholeAndLeavesNoTemporaryFiles() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let output = try OutputDirectory(path: folder.path + "/a/b/out")
        try output.write(Array("one".utf8), to: "x.md")
        try output.write(Array("two".utf8), to: "x.md")
        #expect(try folder.read("a/b/out/x.md") == "two")
        #expect(try folder.list("a/b/out") == ["x.md"])
    }

    @Test func discardingKeepsThePreviousVersion() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let output = try OutputDirectory(path: folder.path)
        try output.write(Array("previous".utf8), to: "summaries.jsonl")
        let file = try OutputFile(directory: output, name: "summaries.jsonl")
        try file.append(Array("partial".utf8))
        file.discard()
        #expect(try folder.read("summaries.jsonl") == "previous")
        #expect(try folder.list() == ["summaries.jsonl"])
    }

    @Test func refusesAFileWhereTheFolderShouldBe() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let file = try folder.write("x", to: "occupied")
        #expect(throws: KortomError.self) { try OutputDirectory(path: file) }
    }
}
