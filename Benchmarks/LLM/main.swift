// kortom-llm-bench: the LLM summariser against a fake endpoint in a child process, so that
// the CPU time measured is the client's own. See Docs/performance.md.
//
//   swift run -c release kortom-llm-bench [--calls 200] [--concurrency 1,8,32] [--latency-ms 50] [--faults 0.3]
import Foundation
import KortomKit
import KortomTesting
#if canImport(Glibc)
import Glibc
#endif

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String, _ fallback: String) -> String {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
    return arguments[index + 1]
}

let latency = Int(option("--latency-ms", "50")) ?? 50
let faults = Double(option("--faults", "0")) ?? 0

let note = #"{"subject":"Vraag over de aanslag","reason":"De burger wil de aanslag in termijnen betalen.","summary":["De burger wil de aanslag in termijnen betalen.","De medewerker zet een regeling op."],"follow_ups":[{"owner":"agent","text":"Bevestiging sturen."}]}"#

if arguments.first == "serve" {
    // Fails about `faults` of the requests, in turn with 500, 503, 429 and a dropped connection.
    let server = try FakeLLMServer { index, _ in
        let roll = Double((index &* 2_654_435_761) % 1000) / 1000
        guard roll < faults else { return .completion(note, delay: .milliseconds(latency)) }
        switch index % 4 {
        case 0: return .error(500, code: "server_error")
        case 1: return .error(503, code: "overloaded", headers: ["Retry-After": "0"])
        case 2: return .error(429, code: "rate_limit_exceeded", headers: ["retry-after-ms": "20"])
        default: return .dropped
        }
    }
    FileHandle.standardOutput.write(Data("port \(server.port)\n".utf8))
    _ = FileHandle.standardInput.readDataToEndOfFile()
    server.stop()
    exit(0)
}

let callCount = Int(option("--calls", "200")) ?? 200
let levels = option("--concurrency", "1,8,32").split(separator: ",").compactMap { Int($0) }

// The endpoint runs in a child process, so that this process's CPU time is the client's.
let child = Process()
child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
child.arguments = ["serve", "--latency-ms", String(latency), "--faults", String(faults)]
let childOut = Pipe(), childIn = Pipe()
child.standardOutput = childOut
child.standardInput = childIn
try child.run()
var portLine = ""
while !portLine.hasSuffix("\n") {
    let byte = childOut.fileHandleForReading.readData(ofLength: 1)
    guard !byte.isEmpty else { break }
    portLine += String(decoding: byte, as: UTF8.self)
}
guard let port = Int(portLine.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)) else {
    FileHandle.standardError.write(Data("kortom-llm-bench: the fake endpoint did not start\n".utf8))
    exit(1)
}

// Calls are parsed and redacted before timing: only the summariser is measured.
let synthetic = SyntheticCalls(targetBytes: 5000)
let registry = ParserRegistry.standard
var calls: [(RedactedTranscript, Extraction)] = []
for index in 0..<callCount {
    let transcript = try registry.transcript(from: TranscriptDocument(text: synthetic.transcript(index), origin: TranscriptOrigin(path: "call-\(index).txt")), callID: "call-\(index)")
    let redacted = Redactor.standard.redact(transcript)
    calls.append((redacted, CallExtractor().extract(from: redacted)))
}
let work = calls

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

print("kortom-llm-bench: \(callCount) calls of ~5 KB, endpoint latency \(latency) ms, \(Int(faults * 100))% of requests failing, cores: \(ProcessInfo.processInfo.activeProcessorCount)")
print("concurrency  seconds  calls/s  CPU ms/call  LLM summaries  fallbacks  lost")
for level in levels {
    let endpoint = LLMEndpoint(name: "bench", flavour: .openAI, url: URL(string: "http://127.0.0.1:\(port)/v1")!, model: "bench", keyVariable: nil, contract: "bench", timeout: .seconds(10), concurrency: level, maximumRetries: 3)
    let summariser = LLMSummariser(client: ChatCompletionClient(endpoint: endpoint, key: nil, breakerThreshold: 50))
    let cpuStart = cpuSeconds()
    let start = ContinuousClock.now
    let generators = await withTaskGroup(of: String?.self) { group in
        var results: [String?] = []
        var next = 0
        func add(_ group: inout TaskGroup<String?>) {
            let (call, extraction) = work[next]
            next += 1
            group.addTask { (try? await summariser.summarise(call, extraction: extraction))?.generator }
        }
        while next < min(level, work.count) { add(&group) }
        while let result = await group.next() {
            results.append(result)
            if next < work.count { add(&group) }
        }
        return results
    }
    let seconds = start.duration(to: .now)
    let wall = Double(seconds.components.seconds) + Double(seconds.components.attoseconds) / 1e18
    let cpu = (cpuSeconds() - cpuStart) / Double(callCount) * 1000
    let llm = generators.filter { $0 == "kortom-llm" }.count
    let fallbacks = generators.filter { $0 == "kortom-extractive" }.count
    let lost = callCount - llm - fallbacks
    func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(1, width - text.count)) }
    print(pad("\(level)", 13) + pad(String(format: "%.2f", wall), 9) + pad(String(format: "%.1f", Double(callCount) / wall), 9) + pad(String(format: "%.2f", cpu), 13) + pad("\(llm)", 15) + pad("\(fallbacks)", 11) + "\(lost)")
}
try childIn.fileHandleForWriting.close()
child.waitUntilExit()
