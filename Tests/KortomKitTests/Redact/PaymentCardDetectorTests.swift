import Testing
@testable import KortomKit

@Suite("Payment cards")
struct PaymentCardDetectorTests {
    @Test(arguments: ["4111 1111 1111 1111", "5500-0000-0000-0004", "340000000000009", "6011000990139424"])
    func findsCardsThatPassLuhn(number: String) {
        #expect(detected(PaymentCardDetector(), in: "Mijn kaart is \(number), vervalt volgend jaar.") == [number])
    }

    @Test(arguments: ["4111 1111 1111 1112", "1234 5678 9012 3456", "NL91ABNA0417164300", "123456782"])
    func leavesOtherNumbersAlone(text: String) {
        #expect(detected(PaymentCardDetector(), in: text).isEmpty)
    }

    /// Four groups of four after a card cue are a card number, though misheard.
    @Test func findsACardNumberThatFailsLuhnOnlyAfterACueAndInFourGroups() {
        #expect(detected(PaymentCardDetector(), in: "My card number is 4929 1208 5532 7746, expiry 08/28.") == ["4929 1208 5532 7746"])
        #expect(detected(PaymentCardDetector(), in: "Reference 4929 1208 5532 7746 on the letter.").isEmpty)
        #expect(detected(PaymentCardDetector(), in: "My card number is 4929120855327746.").isEmpty)
    }

    /// The security code after the number; the expiry date is kept.
    @Test func findsTheSecurityCodeAfterACardNumber() {
        #expect(detected(PaymentCardDetector(), in: "It's 5425 2334 3010 9903, expiry 04/29, CVV 123.") == ["5425 2334 3010 9903", "123"])
        #expect(detected(PaymentCardDetector(), in: "The CVV 123 was wrong.").isEmpty)
    }
}
