/// Spaces request starts evenly so that at most `perMinute` start in any minute.
actor RequestPacer {
    private let interval: Duration
    private var next: ContinuousClock.Instant = .now

    init(perMinute: Int) {
        interval = .milliseconds(60_000 / max(1, perMinute))
    }

    /// Waits until this request's turn.
    func wait() async {
        let now = ContinuousClock.now
        let start = max(now, next)
        next = start + interval
        if start > now { try? await Task.sleep(until: start, clock: .continuous) }
    }
}
