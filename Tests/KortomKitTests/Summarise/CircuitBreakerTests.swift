import Testing
@testable import KortomKit

@Suite("Circuit breaker and request pacing")
struct CircuitBreakerTests {
    @Test func opensAfterRepeatedFailuresAndLetsOneTrialThroughAfterTheCoolDown() async {
        let breaker = CircuitBreaker(threshold: 3, coolDown: .seconds(30))
        let start = ContinuousClock.now
        for _ in 0..<2 { await breaker.recordFailure(now: start) }
        #expect(await breaker.allowsRequest(now: start))
        await breaker.recordFailure(now: start)
        #expect(await breaker.allowsRequest(now: start + .seconds(10)) == false)
        #expect(await breaker.allowsRequest(now: start + .seconds(31)))
        // Only one trial at a time.
        #expect(await breaker.allowsRequest(now: start + .seconds(31)) == false)
        await breaker.recordFailure(now: start + .seconds(31))
        #expect(await breaker.allowsRequest(now: start + .seconds(40)) == false)
        #expect(await breaker.allowsRequest(now: start + .seconds(62)))
        await breaker.recordSuccess()
        #expect(await breaker.isOpen == false)
    }

    @Test func pacesRequestStarts() async {
        let pacer = RequestPacer(perMinute: 1200)
        let start = ContinuousClock.now
        for _ in 0..<6 { await pacer.wait() }
        // Six starts at 50 ms apart take at least 250 ms.
        #expect(start.duration(to: .now) >= .milliseconds(240))
    }
}
