import Foundation
import KortomTesting
import Testing
@testable import KortomKit

@Suite("Reading inputs")
struct InputReaderTests {
    func failure(_ path: String, limit: Int = 1 << 20) -> KortomError? {
        do {
            _ = try InputReader.readFile(atPath: path, origin: TranscriptOrigin(path: "x"), maximumBytes: limit)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsWholeFiles() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let text = String(repeating: "Klant: één twee drie\n", count: 5000)
        let path = try folder.write(text, to: "a.txt")
        #expect(try InputReader.readFile(atPath: path, origin: TranscriptOrigin(path: "a.txt"), maximumBytes: 1 << 20) == Array(text.utf8))
    }

    @Test func mapsFailuresToCodes() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        #expect(failure(folder.path + "/missing.txt")?.code == .inputVanished)
        #expect(failure(folder.path)?.code == .notARegularFile)
        let big = try folder.write([UInt8](repeating: 0x61, count: 5000), to: "big.txt")
        #expect(failure(big, limit: 4096)?.code == .tooLarge)
        #expect(mkfifo(folder.path + "/fifo", 0o644) == 0)
        #expect(failure(folder.path + "/fifo")?.code == .notARegularFile)
    }

    @Test func refusesUnreadableFilesWhenPermissionsApply() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write("Agent: x", to: "locked.txt")
        chmod(path, 0)
        // Root reads any file, so the check only means something for other users.
        if geteuid() != 0 {
            #expect(failure(path)?.code == .unreadable)
        }
    }
}
