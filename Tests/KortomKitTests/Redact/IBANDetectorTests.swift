import Testing
@testable import KortomKit

@Suite("IBAN")
struct IBANDetectorTests {
    let detector = IBANDetector()

    @Test(arguments: ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL91-ABNA-0417-1643-00", "DE89370400440532013000", "GB29 NWBK 6016 1331 9268 19", "BE68539007547034"])
    func findsValidIBANs(value: String) {
        #expect(detected(detector, in: "Mijn rekening is \(value), graag daarop.") == [value])
    }

    @Test(arguments: ["NL91ABNA0417164301", "NL00 ABNA 0000 0000 00", "AB12"])
    func ignoresInvalidChecksums(value: String) {
        #expect(detected(detector, in: "rekening \(value)").isEmpty)
    }

    @Test func doesNotSwallowTheNextWord() {
        #expect(detected(detector, in: "NL91 ABNA 0417 1643 00 en verder") == ["NL91 ABNA 0417 1643 00"])
    }

    @Test func checksMod97() {
        #expect(IBANDetector.isValid(Array("NL91ABNA0417164300".utf8)))
        #expect(!IBANDetector.isValid(Array("NL92ABNA0417164300".utf8)))
    }
}
