import Foundation
import KortomTesting
import Testing

@Suite("Call ids never escape the output folder")
struct PathSafetyTests {
    @Test func hostileNamesStayInside() throws {
        let sandbox = try TemporaryDirectory("kortom-paths")
        defer { sandbox.remove() }
        let transcript = "Klant: Ik wil mijn adres wijzigen.\nMedewerker: Dat regel ik voor u."
        let names = ["a b.txt", "é ü.txt", "line\nbreak.txt", "..txt", "...", "a__b.txt", "a/b.txt", "deep/../../x.txt", "-rf.txt", "con\u{1}trol.txt"]
        for name in names where !name.contains("..") {
            try sandbox.write(transcript, to: "in/" + name)
        }
        try sandbox.write("{\"call_id\": \"../../escaped\", \"turns\": [{\"role\": \"customer\", \"text\": \"Ik wil verhuizen.\"}]}", to: "in/declared.json")
        let before = try sandbox.list()
        let result = try KortomExecutable.run(["batch", sandbox.path + "/in", "--out", sandbox.path + "/out"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try sandbox.list() == (before + ["out"]).sorted())
        let written = try sandbox.list("out")
        let notes = written.filter { $0.hasSuffix(".md") }
        #expect(notes.count == names.filter { !$0.contains("..") }.count + 1)
        #expect(Set(notes).count == notes.count, "two inputs shared a note")
        for note in notes {
            #expect(!note.hasPrefix("."))
            #expect(note.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 })
        }
        let records = try EndToEnd.records(sandbox.path + "/out/summaries.jsonl")
        #expect(records.contains { $0["external_id"] as? String == "../../escaped" })
    }

    @Test func theOutputFolderInsideTheInputIsNotReadBack() throws {
        let sandbox = try TemporaryDirectory("kortom-nested")
        defer { sandbox.remove() }
        try sandbox.write("Klant: Ik wil een parkeervergunning.\nMedewerker: Dat kan.", to: "call.txt")
        let first = try KortomExecutable.run(["batch", sandbox.path, "--out", sandbox.path + "/out"])
        let second = try KortomExecutable.run(["batch", sandbox.path, "--out", sandbox.path + "/out"])
        #expect(first.status == 0 && second.status == 0)
        #expect(second.stderr.contains("read 1,"))
    }
}
