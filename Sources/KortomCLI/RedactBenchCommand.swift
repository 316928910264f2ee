import ArgumentParser
import Foundation
import KortomKit

struct RedactBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Measure the redaction stage alone: megabytes per second on one thread.",
        discussion: """
            Reads every .txt file in the folder into memory (labelled files, with {{TYPE:value}} \
            markers, have their markers removed first), then redacts each file as one call, each \
            line a turn, with every detector of the default pipeline (or of --pipeline), on this \
            thread, --repeat times. Prints the best run's megabytes per second, then the line \
            scan alone on the same files, and the share of lines each detector reads (the \
            others its line signals skip). With --findings, \
            also writes one JSON line per file with what was found, as UTF-8 byte offsets into \
            the text without markers, for Benchmarks/peers/compare.py.
            """
    )

    @Argument(help: "A folder of .txt call texts, for example Fixtures/pii.")
    var folder: String

    @Option(name: .customLong("repeat"), help: "Passes over the folder; the best is reported.")
    var repetitions: Int = 5

    @Option(help: "A pipeline definition whose redaction policy is measured.")
    var pipeline: String?

    @Option(help: "Write the findings per file as JSON lines to this file.")
    var findings: String?

    func run() throws {
        let definition = try PipelineOption.definition(pipeline)
        let redactor = Redactor(policy: definition.redactionPolicy)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
        var documents: [(name: String, text: String)] = []
        for name in names {
            let raw = try InputFile.text(folder + "/" + name).text
            documents.append((name, try RedactionEvaluation.parse(raw, origin: name).text))
        }
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        guard bytes > 0 else { throw ValidationError("\(folder): no .txt files to redact") }
        var best = Double.infinity
        var results: [[PIIFinding]] = []
        for pass in 0..<max(1, repetitions) {
            let start = ContinuousClock.now
            var found: [[PIIFinding]] = []
            found.reserveCapacity(documents.count)
            for document in documents { found.append(redactor.redactText(document.text).findings) }
            let elapsed = start.duration(to: .now)
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            if pass == 0 { results = found }
        }
        print("kortom bench redact: \(documents.count) files, \(bytes) bytes, \(redactor.detectors.count) detectors, one thread, best of \(max(1, repetitions))")
        print(String(format: "%.3f s per pass, %.1f MB/s, %.0f µs per file", best, Double(bytes) / best / 1e6, best / Double(documents.count) * 1e6))
        var scanBest = Double.infinity
        var scanned = 0
        for _ in 0..<max(1, repetitions) {
            let start = ContinuousClock.now
            for document in documents {
                var text = document.text
                scanned &+= text.withUTF8 { LineScanner.scan($0).count }
            }
            let elapsed = start.duration(to: .now)
            scanBest = min(scanBest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        print(String(format: "of which the line scan alone: %.1f MB/s, %.1f µs per file", Double(bytes) / scanBest / 1e6, scanBest / Double(documents.count) * 1e6))
        var lines = 0
        var read: [String: Int] = [:]
        for document in documents {
            let counts = redactor.linesRead(in: document.text)
            lines += counts.lines
            read.merge(counts.read, uniquingKeysWith: +)
        }
        let shares = redactor.detectors.map { detector in
            "\(detector.name) \(Int((Double(read[detector.name] ?? 0) / Double(max(1, lines)) * 100).rounded()))%"
        }
        print("lines each detector reads, of \(lines): " + shares.joined(separator: ", "))
        if let findings {
            var lines: [UInt8] = []
            for (document, found) in zip(documents, results) {
                lines += TranscriptRecord.findingsJSON(file: document.name, findings: found) + [0x0A]
            }
            try Data(lines).write(to: URL(fileURLWithPath: findings))
        }
    }
}
