import Testing
@testable import KortomKit

@Suite("IP addresses and URLs")
struct NetworkAddressDetectorTests {
    let detector = NetworkAddressDetector()

    @Test(arguments: [
        ("Mijn IP is 192.168.1.24.", "192.168.1.24", PIIType.ipAddress),
        ("Het adres is 2001:db8::8a2e:370:7334 volgens de provider.", "2001:db8::8a2e:370:7334", .ipAddress),
        ("Zie https://mijn.gemeente.nl/zaak?bsn=111222333&x=1 voor de status.", "https://mijn.gemeente.nl/zaak?bsn=111222333&x=1", .url),
        ("Link: www.example.nl/profiel/8812345 graag.", "www.example.nl/profiel/8812345", .url),
    ])
    func findsAddressesAndPersonalLinks(text: String, value: String, type: PIIType) {
        let found = detections(detector, in: text)
        #expect(found.map(\.1) == [value])
        #expect(found.map(\.0) == [type])
    }

    @Test(arguments: ["Kijk op https://www.gemeente.nl/afval.", "om 10:30:00 uur", "versie 1.2.3", "300.1.2.3", "bedrag 1.234,56"])
    func leavesOrdinaryTextAlone(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// A link to a profile on a social network names a person, with or without its scheme.
    @Test(arguments: [("Kijk op https://www.facebook.com/jan.devries.1988 voor mijn profiel.", "https://www.facebook.com/jan.devries.1988"),
                      ("mijn linkedin is linkedin.com/in/jandevries", "linkedin.com/in/jandevries"), ("I'm on x.com/janneke_b now", "x.com/janneke_b"),
                      ("see nl.linkedin.com/in/jan-de-vries-123.", "nl.linkedin.com/in/jan-de-vries-123")])
    func findsALinkToAProfileOnASocialNetwork(text: String, link: String) {
        #expect(detected(NetworkAddressDetector(), in: text) == [link])
    }

    @Test(arguments: ["Ik zit niet op facebook.", "Volg ons op facebook.com/ of instagram.com", "Zie www.gemeente.nl/afval voor info."])
    func keepsLinksThatNameNoProfile(text: String) {
        #expect(detected(NetworkAddressDetector(), in: text).isEmpty)
    }

    /// A handle on a social network named in the same line.
    @Test(arguments: [("Caller: He posts as @dazza_m16 on Instagram, his real name is ...", "@dazza_m16"), ("klant: haar tiktok is @lotte.vd.", "@lotte.vd")])
    func findsAHandleOnANamedNetwork(text: String, handle: String) {
        #expect(detected(NetworkAddressDetector(), in: text) == [handle])
    }

    /// Without the network's name, at the start of a message (whom it replies to), or named
    /// as a help desk, a handle is an organisation's as often as not.
    @Test(arguments: ["Mail me at @home later.", "Customer: @British_Airways your twitter feed says nothing", "Customer: I wrote to @AzureSupport on twitter",
                      "Customer: my email is jan@example.nl, not on instagram"])
    func keepsAHandleThatNamesNoPerson(text: String) {
        #expect(detected(NetworkAddressDetector(), in: text).isEmpty)
    }
}
