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
        "Fixtures/formats/amazon/standard-nl-speakers.json", "Fixtures/formats/amazon/standard-en-channels.json",
        "Fixtures/formats/amazon/call-analytics-en.json", "Fixtures/formats/amazon/call-analytics-nl.json",
        "Fixtures/formats/azure/batch-nl-diarized.json", "Fixtures/formats/azure/batch-en-channels.json",
        "Fixtures/formats/whisper/verbose-nl.json", "Fixtures/formats/whisper/diarized-en.json",
        "Fixtures/formats/plain-text/nl-timestamps-after-label.txt", "Fixtures/formats/plain-text/en-names-as-labels.txt",
        "Fixtures/formats/plain-text/nl-utf16le-bom.txt",
        "Fixtures/formats/kortom-json/nl-explicit-roles.json", "Fixtures/formats/kortom-json/en-minimal.json",
        "Fixtures/formats/kortom-jsonl/nl-stream.jsonl", "Fixtures/formats/kortom-jsonl/en-no-header.jsonl",
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
        ("Fixtures/formats/malformed/truncated-amazon.json", "invalid JSON"),
        ("Fixtures/formats/malformed/azure-nbest-not-array.json", "recognizedPhrases[0].nBest must be an array"),
        ("Fixtures/formats/malformed/whisper-start-not-number.json", "segments[0].start must be a number"),
        ("Fixtures/formats/malformed/jsonl-bad-line.jsonl", "line 2.text is not a string"),
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

    @Test func callsJSONOfAnUnknownShapeUnrecognised() {
        do {
            _ = try transcript("Fixtures/formats/malformed/unknown-shape.json")
            Issue.record("JSON of an unknown shape was accepted")
        } catch let error as KortomError {
            #expect(error.code == .unrecognisedFormat)
            #expect(error.message.contains("unknown shape"))
        } catch {
            Issue.record("unexpected error type")
        }
    }
}
