import Testing
@testable import KortomKit

@Suite("Ordered window")
struct OrderedWindowTests {
    @Test func boundsCallsInFlight() {
        var window = OrderedWindow<String>(maximumInFlight: 2, maximumPending: 8)
        #expect(window.admit() == 0)
        #expect(window.admit() == 1)
        #expect(!window.canAdmit)
        #expect(window.complete(1, with: "b") == [])
        #expect(window.canAdmit)
    }

    @Test func releasesResultsInAdmissionOrder() {
        var window = OrderedWindow<Int>(maximumInFlight: 4, maximumPending: 4)
        for _ in 0..<4 { _ = window.admit() }
        #expect(window.complete(2, with: 2) == [])
        #expect(window.complete(1, with: 1) == [])
        #expect(window.complete(0, with: 0) == [0, 1, 2])
        #expect(window.complete(3, with: 3) == [3])
        #expect(window.isDrained)
    }

    @Test func aSlowCallHoldsUpAdmissionInsteadOfBufferingWithoutBound() {
        var window = OrderedWindow<Int>(maximumInFlight: 2, maximumPending: 3)
        _ = window.admit()  // 0: slow
        _ = window.admit()  // 1
        #expect(window.complete(1, with: 1) == [])
        _ = window.admit()  // 2
        #expect(window.complete(2, with: 2) == [])
        // Two finished results wait for call 0; a fourth would exceed the pending bound.
        #expect(window.inFlight == 1)
        #expect(!window.canAdmit)
        #expect(window.complete(0, with: 0) == [0, 1, 2])
        #expect(window.canAdmit)
    }
}
