import Foundation

/// Reads the date and time forms transcripts use for the start of a call.
enum TimestampParsing {
    /// Parses ISO 8601 (`2026-03-02T09:15:00Z`, with fractional seconds or an offset), or a bare date `2026-03-02`.
    static func date(from text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: false).parse(trimmed) { return date }
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(trimmed) { return date }
        if let date = try? Date.ISO8601FormatStyle().year().month().day().parse(trimmed) { return date }
        return nil
    }

    /// Formats a date as ISO 8601 in UTC, the form every Kortom output uses.
    static func string(from date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}
