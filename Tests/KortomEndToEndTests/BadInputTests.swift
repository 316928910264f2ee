import Foundation
import KortomTesting
import Testing

@Suite("kortom batch with bad inputs")
struct BadInputTests {
    static let expectedCodes: [String: String] = [
        "empty.txt": "empty", "whitespace-only.txt": "empty", "binary.png": "binary_content",
        "invalid-encoding.txt": "invalid_encoding", "prose-not-a-transcript.txt": "unrecognised_format",
        "unknown-shape.json": "unrecognised_format", "truncated.json": "malformed", "wrong-types.json": "malformed",
        "no-text.json": "no_turns", "huge-single-line.txt": "too_large", "fifo.txt": "not_a_regular_file",
        "broken-link.txt": "unreadable",
    ]

    @Test func deadLettersEveryBadInputAndSummarisesTheRest() throws {
        let input = try TemporaryDirectory("kortom-bad")
        let out = try TemporaryDirectory("kortom-bad-out")
        defer { input.remove(); out.remove() }
        let bad = EndToEnd.root + "/Fixtures/bad"
        for name in try FileManager.default.contentsOfDirectory(atPath: bad) where name != "README.md" {
            try FileManager.default.copyItem(atPath: bad + "/" + name, toPath: input.path + "/" + name)
        }
        try FileManager.default.copyItem(atPath: EndToEnd.transcripts + "/nl-03-container-niet-geleegd.txt", toPath: input.path + "/good.txt")
        // 50 MB on one line: over the 8 MiB limit, so it is refused before it is read.
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
        try input.write(Array("Klant: ".utf8) + line, to: "huge-single-line.txt")
        #expect(mkfifo(input.path + "/fifo.txt", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: input.path + "/broken-link.txt", withDestinationPath: input.path + "/missing.txt")

        let result = try KortomExecutable.run(["batch", input.path, "--out", out.path])
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("summarised 1, dead-lettered \(Self.expectedCodes.count)"))
        let letters = try EndToEnd.records(out.path + "/dead-letter.jsonl")
        var codes: [String: String] = [:]
        for letter in letters {
            let source = try #require(letter["source"] as? String)
            codes[source] = letter["code"] as? String
            let reason = try #require(letter["reason"] as? String)
            #expect(reason.contains(source), "the reason must name the file")
            #expect(letter["stage"] as? String != nil)
        }
        #expect(codes == Self.expectedCodes)
        #expect(try EndToEnd.records(out.path + "/summaries.jsonl").count == 1)
    }

    @Test func anUnreadableFileIsDeadLetteredWhenPermissionsApply() throws {
        // Root reads any file, so this only means something for other users.
        guard geteuid() != 0 else { return }
        let input = try TemporaryDirectory("kortom-locked")
        let out = try TemporaryDirectory("kortom-locked-out")
        defer { input.remove(); out.remove() }
        let path = try input.write("Klant: Hallo\nMedewerker: Dag", to: "locked.txt")
        chmod(path, 0)
        let result = try KortomExecutable.run(["batch", input.path, "--out", out.path])
        #expect(result.status == 2)
        #expect(try EndToEnd.records(out.path + "/dead-letter.jsonl").first?["code"] as? String == "unreadable")
    }
}
