import KortomTesting
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

    /// Mailboxes of an organisation or one of its departments point to no one: found as role
    /// mailboxes, which the redactor keeps unless their domain holds a name of the call.
    @Test(arguments: ["info@gemeente.nl", "meldingen@utrecht.nl", "parkeren@haarlem.nl", "inkomen@tilburg.nl", "info@aithaddou-onderhoud.nl", "phishing@leiden.nl",
                      "applications@energysupportfund.org.uk", "klachten@waterschap.nl", "heffingen@vallei-veluwe.nl"])
    func marksRoleAndDepartmentMailboxes(text: String) {
        var text = "Mail naar \(text), graag."
        let found = text.withUTF8 { buffer in
            var found: [PIICandidate] = []
            detector.detect(in: buffer, into: &found)
            return found
        }
        #expect(found.map(\.detector) == [EmailDetector.roleMailboxDetector])
        #expect(Redactor.standard.candidates(in: text).isEmpty)
    }

    /// A role mailbox on a domain named after a listed surname is a sole trader's.
    @Test func findsARoleMailboxOnADomainNamedAfterAPerson() {
        #expect(detections(detector, in: "Mail naar info@jansen-klussen.nl, graag.").map(\.1) == ["info@jansen-klussen.nl"])
        #expect(Redactor.standard.candidates(in: "Mail naar info@jansen-klussen.nl, graag.").count == 1)
    }

    /// In a call, a role mailbox whose domain holds a name found in the call is redacted.
    @Test func redactsARoleMailboxNamedAfterSomeoneInTheCall() {
        let call = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.customer, "Met Youssef Ait Haddou, van Ait Haddou Onderhoud."),
            (.agent, "Naar info@aithaddou-onderhoud.nl of naar info@gemeente.nl?"),
        ]))
        #expect(call.transcript.turns[1].text == "Naar [EMAIL-1] of naar info@gemeente.nl?")
    }

    /// On a government domain, a mailbox named by one word is a department's.
    @Test func keepsDepartmentMailboxesOnGovernmentDomains() {
        #expect(detected(EmailDetector(), in: "Email it to bluebadge@carmarthenshire.gov.uk please.").isEmpty)
        #expect(detected(EmailDetector(), in: "Mail j.smith@leeds.gov.uk or jsmith1@leeds.gov.uk.") == ["j.smith@leeds.gov.uk", "jsmith1@leeds.gov.uk"])
        #expect(detected(EmailDetector(), in: "Mine is bluebadge@gmail.com.") == ["bluebadge@gmail.com"])
    }

    /// A council's domain outside `.gov`: a word of it says whose it is.
    @Test func keepsADepartmentsMailboxOnACouncilsDomain() {
        #expect(detected(EmailDetector(), in: "agent: housingtransfers@dublincity.ie").isEmpty)
        #expect(detected(EmailDetector(), in: "Mail wozbezwaar@gemeente-oss.nl of petra.jansen@gemeente-oss.nl.") == ["petra.jansen@gemeente-oss.nl"])
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

    /// The `@` written as `(at)` or `[at]`, as people write an address against spam.
    @Test func findsAnAddressWithTheAtWrittenInBrackets() {
        #expect(detected(EmailDetector(), in: "Customer: kellym.tranter(at)gmail.com") == ["kellym.tranter(at)gmail.com"])
        #expect(detected(EmailDetector(), in: "Mail naar j.devries[at]ziggo.nl graag.") == ["j.devries[at]ziggo.nl"])
        #expect(detected(EmailDetector(), in: "We meet (at) noon.").isEmpty)
    }

    /// A space typed before the top-level domain; the address shares the placeholder of the one
    /// written without.
    @Test func findsAnAddressWithASpaceBeforeTheTopLevelDomain() {
        #expect(detected(EmailDetector(), in: "ja graag, marloes.verbrugge@ziggo .nl") == ["marloes.verbrugge@ziggo .nl"])
        #expect(detected(EmailDetector(), in: "mail me@home .").isEmpty)
        let (text, _) = Redactor.standard.redactText("Inwoner: ja graag, marloes.verbrugge@ziggo .nl\nChat: bedoel je marloes.verbrugge@ziggo.nl?")
        #expect(text == "Inwoner: ja graag, [EMAIL-1]\nChat: bedoel je [EMAIL-1]?")
    }

    /// A comma typed for the dot before a top-level domain; not a sentence going on.
    @Test func findsAnAddressWithACommaForTheDot() {
        let (text, _) = Redactor.standard.redactText("Klant: email fatma.yilmaz81@hotmail,com\nMedewerker: bedoelt u fatma.yilmaz81@hotmail.com?")
        #expect(text == "Klant: email [EMAIL-1]\nMedewerker: bedoelt u [EMAIL-1]?")
        #expect(detected(EmailDetector(), in: "mail naar jan@ziggo,nederland is groot").isEmpty)
    }
}
