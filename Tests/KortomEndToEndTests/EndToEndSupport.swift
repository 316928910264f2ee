import Foundation
import KortomTesting
import Testing

/// Helpers shared by the end-to-end tests, which run the real `kortom` binary.
enum EndToEnd {
    static var root: String { KortomExecutable.packageRoot }
    static var transcripts: String { root + "/Fixtures/transcripts" }

    /// The transcript fixtures, by file name.
    static func fixtureNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: transcripts).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The lines of a JSONL file, parsed.
    static func records(_ path: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    /// Every file below `path` with its bytes, for comparing two runs.
    static func snapshot(_ path: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let name = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path + "/" + name))
            }
        }
        return files
    }
}
