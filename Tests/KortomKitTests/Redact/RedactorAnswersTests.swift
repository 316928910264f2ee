import KortomTesting
import Testing
@testable import KortomKit

@Suite("Values given in answer to a question, and values read out over two turns")
struct RedactorAnswersTests {
    func redacted(_ turns: [(SpeakerRole, String)]) -> [String] {
        Redactor.standard.redact(TranscriptBuilder.transcript(turns)).transcript.turns.map(\.text)
    }

    /// An account reference given first is no name: `Reference` opens no name.
    @Test func readsNoReferenceAsAName() {
        let texts = redacted([(.agent, "Can I have the account reference and your name?"), (.customer, "Reference 600418274, and I'm Gareth Price-Jones.")])
        #expect(texts[1] == "Reference 600418274, and I'm [NAME-1].")
    }

    /// `dob` after a name typed in lower case is the birth date's cue, no part of the name.
    @Test func endsALowerCaseNameAtTheCueOfTheBirthDate() {
        let texts = redacted([(.agent, "Can you confirm your full name and DOB please?"), (.customer, "sharon o'donnell dob 12/3/85")])
        #expect(texts == ["Can you confirm your full name and DOB please?", "[NAME-1] dob [DOB-1]"])
    }

    /// A baby's age in months, in answer, with its unit; years stay outside the age.
    @Test func readsABabysAgeInMonthsInAnswer() {
        #expect(redacted([(.agent, "How old is the baby?"), (.customer, "Four month.")])[1] == "[AGE-1].")
        #expect(redacted([(.agent, "How old is she?"), (.customer, "Four year.")])[1] == "[AGE-1] year.")
    }

    @Test func readsAnAnswerToAQuestionForANameAsAName() {
        #expect(redacted([(.agent, "Wat is uw achternaam?"), (.customer, "Kowalczykowa.")]) == ["Wat is uw achternaam?", "[NAME-1]."])
        #expect(redacted([(.agent, "Who am I speaking with?"), (.customer, "Yes, it's Ngozi Okafor.")]) == ["Who am I speaking with?", "Yes, it's [NAME-1]."])
    }

    /// A question without its mark, as speech-to-text writes it, with the question word a few
    /// words before the cue and whose value it is after it.
    @Test func readsAnAnswerToAnUnmarkedQuestionWithItsQuestionWordBeforeTheCue() {
        #expect(redacted([(.agent, "en wat is de geboortedatum van ilyas"), (.customer, "drie oktober tweeduizend zestien")])[1] == "[DOB-1]")
        #expect(redacted([(.agent, "en de geboortedatum van ilyas die staat op de brief"), (.customer, "drie oktober")])[1] == "drie oktober")
    }

    /// A question word written as a contraction (`what's`) before the cue, and an Irish PPS
    /// number read out in answer.
    @Test func readsAnAnswerAfterAContractedQuestionWord() {
        #expect(redacted([(.agent, "grand and what's the pps number on the application"), (.customer, "six eight one four two two seven t")])[1] == "[DOCUMENT-1]")
    }

    /// An unmarked question whose cue is followed by what the value is for (`ter controle`).
    @Test func readsAnAnswerToAQuestionForAValueToCheck() {
        #expect(redacted([(.agent, "en uw geboortedatum ter controle"), (.customer, "negen september negenenzeventig")])[1] == "[DOB-1]")
    }

