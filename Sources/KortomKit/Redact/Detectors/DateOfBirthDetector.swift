import Foundation

/// Finds dates of birth: a date after a cue (`geboren op`, `geboortedatum`, `date of birth`,
/// `born on`), or a full date whose year makes it someone's birth date rather than an
/// appointment (at least `minimumAge` years before the reference year).
///
/// Dates of events in the call (`voor 1 maart`, `on the 28th of March`, `31 oktober 2025`)
/// are kept: they are key facts.
public struct DateOfBirthDetector: PIIDetector {
    public let name = "dob"
    /// The year dates are judged against; the current year by default.
    public let referenceYear: Int
    public let minimumAge: Int

    private static let cues = PhraseMatcher(phrases: [
        "geboren", "geboortedatum", "geb.", "geboortejaar", "date of birth", "born on", "born", "birthday",
        "birth date", "dob",
    ])

    public init(referenceYear: Int = Calendar(identifier: .gregorian).component(.year, from: Date()), minimumAge: Int = 14) {
        self.referenceYear = referenceYear
        self.minimumAge = minimumAge
    }

    public func detect(in text: UnsafeBufferPointer<UInt8>, into candidates: inout [PIICandidate]) {
        // Only texts with a digit can hold a date worth a look; month names come with a day.
        guard text.contains(where: ByteClass.isDigit) else { return }
        let words = WordTokenizer.words(in: text)
        let cueEnds = Self.cues.matches(in: text).map(\.range.upperBound)
        var index = 0
        while index < words.count {
            guard let date = DateReader.date(in: text, words, at: index) else {
                index += 1
                continue
            }
            index += date.wordCount
            // A cue shortly before the date, in the same stretch of speech.
            let afterCue = cueEnds.contains { $0 <= date.range.lowerBound && date.range.lowerBound - $0 <= 40 }
            let plausibleAge = date.year.map { $0 <= referenceYear - minimumAge && $0 >= referenceYear - 120 } ?? false
            guard afterCue || plausibleAge else { continue }
            candidates.append(PIICandidate(type: .dateOfBirth, range: date.range, confidence: afterCue ? 0.95 : 0.75, detector: name, canonicalValue: date.normalized))
        }
    }
}
