import Testing
@testable import KortomKit

@Suite("Call metrics")
struct CallMetricsTests {
    func turn(_ index: Int, _ role: SpeakerRole, _ start: Double?, _ end: Double?) -> Turn {
        var turn = Turn(index: index, speaker: Speaker(role: role, label: role.rawValue, roleSource: .explicit), text: "tekst")
        turn.start = start
        turn.end = end
        return turn
    }

    @Test func measuresDurationTalkShareAndTheLongestSilence() throws {
        let metrics = try #require(CallMetrics(turns: [
            turn(0, .agent, 0, 10), turn(1, .customer, 12, 42), turn(2, .agent, 50, 60), turn(3, .customer, 59, 60),
        ]))
        #expect(metrics.duration == 60)
        #expect(metrics.talkShare == [.agent: 0.392, .customer: 0.608])
        #expect(metrics.longestSilence == 8)
    }

    @Test func needsTimings() {
        #expect(CallMetrics(turns: [turn(0, .agent, nil, nil), turn(1, .customer, 3, 4)]) == nil)
    }
}
