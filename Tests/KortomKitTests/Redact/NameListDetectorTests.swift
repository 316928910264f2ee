import Testing
@testable import KortomKit

@Suite("Names without a cue")
struct NameListDetectorTests {
    let detector = NameListDetector()

    @Test(arguments: [
        ("My partner, Tom Evans, called last week.", "Tom Evans"),
        ("Dat heeft Jan van der Berg gezegd.", "Jan van der Berg"),
        ("Ik heb het met Fatima el Amrani besproken.", "Fatima el Amrani"),
        ("Vraag het maar aan van Dijk, die weet het.", "van Dijk"),
        ("Mijn dochter Marieke komt ook.", "Marieke"),
        ("And Ethan's date of birth?", "Ethan"),
    ])
    func findsListedNames(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    @Test(arguments: [
        "Will it be collected on Monday?", "Mark the form as urgent.", "Ik sta bij de Albert Heijn.",
        "Ik woon in Den Bosch, vlak bij Den Haag.", "Bakker is mijn beroep.", "The Green Party won.", "Roos en tulpen.",
    ])
    func leavesWordsThatLookLikeNamesAlone(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    @Test func readsLowerCaseTurnsForNamesThatAreNoCommonWord() {
        #expect(detected(detector, in: "ja goedemiddag ik ben kees bakker") == ["kees bakker"])
        // The speaker and a time in front of the turn are not part of it.
        #expect(detected(detector, in: "Klant: ja goedemiddag ik ben kees bakker") == ["kees bakker"])
        #expect(detected(detector, in: "[00:01:05] Klant: ja goedemiddag ik ben kees bakker") == ["kees bakker"])
        #expect(detected(detector, in: "ik heb een roos en een bos bloemen").isEmpty)
        // With capitals in the turn, lower-case words are ordinary words.
        #expect(detected(detector, in: "Ik ben kees, zegt hij.").isEmpty)
    }

    /// In a lower-case turn a name that is also a word counts only as the one spoken to.
    @Test(arguments: [
        ("bill, will you be free at noon?", "bill"),
        ("now, mark, you're from canada?", "mark"),
        ("listen, ben. i think it's a good thing.", "ben"),
        ("ja, dat klopt, roos.", "roos"),
        // A name that is a verb too, between commas.
        ("my son, will, turned eighteen in march.", "will"), ("Oh, that'll be my son, Will, he's away.", "Will"),
        // Said who they are to the speaker: `sue, my mum`.
        ("i'm a carer for sue, my mum, she's old.", "sue"), ("ik woon bij roos, mijn zus.", "roos"),
    ])
    func readsLowerCaseNamesThatAreWordsWhereTheyAddressSomeone(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    @Test(arguments: [
        "i will mark the form as urgent.", "the bill came to forty pounds, mark it paid.", "i heard rose is pregnant.",
        "red, white, rose and sparkling wines.", "may, june and july are busy.", "ik heb een roos, een tulp en een lelie.",
        "i will, if you will.", "Will it be collected on Monday, then?", "i'll bill you, my friend.",
    ])
    func leavesLowerCaseWordsThatAreNamesAloneElsewhere(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// Names of newcomers municipalities serve: Ukrainian, Eritrean, Syrian, Afghan, Polish.
    @Test(arguments: [("Dat moet Oleksandr weten.", "Oleksandr"), ("Ik heb dat met Grzegorz besproken.", "Grzegorz"),
                      ("Ja, dan komt Tesfay langs.", "Tesfay"), ("Mijn buurvrouw heet Olena Kovalenko.", "Olena Kovalenko"),
                      ("De brief is voor Zabihullah Ahmadi.", "Zabihullah Ahmadi")])
    func findsNamesOfNewcomers(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    @Test func takesNoAdjectiveOrIslandForANewcomersName() {
        #expect(detected(detector, in: "Suites in Japanese, Roman and French styles.").isEmpty)
        #expect(detected(detector, in: "We gaan naar Saba op vakantie.").isEmpty)
    }

    /// Irish and Welsh names, also with the accents they are written with.
    @Test(arguments: ["Ciarán", "Siobhán", "Cerys", "Dafydd"])
    func findsIrishAndWelshFirstNames(name: String) {
        #expect(detected(NameListDetector(), in: "Actually it's joint with \(name).") == [name])
    }

    /// The names people are called by day to day, which callers often give alone.
    @Test(arguments: [("Hey Mike. I forgot about registration.", "Mike"), ("Liz, do you have a minute?", "Liz"), ("Did you see Tony there?", "Tony"),
                      ("I knew you would ask Jenny.", "Jenny")])
    func findsTheNamesPeopleAreCalledBy(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    /// A name that is also a word counts alone where only a name is capitalised: inside a
    /// sentence, or opening one as the person spoken to.
    @Test(arguments: [("No, I was texting Jack outside a store.", "Jack"), ("I like your humor, Mark.", "Mark"),
                      ("Ben, what are you doing?", "Ben"), ("Hi Rose, how are you?", "Rose"), ("Dat heeft Floor gezegd.", "Floor")])
    func findsANameThatIsAlsoAWordWhereOnlyANameIsCapitalised(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    @Test(arguments: [
        "We met at the Museum of Modern Art last year.", "The Rose Garden opens at ten.", "Can we meet in May?",
        "Is there a Christian church near here?", "Ask the Dean about it.", "I have broadband with Sky.", "We flew to Florence and then home.", "Will you be there?", "Mark, the form is urgent?",
    ])
    func leavesNamesThatAreAlsoWordsInProperNounsMonthsAndPlaces(text: String) {
        // `Mark, the form ...` opens with the name spoken to; the others hold no name.
        #expect(detected(detector, in: text) == (text.hasPrefix("Mark") ? ["Mark"] : []))
    }

    /// A name that is also a word, opening a sentence as one calls someone (`Jack!`), or
    /// doing what only a person does right after it, or contacted right before it.
    @Test(arguments: [("Jack! Do you want to see a picture?", "Jack"), ("Frank told me the gutters were clogged.", "Frank"),
                      ("i texted mark at the housing association", "mark"), ("ik heb gisteren roos gebeld", "roos"),
                      ("rose said she would come", "rose"), ("Yes. Frank at number 12 has had water coming through.", "Frank")])
    func findsANameThatIsAlsoAWordByWhatThePersonDoes(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    /// A name that is also a word, whose relative or number is spoken of: `de moeder van noor`.
    @Test(arguments: [("medewerker: en de moeder van noor is dat", "noor"), ("dan noteer ik nog het bsn van noor", "noor"),
                      ("de juf van roos belde gisteren", "roos")])
    func findsANameThatIsAlsoAWordWhoseRelativeOrNumberIsSpokenOf(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    /// A thing asked about in one word, a name that is a word before a capitalised verb or
    /// in a proper noun, and a word used as the word it is, also after a subject (`ik ben gebeld`).
    @Test(arguments: ["Candy?", "Put it on the Job Wanted channel.", "i will mark it as urgent", "the bill said forty pounds", "ik koos voor de tweede",
                      "klant: ja goedemiddag ik ben gebeld over mijn dochter", "ik wil gebeld worden", "de kleur van roos is mooi",
                      "Caller: Both at St Teresa's Catholic Primary.", "We vieren Sint Maarten."])
    func leavesWordsThatAreAlsoNamesWithoutAPersonsDeed(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// Names of the generations that call most and their short forms, in lower case too.
    @Test(arguments: [("Mijn moeder, Miep, woont daar.", "Miep"), ("ik heb toen dick gebeld", "dick"), ("Ask Harrie about it.", "Harrie")])
    func findsOlderDutchFirstNamesAndShortForms(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    /// In lower case, a listed first name with particles and a listed surname after it is one
    /// name, also where the surname is a word (`steen`, `bakker`).
    @Test(arguments: [("klant: ik ben henk van der steen en ik bel", "henk van der steen"), ("klant: dat was toos de bakker denk ik", "toos de bakker"),
                      ("klant: dat heeft henk van de gemeente gezegd", "henk")])
    func readsALowerCaseFirstNameWithParticlesAndASurname(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    /// Frisian first names, in lower case after a relative too.
    @Test(arguments: [("klant: fijn mijn vrouw baukje is er dan ook bij", "baukje"), ("Mijn schoonmoeder Hylkje is gevallen.", "Hylkje")])
    func findsFrisianFirstNames(text: String, name: String) {
        #expect(detected(detector, in: text).contains(name))
    }

    /// A surname that is a word before a Dutch street's name is part of the street.
    @Test func readsNoSurnameBeforeAStreetsName() {
        #expect(detected(detector, in: "Klant: Ik kreeg een boete in de Lange Nieuwstraat.").isEmpty)
    }

    /// Cornish first names and surnames, in lower case too.
    @Test(arguments: [("Her carer, Morwenna Trevithick, came twice.", "Morwenna Trevithick"), ("customer: margaret penhaligon 12.03.1941", "margaret penhaligon")])
    func findsCornishNames(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    /// British names of the generations born since the eighties.
    @Test(arguments: [("It's a young couple, Jordan and Kayleigh, music until 3am.", ["Jordan", "Kayleigh"]), ("My daughter Courtney rang.", ["Courtney"])])
    func findsYoungerBritishFirstNames(text: String, names: [String]) {
        #expect(detected(detector, in: text) == names)
    }

    /// Nigerian and Ghanaian names, as callers in Britain and the Netherlands have them.
    @Test(arguments: [("Although it's actually my husband's car, Femi, he's on the V5.", ["Femi"]), ("Ik bel voor mijn buurvrouw, Akosua Boateng.", ["Akosua Boateng"])])
    func findsWestAfricanNames(text: String, names: [String]) {
        #expect(detected(detector, in: text) == names)
    }

    /// Pakistani and Bangladeshi names, as callers and agents in Britain have them.
    @Test(arguments: [("Environmental health, Tariq speaking.", ["Tariq"]), ("I spoke to Imran Qureshi yesterday.", ["Imran Qureshi"])])
    func findsPakistaniAndBangladeshiNames(text: String, names: [String]) {
        #expect(detected(detector, in: text) == names)
    }

    /// `van` and a business after a first name say where someone works: no surname.
    @Test(arguments: [("Dat doet de constructeur, Erik van Bouwadvies Midden.", "Erik"), ("Ik sprak Lotte van Installatietechniek Oost.", "Lotte")])
    func readsNoBusinessAfterAFirstNameAsItsSurname(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    /// A middle name is part of the name: one person, not a first name and a surname apart.
    @Test(arguments: [("Margaret Ellen Hughes, 14 Birchfield Avenue.", "Margaret Ellen Hughes"), ("Dat is Gerrit Jan Hoogland.", "Gerrit Jan Hoogland"),
                      // An unlisted middle name, then a surname that ends the clause.
                      ("Dat was Peter Chukwuemeka Nwachukwu.", "Peter Chukwuemeka Nwachukwu")])
    func readsAMiddleNameAsPartOfTheName(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    /// A listed name that opens with a letter outside ASCII, written with its capital.
    @Test(arguments: [("Dat heeft Öztürk gisteren gestuurd.", "Öztürk"), ("Öztürk heeft gebeld.", "Öztürk"), ("Ik sprak Çelik op het loket.", "Çelik")])
    func findsANameWhoseCapitalIsNoASCIILetter(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    /// `En`, `Maar`, `But` open a sentence before a name without making a proper noun with it.
    @Test func findsANameThatIsAlsoAWordAfterAWordOpeningTheSentence() {
        #expect(detected(detector, in: "Fijn. En Roos van de thuiszorg vroeg het ook.") == ["Roos"])
        #expect(detected(detector, in: "The Rose Garden opens at ten.").isEmpty)
    }

    /// A listed surname after initials, the initials included, also a surname that is a word.
    @Test(arguments: [("De man achter de balie, volgens zijn badge R. Koster, was onbeleefd.", "R. Koster"), ("Dat heeft J. de Vries gezegd.", "J. de Vries"),
                      ("Ik sprak A.J. Bakker.", "A.J. Bakker")])
    func findsASurnameAfterInitials(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    /// A letter after a noun that it names, and a surname that is part of a proper noun.
    @Test(arguments: ["Neem vitamine C. Bakker heeft dat gezegd.", "The U.S. Post Office.", "Dan wordt het plan B. Dan gaan we verder."])
    func leavesALetterThatIsNoInitial(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// A surname that is also a street or square (`Brink`, `Dam`) after a preposition and an
    /// article is the place; after `van den` it is the surname.
    @Test func readsNoStreetAfterAPrepositionAsASurname() {
        #expect(detected(NameListDetector(), in: "Klant: De bus staat op de Brink voor leveringen.").isEmpty)
        #expect(detected(NameListDetector(), in: "Klant: Ik sprak met Kees van den Brink.") == ["Kees van den Brink"])
    }

    /// A double name whose second part opens with a particle goes on over the word after it.
    @Test func readsADoubleNameWhoseSecondPartOpensWithAParticle() {
        #expect(detected(NameListDetector(), in: "Beller: Ja, Nadia Benali-El Haddaoui. Mijn man werkt in Duitsland.") == ["Nadia Benali-El Haddaoui"])
    }

    /// A café, hotel or restaurant named with a particle and a surname is a place.
    @Test(arguments: ["Beller: Ik bel van Café De Kroon op de Brink.", "Klant: We zaten in Restaurant de Vries aan de gracht."])
    func leavesAVenueNamedWithAParticle(text: String) {
        #expect(detected(NameListDetector(), in: text).isEmpty)
    }

    /// The first part of a double first name joins the listed part after the dash when it is
    /// a listed name too.
    /// Irish first names, between commas after a relative.
    @Test func readsAnIrishFirstNameBetweenCommas() {
        #expect(detected(NameListDetector(), in: "Caller: My da will be, Seamus, he's seventy-eight.") == ["Seamus"])
    }

    /// A first name in an organisation's name is none in lower case either; a month after a
    /// name does not make it one.
    @Test func readsNoFirstNameInAnOrganisationInLowerCase() {
        #expect(detected(NameListDetector(), in: "spreker 2: hij werkt bij de albert heijn").isEmpty)
        #expect(detected(NameListDetector(), in: "person1: hi! wang mei. come and have a look").first == "wang")
    }

    /// An Irish surname's particle, an accented capital alone, belongs to the name.
    @Test func readsAnIrishParticleInsideAName() {
        #expect(detected(NameListDetector(), in: "Caller: It's Cathal Ó Súilleabháin, I own a flat.") == ["Cathal Ó Súilleabháin"])
    }

    /// A short name that is a Dutch word (`zak`) is none in lower case alone.
    @Test func readsNoNameThatIsAWordInLowerCase() {
        #expect(detected(NameListDetector(), in: "spreker 2: maar dat was mijn zak niet ik woon helemaal niet daar").isEmpty)
    }

    /// `den` and a town after it, in lower case, are the town, not a surname.
    @Test func readsNoTownAfterDenAsASurname() {
        #expect(detected(NameListDetector(), in: "spreker 1: gemeente den bosch meldingen goedemorgen").isEmpty)
    }

    @Test(arguments: [("Klant: Zeg maar tegen de schuldhulpmaatje, Henk-Jan, dat hij belt.", "Henk-Jan"), ("Agent: Thanks-Emir", "Emir")])
    func readsBothPartsOfADoubleFirstName(text: String, value: String) {
        #expect(detected(NameListDetector(), in: text) == [value])
    }

    /// A surname's initial after a lower-case first name, as a chat types it; not a letter that is a word.
    @Test func readsAnInitialAfterALowerCaseFirstName() {
        #expect(detected(NameListDetector(), in: "Visitor: priya n and its yh19xkl") == ["priya n"])
        #expect(detected(NameListDetector(), in: "visitor: i told priya a story") == ["priya"])
    }

    /// `reg`, short for a registration, is a name only with more evidence.
    @Test func leavesRegAsAWordInLowerCase() {
        #expect(detected(NameListDetector(), in: "Visitor: yeah a white transit, got the reg, ov21 kte").isEmpty)
    }

    /// A first name that is also a word, between a first name and a surname, is a middle name.
    @Test func readsAMiddleNameThatIsAlsoAWord() {
        #expect(detected(NameListDetector(), in: "Caller: It is Dorothy May Ellis.") == ["Dorothy May Ellis"])
    }

    /// A first name and a surname common in Britain, typed in lower case in a chat.
    @Test(arguments: [("Customer: hi its dave morrison from 27b mill lane", "dave morrison"), ("visitor: spoke to siobhan mcgrath yesterday", "siobhan mcgrath")])
    func readsCommonBritishSurnamesInLowerCase(text: String, name: String) {
        #expect(detected(NameListDetector(), in: text) == [name])
    }

    /// A surname that is also a word or a place counts beside a first name, not alone.
    @Test func readsASurnameThatIsAWordOnlyBesideAFirstName() {
        #expect(detected(NameListDetector(), in: "Caller: I spoke to Lisa Grant about it.") == ["Lisa Grant"])
        #expect(detected(NameListDetector(), in: "Caller: We applied for the Disabled Facilities Grant in March.").isEmpty)
        #expect(detected(NameListDetector(), in: "Customer: She has a BSN from when she lived in Holland.").isEmpty)
        #expect(detected(NameListDetector(), in: "Caller: my mum lived in Hamilton for years.").isEmpty)
    }

    /// A saint's name in a school's or church's name, in lower case too.
    @Test func readsNoSaintsNameInLowerCase() {
        #expect(detected(NameListDetector(), in: "agent: ok i can see he's been offered st aidan's which wasn't on your list").isEmpty)
    }

    /// `van 't` and `in 't` before a surname; a place after `op de` or `in` is no surname.
    @Test func readsParticlesWithAnApostropheAndLeavesPlacesAfterPrepositions() {
        #expect(detected(NameListDetector(), in: "Klant: Ik heb gesproken met Jan van 't Veld.") == ["Jan van 't Veld"])
        #expect(detected(NameListDetector(), in: "Klant: Gisteren was Jan op de Markt.") == ["Jan"])
        #expect(detected(NameListDetector(), in: "Caller: the meeting is in Foster House at ten.").isEmpty)
    }

    /// Turkish first names, as Dutch citizens of Turkish descent are named, in lower case after a relative.
    @Test func readsATurkishFirstNameAfterARelativeInLowerCase() {
        #expect(detected(PersonNameDetector(), in: "spreker 1: mijn man serkan maar die heeft zich al ingeschreven") == ["serkan"])
    }

    /// `Chester` after `of` names the city (`the Countess of Chester`, a hospital); Frisian first names.
    @Test func readsChesterAsAPlaceAndFrisianFirstNames() {
        #expect(detected(NameListDetector(), in: "Visitor: 10.40 on the 3rd at the Countess of Chester, eye clinic").isEmpty)
        #expect(detected(NameListDetector(), in: "spreker 0: gemeente leeuwarden goeiemiddag met jorrit") == ["jorrit"])
    }

    /// A place before a surname that is also a word names a place, not a person.
    @Test func readsAPlaceBeforeASurnameThatIsAWordAsAPlace() {
        #expect(detected(NameListDetector(), in: "Customer: the play park on Chester Green has been vandalised.").isEmpty)
        #expect(detected(NameListDetector(), in: "Customer: I spoke to Chester Bennett yesterday.") == ["Chester Bennett"])
    }
}
