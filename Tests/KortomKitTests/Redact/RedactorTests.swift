import KortomTesting
import Testing
@testable import KortomKit

@Suite("Redactor")
struct RedactorTests {
    let redactor = Redactor.standard

    @Test func givesTheSameValueTheSamePlaceholderAcrossTurns() {
        let call = TranscriptBuilder.transcript([
            (.customer, "Mijn IBAN is NL91 ABNA 0417 1643 00."),
            (.agent, "Ik herhaal: NL91ABNA0417164300, en uw tweede rekening DE89370400440532013000?"),
            (.customer, "Ja. En nl91abna0417164300 is de eerste."),
        ])
        let redacted = redactor.redact(call)
        #expect(redacted.transcript.turns.map(\.text) == [
            "Mijn IBAN is [IBAN-1].",
            "Ik herhaal: [IBAN-1], en uw tweede rekening [IBAN-2]?",
            "Ja. En [IBAN-1] is de eerste.",
        ])
        #expect(redacted.piiCounts == [.iban: 2])
    }

    @Test func reportsByteRangesIntoTheOriginalTextAndNeverTheValue() {
        let text = "Één moment: mijn nummer is 06-12345678 en mijn mail é@example.nl"
        let redacted = redactor.redact(TranscriptBuilder.text(text))
        let bytes = Array(text.utf8)
        let values = redacted.findings.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(values == ["06-12345678", "é@example.nl"])
        #expect(redacted.findings.map(\.placeholder) == ["[PHONE-1]", "[EMAIL-1]"])
        #expect(redacted.findings.allSatisfy { $0.turnIndex == 0 && $0.confidence > 0.5 && !$0.detector.isEmpty })
        let described = "\(redacted.findings)"
        #expect(!described.contains("12345678") && !described.contains("example.nl"))
    }

    @Test func redactsLaterMentionsOfANameFoundAfterACue() {
        let call = TranscriptBuilder.transcript([
            (.agent, "Dank u, meneer Hendriks."),
            (.customer, "Hendriks is mijn achternaam, ja."),
        ])
        let texts = redactor.redact(call).transcript.turns.map(\.text)
        #expect(texts == ["Dank u, meneer [NAME-1].", "[NAME-1] is mijn achternaam, ja."])
    }

    /// A name that ends a sentence is the same name without its full stop: `met Bas.`, then `Dag Bas`.
    @Test(arguments: ["Bas", "Jan", "Sanne"])
    func givesANameEndingASentenceThePlaceholderOfItsLaterMentions(name: String) {
        let call = TranscriptBuilder.transcript([
            (.agent, "Dienst Toeslagen, goedemorgen, met \(name)."), (.customer, "Goedemorgen \(name). Ik heb een brief gekregen."),
        ])
        #expect(redactor.redact(call).transcript.turns.map(\.text) == ["Dienst Toeslagen, goedemorgen, met [NAME-1].", "Goedemorgen [NAME-1]. Ik heb een brief gekregen."])
    }

    /// A firm named after the caller: the surname is his, the trade after it is no surname.
    @Test func takesNoTradeAfterANameForASurname() {
        let (text, _) = redactor.redactText("Klant: Ja, hoi, Erwin Schuttenbelt van Schuttenbelt Installatietechniek. Ik heb een ontheffing nodig.")
        #expect(text == "Klant: Ja, hoi, [NAME-1] van [NAME-1] Installatietechniek. Ik heb een ontheffing nodig.")
    }

    /// Each part of a double name is a later mention of it when said alone.
    @Test func redactsAPartOfADoubleNameSaidAlone() {
        let call = TranscriptBuilder.transcript([
            (.agent, "can i take the child's name"), (.customer, "oscar whitmore-blake"),
            (.agent, "and you're mum"), (.customer, "yes rebecca whitmore"),
        ])
        #expect(redactor.redact(call).transcript.turns.map(\.text).last == "yes [NAME-2] [NAME-1]")
    }

    /// In lower case, a double name with a part found before is a later mention, whole.
    @Test func redactsADoubleNameWithAPartFoundBeforeInLowerCase() {
        let call = TranscriptBuilder.transcript([
            (.agent, "can i take your dad's name please"), (.customer, "it's stanley ogunleye"),
            (.agent, "thanks"), (.customer, "ogunleye-hart for me then"),
        ])
        #expect(redactor.redact(call).transcript.turns.map(\.text).last == "[NAME-1] for me then")
    }

    /// A later mention of a surname takes in the particles before it that the name was found with.
    @Test func takesTheParticlesOfALaterMentionIn() {
        let call = TranscriptBuilder.transcript([
            (.agent, "spreker 1: goedemorgen meneer van der steen"),
            (.customer, "spreker 2: ja van der steen hier"),
        ])
        #expect(redactor.redact(call).transcript.turns.map(\.text) == ["spreker 1: goedemorgen meneer [NAME-1]", "spreker 2: ja [NAME-1] hier"])
    }

    /// A name known by its first word alone takes the capitalised word after it as its surname.
    @Test func takesTheSurnameAfterAFirstNameFoundAlone() {
        let call = TranscriptBuilder.transcript([
            (.customer, "Yes, Amira Haddad, 23 Beech Grove."),
            (.agent, "Thanks Amira. And you are seeing Amira Tuesday?"),
            (.customer, "Haddad, yes."),
        ])
        let texts = redactor.redact(call).transcript.turns.map(\.text)
        #expect(texts == ["Yes, [NAME-1], [ADDRESS-1].", "Thanks [NAME-1]. And you are seeing [NAME-1] Tuesday?", "[NAME-1], yes."])
    }

    /// A greeting before a known name is no first name of it.
    @Test func leavesAGreetingBeforeAKnownName() {
        let call = TranscriptBuilder.transcript([
            (.agent, "School Transport team, Ben speaking."),
            (.customer, "Morning Ben, it's about the taxi."),
        ])
        let texts = redactor.redact(call).transcript.turns.map(\.text)
        #expect(texts == ["School Transport team, [NAME-1] speaking.", "Morning [NAME-1], it's about the taxi."])
    }

    /// A word that opens a sentence before a known name, or greets its bearer, is no first
    /// name of it: `Maybe` is not redacted later on.
    @Test func leavesAWordOpeningASentenceBeforeAKnownNameAlone() {
        let call = TranscriptBuilder.transcript([
            (.agent, "Hey Jimmy. Maybe Sara would like to come along."),
            (.customer, "Hey. Maybe we could have a picnic, Sara and I."),
        ])
        let texts = redactor.redact(call).transcript.turns.map(\.text)
        #expect(texts == ["Hey [NAME-1]. Maybe [NAME-2] would like to come along.", "Hey. Maybe we could have a picnic, [NAME-2] and I."])
    }

    /// A role word is never a name of the call (`Dear Customer` in a pasted e-mail), and a
    /// handle is no answer to a question for a name.
    @Test func takesNoRoleWordOrHandleForAName() {
        let redacted = redactor.redactText("Customer: I got a mail: Dear Customer, thank you for writing.\nAgent: Can you DM us your full name?\nCustomer: @CoxHelp I tried to DM you.\n").text
        #expect(redacted == "Customer: I got a mail: Dear Customer, thank you for writing.\nAgent: Can you DM us your full name?\nCustomer: @CoxHelp I tried to DM you.\n")
    }

    /// A third party's label (`Wijkcoach:`) names a role, not a person: it stays in every turn.
    @Test func keepsAThirdPartysLabel() {
        let redacted = redactor.redactText("Wijkcoach: Goedemiddag, Samira Hamdaoui van het wijkteam.\nMedewerker: Waar gaat het over?\nWijkcoach: Over de huur.\n").text
        #expect(redacted == "Wijkcoach: Goedemiddag, [NAME-1] van het wijkteam.\nMedewerker: Waar gaat het over?\nWijkcoach: Over de huur.\n")
    }

    @Test func leavesTheFullStopAfterAShortNameMentionedAgain() {
        let call = TranscriptBuilder.transcript([
            (.agent, "Good afternoon, this is Kim."),
            (.customer, "Thanks. I spoke to Kim."),
        ])
        let texts = redactor.redact(call).transcript.turns.map(\.text)
        #expect(texts == ["Good afternoon, this is [NAME-1].", "Thanks. I spoke to [NAME-1]."])
    }

    /// Overlaps are settled by the order of ``PIIType/allCases`` last; the sort reads it
    /// from `listOrder`, which must follow that order.
    @Test func typeOrderFollowsTheListOfTypes() {
        #expect(PIIType.allCases.map(\.listOrder) == Array(PIIType.allCases.indices))
    }

    @Test func replacesNameLikeSpeakerLabels() {
        var call = TranscriptBuilder.transcript([(.unknown, "Hallo"), (.agent, "Dag Henk")])
        call.turns[0].speaker.label = "Henk Oosterhuis"
        let redacted = redactor.redact(call)
        #expect(redacted.transcript.turns[0].speaker.label == "Speaker-1")
        #expect(redacted.transcript.turns[1].speaker.label == "agent")
        #expect(redacted.transcript.turns[1].text == "Dag [NAME-1]")
    }

    /// `Subject:` opens an e-mail's line as a speaker would: its word is no name to redact later.
    @Test func readsNoNameInAMessageHeader() {
        let (text, _) = redactor.redactText("From: sandra@example.com\nSubject: Blue badge renewal\n\nThe Subject of my mail is my mum's badge.")
        #expect(!text.contains("[NAME"))
    }

    @Test func keepsSpeakerLabelsThatOnlyNumberASpeaker() {
        var call = TranscriptBuilder.transcript([(.unknown, "Hallo"), (.unknown, "Dag"), (.unknown, "Hoi")])
        call.turns[0].speaker.label = "#Person1#"
        call.turns[1].speaker.label = "SPEAKER_01"
        call.turns[2].speaker.label = "Person Henk"
        let labels = redactor.redact(call).transcript.turns.map(\.speaker.label)
        #expect(labels == ["#Person1#", "SPEAKER_01", "Speaker-1"])
    }

    @Test func resolvesOverlapsByLengthThenConfidenceThenTypeOrder() {
        func candidate(_ type: PIIType, _ range: Range<Int>, _ confidence: Double) -> PIICandidate {
            PIICandidate(type: type, range: range, confidence: confidence, detector: "t", canonicalValue: "v")
        }
        let kept = Redactor.resolveOverlaps([
            candidate(.phone, 0..<10, 0.9), candidate(.bsn, 2..<14, 0.5),
            candidate(.email, 20..<25, 0.5), candidate(.url, 20..<25, 0.9),
            candidate(.iban, 30..<35, 0.9), candidate(.bsn, 30..<35, 0.9),
        ])
        #expect(kept.map(\.type) == [.bsn, .url, .bsn])
    }

    @Test func redactsOutputWithoutTouchingPlaceholders() {
        let result = redactor.redactOutput("Bel [PHONE-1] of 06-87654321, mevrouw [NAME-2].")
        #expect(result.text == "Bel [PHONE-1] of [REDACTED-PHONE-1], mevrouw [NAME-2].")
        #expect(result.replaced == [.phone])
    }

    @Test func runsOnlyTheConfiguredDetectors() {
        let onlyEmail = Redactor(detectorNames: ["email"])
        let text = onlyEmail.redact(TranscriptBuilder.text("a@b.nl 06-12345678")).transcript.turns[0].text
        #expect(text == "[EMAIL-1] 06-12345678")
    }

    /// An answer to a question for a birth date is read as one only when the birth-date
    /// detector is on.
    @Test func readsAnswersOnlyForTheConfiguredDetectors() {
        let call = TranscriptBuilder.transcript([(.agent, "Wat is uw geboortedatum?"), (.customer, "12 maart 2019.")])
        let withoutBirthDates = Redactor(detectorNames: ["email", "name"]).redact(call).transcript.turns[1].text
        #expect(withoutBirthDates == "12 maart 2019.")
        let standard = Redactor.standard.redact(call).transcript.turns[1].text
        #expect(standard == "[DOB-1].")
    }

    /// Ranking only the candidates that overlap gives what ranking all of them at once gives,
    /// a winner widened over a loser of its type included.
    @Test func resolvesOverlapsAsOneRankingOverAllCandidates() {
        func rankedAtOnce(_ candidates: [PIICandidate]) -> [PIICandidate] {
            var kept: [PIICandidate] = []
            for candidate in candidates.sorted(by: Redactor.outranks) {
                let overlapping = kept.indices.filter { kept[$0].range.overlaps(candidate.range) }
                guard let first = overlapping.first else { kept.append(candidate); continue }
                let union = min(kept[first].range.lowerBound, candidate.range.lowerBound)..<max(kept[first].range.upperBound, candidate.range.upperBound)
                if kept[first].type == candidate.type, kept[first].type != .name, union != kept[first].range, kept.indices.allSatisfy({ $0 == first || !kept[$0].range.overlaps(union) }) {
                    kept[first].range = union
                }
            }
            return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
        var random = SplitMix(seed: 7)
        for _ in 0..<500 {
            let candidates = (0..<random.next(12)).map { _ in
                let start = random.next(60)
                return PIICandidate(type: PIIType.allCases[random.next(5)], range: start..<(start + 1 + random.next(15)), confidence: [0.5, 0.9][random.next(2)], detector: "t", canonicalValue: "v")
            }
            #expect(Redactor.resolveOverlaps(candidates) == rankedAtOnce(candidates))
        }
    }

    /// Two findings of one type that each reach past the other are one value: none of its
    /// words is left in the text.
    @Test func widensAWinnerOverALoserOfItsTypeThatReachesPastIt() {
        func candidate(_ type: PIIType, _ range: Range<Int>) -> PIICandidate {
            PIICandidate(type: type, range: range, confidence: 0.8, detector: "t", canonicalValue: "v")
        }
        let merged = Redactor.resolveOverlaps([candidate(.address, 0..<32), candidate(.address, 19..<46)])
        #expect(merged.map(\.range) == [0..<46])
        // Inside the winner, of another type, or a name: the winner alone.
        #expect(Redactor.resolveOverlaps([candidate(.address, 0..<32), candidate(.address, 4..<20)]).map(\.range) == [0..<32])
        #expect(Redactor.resolveOverlaps([candidate(.address, 0..<32), candidate(.name, 19..<46)]).map(\.range) == [0..<32])
        #expect(Redactor.resolveOverlaps([candidate(.name, 0..<32), candidate(.name, 19..<46)]).map(\.range) == [0..<32])
        let call = TranscriptBuilder.transcript([(.agent, "spreker 0: en wat is het nieuwe adres"), (.customer, "spreker 1: eerste constantijn huygensstraat vierentachtig twee hoog")])
        #expect(Redactor.standard.redact(call).transcript.turns[1].text == "spreker 1: [ADDRESS-1]")
    }
}

