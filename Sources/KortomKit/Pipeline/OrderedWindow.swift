/// The bookkeeping that lets calls run concurrently yet leave the pipeline in input order.
///
/// At most `maximumInFlight` calls run at once, and at most `maximumPending` calls are
/// between admission and emission (running, or finished and waiting for an earlier call).
/// That second bound is the back-pressure: one slow call holds up admission instead of
/// letting finished results pile up in memory.
struct OrderedWindow<Element> {
    let maximumInFlight: Int
    let maximumPending: Int
    private(set) var admitted = 0
    private(set) var emitted = 0
    private(set) var inFlight = 0
    private var finished: [Int: Element] = [:]

    init(maximumInFlight: Int, maximumPending: Int) {
        precondition(maximumInFlight >= 1 && maximumPending >= maximumInFlight)
        self.maximumInFlight = maximumInFlight
        self.maximumPending = maximumPending
    }

    var canAdmit: Bool { inFlight < maximumInFlight && admitted - emitted < maximumPending }

    /// Registers a new call and returns its sequence number.
    mutating func admit() -> Int {
        precondition(canAdmit)
        defer { admitted += 1; inFlight += 1 }
        return admitted
    }

    /// Records that call `sequence` finished; returns the results now ready, in order.
    mutating func complete(_ sequence: Int, with element: Element) -> [Element] {
        precondition(sequence >= emitted && sequence < admitted && finished[sequence] == nil)
        inFlight -= 1
        finished[sequence] = element
        var ready: [Element] = []
        while let next = finished.removeValue(forKey: emitted) {
            ready.append(next)
            emitted += 1
        }
        return ready
    }

    var isDrained: Bool { emitted == admitted }
}
