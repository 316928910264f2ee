import Foundation
import Testing
@testable import KortomKit

@Suite("When an LLM request is tried again")
struct RetryPolicyTests {
    let policy = RetryPolicy(maximumRetries: 3, initialBackoff: .milliseconds(500), maximumBackoff: .seconds(8))

    @Test(arguments: [408, 409, 429, 500, 502, 503, 504])
    func retriesTransientStatuses(status: Int) {
        #expect(policy.delay(after: .status(status, headers: [:], errorCode: nil), retriesSoFar: 0, random: 0.5) != nil)
    }

    @Test(arguments: [400, 401, 403, 404, 422])
    func neverRetriesClientErrors(status: Int) {
        #expect(policy.delay(after: .status(status, headers: [:], errorCode: nil), retriesSoFar: 0, random: 0.5) == nil)
    }

    @Test func neverRetriesAnExhaustedQuotaOrAContentFilter() {
        #expect(policy.delay(after: .status(429, headers: [:], errorCode: "insufficient_quota"), retriesSoFar: 0, random: 0.5) == nil)
        #expect(policy.delay(after: .status(400, headers: [:], errorCode: "content_filter"), retriesSoFar: 0, random: 0.5) == nil)
    }

    @Test func retriesTransportErrorsUpToTheLimit() {
        #expect(policy.delay(after: .transportError, retriesSoFar: 2, random: 0.5) != nil)
        #expect(policy.delay(after: .transportError, retriesSoFar: 3, random: 0.5) == nil)
    }

    @Test func backsOffExponentiallyWithFullJitterUpToTheCap() {
        #expect(policy.delay(after: .transportError, retriesSoFar: 0, random: 1) == .milliseconds(500))
        #expect(policy.delay(after: .transportError, retriesSoFar: 2, random: 1) == .seconds(2))
        #expect(policy.delay(after: .transportError, retriesSoFar: 2, random: 0.25) == .milliseconds(500))
        let capped = RetryPolicy(maximumRetries: 10)
        #expect(capped.delay(after: .transportError, retriesSoFar: 9, random: 1) == .seconds(8))
    }

    @Test func honoursRetryAfterMillisecondsThenSeconds() {
        #expect(policy.delay(after: .status(429, headers: ["retry-after-ms": "250", "retry-after": "9"], errorCode: nil), retriesSoFar: 0, random: 0.9) == .milliseconds(250))
        #expect(policy.delay(after: .status(503, headers: ["Retry-After": "2"], errorCode: nil), retriesSoFar: 0, random: 0.9) == .seconds(2))
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let date = "Fri, 15 Jan 2027 08:00:05 GMT"
        let parsed = RetryPolicy.serverRequestedWait(["Retry-After": date], now: now)
        #expect(parsed != nil)
    }

    @Test func givesUpWhenTheServerAsksForTooLongAWait() {
        #expect(policy.delay(after: .status(429, headers: ["retry-after": "3600"], errorCode: nil), retriesSoFar: 0, random: 0.5) == nil)
    }
}
