@testable import KortomKit

/// What a detector finds in `text`, as (type, found substring) pairs; for assertions only.
func detections(_ detector: some PIIDetector, in text: String) -> [(PIIType, String)] {
    var text = text
    return text.withUTF8 { buffer in
        var found: [PIICandidate] = []
        detector.detect(in: buffer, into: &found)
        return found.map { ($0.type, String(decoding: UnsafeBufferPointer(rebasing: buffer[$0.range]), as: UTF8.self)) }
    }
}

func detected(_ detector: some PIIDetector, in text: String) -> [String] {
    detections(detector, in: text).map(\.1)
}