    /// `Thank you.` before the answer is no name.
    @Test func readsThanksBeforeAnAnswerAsNoName() {
        #expect(redacted([(.agent, "What was your father's name and address?"), (.customer, "Thank you. Harold James Whitcombe, 4 Orchard Close.")])[1]
            == "Thank you. [NAME-1], [ADDRESS-1].")
    }

    /// Initials alone are no name, except as the answer to a question for them.
    @Test func readsInitialsAsANameOnlyInAnswerToAQuestionForThem() {
        #expect(redacted([(.agent, "En uw voorletters?"), (.customer, "A.J.")]) == ["En uw voorletters?", "[NAME-1]"])
        #expect(redacted([(.agent, "And your initials?"), (.customer, "Yes, J. R.")])[1] == "Yes, [NAME-1]")
        #expect(redacted([(.agent, "Wat is uw naam?"), (.customer, "A.J.")])[1] == "A.J.")
        #expect(redacted([(.agent, "En uw voorletters?"), (.customer, "Die staan op de brief.")])[1] == "Die staan op de brief.")
    }

    /// A plate read out without a cue of its own, in the turn after one that speaks of a plate,
    /// by either speaker; not after a turn that speaks only of a car.
    @Test func readsAPlateReadOutAfterATurnThatSpeaksOfAPlate() {
        let afterPlate = redacted([
            (.agent, "bij een bestuurderskaart staat er geen kenteken op maar voor de plaats voor de deur wel"),
            (.customer, "dan de h b n zeven twee t dat is de automaat"),
        ])
        #expect(afterPlate[1] == "dan de [PLATE-1] dat is de automaat")
        let afterCar = redacted([(.agent, "welke auto gebruikt u meestal"), (.customer, "dan de h b n zeven twee t dat is de automaat")])
        #expect(afterCar[1] == "dan de h b n zeven twee t dat is de automaat")
    }

    /// A name given with a number after it: a date of birth ends the name, a room does not
    /// become part of it.
    @Test func endsANameGivenWithANumberAfterIt() {
        #expect(redacted([(.agent, "Your name and room number, please?"), (.customer, "Tom Wilson in Room 306.")])[1] == "[NAME-1] in Room 306.")
        #expect(redacted([(.agent, "What's your partner's name and date of birth?"), (.customer, "jordan mcallister 22.11.94")])[1] == "[NAME-1] [DOB-1]")
    }

    /// A question for an address other than the one on file asks for an address too.
    @Test func readsAnAnswerToAQuestionForANewOrForwardingAddress() {
        #expect(redacted([(.agent, "Wat is uw nieuwe adres?"), (.customer, "Noard 27.")])[1] == "[ADDRESS-1].")
        #expect(redacted([(.agent, "Do you have a forwarding address for her?"), (.customer, "Yes, Carrow 14.")])[1] == "Yes, [ADDRESS-1].")
        // Where the caller moves to, asked as speech-to-text writes it.
        #expect(redacted([(.agent, "speaker 0: and where are you moving to"), (.customer, "speaker 1: twenty two harlow gardens in romford")])[1]
            == "speaker 1: [ADDRESS-1] in romford")
    }

    /// Asked for a postcode and house number, the number after `nummer` further on in the answer.
    @Test func readsTheHouseNumberAfterItsWordInAnAnswer() {
        #expect(redacted([(.agent, "en je postcode en huisnummer"), (.customer, "dat weet ik niet precies nummer honderd vier")])[1] == "dat weet ik niet precies nummer [ADDRESS-1]")
        // Asked for a house number alone, where something is: no one's address.
        #expect(redacted([(.agent, "Bij welk huisnummer ongeveer?"), (.customer, "Tegenover nummer 12, bij de ingang.")])[1] == "Tegenover nummer 12, bij de ingang.")
    }

    @Test func readsAnAnswerToAQuestionForAPassportAsADocumentNumber() {
        #expect(redacted([(.agent, "What's the number of your current passport?"), (.customer, "NX4R82K51.")])[1] == "[DOCUMENT-1].")
        #expect(redacted([(.agent, "Wilt u een nieuw paspoort?"), (.customer, "Ja, graag.")])[1] == "Ja, graag.")
    }

    @Test func readsTheSecurityCodeAskedForAsTheDigitsOnTheBack() {
        #expect(redacted([(.agent, "And the three digits on the back?"), (.customer, "512.")])[1] == "[CARD-1].")
        #expect(redacted([(.agent, "En de drie cijfers op de achterkant?"), (.customer, "Die zijn 804.")])[1] == "Die zijn [CARD-1].")
        // Read out in words, after `the security number on the back` without a question mark.
        #expect(redacted([(.agent, "speaker 1: and the security number on the back"), (.customer, "speaker 2: three one one")])[1] == "speaker 2: [CARD-1]")
    }

    /// A baby's age and a child's of the same number are two values.
    @Test func keepsAnAgeInMonthsApartFromTheSameInYears() {
        #expect(redacted([(.customer, "Our baby is six months old and my son is six.")])[0] == "Our baby is [AGE-1] old and my son is [AGE-2].")
    }

    /// The question says what a value is: an NHS number read out is no phone number.
    @Test func readsTheValueAsTheTypeTheQuestionAsksFor() {
        #expect(redacted([(.agent, "And his NHS number, if you have it?"), (.customer, "Yes, it's oh eight three, oh one six, six one three oh.")])[1]
            == "Yes, it's [DOCUMENT-1].")
    }

    @Test func readsEveryPastDateInAnAnswerForABirthDateAsOne() {
        let texts = redacted([(.agent, "Wat is de geboortedatum van de kinderen?"), (.customer, "16-07-2018 en de jongste is van 2 oktober 2021.")])
        #expect(texts[1] == "[DOB-1] en de jongste is van [DOB-2].")
        let plural = redacted([(.agent, "En de namen en geboortedata van de kinderen?"), (.customer, "Yasmine, 12 mei 2016, en Adam, 3 januari 2019.")])
        #expect(plural[1].contains("[DOB-1]") && plural[1].contains("[DOB-2]"))
    }

    @Test func readsAnAnswerForAnAddressOrAPlateWithTheQuestionsCue() {
        #expect(redacted([(.agent, "En wat is uw adres?"), (.customer, "Vinkhuizen 211.")])[1] == "[ADDRESS-1].")
        #expect(redacted([(.agent, "Wat is het kenteken?"), (.customer, "gz-124-x")])[1] == "[PLATE-1]")
    }

    /// `Graag.` only acknowledges the offer: the number comes in the turn after it.
    @Test func readsTheAnswerAfterAnAcknowledgement() {
        let texts = redacted([(.customer, "Haar BSN heeft u nodig?"), (.agent, "Graag."), (.customer, "231847615, dat is het.")])
        #expect(texts[2] == "[BSN-1], dat is het.")
        let longer = redacted([(.customer, "Haar BSN heeft u nodig?"), (.agent, "Nee hoor, dat is niet nodig voor deze aanvraag."), (.customer, "231847615 dan.")])
        #expect(longer[2] == "231847615 dan.")
        // A short answer is no acknowledgement: the turn after it answers nothing.
        let answered = redacted([(.agent, "En uw geboortedatum?"), (.customer, "27-09-1970."), (.agent, "U had een afspraak op donderdag 4 december.")])
        #expect(answered == ["En uw geboortedatum?", "[DOB-1].", "U had een afspraak op donderdag 4 december."])
    }

    @Test func readsAnswersToQuestionsForSomeoneElsesName() {
        let texts = redacted([(.agent, "Wat is haar naam?"), (.customer, "Cornelia van der Heijden, maar iedereen noemt haar Corrie.")])
        #expect(texts[1].hasPrefix("[NAME-1], maar"))
        #expect(redacted([(.agent, "And his name?"), (.customer, "Dewi.")])[1] == "[NAME-1].")
    }

    @Test func readsAnAgeGivenAloneInAnswerToAQuestionForIt() {
        #expect(redacted([(.agent, "Hoe oud is uw dochter?"), (.customer, "Zes, ze zit in groep drie.")])[1] == "[AGE-1], ze zit in groep drie.")
        #expect(redacted([(.agent, "And how old is he?"), (.customer, "Eighty-seven.")])[1] == "[AGE-1].")
        #expect(redacted([(.agent, "Hoe oud is de melding?"), (.customer, "Twee weken.")])[1] == "Twee weken.")
    }

    /// A title before a name given in answer is no part of the name; `her address` asks for
    /// one, whose street word may be an everyday word after the question.
    @Test func readsATitledNameAndAnAddressGivenInAnswerInLowerCase() {
        #expect(redacted([(.agent, "ok thank you for calling can i take her name"), (.customer, "it's mrs doreen fairclough")])[1] == "it's mrs [NAME-1]")
        #expect(redacted([(.agent, "and her address"), (.customer, "six primrose hill o l four two r x")])[1] == "[ADDRESS-1] [POSTCODE-1]")
    }

    /// `DOB` and `Geb. datum` ask for a date of birth, as chats shorten them.
    @Test func readsAnAnswerToAShortenedQuestionForADateOfBirth() {
        #expect(redacted([(.agent, "And your DOB?"), (.customer, "23/11/90")])[1] == "[DOB-1]")
        #expect(redacted([(.agent, "Geb. datum voor de controle?"), (.customer, "12-3-88")])[1] == "[DOB-1]")
    }

    /// In lower case: a house number in tens and units, a plate after `op welk kenteken staat
    /// hij`, a full name and the name people call someone by, said apart.
    @Test func readsMoreAnswersWithoutAQuestionMark() {
        #expect(redacted([(.agent, "speaker 0: and the house number"), (.customer, "speaker 1: forty two")])[1] == "speaker 1: [ADDRESS-1]")
        #expect(redacted([(.agent, "and the house number or name"), (.customer, "twelve and it's the ground floor flat")])[1] == "[ADDRESS-1] and it's the ground floor flat")
        #expect(redacted([(.agent, "spreker 1: vervelend mevrouw op welk kenteken staat hij"), (.customer, "spreker 2: g v nul zeven een k")])[1] == "spreker 2: [PLATE-1]")
        #expect(redacted([(.agent, "speaker 0: ok no problem what's her name"), (.customer, "speaker 1: margaret o'connell peggy everyone calls her")])[1]
            == "speaker 1: [NAME-1] [NAME-2] everyone calls her")
    }

    /// A number that ends its clause, in a turn that denies an address read back, is the
    /// caller's house number, not an age; other numbers there are left.
    @Test func readsAHouseNumberGivenInPlaceOfAnAddressReadBack() {
        #expect(redacted([(.agent, "Is that 23 Hawthorn Close, NE6 5TX?"), (.customer, "No, that's my neighbour! I'm 32. Kim Robson.")])[1] == "No, that's my neighbour! I'm [ADDRESS-2]. [NAME-1].")
        #expect(redacted([(.agent, "Is that 23 Hawthorn Close?"), (.customer, "No, I have 2 kids.")])[1] == "No, I have 2 kids.")
    }

    /// `who am i speaking with` asks for a name without its mark; Welsh names are listed.
    @Test func readsAnAnswerToWhoAmISpeakingWith() {
        #expect(redacted([(.agent, "speaker 0: and who am i speaking with"), (.customer, "speaker 1: rhodri rhodri bevan")])[1] == "speaker 1: [NAME-1] [NAME-1]")
    }

    /// An age read back as a question and said again in the answer: the same age, not another number.
    @Test func readsAnAgeSaidAgainToConfirmAReadBack() {
        #expect(redacted([(.agent, "We'd need a falls assessment, he's seventy four?"), (.customer, "Seventy-four, yes.")])[1] == "[AGE-1], yes.")
        #expect(redacted([(.agent, "Dus ze is 87?"), (.customer, "87, klopt.")])[1] == "[AGE-1], klopt.")
        #expect(redacted([(.agent, "He's seventy four?"), (.customer, "Seventy, and four more in March.")])[1] == "Seventy, and four more in March.")
    }

    /// A number broken off, or read without its leading `nul`, is part of the phone number
    /// asked for; the same words elsewhere are no phone number.
    @Test func readsTheStartOfAPhoneNumberGivenWhenAskedForOne() {
        let texts = redacted([(.agent, "Mag ik uw mobiele nummer voor een sms?"), (.customer, "zes vijf vijf een acht twee nul negen... sorry, 06 55 18 20 94.")])
        #expect(texts[1] == "[PHONE-1]... sorry, [PHONE-2].")
        #expect(redacted([(.agent, "Hoe gaat het?"), (.customer, "zes vijf vijf een acht twee nul negen.")])[1] == "zes vijf vijf een acht twee nul negen.")
    }

    @Test func readsACardNumberGivenWhenAskedToPayByCard() {
        let texts = redacted([(.agent, "Would you like to pay by card now?"), (.customer, "Go on then. 4929 1208 5532 7746, expiry 08/28.")])
        #expect(texts[1] == "Go on then. [CARD-1], expiry 08/28.")
    }

    /// Only from the sentence of the question on: `Ik heb uw naam.` asks for nothing, while an
    /// abbreviation's full stop ends no sentence.
    @Test func aStatementBeforeTheQuestionAsksForNothing() {
        #expect(redacted([(.agent, "Uw achternaam heb ik al. Wat is het kenteken?"), (.customer, "Kowalczykowa.")])[1] == "Kowalczykowa.")
        #expect(redacted([(.agent, "En wat is uw achternaam, mw.?"), (.customer, "Kowalczykowa.")])[1] == "[NAME-1].")
    }

    /// Rural addresses have a house name and no number.
    @Test func readsAnAddressWithoutANumberGivenWhenAskedForOne() {
        #expect(redacted([(.agent, "Which address is he picked up from?"), (.customer, "The Old Forge, Mill Lane, PH2 7LQ.")])[1] == "[ADDRESS-1], [POSTCODE-1].")
        #expect(redacted([(.agent, "En uw adres?"), (.customer, "Hoeve De Eik, Kerkweg, in Lunteren.")])[1] == "[ADDRESS-1], in Lunteren.")
        #expect(redacted([(.agent, "What is your address?"), (.customer, "Yes, I know, Thank You.")])[1] == "Yes, I know, Thank You.")
        #expect(redacted([(.agent, "En uw adres?"), (.customer, "Amsterdam, denk ik.")])[1] == "Amsterdam, denk ik.")
        // With a number, the street and the number are one address, as the detector reads it.
        #expect(redacted([(.agent, "Op welk adres?"), (.customer, "Staatsliedenwijk, Thorbeckeweg 66, 1325 LV Almere.")])[1] == "Staatsliedenwijk, [ADDRESS-1], [POSTCODE-1].")
    }

    @Test func aStatementAsksForNothing() {
        let texts = redacted([(.customer, "Mijn geboortedatum staat op het formulier."), (.agent, "De termijn gaat op 28 november 2019 in.")])
        #expect(texts[1] == "De termijn gaat op 28 november 2019 in.")
    }

    @Test func joinsAnIBANReadInTwoParts() {
        let texts = redacted([(.customer, "Mijn IBAN is NL91 ABNA"), (.agent, "Ja."), (.customer, "0417 1643 00, dat is hem.")])
        #expect(texts == ["Mijn IBAN is [IBAN-1]", "Ja.", "[IBAN-1], dat is hem."])
    }

    /// Read out in words, the account number takes more than forty bytes.
    @Test func joinsAnIBANReadOutInTwoParts() {
        let texts = redacted([(.customer, "dat is nl twaalf rabo"), (.agent, "ja"), (.customer, "zeven acht zeven vijf vier zes drie zes negen twee")])
        #expect(texts == ["dat is [IBAN-1]", "ja", "[IBAN-1]"])
    }

    @Test func joinsAPhoneNumberReadInTwoParts() {
        let texts = redacted([(.customer, "Mijn nummer is 06 12"), (.agent, "Ja, ga door."), (.customer, "34 56 78.")])
        #expect(texts == ["Mijn nummer is [PHONE-1]", "Ja, ga door.", "[PHONE-1]."])
        let english = redacted([(.customer, "It's +44 7700"), (.agent, "Go on."), (.customer, "900 461.")])
        #expect(english == ["It's [PHONE-1]", "Go on.", "[PHONE-1]."])
    }

    /// Parts that are not the groups the number is written in: joined without the space.
    @Test func joinsABSNReadInPartsOfAnyLength() {
        let texts = redacted([(.agent, "Heeft u haar burgerservicenummer?"), (.customer, "Even kijken, 2742"), (.agent, "Ja."), (.customer, "43398.")])
        #expect(texts == ["Heeft u haar burgerservicenummer?", "Even kijken, [BSN-1]", "Ja.", "[BSN-1]."])
        // Digits that make no valid number together stay apart.
        let apart = redacted([(.customer, "Het waren er 2742"), (.agent, "Ja."), (.customer, "43397 keer, zeg maar.")])
        #expect(apart == ["Het waren er 2742", "Ja.", "43397 keer, zeg maar."])
    }

    /// Speech-to-text cuts a value read slowly into segments of one speaker: a number over
    /// three turns, a postcode read out over two.
    @Test func joinsAValueReadOutOverSeveralTurnsOfOneSpeaker() {
        let phone = redacted([(.agent, "and a number in case the crew can't find it"), (.customer, "oh two oh"), (.customer, "eight eight five four"), (.customer, "six one two nine")])
        #expect(phone == ["and a number in case the crew can't find it", "[PHONE-1]", "[PHONE-1]", "[PHONE-1]"])
        let postcode = redacted([(.agent, "what's the postcode"), (.customer, "it's s e eighteen"), (.customer, "seven b q")])
        #expect(postcode == ["what's the postcode", "it's [POSTCODE-1]", "[POSTCODE-1]"])
        // A Dutch postcode's digits and letters at a join, written: none.
        #expect(redacted([(.customer, "Dat was in 2024"), (.customer, "OK, dank u.")]) == ["Dat was in 2024", "OK, dank u."])
    }

    @Test func doesNotJoinTurnsThatAreNotOneValue() {
        let texts = redacted([(.customer, "Het gaat om kamer 12"), (.agent, "Ja."), (.customer, "34 mensen kwamen.")])
        #expect(texts == ["Het gaat om kamer 12", "Ja.", "34 mensen kwamen."])
    }

    @Test func readsAnAnswerToAQuestionThatEndsInTheWordName() {
        #expect(redacted([(.agent, "And the tenant's name?"), (.customer, "That's me, Abimbola Adeyemi-Clarke.")])[1] == "That's me, [NAME-1].")
        #expect(redacted([(.agent, "En uw naam?"), (.customer, "Kowalczykowa.")])[1] == "[NAME-1].")
    }

    /// `op naam van` asks in whose name something is: the answer is read for what it is.
    @Test func readsNoNameInAnswerToAQuestionInWhoseNameANumberIs() {
        let texts = redacted([(.agent, "Dank u. En het btw-nummer staat op naam van de eenmanszaak?"), (.customer, "Ja, NL001234567B01.")])
        #expect(texts[1] == "Ja, [DOCUMENT-1].")
        #expect(redacted([(.agent, "En op welke naam staat de aansluiting?"), (.customer, "m. el khatib")])[1] == "[NAME-1]")
    }

    /// `in your name?` asks whose name something is in: a yes or a no, not a name.
    @Test func readsNoNameInAnswerToAQuestionInWhoseNameSomethingIs() {
        #expect(redacted([(.agent, "Is the account in your name?"), (.customer, "Joint, with my partner.")])[1] == "Joint, with my partner.")
        #expect(redacted([(.agent, "Staat het huurcontract op uw naam?"), (.customer, "Samen, met mijn vriend.")])[1] == "Samen, met mijn vriend.")
    }

    /// A question in lower case that opens with a question word is one, whatever follows the cue.
    @Test func readsAnAnswerToALowerCaseQuestionWithAQuestionWord() {
        let texts = redacted([(.agent, "agent: oké en op welk adres woont uw moeder"), (.customer, "beller: kraaiennest honderdtwaalf elf nul vier c c")])
        #expect(texts[1] == "beller: [ADDRESS-1] [POSTCODE-1]")
    }

    /// A name and an address asked at once, typed in lower case in a chat.
    @Test func readsANameAndAnAddressTypedInLowerCase() {
        let texts = redacted([(.agent, "Thank you. And your full name and address?"), (.customer, "kelly-marie tranter, flat 3 14 brindley road WV4 6AA")])
        #expect(texts[1] == "[NAME-1], [ADDRESS-1] [POSTCODE-1]")
    }

    /// A street without its number asked for and given in lower case; an organisation's PO box
    /// given as where a letter went is none.
    @Test func readsALowerCaseStreetAskedForAndKeepsAPostOfficeBox() {
        #expect(redacted([(.agent, "speaker 0: and what's the street"), (.customer, "speaker 1: harebell close in parkside")])[1] == "speaker 1: [ADDRESS-1] in parkside")
        #expect(redacted([(.agent, "speaker 0: and where do you live"), (.customer, "speaker 1: by the village green")])[1] == "speaker 1: by the village green")
        // An article before the street is no part of it.
        #expect(redacted([(.agent, "spreker 1: en in welke straat is dat"), (.customer, "spreker 2: de vlinderweg in krommenie")])[1] == "spreker 2: de [ADDRESS-1] in krommenie")
        // Where a thing is or happens, not where someone lives.
        #expect(redacted([(.agent, "Medewerker: In welke straat gaat het om?"), (.customer, "Klant: de Lijsterbesstraat, tussen de nummers")])[1] == "Klant: de Lijsterbesstraat, tussen de nummers")
        #expect(redacted([(.agent, "Agent: Which street is the pothole on?"), (.customer, "Caller: Harebell Close, by the school.")])[1] == "Caller: Harebell Close, by the school.")
        #expect(redacted([(.agent, "agent: naar welk adres heeft u het gestuurd"), (.customer, "beller: naar postbus tweehonderdvijftig in tiel")])[1]
            == "beller: naar postbus tweehonderdvijftig in tiel")
    }

    @Test func readsAnAnswerToAQuestionForAForeignNationalsNumber() {
        #expect(redacted([(.agent, "Dank u. Heeft u uw v-nummer bij de hand?"), (.customer, "Ja, 2674 1093 88.")])[1] == "Ja, [DOCUMENT-1].")
    }

    /// Several names asked at once, given with a date or an age between them.
    @Test func readsTheNamesInAnswerToAQuestionForSeveral() {
        let texts = redacted([(.agent, "What are your daughters' names and dates of birth?"), (.customer, "Zofia, 14/06/2016, and Maja, 2nd of November 2018.")])
        #expect(texts[1] == "[NAME-1], [DOB-1], and [NAME-2], [DOB-2].")
    }

    @Test func readsALowerCaseNameInAnswerToAQuestionForOne() {
        #expect(redacted([(.agent, "hoe heet uw dochter?"), (.customer, "shanaya, ze is veertien")])[1] == "[NAME-1], ze is [AGE-1]")
        #expect(redacted([(.agent, "and your name please"), (.customer, "maureen o'donoghue")])[1] == "[NAME-1]")
        #expect(redacted([(.agent, "Staat het op uw naam?"), (.customer, "Nee, op die van mijn broer.")])[1] == "Nee, op die van mijn broer.")
    }

    @Test func readsAnAnswerToAQuestionForABadgeOrNHSNumber() {
        #expect(redacted([(.agent, "Do you have her badge number?"), (.customer, "It's PG 1194 5530 L.")])[1] == "It's [DOCUMENT-1].")
        #expect(redacted([(.agent, "And his NHS number?"), (.customer, "943 476 5919.")])[1] == "[DOCUMENT-1].")
    }

    @Test func readsAnAnswerToAQuestionForASortCode() {
        #expect(redacted([(.agent, "Can you give me the sort code and account number?"), (.customer, "It's 20-45-77, and 31926819.")])[1] == "It's [IBAN-1], and [IBAN-2].")
    }

    @Test func readsAnAnswerToAQuestionForSomeoneElsesName() {
        #expect(redacted([(.agent, "What's your son's name and date of birth?"), (.customer, "Kacper, born 9th of January 2014.")])[1] == "[NAME-1], born [DOB-1].")
    }

    /// A house number alone is an address only as the answer to a question for one.
    @Test func readsAHouseNumberGivenInAnswerToAQuestionForOne() {
        #expect(redacted([(.agent, "En het huisnummer?"), (.customer, "Zevenentwintig.")])[1] == "[ADDRESS-1].")
        #expect(redacted([(.agent, "And the door number?"), (.customer, "22b.")])[1] == "[ADDRESS-1].")
        #expect(redacted([(.agent, "en het huisnummer"), (.customer, "honderdtwaalf")])[1] == "[ADDRESS-1]")
        #expect(redacted([(.agent, "En het huisnummer?"), (.customer, "Dat weet ik niet.")])[1] == "Dat weet ik niet.")
        #expect(redacted([(.agent, "Hoeveel kinderen?"), (.customer, "Drie.")])[1] == "Drie.")
    }

    @Test func readsEveryAgeInAListGivenInAnswer() {
        #expect(redacted([(.agent, "How old are they?"), (.customer, "Eleven, eight and three.")])[1] == "[AGE-1], [AGE-2] and [AGE-3].")
    }

    @Test func readsASecurityCodeGivenInAnswer() {
        #expect(redacted([(.agent, "And the expiry and security code?"), (.customer, "04/29, and 123.")])[1] == "04/29, and [CARD-1].")
    }

    @Test func readsADoubleNameWhoseFirstPartIsKnown() {
        let texts = redacted([(.agent, "Hoe is uw achternaam?"), (.customer, "Kowalski."), (.agent, "En die van uw vrouw?"), (.customer, "Dus Kowalski-Dijkstra zou het worden.")])
        // The double name whole, as one mention of the person known by its first part.
        #expect(texts[3] == "Dus [NAME-1] zou het worden.")
    }

    @Test func readsAFamilyNamedByANameFoundBefore() {
        let texts = redacted([(.customer, "I'm calling about the Hendersons at number 12."), (.customer, "Mr Henderson had a fall last week.")])
        #expect(texts[0] == "I'm calling about the [NAME-1] at number [ADDRESS-1].")
    }

    /// An agent asks for a value without a question mark: `I'll need ...`, `... nodig.`
    @Test func readsAValueGivenAfterARequestWithoutAQuestionMark() {
        #expect(redacted([(.agent, "Ok. I'll need his national insurance number."), (.customer, "it's j h four seven two nine one eight c.")])[1] == "it's [DOCUMENT-1].")
        #expect(redacted([(.agent, "Dan heb ik uw huisnummer nodig."), (.customer, "Zevenentwintig.")])[1] == "[ADDRESS-1].")
    }

    /// A caller who gives their own value `als u dat nodig heeft` asks for nothing.
    @Test func readsNoRequestInASentenceThatGivesTheSpeakersOwnValue() {
        let texts = redacted([(.customer, "Mijn geboortedatum is 18 december 1949, als u dat nodig heeft."), (.agent, "Dank u. De eerste termijn gaat op 28 november.")])
        #expect(texts[1] == "Dank u. De eerste termijn gaat op 28 november.")
    }

    /// `Op welke naam ...?` asks for a name, unlike `Staat het op uw naam?`.
    @Test func readsAnAnswerToAQuestionForWhichName() {
        #expect(redacted([(.agent, "En op welke naam staat de aansluiting?"), (.customer, "M. El Khatib")])[1] == "[NAME-1]")
        #expect(redacted([(.agent, "Staat het op uw naam?"), (.customer, "Ja.")])[1] == "Ja.")
    }

    /// A name answered in lower case with an initial (`m. el khatib`), as people chat.
    @Test func readsALowerCaseNameWithAnInitialGivenInAnswer() {
        #expect(redacted([(.agent, "Wat is uw naam?"), (.customer, "m. el khatib")])[1] == "[NAME-1]")
    }

    /// A name typed in lower case in a turn with capitals counts after a name question only
    /// with a listed name among its words.
    @Test func readsALowerCaseNameInATurnWithCapitalsOnlyWithAListedName() {
        #expect(redacted([(.agent, "Could you confirm your full name and address?"), (.customer, "tom o'neill, 27 Carlton Rd")])[1] == "[NAME-1], [ADDRESS-1]")
        #expect(redacted([(.customer, "My name is spelt wrong on the letter, it says Smith.")])[0] == "My name is spelt wrong on the letter, it says [NAME-1].")
    }

    /// A house number corrected when the agent reads the address back, and said again after.
    @Test func readsAHouseNumberCorrectedAfterTheAddressIsReadBack() {
        let texts = redacted([(.agent, "Ik lees het adres voor: Deldenerstraat 88a. Klopt dat?"), (.customer, "Nee, het is 88b, niet a."), (.agent, "Dus 88b.")])
        #expect(texts == ["Ik lees het adres voor: [ADDRESS-1]. Klopt dat?", "Nee, het is [ADDRESS-2], niet a.", "Dus [ADDRESS-2]."])
        // A British postcode ends in no house number: `the 2nd` after `LS6 2EJ` is a date.
        #expect(redacted([(.customer, "45 Carlton Avenue, LS6 2EJ."), (.agent, "I've applied it from the 2nd.")])[1] == "I've applied it from the 2nd.")
    }

    /// Speech-to-text writes a question without its mark: in a lower-case turn, a cue that ends
    /// the turn asks for its value.
    @Test func readsAnAnswerToAQuestionWithoutItsMark() {
        #expect(redacted([(.agent, "and your date of birth"), (.customer, "third of march eighty six")]) == ["and your date of birth", "[DOB-1]"])
        #expect(redacted([(.agent, "your date of birth is on file so that's fine"), (.customer, "third of march eighty six")])[1] == "third of march eighty six")
        // With capitals, the turn must open with `And` to ask (``readsAnAnswerToAValueNamedAfterAnd()``).
        #expect(redacted([(.agent, "Your date of birth"), (.customer, "Third of March, eighty six.")])[1] == "Third of March, eighty six.")
    }

    /// Without its mark, a question may end in words that close it after its cue (`please`,
    /// `is zij`, `number`), and a speaker written in front with a digit (`spreker 1:`) gives
    /// no value.
    @Test func readsAnAnswerToAQuestionWithoutItsMarkThatClosesWithMoreWords() {
        #expect(redacted([(.agent, "ok can i take your name please"), (.customer, "sharon mcallister")])[1] == "[NAME-1]")
        #expect(redacted([(.agent, "spreker 1: en uw vrouw hoe oud is zij"), (.customer, "spreker 2: die is zesentachtig ze is twee jaar ouder dan ik")])[1]
            == "spreker 2: die is [AGE-1] ze is twee jaar ouder dan ik")
        #expect(redacted([(.agent, "thank you and your national insurance number"), (.customer, "j n five five four one two two c")])[1] == "[DOCUMENT-1]")
        #expect(redacted([(.agent, "can i take your name please"), (.customer, "toffee apple")])[1] == "[NAME-1]")
        #expect(redacted([(.agent, "can i take your name and tell you about our offers"), (.customer, "toffee apple")])[1] == "toffee apple")
    }

    /// Only an address read back as a question is corrected in the next turn.
    @Test func correctsNoHouseNumberAfterAnAddressThatAsksNothing() {
        #expect(redacted([(.customer, "27 Clarence Road, that's Flat 2."), (.agent, "The 2 bedroom ones are bigger.")])[1] == "The 2 bedroom ones are bigger.")
    }

    /// `Nummer 24.` answers a question for a house number; `Welk nummer is dat?` asks for the
    /// kind of number the sentence before it names.
    @Test func readsAHouseNumberAfterTheWordNumberInAnswer() {
        #expect(redacted([(.agent, "Wat is uw huisnummer?"), (.customer, "Nummer 24.")]) == ["Wat is uw huisnummer?", "Nummer [ADDRESS-1]."])
        #expect(redacted([(.agent, "Dan neem ik zijn huisnummer ook op. Welk nummer is dat?"), (.customer, "Nummer 24.")])[1] == "Nummer [ADDRESS-1].")
        #expect(redacted([(.agent, "Dat is genoteerd. Welk nummer is dat?"), (.customer, "Nummer 24.")])[1] == "Nummer 24.")
    }

    /// The street said again with the corrected number, and an addition after a dash.
    @Test func readsTheStreetSaidAgainWithACorrectedHouseNumber() {
        #expect(redacted([(.agent, "U woont op de Tuinen 14?"), (.customer, "Klopt, Tuinen 14-1 eigenlijk, de bovenwoning.")])
            == ["U woont op de [ADDRESS-1]?", "Klopt, [ADDRESS-2] eigenlijk, de bovenwoning."])
        #expect(redacted([(.agent, "Gedempte Oude Gracht 112, klopt dat?"), (.customer, "Ja, Oude Gracht 112 2-hoog.")])
            == ["[ADDRESS-1], klopt dat?", "Ja, [ADDRESS-2]."])
        #expect(redacted([(.agent, "U woont op de Tuinen 14?"), (.customer, "Ja, en mijn moeder op de Dorpsstraat 14-2.")])[1] == "Ja, en mijn moeder op de [ADDRESS-2].")
    }

    /// A house number said in words at the end of an address, said again by the other speaker
    /// in the next turn with an addition: the address too; not a count of years.
    @Test func readsAHouseNumberInWordsSaidAgainInTheNextTurn() {
        #expect(redacted([(.agent, "klopt woont u nog op de jan steenlaan eenenveertig"), (.customer, "ja eenenveertig a eigenlijk de bovenste bel")])
            == ["klopt woont u nog op de [ADDRESS-1]", "ja [ADDRESS-2] eigenlijk de bovenste bel"])
        #expect(redacted([(.agent, "woont u nog op de molenstraat twaalf"), (.customer, "ja al twaalf jaar")])[1] == "ja al twaalf jaar")
    }

    /// A question asked with its verb and `u` (`weet u het documentnummer ...`) asks for its
    /// value without a question mark, with words after the cue.
    @Test func readsAnAnswerToAQuestionAskedWithItsVerb() {
        #expect(redacted([(.agent, "weet u het documentnummer van het paspoort dat kwijt is"), (.customer, "ja het is b n zeven f twee k acht l vier")])[1]
            == "ja het is [DOCUMENT-1]")
    }

    /// A British account number given in answer, after its sort code: not before one is given.
    @Test func readsAnAccountNumberGivenAfterItsSortCode() {
        #expect(redacted([(.agent, "what's the new sort code"), (.customer, "forty nine twenty two eleven"), (.agent, "and the account number"),
                          (.customer, "three one nine two eight four five six")]) == ["what's the new sort code", "[IBAN-1]", "and the account number", "[IBAN-2]"])
        #expect(redacted([(.agent, "can i take your council tax account number"), (.customer, "five zero zero two three nine one eight")])[1]
            == "five zero zero two three nine one eight")
    }

    /// A value found whole in a turn is not cut in two by a value read across turns: a card
    /// read out, then the first words of its expiry.
    @Test func cutsNoValueFoundWholeWithOneReadAcrossTurns() {
        let texts = redacted([(.customer, "yeah four one three oh four six seven five eight nine six one seven three eight six"), (.agent, "expiry"),
                              (.customer, "oh nine twenty nine")])
        #expect(texts == ["yeah [CARD-1]", "expiry", "oh nine twenty nine"])
    }

    /// A question without its mark may end with the first name of the person asked.
    @Test func readsAnAnswerToAQuestionEndingWithTheNameOfThePersonAsked() {
        #expect(redacted([(.agent, "and your address siobhan"), (.customer, "forty two the crescent keynsham")])[1] == "[ADDRESS-1] keynsham")
    }

    /// A Welsh address without a number in answer: the house's name, then a street whose
    /// street word comes first.
    @Test func readsAWelshHouseAndStreetGivenInAnswer() {
        #expect(redacted([(.agent, "Her address, please?"), (.customer, "Bryn Awel, Ffordd y Castell, Caernarfon.")])[1] == "[ADDRESS-1], Caernarfon.")
    }

    /// `naar uw mail` asks for the e-mail address the answer reads out, all of its words.
    @Test func readsAnEmailAddressReadOutAfterAMentionOfTheMail() {
        #expect(redacted([(.agent, "ik stuur een bevestiging naar uw mail"), (.customer, "dat is sevda kaya vijf at hotmail punt com")])[1] == "dat is [EMAIL-1]")
    }

    /// Children named with their ages in answer to a question for which children, in lower
    /// case; not a word that names no one.
    @Test func readsChildrenNamedWithTheirAgesInAnswer() {
        #expect(redacted([(.agent, "welke kinderen verhuizen mee"), (.customer, "deniz van negen en ela van zes")])[1] == "[NAME-1] van [AGE-1] en [NAME-2] van [AGE-2]")
        #expect(redacted([(.agent, "welke kinderen verhuizen mee"), (.customer, "alleen de oudste van twaalf")])[1] == "alleen de oudste van twaalf")
    }

    /// A request after a question in the same turn asks for its value too.
    @Test func readsAnAnswerToARequestAfterAQuestion() {
        #expect(redacted([(.agent, "Stuurt u die mee met het bezwaar? Voor de controle heb ik uw geboortedatum nodig."), (.customer, "Vijf mei '79.")])[1] == "[DOB-1].")
    }

    /// Ages told person by person in answer to a question for them; a count among them is kept.
    @Test func readsAgesToldPersonByPersonInAnswer() {
        #expect(redacted([(.agent, "hoe oud zijn de kinderen"), (.customer, "de oudste is veertien en de jongste drie de andere twee zijn negen en zes")])[1]
            == "de oudste is [AGE-1] en de jongste [AGE-2] de andere twee zijn [AGE-3] en [AGE-4]")
        #expect(redacted([(.agent, "How old are they?"), (.customer, "The eldest is 12, we have two more.")])[1] == "The eldest is [AGE-1], we have two more.")
    }

    /// A name started twice in answer, as speech-to-text writes a stammer, to a request for the
    /// caller's own name and number.
    @Test func readsANameStartedTwiceInAnswerToARequestForNameAndNumber() {
        #expect(redacted([(.agent, "agent: and your own name and number please"), (.customer, "caller: bev bev whitworth i'm at number eight")])[1]
            == "caller: [NAME-1] [NAME-1] i'm at number [ADDRESS-1]")
    }

    /// A question for someone else's surname.
    @Test func readsASurnameGivenInAnswerToAQuestionForHisSurname() {
        #expect(redacted([(.agent, "Do you know his surname?"), (.customer, "Brennan, I think.")])[1] == "[NAME-1], I think.")
    }

    /// An address abroad given in answer to a question for the home address brings its postcode.
    @Test func readsAnAddressAbroadAndItsPostcodeGivenInAnswer() {
        #expect(redacted([(.agent, "En uw woonadres in België?"), (.customer, "Meir 24 bus 5, 2000 Antwerpen.")])[1] == "[ADDRESS-1], [POSTCODE-1].")
    }

    /// `je naam` asks for a name as `uw naam` does.
    @Test func readsANameGivenInAnswerToJeNaam() {
        #expect(redacted([(.agent, "Mag ik je naam voor de terugkoppeling?"), (.customer, "mo el idrissi")])[1] == "[NAME-1]")
    }

    /// An initial in lower case in answer, with a spelling alphabet's word after `van` or `for`;
    /// not a word after it that opens with the same letter.
    @Test func readsAnInitialSpelledInLowerCaseInAnswer() {
        #expect(redacted([(.agent, "wat is uw voorletter"), (.customer, "e van eduard")])[1] == "[NAME-1]")
        #expect(redacted([(.agent, "uw voorletter"), (.customer, "e en verder niks")])[1] == "[NAME-1] en verder niks")
    }

    /// The next value asked for after `And`, without a verb or a question mark, and a badge
    /// number read out and then said again to correct it.
    @Test func readsAnAnswerToAValueNamedAfterAnd() {
        #expect(redacted([(.agent, "Thank you. And the current badge number, it's on the front."), (.customer, "RC 7 K 4 0 2 1 9... sorry, it's RC7K40219, no spaces.")])[1]
            == "[DOCUMENT-1]... sorry, it's [DOCUMENT-1], no spaces.")
        #expect(redacted([(.agent, "And your date of birth"), (.customer, "Third of March, eighty six.")])[1] == "[DOB-1].")
        #expect(redacted([(.agent, "Dank u. En uw geboortedatum."), (.customer, "12 maart 1961.")])[1] == "[DOB-1].")
        // A statement about the value asks for nothing.
        #expect(redacted([(.agent, "And the address is on the letter."), (.customer, "Right, 42 then.")])[1] == "Right, 42 then.")
    }

    /// `I'm` before the name given in answer is no part of it, nor is it a name mentioned again.
    @Test func readsNoNameInIAmBeforeAnAnswer() {
        let texts = redacted([(.agent, "Thank you. And your name and relationship?"), (.customer, "I'm his son, Kevin Aldridge."), (.agent, "I'm sorry for your loss.")])
        #expect(texts[1] == "I'm his son, [NAME-1].")
        #expect(texts[2] == "I'm sorry for your loss.")
    }

    /// A Welsh address in lower case, as speech-to-text writes it, in answer to a question for
    /// it: the house's name and the street, up to where the town starts.
    @Test func readsAWelshAddressInLowerCaseInAnswer() {
        #expect(redacted([(.agent, "speaker 0: and your new address sian"), (.customer, "speaker 1: it's ty newydd heol y bont in llandeilo")])[1]
            == "speaker 1: it's [ADDRESS-1] in llandeilo")
    }
}
