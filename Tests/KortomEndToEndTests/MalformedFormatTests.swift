import Foundation
import KortomTesting
import Testing

@Suite("kortom batch over malformed transcripts")
struct MalformedFormatTests {
    @Test func deadLettersEachWithTheFileAndWhatIsWrong() throws {
        let out = try TemporaryDirectory("kortom-malformed")
        defer { out.remove() }
        let malformed = EndToEnd.root + "/Fixtures/formats/malformed"
        let names = try FileManager.default.contentsOfDirectory(atPath: malformed).filter { !$0.hasPrefix(".") }
        let result = try KortomExecutable.run(["batch", malformed, "--out", out.path])
        #expect(result.status == 2)
        let letters = try EndToEnd.records(out.path + "/dead-letter.jsonl")
        #expect(Set(letters.compactMap { $0["source"] as? String }) == Set(names))
        for letter in letters {
            let source = try #require(letter["source"] as? String)
            let reason = try #require(letter["reason"] as? String)
            #expect(reason.hasPrefix(source + ":"), "the reason must start with the file")
            #expect(["malformed", "unrecognised_format"].contains(letter["code"] as? String))
        }
    }
}