@Suite("First names next to known surnames")
struct FirstNameMentionTests {
    @Test func takesTheFirstNameBeforeAKnownSurname() {
        let call = TranscriptBuilder.transcript([
            (.customer, "Tom Evans, Oudegracht 201."),
            (.agent, "Thank you, Mr Evans. Ja Evans, dat klopt."),
        ])
        let texts = Redactor.standard.redact(call).transcript.turns.map(\.text)
        #expect(texts == ["[NAME-1], [ADDRESS-1].", "Thank you, Mr [NAME-1]. Ja [NAME-1], dat klopt."])
    }

    /// A first name whose capital is outside Latin-1 (`Ş`, `Ł`) before a known surname, and
    /// its later mentions.
    @Test func takesAFirstNameOpeningWithALatinExtendedCapital() {
        let call = TranscriptBuilder.transcript([
            (.customer, "Ja, samen met zijn begeleider, Şükrü Öztürk van het wijkteam."),
            (.customer, "Dat heeft Şükrü gezegd."),
        ])
        let texts = Redactor.standard.redact(call).transcript.turns.map(\.text)
        #expect(texts == ["Ja, samen met zijn begeleider, [NAME-1] van het wijkteam.", "Dat heeft [NAME-1] gezegd."])
    }

    /// A handle before a known name is no first name of it, so the handle stays everywhere.
    @Test func takesNoHandleForTheFirstNameBeforeAKnownName() {
        let call = TranscriptBuilder.transcript([
            (.agent, "@616965 Please send a DM. -Scott"),
            (.customer, "@CenturyLinkHelp Scott, there isn't anything."),
            (.customer, "@British_Airways Still nothing from @CenturyLinkHelp."),
        ])
        let texts = Redactor.standard.redact(call).transcript.turns.map(\.text)
        #expect(texts == ["@616965 Please send a DM. -[NAME-1]", "@CenturyLinkHelp [NAME-1], there isn't anything.", "@British_Airways Still nothing from @CenturyLinkHelp."])
    }

