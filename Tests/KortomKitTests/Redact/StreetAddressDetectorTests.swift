import Testing
@testable import KortomKit

@Suite("Street addresses")
struct StreetAddressDetectorTests {
    let detector = StreetAddressDetector()

    @Test(arguments: [
        ("Dat is Kerkstraat 24 bis, 3512 BK.", "Kerkstraat 24 bis"),
        ("Ik woon op de Gedempte Oude Gracht 112 in Haarlem.", "Gedempte Oude Gracht 112"),
        ("Laan van Meerdervoort 12, Den Haag", "Laan van Meerdervoort 12, Den Haag"),
        ("My address is Bilderdijkstraat 150-2, 1053 KX.", "Bilderdijkstraat 150-2"),
        ("Groenestraat 212A, Nijmegen", "Groenestraat 212A, Nijmegen"),
        ("He lives at 10 Downing Street now.", "10 Downing Street"),
        ("It's 22 Queen's Road, Eastbridge.", "22 Queen's Road, Eastbridge"),
        ("Het is Ringbaan-Oost 140 in Tilburg.", "Ringbaan-Oost 140"),
        ("ik woon op de hoogstraat 14 in veldhoven", "hoogstraat 14"),
        ("Mijn adres is Vinkhuizen 211.", "Vinkhuizen 211"),
        ("Kerkstraat 10-bis, achterom.", "Kerkstraat 10-bis"),
        ("Ik woon op Kerkstraat 24, Utrecht.", "Kerkstraat 24, Utrecht"),
        ("It's 14 Kingsley Avenue, Little Marston.", "14 Kingsley Avenue, Little Marston"),
        ("27 Clarence Road, Flat 2.", "27 Clarence Road, Flat 2"),
        ("He lives at 4 Orchard Cottages now.", "4 Orchard Cottages"),
    ])
    func findsAddresses(text: String, address: String) {
        #expect(detected(detector, in: text) == [address])
    }

    /// After the word `number`: a comma before the street (`number 6, Orchard Way`), or no
    /// street at all after `at number` or `op nummer`, the house next to one named before.
    @Test(arguments: [
        ("Mrs Hale, at number 6, Orchard Way.", "6, Orchard Way"), ("I'm at number 8. My phone is dead.", "8"),
        ("De buren op de Kerkstraat 12, ik woon zelf op nummer 14.", "14"),
        // A street of one word, its street word joined on.
        ("Send them to me, Flat 3, 71 Queensway, MK2 2DG.", "Flat 3, 71 Queensway"),
    ])
    func findsHouseNumbersAfterTheWordNumber(text: String, address: String) {
        #expect(detected(detector, in: text).last == address)
    }

