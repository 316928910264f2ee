import Testing
@testable import KortomKit

@Suite("Names a message is signed with")
struct SignOffDetectorTests {
    let detector = SignOffDetector()

    @Test(arguments: [
        ("Please DM us your address. Thank you. –Lindsey", "Lindsey"), ("Cheers ^Mat 2/2 https://t.co/a2xkfCr", "Mat"),
        ("Thanks-Mich", "Mich"), ("TY - Lee", "Lee"), ("Kind regards - Ross 3/3", "Ross"), ("We'll look into it *JawedK", "JawedK"),
        ("Fijn weekend! ~Zoë", "Zoë"), ("Have a smashing day :) - Jordan (2/2)", "Jordan"),
        // After a greeting one signs with, in any case.
        ("nee top thx!! groetjes shar", "shar"), ("Liefs, Anke", "Anke"), ("Kind regards, Ross", "Ross"),
    ])
    func findsTheNameAMessageIsSignedWith(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    @Test(arguments: ["We sell Coca-Cola", "Prices from 5-Jordan", "^HP", "Regards - The Team", "- Support", "Wait — Ja", "I'll call you back -", "Hope this helps! Ewan",
                      "We can come on the 12th - Tuesday", "Dat kan ik regelen - Prima", "groetjes allemaal", "doe de groeten thuis", "Voeg 500 gr suiker",
                      "I'd love pizza"])
    func leavesWhatIsNoSignedNameAlone(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// The writer's own name: an agent's is kept where the pipeline keeps agents' names.
    @Test func signsAsAnIntroduction() {
        var text = "Thanks - Robyn"
        let found = text.withUTF8 { buffer in
            var candidates: [PIICandidate] = []
            detector.detect(in: buffer, into: &candidates)
            return candidates
        }
        #expect(found.map(\.detector) == [PersonNameDetector.introductionDetector])
    }
}
