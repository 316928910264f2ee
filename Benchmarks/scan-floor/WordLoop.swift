// The floor for the line scan: how fast this machine only finds the words of a corpus, and
// finds and hashes them, with nothing else per word. Compare with the "line scan alone" of
// `kortom bench redact` on the same folder (Docs/performance.md).
//
//   swiftc -O Benchmarks/scan-floor/WordLoop.swift -o .build/word-loop
//   .build/word-loop /dev/shm/kortom-bench/corpus-200-5000/part-0
import Foundation

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: word-loop <folder of text files>\n".utf8))
    exit(2)
}
let folder = CommandLine.arguments[1]
let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map {
    Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0)))
}
let total = files.reduce(0) { $0 + $1.count }

@inline(__always) func isWordByte(_ byte: UInt8) -> Bool {
    byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 || byte >= 0x80
}

func countWords(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var index = 0, words: UInt64 = 0
    while index < text.count {
        guard isWordByte(text[index]) else { index += 1; continue }
        words += 1
        repeat { index += 1 } while index < text.count && isWordByte(text[index])
    }
    return words
}

func hashWords(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var index = 0, sum: UInt64 = 0
    while index < text.count {
        guard isWordByte(text[index]) else { index += 1; continue }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        repeat {
            hash = (hash ^ UInt64(text[index] | 0x20)) &* 0x0000_0100_0000_01B3
            index += 1
        } while index < text.count && isWordByte(text[index])
        sum &+= hash >> 48
    }
    return sum
}

for (name, work) in [("find words", countWords), ("find and hash words", hashWords)] {
    var best = Double.infinity
    var sink: UInt64 = 0
    for _ in 0..<30 {
        let start = DispatchTime.now().uptimeNanoseconds
        for file in files { file.withUnsafeBufferPointer { sink &+= work($0) } }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start))
    }
    print(String(format: "%@: %.0f MB/s, %.2f µs per file (best of 30; %llu)", name, Double(total) / best * 1000, best / 1000 / Double(files.count), sink))
}
