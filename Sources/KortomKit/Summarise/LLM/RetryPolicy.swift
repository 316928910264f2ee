import Foundation

/// When to try a request again, following the rules of the openai-python client: retry
/// transport errors, 408, 409, 429 and 5xx; never 400, 401, 403, 404, 422, a content filter,
/// or a 429 that says the quota is used up. The wait honours `retry-after-ms`, then
/// `Retry-After`, up to a cap; otherwise it is exponential backoff with full jitter.
public struct RetryPolicy: Sendable, Hashable {
    public var maximumRetries: Int
    public var initialBackoff: Duration
    public var maximumBackoff: Duration
    /// Server-requested waits longer than this are not honoured: the request fails instead.
    public var maximumServerWait: Duration

    public init(maximumRetries: Int = 3, initialBackoff: Duration = .milliseconds(500), maximumBackoff: Duration = .seconds(8), maximumServerWait: Duration = .seconds(60)) {
        self.maximumRetries = maximumRetries
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
        self.maximumServerWait = maximumServerWait
    }

    /// What came back from one attempt.
    public enum Outcome: Sendable, Hashable {
        case transportError
        case status(Int, headers: [String: String], errorCode: String?)
    }

    /// The wait before the next attempt, or nil when the request must not be retried.
    ///
    /// - Parameters:
    ///   - outcome: what the last attempt got.
    ///   - retriesSoFar: how many retries were made already.
    ///   - random: a number in 0..<1 for the jitter.
    public func delay(after outcome: Outcome, retriesSoFar: Int, random: Double) -> Duration? {
        guard retriesSoFar < maximumRetries else { return nil }
        switch outcome {
        case .transportError:
            return backoff(retriesSoFar, random)
        case .status(let status, let headers, let errorCode):
            guard Self.isRetryable(status: status, errorCode: errorCode) else { return nil }
            if let requested = Self.serverRequestedWait(headers) {
                return requested <= maximumServerWait ? requested : nil
            }
            return backoff(retriesSoFar, random)
        }
    }

    public static func isRetryable(status: Int, errorCode: String?) -> Bool {
        if errorCode == "insufficient_quota" || errorCode == "content_filter" { return false }
        return status == 408 || status == 409 || status == 429 || status >= 500
    }

    /// `retry-after-ms` (milliseconds), else `Retry-After` (seconds, or an HTTP date).
    static func serverRequestedWait(_ headers: [String: String], now: Date = Date()) -> Duration? {
        let lowered = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        if let value = lowered["retry-after-ms"], let milliseconds = Double(value.trimmingCharacters(in: .whitespaces)), milliseconds >= 0 {
            return .milliseconds(Int(milliseconds))
        }
        guard let value = lowered["retry-after"]?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Double(value), seconds >= 0 { return .milliseconds(Int(seconds * 1000)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return .milliseconds(max(0, Int(date.timeIntervalSince(now) * 1000)))
    }

    /// Full jitter: a random wait between zero and the exponential bound.
    private func backoff(_ retriesSoFar: Int, _ random: Double) -> Duration {
        let bound = min(maximumBackoff, initialBackoff * (1 << min(retriesSoFar, 16)))
        return bound * max(0, min(random, 1))
    }
}
