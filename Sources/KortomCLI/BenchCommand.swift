import ArgumentParser
import Foundation
import KortomKit

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput and memory; see Docs/performance.md.",
        subcommands: [BatchBenchCommand.self, RedactBenchCommand.self],
        defaultSubcommand: BatchBenchCommand.self
    )
}

struct BatchBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Measure batch throughput and peak memory on generated calls (the default).",
        discussion: """
            Generates synthetic ~5 KB calls (Dutch and English, with personal data planted) into \
            the work folder, then runs `kortom batch` over them as a child process once per worker \
            count and call count, side by side, and reports calls per second (all outputs written) \
            and the child's peak RSS. Corpora are kept in the work folder and reused by later runs. \
            Figures are recorded in Docs/performance.md.
            """
    )

    @Option(help: "Call counts to measure, comma-separated (peak RSS should not grow between them).")
    var calls: String = "10000"

    @Option(help: "Worker counts to measure, comma-separated.")
    var workers: String = "1,2"

    @Option(help: "Approximate size of each generated call in bytes.")
    var size: Int = 5000

    @Option(help: "Folder for corpora and outputs.")
    var workDir: String = "/tmp/kortom-bench"

    @Option(name: .customLong("repeat"), help: "Repetitions per configuration; the best run is reported.")
    var repetitions: Int = 1

    @Flag(help: "Also time each stage in-process (microseconds per call), to see where the time goes.")
    var stages = false

    func run() async throws {
        if stages { try await timeStages() }
        let callCounts = try parseList(calls, name: "--calls")
        let workerCounts = try parseList(workers, name: "--workers")
        let executable = try selfExecutable()
        try FileManager.default.createDirectory(atPath: workDir, withIntermediateDirectories: true)
        print("kortom bench: \(size)-byte calls, cores: \(ProcessInfo.processInfo.activeProcessorCount), best of \(repetitions)")
        print("calls     workers  seconds   calls/s   peak RSS MiB   speed-up")
        for count in callCounts {
            let corpus = try prepareCorpus(count: count)
            let floor = try filesystemFloor(count: count)
            print(pad("\(count)", 10) + pad("fs only", 9) + pad(String(format: "%.2f", floor), 10) + pad("\(Int(Double(count) / floor))", 10) + "(creating \(count) notes of 2 KB, nothing else)")
            var baseline: Double?
            for workerCount in workerCounts {
                var best: (seconds: Double, rss: Int)?
                for _ in 0..<max(1, repetitions) {
                    let output = "\(workDir)/out-\(count)-\(workerCount)"
                    try? FileManager.default.removeItem(atPath: output)
                    let measured = try ChildProcess.measure(executable, ["batch", corpus, "--out", output, "--concurrency", "\(workerCount)", "--quiet"])
                    guard measured.status == 0 else {
                        throw ValidationError("kortom batch exited with \(measured.status) on the generated corpus")
                    }
                    try verifyOutput(output, expected: count)
                    if best == nil || measured.seconds < best!.seconds { best = (measured.seconds, measured.peakRSSKiB) }
                }
                let rate = Double(count) / best!.seconds
                baseline = baseline ?? rate
                print(
                    pad("\(count)", 10) + pad("\(workerCount)", 9) + pad(String(format: "%.2f", best!.seconds), 10)
                        + pad("\(Int(rate))", 10) + pad(String(format: "%.1f", Double(best!.rss) / 1024), 15)
                        + String(format: "%.2fx", rate / baseline!)
                )
            }
        }
    }

    /// Runs every stage over the same generated calls and reports the time each takes per call.
    private func timeStages() async throws {
        let generator = SyntheticCalls(targetBytes: size)
        let texts = (0..<2000).map { generator.transcript($0) }
        let processor = try PipelineDefinition.embeddedDefault().makeProcessor()
        var timings: [(String, Duration)] = []
        let clock = ContinuousClock()
        func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = clock.now
            let value = try body()
            if let index = timings.firstIndex(where: { $0.0 == name }) { timings[index].1 += start.duration(to: clock.now) }
            else { timings.append((name, start.duration(to: clock.now))) }
            return value
        }
        let intentClassifier = IntentClassifier()
        let factFinder = FactFinder()
        for (index, text) in texts.enumerated() {
            let origin = TranscriptOrigin(path: "call-\(index).txt")
            let transcript = try measure("decode + parse") {
                try processor.parsers.transcript(from: TranscriptDocument(text: TextDecoding.decode(Array(text.utf8), origin: origin), origin: origin), callID: "call-\(index)")
            }
            let decoded = try measure("  decode") { try TextDecoding.decode(Array(text.utf8), origin: origin) }
            let document = TranscriptDocument(text: decoded, origin: origin)
            for parser in processor.parsers.parsers {
                _ = measure("  recognise \(parser.name)") { parser.recognise(document) }
            }
            _ = try measure("  parse plain-text") { try PlainTextTranscriptParser().parse(document) }
            let redacted = measure("redact") { processor.redactor.redact(transcript) }
            // As the redactor runs them: one scan of the call, then each detector on the lines
            // whose signals it needs.
            var call = transcript.turns.map(\.text).joined(separator: "\n")
            let lines = measure("  line scan") { call.withUTF8 { LineScanner.scan($0) } }
            for detector in Redactor.standard.detectors {
                measure("  detector \(detector.name)") {
                    var found: [PIICandidate] = []
                    call.withUTF8 { text in
                        for line in lines where detector.mayMatch(line.signals) {
                            detector.detect(in: UnsafeBufferPointer(rebasing: text[line.range]), into: &found)
                        }
                    }
                }
            }
            let extraction = measure("extract") { processor.extractor.extract(from: redacted) }
            _ = measure("  intents") { intentClassifier.classify(redacted.transcript.turns) }
            _ = measure("  facts") { redacted.transcript.turns.map(factFinder.facts(in:)) }
            let start = clock.now
            let draft = try await processor.summariser.summarise(redacted, extraction: extraction)
            timings.append(("summarise", start.duration(to: clock.now)))
            let summary = measure("guard") { processor.outputGuard.check(draft, call: redacted, extraction: extraction) }
            _ = measure("markdown note") { MarkdownNote.render(summary) }
            _ = measure("jsonl record") { SummaryRecord.json(summary) }
        }
        var totals: [(String, Duration)] = []
        for (name, duration) in timings {
            if let index = totals.firstIndex(where: { $0.0 == name }) { totals[index].1 += duration } else { totals.append((name, duration)) }
        }
        let all = totals.filter { !$0.0.hasPrefix(" ") }.reduce(Duration.zero) { $0 + $1.1 }
        print("stage            µs per call   share")
        for (name, duration) in totals + [("all stages", all)] {
            let micros = Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
            print(pad(name, 17) + pad(String(format: "%.1f", micros / Double(texts.count)), 14) + String(format: "%.0f%%", 100 * micros / (Double(all.components.seconds) * 1e6 + Double(all.components.attoseconds) / 1e12)))
        }
        print("")
    }

    /// Seconds the output folder's file system takes to create `count` 2 KB files the way
    /// Kortom writes notes (temporary file, then rename): the ceiling for any batch run there.
    private func filesystemFloor(count: Int) throws -> Double {
        let folder = "\(workDir)/fs-floor"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let note = [UInt8](repeating: UInt8(ascii: "x"), count: 2048)
        let clock = ContinuousClock()
        let start = clock.now
        for index in 0..<count {
            let temporary = "\(folder)/.note-\(index).md.tmp", final = "\(folder)/note-\(index).md"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw ValidationError("cannot write in \(folder)") }
            _ = note.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
            close(descriptor)
            rename(temporary, final)
        }
        let elapsed = start.duration(to: clock.now)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private func parseList(_ text: String, name: String) throws -> [Int] {
        let values = text.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0 > 0 }) else { throw ValidationError("\(name) takes positive numbers separated by commas") }
        return values
    }

    private func selfExecutable() throws -> String {
        let path = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        return path
    }

    /// Generates `count` calls once; a marker file records a complete corpus.
    private func prepareCorpus(count: Int) throws -> String {
        let corpus = "\(workDir)/corpus-\(count)-\(size)"
        let marker = "\(corpus)/.complete"
        if FileManager.default.fileExists(atPath: marker) { return corpus }
        try? FileManager.default.removeItem(atPath: corpus)
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let generator = SyntheticCalls(targetBytes: size)
        let perFolder = 10_000
        for index in 0..<count {
            let folder = "\(corpus)/part-\(index / perFolder)"
            if index % perFolder == 0 { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try Data(generator.transcript(index).utf8).write(to: URL(fileURLWithPath: "\(folder)/call-\(index).txt"))
        }
        try Data().write(to: URL(fileURLWithPath: marker))
        return corpus
    }

    private func verifyOutput(_ output: String, expected: Int) throws {
        let lines = try String(contentsOfFile: "\(output)/summaries.jsonl", encoding: .utf8).split(separator: "\n").count
        guard lines == expected else { throw ValidationError("expected \(expected) summaries, found \(lines)") }
    }
}

/// Runs a child process and reports its wall time and peak resident set size.
///
/// The peak is read from the child's own `VmHWM` in `/proc` while it runs. `ru_maxrss` from
/// `wait4` would not do: `posix_spawn` starts the child in the parent's address space, and
/// Linux carries that space's high-water mark over into the child's at `exec`, so the figure
/// would include whatever the benchmark itself had in memory.
enum ChildProcess {
    struct Measurement {
        var status: Int32
        var seconds: Double
        var peakRSSKiB: Int
    }

    static func measure(_ executable: String, _ arguments: [String]) throws -> Measurement {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawn(&pid, executable, nil, nil, argv, environ)
        guard spawned == 0 else { throw ValidationError("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var peakKiB = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0 {
                guard errno == EINTR else { throw ValidationError("wait failed: \(String(cString: strerror(errno)))") }
                continue
            }
            peakKiB = max(peakKiB, highWaterMarkKiB(pid) ?? 0)
            usleep(10_000)
        }
        let elapsed = start.duration(to: clock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Measurement(status: exitStatus, seconds: seconds, peakRSSKiB: peakKiB)
    }

    /// `VmHWM` of a running process, in KiB.
    private static func highWaterMarkKiB(_ pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
    }
}
