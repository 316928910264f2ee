import Testing
@testable import KortomKit

@Suite("E-mail addresses")
struct EmailDetectorTests {
    let detector = EmailDetector()

    @Test(arguments: ["m.bakker87@gmail.com", "e.smit@ziggo.nl", "first.last+tag@sub.example.co.uk", "a_b-c@x-y.org"])
    func findsAddresses(value: String) {
        #expect(detected(detector, in: "Mail naar \(value). Dank u.") == [value])
    }

    @Test(arguments: ["@home", "user@", "naam@localhost", "info@@example.com", "prijs 5@3"])
    func ignoresNonAddresses(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// Mailboxes of an organisation or one of its departments point to no one.
    @Test(arguments: ["info@gemeente.nl", "meldingen@utrecht.nl", "parkeren@haarlem.nl", "inkomen@tilburg.nl", "housing@leeds.gov.uk"])
    func keepsRoleAndDepartmentMailboxes(text: String) {
        #expect(detected(detector, in: "Mail naar \(text), graag.").isEmpty)
    }

    /// On a government domain, a mailbox named by one word is a department's.
    @Test func keepsDepartmentMailboxesOnGovernmentDomains() {
        #expect(detected(EmailDetector(), in: "Email it to bluebadge@carmarthenshire.gov.uk please.").isEmpty)
        #expect(detected(EmailDetector(), in: "Mail j.smith@leeds.gov.uk or jsmith1@leeds.gov.uk.") == ["j.smith@leeds.gov.uk", "jsmith1@leeds.gov.uk"])
        #expect(detected(EmailDetector(), in: "Mine is bluebadge@gmail.com.") == ["bluebadge@gmail.com"])
    }

    @Test func keepsADepartmentsMailboxOfSeveralWordsOnAGovernmentDomain() {
        #expect(detected(EmailDetector(), in: "Email parking.appeals@swansea.gov.uk please.").isEmpty)
        #expect(detected(EmailDetector(), in: "Email john.smith@swansea.gov.uk please.") == ["john.smith@swansea.gov.uk"])
    }

    /// Speech-to-text may write spaces around the `@`; the address shares the placeholder of
    /// the one written without.
    @Test func findsAnAddressWithSpacesAroundTheAt() {
        #expect(detected(EmailDetector(), in: "Mijn mail is bas.vanrijn @ ziggo.nl, graag.") == ["bas.vanrijn @ ziggo.nl"])
        #expect(detected(EmailDetector(), in: "Meet me @ the station.").isEmpty)
    }
}
