import Foundation
import KortomKit
import KortomTesting
import Testing

@Suite("kortom batch when interrupted")
struct InterruptionTests {
    @Test func ctrlCStopsTheRunAndLeavesNoPartialFiles() throws {
        let input = try TemporaryDirectory("kortom-interrupt")
        let out = try TemporaryDirectory("kortom-interrupt-out")
        defer { input.remove(); out.remove() }
        let calls = SyntheticCalls()
        for index in 0..<3000 { try input.write(calls.transcript(index), to: "call-\(index).txt") }

        let process = try KortomExecutable.start(["batch", input.path, "--out", out.path, "--concurrency", "1"])
        // Interrupt once the run is under way: some notes written, far from all.
        let deadline = Date().addingTimeInterval(30)
        while try out.list().filter({ $0.hasSuffix(".md") }).count < 5, Date() < deadline, process.isRunning {
            usleep(20_000)
        }
        #expect(process.isRunning, "the run finished before it could be interrupted")
        process.interrupt()
        process.waitUntilExit()

        #expect(process.terminationStatus == 130)
        let left = try out.list()
        #expect(!left.contains { $0.hasPrefix(".") }, "temporary files were left behind")
        #expect(!left.contains("summaries.jsonl"), "an unfinished run must not publish summaries.jsonl")
        #expect(!left.contains("tally.json"))
        #expect(left.filter { $0.hasSuffix(".md") }.count < 3000)
    }
}
