import Testing
@testable import KortomKit

@Suite("Requirement masks")
struct RequirementMasksTests {
    /// The flat masks decide as the requirements they are made from, for every detector and
    /// for lines with any mix of signals.
    @Test func decideAsTheRequirementsTheyAreMadeFrom() {
        let requirements = Redactor(detectorNames: Array(Redactor.availableDetectors.keys)).detectors.map(\.lineRequirement)
            + [.anyLine, LineRequirement(.at, or: .dotWord, .question, [.year, .birthCue])]
        let masks = RequirementMasks(requirements)
        var generator = SystemRandomNumberGenerator()
        var met = 0, unmet = 0
        for _ in 0..<5000 {
            // Few signals per line, as most lines have, so that both outcomes occur often.
            var signals = LineSignals()
            for _ in 0..<Int.random(in: 0...4, using: &generator) { signals.insert(LineSignals(rawValue: 1 << UInt32.random(in: 0...24, using: &generator))) }
            for (index, requirement) in requirements.enumerated() {
                let expected = requirement.isMet(by: signals)
                #expect(masks.isMet(detector: index, by: signals) == expected)
                if expected { met += 1 } else { unmet += 1 }
            }
        }
        #expect(met > 5000 && unmet > 5000)
    }
}
