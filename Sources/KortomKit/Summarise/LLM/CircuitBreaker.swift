/// Stops sending to an endpoint that keeps failing: after `threshold` failed requests in a
/// row it opens for `coolDown`, and every request in that time fails at once; then one trial
/// request may pass, and a success closes it again.
actor CircuitBreaker {
    private let threshold: Int
    private let coolDown: Duration
    private var consecutiveFailures = 0
    private var openUntil: ContinuousClock.Instant?
    private var trialInFlight = false

    init(threshold: Int = 5, coolDown: Duration = .seconds(30)) {
        self.threshold = max(1, threshold)
        self.coolDown = coolDown
    }

    /// Whether a request may be sent now.
    func allowsRequest(now: ContinuousClock.Instant = .now) -> Bool {
        guard let openUntil else { return true }
        guard now >= openUntil, !trialInFlight else { return false }
        trialInFlight = true
        return true
    }

    func recordSuccess() {
        consecutiveFailures = 0
        openUntil = nil
        trialInFlight = false
    }

    func recordFailure(now: ContinuousClock.Instant = .now) {
        consecutiveFailures += 1
        trialInFlight = false
        if consecutiveFailures >= threshold || openUntil != nil { openUntil = now + coolDown }
    }

    var isOpen: Bool { openUntil != nil }
}
