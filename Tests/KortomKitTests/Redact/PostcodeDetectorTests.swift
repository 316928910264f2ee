import Testing
@testable import KortomKit

@Suite("Postcodes")
struct PostcodeDetectorTests {
    let detector = PostcodeDetector()

    @Test(arguments: ["3512 BK", "3512BK", "3512bk", "3512 BK 24", "3512 BK, 24", "2011 GT 112", "1053 KX 150-2", "6531 JD 212a"])
    func findsPostcodesWithHouseNumbers(value: String) {
        #expect(detected(detector, in: "Adres: \(value) in Utrecht") == [value])
    }

    @Test(arguments: [("Dat is 3512 BK Utrecht.", "3512 BK Utrecht"), ("2511 AB Den Haag, zei ik", "2511 AB Den Haag"), ("3512 BK 24 Utrecht", "3512 BK 24 Utrecht"), ("3512 BK Dan bel ik", "3512 BK")])
    func takesThePlaceThatCompletesTheAddress(text: String, value: String) {
        #expect(detected(detector, in: text) == [value])
    }

    @Test(arguments: ["1234 en dan", "0123 AB", "1234 SA", "1234 SS", "12345 AB", "om 1530 uur", "1234 ab"])
    func ignoresLookalikes(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }
}
