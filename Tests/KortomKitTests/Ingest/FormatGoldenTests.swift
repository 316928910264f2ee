import Foundation
import KortomTesting
import Testing
@testable import KortomKit

/// Every sample under Fixtures/formats parses to its golden canonical JSON, and every
/// malformed variant fails with a reason that names the file.
@Suite("Transcript format goldens")
struct FormatGoldenTests {
    static let root = KortomExecutable.packageRoot

    static let samples = [
        "Fixtures/formats/webvtt/teams-nl-wmo.vtt", "Fixtures/formats/webvtt/plain-en-bins.vtt",
        "Fixtures/formats/srt/nl-afval.srt", "Fixtures/formats/srt/en-parking-crlf.srt",
    ]

    func transcript(_ path: String) throws -> Transcript {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.root + "/" + path)))
        let origin = TranscriptOrigin(path: path)
        let name = (path as NSString).lastPathComponent
        return try ParserRegistry.standard.transcript(from: TranscriptDocument(text: TextDecoding.decode(bytes, origin: origin), origin: origin), callID: CallIdentifier.forFile(relativePath: name))
    }

    @Test(arguments: samples)
    func parsesToTheGolden(path: String) throws {
        let parsed = try JSONSerialization.jsonObject(with: Data(TranscriptRecord.json(transcript(path)))) as? NSDictionary
        let goldenPath = Self.root + "/" + (path as NSString).deletingPathExtension + ".expected.json"
        let golden = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: goldenPath))) as? NSDictionary
        #expect(parsed != nil && parsed == golden)
    }

    @Test(arguments: [
        ("Fixtures/formats/malformed/no-header.vtt", "must start with a `WEBVTT` line"),
        ("Fixtures/formats/malformed/bad-timing.vtt", "line 4: cannot read the cue timing"),
        ("Fixtures/formats/malformed/missing-cue-number.srt", "line 5: expected a cue number"),
    ])
    func refusesMalformedFilesWithTheReason(path: String, reason: String) {
        do {
            _ = try transcript(path)
            Issue.record("a malformed file was accepted")
        } catch let error as KortomError {
            #expect(error.code == .malformed)
            #expect(error.message.hasPrefix(path))
            #expect(error.message.contains(reason))
        } catch {
            Issue.record("unexpected error type")
        }
    }
}