    /// Speech-to-text writes some turns all in lower case: a name found earlier in the call,
    /// first name included, is a lower-case word there.
    @Test func findsLaterMentionsInLowerCaseTurns() {
        let texts = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.agent, "Uw partner, Jelmer Hoekstra, had die moeten tekenen."),
            (.customer, "o ja, jelmer is op vakantie, hij komt vrijdag terug"),
        ])).transcript.turns.map(\.text)
        #expect(texts == ["Uw partner, [NAME-1], had die moeten tekenen.", "o ja, [NAME-1] is op vakantie, hij komt vrijdag terug"])
    }

    /// In a lower-case turn, a name that is also a word is the word after a pronoun, a modal,
    /// an article or `to`: `mark speaking` names the agent, `i'll mark it` does not.
    @Test func takesAWordForANameOnlyWhereANameStands() {
        let texts = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.agent, "council tax, mark speaking, how can i help?"),
            (.agent, "i'll mark it for review, and mark will call you back."),
        ])).transcript.turns.map(\.text)
        #expect(texts == ["council tax, [NAME-1] speaking, how can i help?", "i'll mark it for review, and [NAME-1] will call you back."])
    }

    /// A later mention of a surname as the first part of a double name takes the whole double
    /// name, its particle and the word after it, and the initial before it; an initial that is
    /// not the known person's makes it another person.
    @Test func takesADoubleNameAndItsInitialForALaterMention() {
        let texts = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.customer, "Goeie, mei Sjoerd Hiemstra. Ik heb een vraag."),
            (.customer, "Mijn vrouw heeft de aanslag op haar naam gekregen, T. Hiemstra-de Vries."),
            (.agent, "Dus mevrouw Hiemstra-de Vries krijgt het geld terug, en niet meneer Hiemstra."),
        ])).transcript.turns.map(\.text)
        #expect(texts[1] == "Mijn vrouw heeft de aanslag op haar naam gekregen, [NAME-2].")
        #expect(texts[2] == "Dus mevrouw [NAME-2] krijgt het geld terug, en niet meneer [NAME-1].")
    }

    /// A double name said later with the known person's initial or without a first name is
    /// that person.
    @Test func keepsTheKnownPersonForADoubleNameWithTheirInitial() {
        let texts = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.customer, "Mijn naam is Wilma Jansen."),
            (.agent, "Dank u. Staat het contract op W. Jansen-Bakker?"),
            (.customer, "Ja, Jansen-Bakker, zo staat het erop."),
        ])).transcript.turns.map(\.text)
        #expect(texts == ["Mijn naam is [NAME-1].", "Dank u. Staat het contract op [NAME-1]?", "Ja, [NAME-1], zo staat het erop."])
    }

    /// A first name before a mention takes no part of the known name after it away.
    @Test func keepsTheKnownWordsAfterAMentionWithTheFirstNameBeforeIt() {
        let texts = Redactor.standard.redact(TranscriptBuilder.transcript([(.customer, "My dad was Emmanuel Chukwuemeka Obi.")])).transcript.turns.map(\.text)
        #expect(texts == ["My dad was [NAME-1]."])
    }

    /// Initials without stops before a later mention of a surname belong to it.
    @Test func takesInitialsWithoutStopsForALaterMention() {
        let texts = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.customer, "His name was Harold James Whitcombe."),
            (.customer, "In the name of the estate of H J Whitcombe."),
        ])).transcript.turns.map(\.text)
        #expect(texts[1] == "In the name of the estate of [NAME-1].")
    }

    /// A later mention of a name after `den` that names a town is the town.
    @Test func takesNoTownForALaterMentionOfASurname() {
        let texts = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.agent, "gemeente den bosch meldingen goedemorgen"),
            (.customer, "ja goedemorgen met jan-pieter van den bosch ik wil iets melden"),
            (.agent, "dank u meneer van den bosch en woont u in den bosch"),
        ])).transcript.turns.map(\.text)
        #expect(texts == ["gemeente den bosch meldingen goedemorgen", "ja goedemorgen met [NAME-1] ik wil iets melden", "dank u meneer [NAME-1] en woont u in den bosch"])
    }

    /// `thank you` before a known name that is also a word thanks the person.
    @Test func takesTheNameThankedAfterThankYou() {
        let texts = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.agent, "can i take your name please"),
            (.customer, "it's erm grace grace adeyemi-cole"),
            (.agent, "thank you grace and can i just confirm your date of birth"),
        ])).transcript.turns.map(\.text)
        #expect(texts[2] == "thank you [NAME-1] and can i just confirm your date of birth")
    }

    /// A name that is also a verb (`Will`, `wil`) is found only where it is a name: mentions of
    /// it that open a sentence, or stand in a lower-case turn, are the verb.
    @Test func takesNoVerbForAMentionOfANameThatIsOne() {
        let texts = Redactor.standard.redact(TranscriptBuilder.transcript([
            (.customer, "It's for my son, Will, he's moved out."),
            (.agent, "Will he need a new permit? I can send one to Will."),
            (.customer, "ja, ik wil dat graag, en will i get a letter?"),
        ])).transcript.turns.map(\.text)
        #expect(texts == ["It's for my son, [NAME-1], he's moved out.", "Will he need a new permit? I can send one to [NAME-1].",
                          "ja, ik wil dat graag, en will i get a letter?"])
    }

    /// Mother and son with one surname keep two placeholders once the mother's middle name is
    /// read as part of her name.
    @Test func givesRelativesWithOneSurnameTheirOwnPlaceholders() {
        let texts = Redactor.standard.redact(TranscriptBuilder.transcript([(.customer, "Margaret Ellen Hughes, 14 Birchfield Avenue."), (.customer, "My name is Stephen Hughes.")])).transcript.turns.map(\.text)
        #expect(texts == ["[NAME-1], [ADDRESS-1].", "My name is [NAME-2]."])
    }

    /// A title before a name mentioned again stays in the text.
    @Test func leavesATitleBeforeALaterMention() {
        let call = TranscriptBuilder.transcript([(.agent, "Ik zie de aanvraag. Professor Brinkman van het UMC moet nog een verklaring sturen."),
                                                 (.customer, "Professor Brinkman heeft het beloofd.")])
        #expect(Redactor.standard.redact(call).transcript.turns.map(\.text) == ["Ik zie de aanvraag. Professor [NAME-1] van het UMC moet nog een verklaring sturen.",
                                                                        "Professor [NAME-1] heeft het beloofd."])
    }
}