    @Test(arguments: ["De Kerkstraat is afgesloten.", "Postbus 90156, Breda", "Het kost 45 euro.", "Over 2 weken bel ik.", "Om 10 uur.", "Op het adres. Versie 3 komt vrijdag.", "de snelweg 12 km verderop",
                      "Press number 3, then 2, Station Road is closed.", "Het is nummer 3 in de rij."])
    func keepsWhatPointsToNoOne(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// Welsh street names open with their street word: `Heol y Felin`, `Clos yr Eglwys`.
    @Test(arguments: [("She moved to 47 Clos yr Eglwys, SA15 4BW.", "47 Clos yr Eglwys"), ("It's 9 Heol y Felin.", "9 Heol y Felin"),
                      ("at 12 Ffordd Penrhos", "12 Ffordd Penrhos")])
    func findsWelshStreetsThatOpenWithTheirStreetWord(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    @Test func takesNoWelshStreetWordWithoutAName() {
        #expect(detected(StreetAddressDetector(), in: "I waited 20 Heol, then left").isEmpty)
    }

    @Test(arguments: [("It's Flat 2B, 14 St. Mary's Road, BS6 5TL.", "Flat 2B, 14 St. Mary's Road"),
                      ("He lives alone at Apartment 5, The Maltings, Mill Street.", "Apartment 5, The Maltings, Mill Street"),
                      ("Ja, naar de Laan van Nieuw Oost-Indië 123, dat is in Den Haag.", "Laan van Nieuw Oost-Indië 123")])
    func findsLongerStreetNamesAndBuildings(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// A preposition and article that open the sentence are no part of the street after them;
    /// a street that opens with them keeps them.
    @Test(arguments: [("Op de Steenstraat 14 ligt afval.", "Steenstraat 14"), ("In de Kerkstraat 12 woont hij.", "Kerkstraat 12"),
                      ("Ik woon aan de Burgemeester de Vlugtlaan 41.", "Burgemeester de Vlugtlaan 41"),
                      ("Ik zie Schildersbedrijf De Groot op de Molenweg 12 in Ede.", "Molenweg 12")])
    func leavesAPrepositionThatOpensTheSentenceOut(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// An addition written apart from the number: a capital on its own.
    @Test(arguments: [("Ze woont op de Korvelseweg 212 A, maar het gaat niet.", "Korvelseweg 212 A"), ("Klant: Kerkstraat 12 A.", "Kerkstraat 12 A"),
                      ("I live at 12 Mill Lane and I think so.", "12 Mill Lane"), ("Kerkstraat 12 J. de Vries woont daar.", "Kerkstraat 12")])
    func readsAnAdditionWrittenApart(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text).first == value)
    }

    @Test func takesNoBuildingWithoutAStreet() {
        #expect(detected(StreetAddressDetector(), in: "It's Flat 5, The Council paid for it.").isEmpty)
    }

    /// House numbers said in words, after a Dutch street or before an English one.
    @Test(arguments: [("klant: voor mijn eigen huis, sonsbeeksingel zevenentachtig", "sonsbeeksingel zevenentachtig"),
                      ("Let me read that back: fourteen Mill Lane, is that right?", "fourteen Mill Lane"),
                      ("customer: can they ring her as well? she's at number eight.", "eight"), ("Klant: Ze woont op nummer zeventien.", "zeventien"),
                      ("customer: it's me, from flat six, linden court.", "flat six, linden court"),
                      ("Customer: I'm in Flat six, Harrow Court, Mill Street.", "Flat six, Harrow Court, Mill Street"),
                      ("medewerker: en u woont nog op de molenstraat achtendertig b in tiel", "molenstraat achtendertig b"),
                      ("klant: de molenstraat twaalf e-mail ik wel", "molenstraat twaalf")])
    func findsHouseNumbersSaidInWords(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// Hundreds said after a Dutch street, as one word or with the rest after it; before an
    /// English street, with `hundred and` before the rest.
    @Test(arguments: [("klant: ik woon aan de schiedamseweg honderdtwaalf", "schiedamseweg honderdtwaalf"),
                      ("Klant: Dat is de Kerkweg driehonderd vijf.", "Kerkweg driehonderd vijf"),
                      ("Klant: Het is de Dorpsstraat tweehonderdeenentwintig, Goor.", "Dorpsstraat tweehonderdeenentwintig, Goor"),
                      ("Customer: I live at one hundred and twelve Baker Street.", "one hundred and twelve Baker Street")])
    func findsHouseNumbersInHundredsSaidInWords(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    @Test(arguments: ["de snelweg honderdtwintig kilometer", "Ik betaal honderdtwaalf euro per maand.", "We hadden honderd mensen in de straat honderd keer gebeld."])
    func takesNoHundredsWithoutAStreetBeforeThem(text: String) {
        #expect(detected(StreetAddressDetector(), in: text).isEmpty)
    }

    /// A floor or a door's side after the house number is part of the address: it narrows it
    /// down to one door.
    @Test(arguments: [("Ik woon op de Van Woustraat 112 1-hoog.", "Van Woustraat 112 1-hoog"), ("Adres: Javastraat 45-2 hoog.", "Javastraat 45-2 hoog"),
                      ("Mijn adres is Vughterstraat 14 zwart, in Den Bosch.", "Vughterstraat 14 zwart"), ("Het is Kerkstraat 107-rood.", "Kerkstraat 107-rood"),
                      ("Het is Marnixstraat 12 huis.", "Marnixstraat 12 huis"), ("Dat is Bloemgracht 8 3e etage.", "Bloemgracht 8 3e etage"),
                      ("Stuur het naar Kerkstraat 3 hs.", "Kerkstraat 3 hs"), ("Ze woont Laan 20 2de verdieping.", "Laan 20 2de verdieping")])
    func readsAFloorOrSideAfterTheHouseNumber(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// Right after an address cue, any English street word ends a street in lower case.
    @Test(arguments: [("caller: my address is 6 primrose hill", "6 primrose hill"), ("caller: my address is six primrose hill", "six primrose hill")])
    func readsALowerCaseStreetWithAnEverydayStreetWordAfterAnAddressCue(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    @Test(arguments: ["caller: we walked six miles up the hill", "caller: my son is 6 and loves the hill"])
    func readsNoEverydayStreetWordWithoutAnAddressCue(text: String) {
        #expect(detected(StreetAddressDetector(), in: text).isEmpty)
    }

    /// A street shortened in writing: `Kerkstr. 12`, and `14a wolseley rd` typed in lower case
    /// in a turn with capitals.
    @Test(arguments: [("Klant: Ik woon op de Kerkstr. 12a in Woerden.", "Kerkstr. 12a"), ("klant: kevin, kerkstr. 12a woerden", "kerkstr. 12a"),
                      ("Agent: Is that still at 14a wolseley rd?", "14a wolseley rd")])
    func readsAShortenedStreet(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    @Test(arguments: ["Agent: We had 3 cars on the rd today.", "Het is de str. 12 keer gezegd."])
    func readsNoShortenedWordWithoutAStreetAsAnAddress(text: String) {
        #expect(detected(StreetAddressDetector(), in: text).isEmpty)
    }

    /// `-dijk` names streets as surely as `-straat`: in lower case too.
    @Test(arguments: [("spreker 1: dus dat is de waalbandijk 12", "waalbandijk 12"), ("spreker 1: dus dat is de waalbandijk twaalf", "waalbandijk twaalf")])
    func readsALowerCaseDijkStreet(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// A street named after someone, written in lower case: the first name or title is part of it.
    @Test(arguments: [("spreker 1: klopt woont u nog op de jan steenlaan eenenveertig", "jan steenlaan eenenveertig"),
                      ("beller: we wonen aan de burgemeester de withstraat 23", "burgemeester de withstraat 23"),
                      ("beller: ik woon op de hoogstraat 14", "hoogstraat 14")])
    func readsALowerCaseStreetNamedAfterSomeone(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// In a line typed in lower case, a street without a street word right before its number
    /// and a postcode, up to three words after a clause's start or a preposition.
    @Test(arguments: [("klant: sorry. graan voor visch 183, 2132 vs", "graan voor visch 183"), ("klant: verhuisd naar de maten 17, 1234 ab", "maten 17")])
    func readsALowerCaseStreetBeforeAPostcode(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// A lower-case letter written apart after the house number is its addition where the
    /// clause ends or a word follows that starts no noun phrase.
    @Test(arguments: [("Medewerker: Woont u nog op kruisweg 1120 b in Hoofddorp?", "kruisweg 1120 b"), ("klant: ik woon op kruisweg 1120 b", "kruisweg 1120 b"),
                      ("Klant: Kerkstraat 12 b, 1234 AB", "Kerkstraat 12 b"), ("Klant: Kerkstraat 12 a few doors down", "Kerkstraat 12")])
    func readsALowerCaseAdditionWrittenApart(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// After an address cue, a lower-case English street may open with `the`, and a town may follow it.
    @Test(arguments: [("speaker 2: my address is 42 the crescent keynsham", "42 the crescent"), ("speaker 2: my address is forty two the crescent keynsham", "forty two the crescent")])
    func readsALowerCaseStreetOpeningWithTheAfterACue(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
        #expect(detected(StreetAddressDetector(), in: "speaker 2: 42 the crescent keynsham").isEmpty)
    }

    /// Amsterdam's numbered streets open with an ordinal in digits, which is part of the street.
    @Test(arguments: [("Tolk: 1e Jan Steenstraat 22-2, 1072 NM.", "1e Jan Steenstraat 22-2"), ("Klant: Ik woon op de 2de Hugo de Grootstraat 14.", "2de Hugo de Grootstraat 14"),
                      ("Klant: Op 3e etage Kerkstraat 5", "Kerkstraat 5")])
    func readsAStreetOpeningWithAnOrdinal(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// The side of town after a street word (`Ringbaan West`) belongs to the street, in lower case too.
    @Test(arguments: [("Klant: Ringbaan West 142, 5038 LB", "Ringbaan West 142"), ("klant: ringbaan west 142", "ringbaan west 142"),
                      ("spreker 2: ringbaan west honderdtweeënveertig", "ringbaan west honderdtweeënveertig")])
    func readsTheSideOfTownAfterAStreetWord(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// A flat said in words and its building, without a comma, as speech-to-text writes it in
    /// lower case; the building's name ends the clause or a word that opens the next.
    @Test(arguments: [("speaker 1: my name's tyrone baptiste i'm at flat nine ashby court", "flat nine ashby court"),
                      ("speaker 1: i'm at flat nine ashby court and the postcode is n1", "flat nine ashby court")])
    func readsALowerCaseFlatAndBuildingWithoutAComma(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
        #expect(detected(StreetAddressDetector(), in: "speaker 1: flat 3 the green house is nice").isEmpty)
    }

    /// A French or Belgian street, its word after the house number, with particles between its names.
    @Test(arguments: [("Caller: He was in France, 24 Rue de la Paix, 75002 Paris.", "24 Rue de la Paix"), ("Klant: Ik woonde op 12 Place d'Armes.", "12 Place d'Armes"),
                      ("Caller: 3 Avenue Foch.", "3 Avenue Foch")])
    func readsAFrenchStreet(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text).first == value)
        #expect(detected(StreetAddressDetector(), in: "Caller: We had 3 Route options.").isEmpty)
    }

    /// Some Dutch streets are a noun on their own (`Brink`, `Dam`, `Vest`), not a longer name's end.
    @Test(arguments: [("Klant: ik heb een koffiebar aan de Brink 41 en ik wil een vergunning.", "Brink 41"), ("Klant: Dam 1, Amsterdam.", "Dam 1, Amsterdam"),
                      ("Klant: Nee, in Drachten, op de Kaden 14.", "Kaden 14")])
    func readsAStreetThatIsANounOnItsOwn(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// The house next to one named before in the same sentence, and a first name after an
    /// address, which is the person addressed rather than a place.
    @Test func readsTheNextHouseInTheSentenceAndNoFirstNameAsAPlace() {
        #expect(detected(StreetAddressDetector(), in: "Beller: Koningsweg 4 bis, en het gaat om de bovenburen op 4 ter. Ze heten Demir.") == ["Koningsweg 4 bis", "4 ter"])
        #expect(detected(StreetAddressDetector(), in: "Agent: Sorry, 32 Hawthorn Close, Kim. Got you.") == ["32 Hawthorn Close"])
        #expect(detected(StreetAddressDetector(), in: "Klant: Kerkstraat 24, Utrecht.") == ["Kerkstraat 24, Utrecht"])
    }

    /// `verhuisd naar` and `moved to` are address cues: a street without a street word after
    /// them is an address in lower case.
    @Test(arguments: [("beller: nee we zijn verhuisd naar de zeis achttien dat heb ik doorgegeven", "zeis achttien"), ("Klant: We zijn verhuisd naar Vinkhuizen 211.", "Vinkhuizen 211"),
                      ("klant: nee we zijn in de zomer verhuisd naar de maten 17 7326 ck", "maten 17")])
    func readsAStreetAfterAMove(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// A flat's number said in words before the house number and street, as speech-to-text writes them.
    @Test func readsAFlatNumberSaidBeforeTheHouseNumber() {
        #expect(detected(StreetAddressDetector(), in: "caller: apartment three twenty seven harcourt street n w one six j p") == ["apartment three twenty seven harcourt street"])
    }

    /// A Welsh street in lower case: its street word opens the name, after the number.
    @Test(arguments: [("speaker 1: it's twenty one heol y nant cf31 4ab", "twenty one heol y nant"), ("speaker 1: 21 heol y nant cf31 4ab", "21 heol y nant")])
    func readsALowerCaseWelshStreet(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// A room or unit in a building after the house number, as people in shared housing
    /// give their address: part of the address.
    @Test(arguments: [("klant: tuinbouwweg 27 kamer 4 in naaldwijk", "tuinbouwweg 27 kamer 4"), ("Mijn adres is Havenstraat 3 unit 12b.", "Havenstraat 3 unit 12b"),
                      ("Ik woon Kerkweg 80 kamer vier.", "Kerkweg 80 kamer vier")])
    func readsARoomOrUnitAfterTheHouseNumber(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    @Test(arguments: [("Kerkstraat 12 2 keer gebeld.", "Kerkstraat 12"), ("Ik woon Kerkstraat 12 kamer genoeg.", "Kerkstraat 12"), ("Ik woon op Kerkstraat 12 Hs Jansen woont ernaast.", "Kerkstraat 12"),
                      ("Het is Kerkstraat 4 hoogte verschil.", "Kerkstraat 4")])
    func readsNoOtherWordAsAFloor(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text).first == value)
    }

    /// Street words that end a street only after its name: `7 The Paddocks`, `3 Mill Croft`.
    @Test func findsAStreetWordThatNeedsANameBeforeIt() {
        #expect(detected(StreetAddressDetector(), in: "He's with me at 7 The Paddocks, WS9 0LT.") == ["7 The Paddocks"])
        #expect(detected(StreetAddressDetector(), in: "It's 3 Mill Croft.") == ["3 Mill Croft"])
        #expect(detected(StreetAddressDetector(), in: "I have 3 Chase accounts.").isEmpty)
    }

    /// The line scan rules out words by their first letter before it looks them up: every
    /// street word's must be in the mask.
    @Test func marksTheFirstLetterOfEveryLowerCaseStreetWord() {
        var mask: UInt32 = 0
        for word in StreetAddressDetector.lowercaseStreetWordsInAnyForm { mask |= 1 << UInt32(word.utf8.first! - UInt8(ascii: "a")) }
        #expect(mask == StreetAddressDetector.streetWordInitials)
    }

    /// In a lower-case turn, a word and a number said in words after an address cue: a street
    /// without a street word, as speech-to-text writes it.
    @Test func findsALowerCaseStreetWithoutAStreetWordAfterAnAddressCue() {
        #expect(detected(StreetAddressDetector(), in: "klant: mijn adres is de westzijde tweehonderdvijf in zaandam") == ["westzijde tweehonderdvijf"])
        #expect(detected(StreetAddressDetector(), in: "klant: mijn adres is de westzijde twaalf") == ["westzijde twaalf"])
        #expect(detected(StreetAddressDetector(), in: "klant: het adres klopt twee keer niet").isEmpty)
        #expect(detected(StreetAddressDetector(), in: "klant: mijn adres is veranderd sinds twee weken").isEmpty)
    }

    /// A flat and its building after `at` or `in`: `flat nine at Ashby Court`.
    @Test func findsAFlatInABuildingAfterAt() {
        #expect(detected(StreetAddressDetector(), in: "Caller: I'm in flat nine at Ashby Court the boiler's gone") == ["flat nine at Ashby Court"])
        #expect(detected(StreetAddressDetector(), in: "Caller: I'm in flat 9 at Ashby Court now.") == ["flat 9 at Ashby Court"])
        #expect(detected(StreetAddressDetector(), in: "Caller: flat 2 in the corner of Mill Lane").isEmpty)
    }

    /// `one` after a tens word is a unit, not an article: `forty one mill lane`.
    @Test func readsOneAfterATensWordAsPartOfAHouseNumber() {
        #expect(detected(StreetAddressDetector(), in: "caller: forty one mill lane") == ["forty one mill lane"])
    }

    /// In a turn written all in lower case, a number, a street's name and a street word.
    @Test func findsALowerCaseEnglishStreetAfterDigits() {
        #expect(detected(StreetAddressDetector(), in: "Visitor: 14 elm grove ls6 3ab") == ["14 elm grove"])
        #expect(detected(StreetAddressDetector(), in: "customer: it's 27 station road, next to the shop") == ["27 station road"])
        #expect(detected(StreetAddressDetector(), in: "customer: there are 3 cars on the drive").isEmpty)
        #expect(detected(StreetAddressDetector(), in: "customer: i waited 20 minutes in the lane").isEmpty)
        #expect(detected(StreetAddressDetector(), in: "person2: generous 512 mb ram, removable 80 gb hard drive, convenient").isEmpty)
        #expect(detected(StreetAddressDetector(), in: "Customer: I waited 20 long minutes. Then the road was closed.").isEmpty)
    }

    /// A postcode of four or five digits and its place after an address abroad, a floor and
    /// door between allowed.
    @Test func findsAForeignPostcodeAfterAnAddress() {
        let spanish = detections(StreetAddressDetector(), in: "Mijn nieuwe adres is Calle Mayor 15, 3º B, 28013 Madrid.")
        #expect(spanish.map(\.0) == [.address, .postcode])
        #expect(spanish.map(\.1) == ["Calle Mayor 15, 3º B", "28013 Madrid"])
        #expect(detections(StreetAddressDetector(), in: "Ik woon op Hauptstraße 5, 10115 Berlin.").map(\.1) == ["Hauptstraße 5", "10115 Berlin"])
        #expect(detected(StreetAddressDetector(), in: "Kerkstraat 12, 1500 Euro.") == ["Kerkstraat 12"])
        #expect(detected(StreetAddressDetector(), in: "Het is Kerkstraat 12, 2023 was het jaar.") == ["Kerkstraat 12"])
    }

    @Test func takesNoArticleForAHouseNumber() {
        #expect(detected(StreetAddressDetector(), in: "ik loop de kerkstraat een stukje af").isEmpty)
        #expect(detected(StreetAddressDetector(), in: "I saw two Mill Lane residents").isEmpty)
        #expect(detected(StreetAddressDetector(), in: "it's a number one priority, at number one of the list").isEmpty)
        #expect(detected(StreetAddressDetector(), in: "customer: the flat two, the big one, costs more").isEmpty)
    }

    @Test(arguments: ["noise from number 31, the house next door", "overlast van nummer 12, de buren"])
    func findsTheHouseAfterFromNumber(text: String) {
        #expect(detected(StreetAddressDetector(), in: text).count == 1)
    }

    /// A named house and its street, as British houses without a number are written.
    @Test(arguments: [("At home, Rose Cottage, Church Lane, in Little Milton.", "Rose Cottage, Church Lane"),
                      ("It's The Old Forge, Mill Lane.", "The Old Forge, Mill Lane")])
    func findsANamedHouseAndItsStreet(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    @Test func takesNoHouseWithoutAStreet() {
        #expect(detected(StreetAddressDetector(), in: "The house, which is old, needs work.").isEmpty)
    }

    /// A named house alone, where a verb says someone lives there.
    @Test(arguments: [("I'm next door at Orchard View. I pop in most days.", "Orchard View"), ("She lives at Rose Cottage, near the church.", "Rose Cottage"),
                      ("We moved to The Old Forge!", "The Old Forge")])
    func findsANamedHouseWhereSomeoneLives(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    @Test(arguments: ["We bought eggs at Manor Farm.", "The meeting is at Orchard View.", "The car park next to Rose Cottage."])
    func keepsANamedHouseNoOneIsSaidToLiveIn(text: String) {
        #expect(detected(StreetAddressDetector(), in: text).isEmpty)
    }

    /// Streets without a street word after an address cue: several words, particles between
    /// them, a preposition before them left out, and the street moved to after `naar`.
    @Test(arguments: [("Klant: Mijn adres is Achter de Hoven 7.", ["Achter de Hoven 7"]),
                      ("Klant: adres Van Oude Delft 120-A naar Achter de Hoven 7, ook in Delft.", ["Oude Delft 120-A", "Achter de Hoven 7"])])
    func findsAStreetWithoutAStreetWordAfterACue(text: String, values: [String]) {
        #expect(detected(StreetAddressDetector(), in: text) == values)
    }

    @Test(arguments: ["Klant: Mijn adres klopt niet, ik ga naar Den Haag 12 december.", "Klant: Het adres is goed, ik ga naar Jumbo 3 keer per week.",
                      "Klant: Uw adres staat op Pagina 4 van de brief.", "Klant: Naar Jumbo 3 minuten lopen."])
    func takesNoDateCountOrPageAfterACueForAStreet(text: String) {
        #expect(detected(StreetAddressDetector(), in: text).isEmpty)
    }

    /// Words between a flat or house and a British postcode are its street, whatever they are.
    @Test(arguments: [("customer: my address is apt 4 chy an gweal tr18 4ad penzance", "apt 4 chy an gweal"), ("Customer: She lives at Flat 2, 9 Chy Pons TR18 3BE", "Flat 2, 9 Chy Pons"),
                      ("Customer: It's 9 Chy Pons TR18 3BE.", "9 Chy Pons")])
    func takesInTheStreetBeforeABritishPostcode(text: String, value: String) {
        // The flat alone is found too; the longer finding wins when the redactor resolves them.
        #expect(detected(StreetAddressDetector(), in: text).max { $0.utf8.count < $1.utf8.count } == value)
    }

    /// `'s-Gravendijkwal`: the old genitive article, joined by a dash, opens the street.
    @Test(arguments: ["Klant: Ik woon op 's-Gravendijkwal 14-B.", "Klant: Ik woon op \u{2019}s-Gravendijkwal 14-B."])
    func takesTheGenitiveArticleBeforeAStreet(text: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [String(text.dropFirst("Klant: Ik woon op ".count).dropLast())])
    }

    /// `addr`, as a text message shortens `address`, is an address cue.
    @Test func readsAStreetNamedWithTheAfterAShortenedCue() {
        #expect(detected(StreetAddressDetector(), in: "Customer: i moved last wk new addr is 5 the mews sk4 2dd stockport").contains("5 the mews"))
    }

    /// A public building's address is nobody's home, and a time after `at` no house number.
    @Test func keepsAPublicBuildingsAddressAndATime() {
        #expect(detected(StreetAddressDetector(), in: "Agent: We have appointments at the City Chambers, 82 George Square, on Thursday at 10:15, room 14.").isEmpty)
        #expect(detected(StreetAddressDetector(), in: "Medewerker: Kom langs op het Stadskantoor, Spui 70.").isEmpty)
    }

    /// A Glasgow flat's floor and door before the address, without the word `Flat`; the words
    /// after the number are a street there, and the floor and door alone where someone is.
    @Test func readsAGlasgowFlatsPositionBeforeTheAddress() {
        #expect(detected(StreetAddressDetector(), in: "Caller: Yes, 2/1, 116 Dumbarton Road, G11 6NY.").contains("2/1, 116 Dumbarton Road"))
        #expect(detected(StreetAddressDetector(), in: "Caller: Aye, she's at 3/2, 28 Hilltown, I'm at 3/1.").suffix(2) == ["3/2, 28 Hilltown", "3/1"])
    }

    /// `31bis`: the addition written as one word with the number.
    @Test func readsAnAdditionWrittenOnToTheNumber() {
        #expect(detected(StreetAddressDetector(), in: "Ik woon op Twijnstraat 31bis, 3511 ZK Utrecht.").contains("Twijnstraat 31bis"))
    }

    /// After `at number`, the street in lower case, the next clause after it without punctuation.
    @Test func readsTheStreetAfterAtNumberInLowerCase() {
        #expect(detected(StreetAddressDetector(), in: "caller: she's at number nine hawthorn close and she had a fall") == ["nine hawthorn close"])
    }

    /// A number said before a postcode read out is no street: `zeven` opens the postcode.
    @Test func takesNoNumberWordForAStreetAfterAnAddressCue() {
        #expect(detected(StreetAddressDetector(), in: "klant: adres zwolseweg honderdzesenveertig zeven drie een vijf e v") == ["zwolseweg honderdzesenveertig"])
    }

    @Test func findsTheHouseNextToOneNamedBefore() {
        #expect(detected(StreetAddressDetector(), in: "Ik woon op Orthenseweg 17A, zij op 17B.") == ["Orthenseweg 17A", "17B"])
        #expect(detected(StreetAddressDetector(), in: "Ik kom op 17 maart.").isEmpty)
    }

    /// Streets abroad: the street word first (`Calle Mayor 15`), or a German suffix.
    @Test(arguments: [("Mijn nieuwe adres is Calle Mayor 15, in Madrid.", "Calle Mayor 15"), ("Ik woon nu in de Lindenstraße 4.", "Lindenstraße 4"), ("Het is Rue de Rivoli 8.", "Rue de Rivoli 8")])
    func findsStreetsAbroad(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// In a turn written all in lower case, a house number in words before a street of one or
    /// two words and a street word that is no everyday word.
    @Test func findsALowerCaseEnglishStreetAfterANumberWord() {
        #expect(detected(StreetAddressDetector(), in: "customer: fourteen willow crescent l s six two j q") == ["fourteen willow crescent"])
        #expect(detected(StreetAddressDetector(), in: "customer: it took twenty minutes down the road").isEmpty)
        #expect(detected(StreetAddressDetector(), in: "customer: three houses on the street").isEmpty)
        #expect(detected(StreetAddressDetector(), in: "Customer: I passed two more roads.").isEmpty)
        // Tens and a unit, and a close.
        #expect(detected(StreetAddressDetector(), in: "customer: it's twenty seven bramble close s o one six two b x") == ["twenty seven bramble close"])
        #expect(detected(StreetAddressDetector(), in: "customer: we live very close to the school, about five minutes").isEmpty)
    }

    /// Street words shortened as on an envelope, or typed in lower case in a chat, after the
    /// street's name; right after a number, two capitals are a Dutch postcode's letters.
    @Test func findsAnEnglishStreetWithAnAbbreviatedOrLowerCaseStreetWord() {
        #expect(detected(StreetAddressDetector(), in: "I live at 27 Carlton Rd.") == ["27 Carlton Rd"])
        #expect(detected(StreetAddressDetector(), in: "Visitor: Tom, 27 Carlton rd, ng3 2fh") == ["27 Carlton rd"])
        #expect(detected(StreetAddressDetector(), in: "Het is 7471 DR in Goor.").isEmpty)
    }

    /// A house number after a word for one, `is` or `was` between allowed: alone it completes
    /// an address given elsewhere in the call.
    @Test(arguments: [("Het huisnummer is 14.", "14"), ("Mijn huisnummer is 14a.", "14a"), ("the house number is 22", "22"),
                      ("door number 7, the blue one", "7"), ("klant: huisnummer is veertien", "veertien"),
                      ("spreker 0: de chauffeur had een verkeerd huisnummer had tweehonderdzeven", "tweehonderdzeven")])
    func findsAHouseNumberAfterAWordForOne(text: String, number: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [number])
    }

    @Test(arguments: ["Mijn nummer is 14.", "Het zaaknummer is 14.", "The number is 22."])
    func leavesANumberAfterAnotherNumbersWord(text: String) {
        #expect(detected(StreetAddressDetector(), in: text).isEmpty)
    }

    /// A flat's number before the house number and its street, a comma between them.
    @Test func findsAFlatBeforeTheHouseNumber() {
        #expect(detected(StreetAddressDetector(), in: "Write to Flat 2, 9 Queens Road, please.") == ["Flat 2, 9 Queens Road"])
        #expect(detected(StreetAddressDetector(), in: "I have 2, 9 Queens Road.") == ["9 Queens Road"])
        #expect(detected(StreetAddressDetector(), in: "Caller: Flat 14, Beaumont House, 9 Kennington Road, SE11 4QH.") == ["Flat 14, Beaumont House, 9 Kennington Road"])
        #expect(detected(StreetAddressDetector(), in: "We met 2, Beaumont House, 9 Kennington Road.") == ["9 Kennington Road"])
    }

    /// A flat's number right before the house number, typed without a comma or capitals.
    @Test func findsAFlatTypedBeforeTheHouseNumberWithoutAComma() {
        #expect(detected(StreetAddressDetector(), in: "Customer: kelly, flat 3 14 brindley road WV4 6AA") == ["flat 3 14 brindley road"])
        #expect(detected(StreetAddressDetector(), in: "Customer: the flat 3 14 days ago").isEmpty)
    }

    /// A flat as Edinburgh writes it, floor and door (`3F2`), and a floor written as one word
    /// after a Dutch house number (`tweehoog`).
    @Test func readsAnEdinburghFlatAndAFloorWrittenAsOneWord() {
        #expect(detected(StreetAddressDetector(), in: "Caller: 3F2, 17 Pilrig Street, EH6 5AN.") == ["3F2, 17 Pilrig Street"])
        #expect(detected(StreetAddressDetector(), in: "Klant: Op de Oostzijde 214 tweehoog, een bovenwoning.") == ["Oostzijde 214 tweehoog"])
    }

    /// A flat as Glasgow writes it, floor and door (`2/1`), before the house number and street.
    @Test func readsAGlasgowFlat() {
        #expect(detected(StreetAddressDetector(), in: "Caller: Flat 2/1, 45 Dumbarton Road, Glasgow, G11 6PA.") == ["Flat 2/1, 45 Dumbarton Road, Glasgow"])
        #expect(detected(StreetAddressDetector(), in: "Caller: That was 2/1, 45 Dumbarton Road.") == ["45 Dumbarton Road"])
    }

    /// A flat and its building without a street, where the building's name ends the clause.
    @Test func findsAFlatAndItsBuildingWithoutAStreet() {
        #expect(detected(StreetAddressDetector(), in: "Caller: With my mum in Flat 22, Carrick House, DN4 8QA.") == ["Flat 22, Carrick House"])
        #expect(detected(StreetAddressDetector(), in: "Caller: Flat 22, Carrick House residents meet on Monday.").isEmpty)
    }

    /// A capitalised street and number right before a Dutch postcode, whatever the street is
    /// called; not a PO box.
    @Test(arguments: [("Ze is verhuisd naar Kerkeland 6, 4001 WL.", "Kerkeland 6"), ("Naar Hoge Akker 12 4301AB dus.", "Hoge Akker 12"),
                      ("Naar Kerkeland 6, 4001 WL.", "Kerkeland 6")])
    func readsAStreetBeforeAPostcode(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    @Test(arguments: ["Stuur het naar Postbus 123, 4000 AB Tiel.", "Het is Versie 6, 2024 en verder.", "Nummer 6, 0123 AB"])
    func readsNoPostOfficeBoxOrCodeBeforeAPostcodeAsAStreet(text: String) {
        #expect(detected(StreetAddressDetector(), in: text).isEmpty)
    }

    /// In a lower-case turn, a word ending in `weg` with a house number after it is a street,
    /// unless it is a road that is a noun.
    @Test func findsALowerCaseStreetEndingInWeg() {
        #expect(detected(StreetAddressDetector(), in: "klant: ik woon op de schiedamseweg zevenentachtig") == ["schiedamseweg zevenentachtig"])
        #expect(detected(StreetAddressDetector(), in: "klant: ik woon op de schiedamseweg 87") == ["schiedamseweg 87"])
        #expect(detected(StreetAddressDetector(), in: "klant: we reden over de snelweg zeventig").isEmpty)
    }

    /// A Belgian address's box after the house number: `bus 3`; and its postcode and place.
    @Test func readsABelgianBoxNumberAndPostcode() {
        #expect(detected(StreetAddressDetector(), in: "Dat was Turnhoutsebaan 212 bus 3, 2140 Borgerhout.") == ["Turnhoutsebaan 212 bus 3", "2140 Borgerhout"])
    }

    /// In lower case, an address after a comma in a sentence an address cue opens: the name
    /// and the first line of the address given together.
    @Test func readsALowerCaseStreetAfterACommaInASentenceACueOpens() {
        #expect(detected(StreetAddressDetector(), in: "customer: address shannon o'reilly, 27 bramble way") == ["27 bramble way"])
        #expect(detected(StreetAddressDetector(), in: "customer: shannon o'reilly, 27 bramble way").isEmpty)
        #expect(detected(StreetAddressDetector(), in: "customer: my address hasn't changed. ok, 3 way split then").isEmpty)
    }

    /// Frisian street words, as Fryslân's villages name their streets.
    @Test(arguments: [("op de Tsjerkestrjitte 8.", "Tsjerkestrjitte 8"), ("aan de Haadwei 112, die", "Haadwei 112"), ("klant: ik wenje oan de skoalleleane 4", "skoalleleane 4")])
    func findsAFrisianStreet(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// Hundreds said before a lower-case street, and with a flat before them a town after it.
    @Test func readsHundredsAndATownAfterALowerCaseStreetWithAFlat() {
        #expect(detected(StreetAddressDetector(), in: "caller: two hundred and six jesmond road") == ["two hundred and six jesmond road"])
        #expect(detected(StreetAddressDetector(), in: "caller: flat four two hundred and six jesmond road newcastle n e two one n h")
            == ["flat four two hundred and six jesmond road"])
        #expect(detected(StreetAddressDetector(), in: "caller: we have seven mill lane residents").isEmpty)
        #expect(detected(StreetAddressDetector(), in: "person1: you two are such close friends.").isEmpty)
    }

    /// A house number said in words after `op nummer` or `at number` goes on over its hundreds.
    @Test(arguments: [("klant: ik woon op nummer honderd vier", "honderd vier"), ("caller: she's at number one hundred and four", "one hundred and four"),
                      ("caller: at number twenty four please", "twenty four"), ("caller: she lives at number one", "one")])
    func readsAHouseNumberSaidInWordsAfterAtNumber(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// A Polish address, its flat and postcode, as people who moved here give their address there.
    @Test func readsAPolishAddressAndPostcode() {
        #expect(detected(StreetAddressDetector(), in: "Klant: ul. Długa 15 m. 4, 80-831 Gdańsk.") == ["ul. Długa 15 m. 4", "80-831 Gdańsk"])
        #expect(detected(StreetAddressDetector(), in: "Klant: al. Jana Pawła II 4/12") == ["al. Jana Pawła II 4/12"])
        #expect(detected(StreetAddressDetector(), in: "Klant: Het is 15 m. van hier.").isEmpty)
    }

    /// A houseboat's berth, numbered after the house across the quay.
    @Test(arguments: [("Beller: Prinsengracht t/o 1040, 1017 KM Amsterdam.", "Prinsengracht t/o 1040"), ("Klant: aan de Amsteldijk tegenover 12 sinds mei", "Amsteldijk tegenover 12")])
    func readsAHouseboatsBerthAcrossFromAHouse(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    @Test func keepsSomethingOppositeANumberThatIsNoStreet() {
        #expect(detected(StreetAddressDetector(), in: "Klant: de bus stopt tegenover 12 huizen.").isEmpty)
    }

    /// `nummer` and its shortenings between a street and its number, in digits or words.
    @Test(arguments: [("Klant: op de Vlietlaan nummer 7 klopt", "Vlietlaan nummer 7"), ("klant: op de vlietlaan nummer zeven klopt dat", "vlietlaan nummer zeven"),
                      ("Klant: de Kerkstraat nr. 12 en", "Kerkstraat nr. 12")])
    func readsAHouseNumberAfterTheWordNumber(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// A side of town joined to a lower-case street by a dash, and a lower-case addition before `dat`.
    @Test func readsASideOfTownAfterADashAndAnAdditionBeforeDat() {
        #expect(detected(StreetAddressDetector(), in: "klant: verhuisd naar de ringbaan-zuid 88 c dat heb ik") == ["ringbaan-zuid 88 c"])
    }

    /// A number after a home named before a comma is that home's (`the flat above, number 61`).
    @Test func readsTheNumberOfAHomeNamedBeforeAComma() {
        #expect(detected(StreetAddressDetector(), in: "Caller: It's the flat above, number 61, I think.") == ["61"])
        #expect(detected(StreetAddressDetector(), in: "Caller: I called twice, number 61 on the list.").isEmpty)
    }

    /// Edinburgh's stair and flat number, written with a slash before the street.
    @Test func readsAnEdinburghStairAndFlatNumber() {
        #expect(detected(StreetAddressDetector(), in: "Caller: 14/3 Leith Walk, EH6 8RG.") == ["14/3 Leith Walk"])
    }

    /// In a lower-case turn, a street word that is an everyday word counts before a British postcode.
    @Test func readsALowerCaseStreetWithAnEverydayStreetWordBeforeAPostcode() {
        #expect(detected(StreetAddressDetector(), in: "visitor: hes at 9 thornfield close s11 8zb") == ["9 thornfield close"])
        #expect(detected(StreetAddressDetector(), in: "visitor: we have 3 close friends in town").isEmpty)
    }

    /// A flat's letter alone before the house number and street.
    @Test func readsAFlatsLetter() {
        #expect(detected(StreetAddressDetector(), in: "Caller: Flat B, 22 Hamilton Road, Huddersfield, HD1 5LQ.").first == "Flat B, 22 Hamilton Road, Huddersfield")
    }

    /// After `at`, `from` or `to`, a street without a street word before a comma and its town.
    @Test func readsAStreetWithoutAStreetWordBeforeItsTown() {
        #expect(detected(StreetAddressDetector(), in: "Caller: before that we were at 7 Cliffe Ash, Golcar.") == ["7 Cliffe Ash, Golcar"])
        #expect(detected(StreetAddressDetector(), in: "Caller: I work from 9 to 5 Monday, Tuesday.").isEmpty)
    }

    /// After `at` or an address cue, a street named with `the` and no street word, up to the
    /// end of the clause; not when the words say when.
    @Test(arguments: [("Caller: My mum lives at 9 The Loaning and she's 84.", "9 The Loaning"),
                      ("Caller: The address is 17 The Glebe.", "17 The Glebe"),
                      ("customer: also my mum lives at 9 the loaning and shes 84", "9 the loaning"),
                      ("customer: address is 3 the willows", "3 the willows")])
    func readsAStreetNamedWithThe(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    @Test(arguments: ["Caller: we open at 9 the next morning.", "Caller: It closes at 5 The Office said so.", "customer: i called at 9 the office was shut",
                      "customer: i paid 40 the first time."])
    func readsNoStreetNamedWithTheWhereTheWordsSayWhen(text: String) {
        #expect(detected(StreetAddressDetector(), in: text).isEmpty)
    }

    /// A neighbour's house number after `van nr` or `van nr.`, as a chat shortens `nummer`.
    @Test(arguments: ["Klant: het was iemand van nr 16", "Klant: het was iemand van nr. 16"])
    func readsAHouseNumberAfterAShortenedNumberWord(text: String) {
        #expect(detected(StreetAddressDetector(), in: text) == ["16"])
    }

    /// A neighbour's house number after `at`, in digits or words, where a new clause follows.
    @Test(arguments: [("speaker 2: my neighbour at 42 he keeps parking across my drive", "42"), ("speaker 2: my neighbour at forty two he keeps parking", "forty two"),
                      ("Caller: The family at 9, they are lovely.", "9")])
    func readsANeighboursHouseNumberAfterAt(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
        #expect(detected(StreetAddressDetector(), in: "speaker 2: my neighbour at 42 percent of the time").isEmpty)
    }

    /// A neighbour's house after `van`: after a neighbour word, or a name a title opens where
    /// the clause ends; not a child's age or a count.
    @Test(arguments: [("Beller: mevrouw Tjon A Fong van 266, hoort het ook.", "266"), ("Beller: de buren van 12 hebben een hond", "12"),
                      ("Klant: samen met de buurvrouw Hennie van 22 organiseren we het", "22")])
    func readsANeighboursHouseAfterVan(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    @Test(arguments: ["Beller: Yusuf van 12 is ziek.", "Beller: de buurman van 3 jaar geleden", "Beller: mevrouw Jansen van 87 woont alleen"])
    func readsNoHouseAfterVanWhereTheNumberIsAnAgeOrACount(text: String) {
        #expect(detected(StreetAddressDetector(), in: text).isEmpty)
    }

    /// A house number said again to correct it belongs to the address.
    @Test(arguments: [("spreker 2: de lasondersingel honderdzesendertig eh nee honderdachtendertig b", "lasondersingel honderdzesendertig eh nee honderdachtendertig b"),
                      ("Caller: It is 14 Elm Road, no sorry, 16.", "14 Elm Road, no sorry, 16"), ("Klant: Kerkstraat 12, nee dat klopt.", "Kerkstraat 12")])
    func takesInAHouseNumberSaidAgainToCorrectIt(text: String, address: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [address])
    }

    /// A shop's or a pub's number is nobody's home.
    @Test(arguments: ["Klant: Beneden, bij de Turkse bakker op nummer 229, zagen ze het.", "Caller: It's next to the chip shop at number 12."])
    func readsNoHomeInAShopsNumber(text: String) {
        #expect(detected(StreetAddressDetector(), in: text).isEmpty)
    }

    /// A stretch of a street between two numbers is nobody's home.
    @Test(arguments: ["Klant: de Lijsterbesstraat, van nummer 2 tot 40", "Klant: de Kerkstraat 2 t/m 40 is afgesloten.", "Caller: the road is closed from number 2 to 40."])
    func readsNoHouseInARangeOfNumbers(text: String) {
        #expect(detected(StreetAddressDetector(), in: text).isEmpty)
        #expect(detected(StreetAddressDetector(), in: "Klant: ik woon op nummer 2 tot eind mei.") == ["2"])
    }

    /// A room in a care home or a hospital named before it in the sentence; not any room.
    @Test(arguments: [("Beller: In zorgcentrum De Loofhut, kamer 214.", "kamer 214"), ("Caller: She's in the General Hospital, ward 4, room 12.", "room 12")])
    func readsARoomInACareHome(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
        #expect(detected(StreetAddressDetector(), in: "Klant: De vergadering is in kamer 214.").isEmpty)
    }

    /// A house number alone right after an address cue, where the clause ends.
    @Test func readsAHouseNumberRightAfterAnAddressCue() {
        #expect(detected(StreetAddressDetector(), in: "adres 264-II, dus de verdieping onder mij.") == ["264-II"])
        #expect(detected(StreetAddressDetector(), in: "Beller: Het adres heeft 3 kamers.").isEmpty)
    }

    /// A neighbour's house after `op`, in digits or hundreds said as one word, wherever the
    /// clause ends; where someone lives after `woont op` where it ends; not a floor.
    @Test(arguments: [("Beller: mijn buurman op 149 heeft hetzelfde huis", "149"),
                      ("spreker 2: en mijn buurman op honderdnegenenveertig heeft hetzelfde huis", "honderdnegenenveertig"),
                      ("Beller: ze woont op 12.", "12"), ("Beller: De buren wonen op 212B.", "212B")])
    func readsAHouseAfterOp(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
        #expect(detected(StreetAddressDetector(), in: "Beller: ik woon op 3 hoog").isEmpty)
    }

    /// A flat's letter before the house number and street, as speech-to-text writes them; a
    /// second house on a number said in hundreds.
    @Test func readsAFlatsLetterAndBisAfterSpokenNumbers() {
        #expect(detected(StreetAddressDetector(), in: "speaker 2: flat b twelve wellington street") == ["flat b twelve wellington street"])
        #expect(detected(StreetAddressDetector(), in: "spreker 2: kanaalstraat honderdzevenenveertig bis") == ["kanaalstraat honderdzevenenveertig bis"])
    }

    /// The particles of the person a street is named after open the street's name.
    @Test(arguments: [("spreker 2: voor ons huis op de van der palmstraat negentien hij is uit", "van der palmstraat negentien"),
                      ("Klant: Ik woon aan de Van der Palmstraat 19.", "Van der Palmstraat 19"), ("Klant: Op de van goghstraat 4", "van goghstraat 4")])
    func readsTheParticlesThatOpenAStreet(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// A title shortened with a full stop opens a street's name, in capitals or in lower case.
    @Test(arguments: [("Klant: Prof. de Moorplein 14, Delft", "Prof. de Moorplein 14, Delft"), ("Klant: ik woon op de prof. de moorplein 14", "prof. de moorplein 14"),
                      ("Klant: Burg. de Withstraat 23", "Burg. de Withstraat 23")])
    func readsAShortenedTitleBeforeAStreet(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// A flat and its building's name before the house number and street, without commas; not
    /// a clause between them.
    @Test func readsAFlatAndItsBuildingBeforeTheHouseWithoutCommas() {
        #expect(detected(StreetAddressDetector(), in: "speaker 2: flat two ty newydd forty one heol y parc pontypridd") == ["flat two ty newydd forty one heol y parc pontypridd"])
        #expect(detected(StreetAddressDetector(), in: "Caller: Flat 2 Ty Newydd 41 Heol y Parc, Pontypridd") == ["Flat 2 Ty Newydd 41 Heol y Parc, Pontypridd"])
        #expect(detected(StreetAddressDetector(), in: "Caller: I'm in flat 2 and live at 41 Church Street.") == ["41 Church Street"])
        #expect(detected(StreetAddressDetector(), in: "Customer: Flat 4b 118 Stapleton Hall Rd, N4 4QA").last == "Flat 4b 118 Stapleton Hall Rd")
    }

    /// An Irish Eircode after an address and a comma is a postcode, not the address's place;
    /// four letters there are a place.
    @Test func readsAnEircodeAfterAnAddress() {
        #expect(detections(StreetAddressDetector(), in: "Caller: In Dublin. 22 Harcourt Terrace, D02 X285.").map(\.1) == ["22 Harcourt Terrace", "D02 X285"])
        #expect(detections(StreetAddressDetector(), in: "Caller: In Dublin. 22 Harcourt Terrace, D02 X285.").map(\.0) == [.address, .postcode])
        #expect(detected(StreetAddressDetector(), in: "Caller: 5 Main Street, T12 CDEF.") == ["5 Main Street, T12 CDEF"])
        // The district and town between the address and the Eircode.
        #expect(detected(StreetAddressDetector(), in: "Caller: 15 Seafield Crescent, Clontarf, Dublin 3, D03 K2W6.") == ["15 Seafield Crescent", "D03 K2W6"])
    }

    /// A home named after what the building was, and its street; not a school.
    @Test func readsAHomeNamedAfterWhatItWas() {
        #expect(detected(StreetAddressDetector(), in: "Customer: my address is The Old Bakery, High Street, Wiveliscombe, TA4 2JX.") == ["The Old Bakery, High Street, Wiveliscombe"])
        #expect(detected(StreetAddressDetector(), in: "Customer: He went to the Old School, High Street, I think.").isEmpty)
    }

    /// A room in a shared house before the house number and street.
    @Test func readsARoomBeforeTheHouse() {
        #expect(detected(StreetAddressDetector(), in: "Customer: New address: Room 4, 19 Cavendish Street, DE1 1DZ").last == "Room 4, 19 Cavendish Street")
        #expect(detected(StreetAddressDetector(), in: "Caller: The meeting is in room 4, 19 people came.").isEmpty)
    }

    /// An estate's block between the flat and the estate's name.
    @Test func readsAFlatInABlockOfAnEstate() {
        #expect(detected(StreetAddressDetector(), in: "Caller: Flat 5, Block C, Wyndham Estate, LS9 7HQ.") == ["Flat 5, Block C, Wyndham Estate"])
        #expect(detected(StreetAddressDetector(), in: "Caller: Flat 12, Block 4.") == ["Flat 12, Block 4"])
        // Without commas, as speech-to-text writes it.
        #expect(detected(StreetAddressDetector(), in: "caller: flat 22 block c dolphin house dolphin's barn dublin eight").max { $0.count < $1.count } == "flat 22 block c dolphin house")
    }

    /// A flat alone after a preposition, where the clause ends; not a count of years.
    @Test(arguments: [("Caller: I'm in flat 6.", "flat 6"), ("Caller: The water comes from Flat 9, above us.", "Flat 9")])
    func readsAFlatAfterAPreposition(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
        #expect(detected(StreetAddressDetector(), in: "Caller: I moved in flat 2 years ago.").isEmpty)
    }

    /// A capital written apart after the number before a full stop and a word that opens a sentence.
    @Test func readsACapitalAdditionBeforeAFullStop() {
        #expect(detected(StreetAddressDetector(), in: "Beller: Ja, op de Mierloseweg 212 B. Maar zijn vrouw komt later.") == ["Mierloseweg 212 B"])
        #expect(detected(StreetAddressDetector(), in: "Klant: Kerkstraat 12 J. de Vries woont daar.") == ["Kerkstraat 12"])
    }

    /// A flat given after the street and a comma.
    @Test func readsAFlatAfterTheStreet() {
        #expect(detected(StreetAddressDetector(), in: "Customer: 45 Carlton Avenue, Flat B, LS6 2EJ.").first == "45 Carlton Avenue, Flat B")
        #expect(detected(StreetAddressDetector(), in: "Customer: 45 Carlton Avenue, flat 12a please.") == ["45 Carlton Avenue, flat 12a"])
    }

    /// A flat in a student hall, named as a college or hall, without a street.
    @Test func readsAFlatInAStudentHall() {
        #expect(detected(StreetAddressDetector(), in: "Caller: Flat 12, Josephine Butler College, I think.") == ["Flat 12, Josephine Butler College"])
    }

    /// `View` ends a street after its name; a pitch on a site is read as a flat is.
    @Test(arguments: [("Caller: Care of my sister, 41 Park View, Hessle.", "41 Park View, Hessle"),
                      ("Caller: Pitch 14, Cottingham Road site.", "Pitch 14, Cottingham Road")])
    func readsAStreetEndingInViewAndAPitchOnASite(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    /// After an address cue in lower case, a street word that ends a street only after a name
    /// (`bank`), and its number's tens and unit together.
    @Test func readsALowerCaseStreetEndingInANamedStreetWordAfterACue() {
        #expect(detected(StreetAddressDetector(), in: "speaker 1: and your address is still twenty two willow bank p o nine one a b")
            .first == "twenty two willow bank")
    }

    /// `behind number 23`, and where a person lives said by the number alone after `at`.
    @Test(arguments: [("Visitor: the back alley behind number 23, thats mine", "23"), ("Visitor: my neighbour saw them too, shes at 25", "25"),
                      ("Caller: he lives at 4.", "4")])
    func readsAHouseNumberAfterBehindOrAPersonAt(text: String, value: String) {
        #expect(detected(StreetAddressDetector(), in: text) == [value])
    }

    @Test(arguments: ["Caller: I'm at 25 percent battery.", "Klant: Tegenover nummer 12, bij de ingang van de winkel."])
    func leavesANumberThatIsNoHome(text: String) {
        #expect(detected(StreetAddressDetector(), in: text).isEmpty)
    }

    /// A floor said in words after a house number said in words, and a numbered street
    /// written as speech-to-text writes it.
    @Test func readsAFloorAndAnOrdinalInWords() {
        #expect(detected(StreetAddressDetector(), in: "spreker 1: eerste constantijn huygensstraat vierentachtig twee hoog") == ["eerste constantijn huygensstraat vierentachtig twee hoog"])
        #expect(detected(StreetAddressDetector(), in: "Klant: Kerkstraat 12 derde etage") == ["Kerkstraat 12 derde etage"])
        #expect(detected(StreetAddressDetector(), in: "Klant: Ik woon op Kerkstraat 12 twee keer per week") == ["Kerkstraat 12"])
    }

    /// A room where someone lives, after the place's name and a comma; not a meeting room.
    @Test func readsARoomWhereSomeoneLives() {
        #expect(detected(StreetAddressDetector(), in: "Beller: Ze woont sinds kort in De Zonnehof, kamer 12, maar haar rolstoel past niet.") == ["kamer 12"])
        #expect(detected(StreetAddressDetector(), in: "Caller: She lives with me, the meeting is in room 4 at ten.").isEmpty)
    }

    /// A street whose name holds a year, then the house number after `nummer`; a garage's
    /// number; a market that names a street, in lower case.
    @Test func readsAYearInAStreetsNameAGarageAndAMarket() {
        #expect(detected(StreetAddressDetector(), in: "Klant: ik sta ingeschreven op Plein 1945 nummer 3.") == ["Plein 1945 nummer 3"])
        #expect(detected(StreetAddressDetector(), in: "Klant: Nieuwstraat 14 garage 2, hier.") == ["Nieuwstraat 14 garage 2"])
        #expect(detected(StreetAddressDetector(), in: "spreker 1: bij mij op de tweebaksmarkt zevenenveertig") == ["tweebaksmarkt zevenenveertig"])
        #expect(detected(StreetAddressDetector(), in: "spreker 1: bij de supermarkt zevenenveertig euro").isEmpty)
    }

    /// `st` typed for a street after its name; a house number after a person and `at` where a comma follows.
    @Test func readsATypedStreetAbbreviationAndAPersonsHouseNumber() {
        #expect(detected(StreetAddressDetector(), in: "Visitor: hiya im asking for my nan, she lives at 3 brook st, she got a letter") == ["3 brook st"])
        #expect(detected(StreetAddressDetector(), in: "Caller: The lady at 14, Mrs Patel, has had it too.") == ["14"])
        #expect(detected(StreetAddressDetector(), in: "Caller: The man at 14 minutes past was late.").isEmpty)
    }

    /// A named house, a flat in a named building, or a room, before a comma and the address.
    @Test(arguments: [("Caller: Rose Cottage, 2 Church Lane, Little Haywood.", "Rose Cottage, 2 Church Lane, Little Haywood"),
                      ("Caller: Care of his sister, Flat 9 Regent House, 3 Park Row, Leeds LS1 5HD.", "Flat 9 Regent House, 3 Park Row"),
                      ("Klant: I live in a student room, Kamer 14, Paterswoldseweg 806.", "Kamer 14, Paterswoldseweg 806"),
                      ("Customer: 12 ferndale cl, wv10 8hd", "12 ferndale cl")])
    func readsAHouseOrRoomBeforeTheAddress(text: String, address: String) {
        #expect(detected(StreetAddressDetector(), in: text).first == address)
    }
}
