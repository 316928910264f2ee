import Testing
@testable import KortomKit

@Suite("Person names after cues")
struct PersonNameDetectorTests {
    let detector = PersonNameDetector()

    @Test(arguments: [
        ("Goedemorgen, met mevrouw Bakker.", "Bakker"),
        ("Sorry, I think I told you: my name is Ilse.", "Ilse"),
        ("Sorry, I forgot: this is I. Okafor from the housing team.", "I. Okafor"),
        ("Mijn naam is Fatima el Amrani, ik bel over", "Fatima el Amrani"),
        ("u spreekt met Anouk. Waarmee", "Anouk"),
        ("Dank u wel meneer Jan van den Berg", "Jan van den Berg"),
        ("ik spreek met dhr. J.P. de Vries?", "J.P. de Vries"),
        ("Hello, my name is Mrs Davies.", "Davies"),
        ("Thank you, Mr Wilson, James Wilson.", "Wilson"),
        ("Hi, this is Sarah from the council", "Sarah"),
        // Indian English.
        ("speaker 1: hello yes my good name is venkatesh iyer i have overpaid", "venkatesh iyer"),
        // A name in the past, as of someone who has died.
        ("Caller: His name was Emmanuel Chukwuemeka Obi.", "Emmanuel Chukwuemeka Obi"), ("Klant: Mijn vader heette Jan Peter Obi.", "Jan Peter Obi"),
        ("Het staat op naam van Lotte Kuipers.", "Lotte Kuipers"),
        ("Ja, met meneer de Boer.", "de Boer"),
        ("My husband Kwame uses the car too.", "Kwame"),
        ("Mijn zoon Daan woont sinds januari in Utrecht.", "Daan"),
        ("Mijn vriendin Iris heeft ook geklaagd.", "Iris"),
        ("Hoi, met Lieke Janssens van Bakkerij De Korenschoof.", "Lieke Janssens"),
        ("Hi Mark, it's about my bins.", "Mark"),
        ("My flatmate Priyanka will be in.", "Priyanka"),
        ("De vergunning die op naam staat van G. Bakker-Visser.", "G. Bakker-Visser"),
        ("I'm worried about my uncle, Reginald Pike. He fell.", "Reginald Pike"),
        ("Yes, Dr Okafor at the village surgery.", "Okafor"),
        ("Council Tax, you're speaking to Joanne, can I take your reference?", "Joanne"),
        ("Blue Badge team, you're through to Kerry.", "Kerry"),
        ("Welcome to live chat. You're chatting with Tamsin.", "Tamsin"),
        ("Thanks Amira. Anyone vulnerable living there?", "Amira"),
        ("Dank je Sanne, dat was het.", "Sanne"),
    ])
    func findsNamesAfterCues(text: String, name: String) {
        #expect(detected(detector, in: text) == [name])
    }

    @Test(arguments: ["ik ben verhuisd naar Utrecht", "ik ben Blij met de hulp", "this is the council", "Mevrouw, dat klopt", "met mevrouw [NAME-1] gesproken",
                      "My wife and I moved in May.", "mijn man belt u morgen terug", "My son, who is seven, lives with me.", "Mijn manager weet ervan",
                      "Hi there, I'm calling about my bin.", "Hello, is this the council?", "Hallo Gemeente Utrecht, goedemorgen.",
                      "Thanks, that's gone through.", "Thank you for waiting.", "Bedankt voor het wachten.", "Cheers, Council Tax.",
                      "Hello, this is Language Line, I'm your interpreter."])
    func ignoresCuesWithoutAName(text: String) {
        #expect(Redactor.standard.candidates(in: text).filter { $0.type == .name }.isEmpty)
    }
}

@Suite("Names of people the caller speaks for")
struct ThirdPartyNameTests {
    @Test(arguments: [
        ("His name is Hendrik van Dijk, born in 1943.", "Hendrik van Dijk"),
        ("Ze heet Jannie de Boer en is 77.", "Jannie de Boer"),
        ("My son is called Tom.", "Tom"),
        ("De getuige is zijn vriend Yassin El Idrissi.", "Yassin El Idrissi"),
        ("A son of hers? Her son Malcolm lives in Leeds.", "Malcolm"),
        ("Onze buurman Pieter belde gisteren.", "Pieter"),
    ])
    func findsNamesOfOthers(text: String, name: String) {
        #expect(detected(PersonNameDetector(), in: text) == [name])
    }

    @Test(arguments: ["Haar man had het over iets anders.", "Your son is welcome here.", "Her Majesty's Revenue wrote.", "Zijn vriend, die belde gisteren."])
    func leavesRelativesWithoutANameAlone(text: String) {
        #expect(detected(PersonNameDetector(), in: text).isEmpty)
    }
}

@Suite("Names in greetings")
struct GreetingNameTests {
    @Test(arguments: [
        ("Housing repairs, Craig speaking.", "Craig"),
        // The name opens the sentence, and `I` is no name: only the cue after it tells.
        ("Zainab speaking, how can I help?", "Zainab"),
        ("Goedemiddag, met Pieter de Graaf.", "Pieter de Graaf"),
        ("Gemeente Delft, met Floor.", "Floor"),
        ("goedemorgen met mevrouw jansens, ik bel over de bijstand", "jansens"),
        // After the organisation's name and the greeting, without a comma, as speech-to-text writes it.
        ("medewerker: wmo loket gemeente zaanstad goedemiddag met kim", "kim"),
        ("Gemeente Zaanstad goedemiddag met Kim.", "Kim"),
    ])
    func findsTheNameASpeakerGreetsWith(text: String, name: String) {
        #expect(detected(PersonNameDetector(), in: text) == [name])
    }

    @Test(arguments: ["Ik kom met de auto.", "Thanks for speaking with me.", "The Council Tax team speaking.", "customer: hi this is about my bin, it was missed",
                      "customer: so this is rachel's form, i think"])
    func leavesGreetingsWithoutANameAlone(text: String) {
        #expect(detected(PersonNameDetector(), in: text).isEmpty)
    }

    /// In a turn written all in lower case, the words after a cue that gives a name outright
    /// are a name up to the end of the clause.
    @Test(arguments: [("klant: ja hallo, met priscilla doelwijt, ik bel over mijn dochter", "priscilla doelwijt"),
                      // The name someone goes by, in parentheses, is not part of the name before it.
                      ("klant: mijn naam is s. bosma (sanne) maar", "s. bosma"),
                      ("klant: mijn naam is shanaya, ze is veertien", "shanaya"),
                      ("agent: hello you're through to kerry-ann, how can i help", "kerry-ann"),
                      ("speaker 1: good morning council tax you're speaking with jade", "jade"),
                      ("agent: welcome to live chat, you're chatting with tamsin", "tamsin"),
                      ("speaker 1: environmental health you're speaking to dean how can i help", "dean"),
                      ("medewerker: je spreekt met fenna waarmee kan ik je helpen", "fenna"),
                      // `this is` right after the greeting that opens the turn, a listed name among its words.
                      ("customer: hi this is rachel trethowan, i want to complain", "rachel trethowan"),
                      ("customer: hello, it's rachel trethowan, about my mum", "rachel trethowan"),
                      // Typed without the apostrophe; `again` ends the name.
                      ("Customer: hi its shaz again re my HB claim", "shaz")])
    func readsALowerCaseNameAfterACueThatGivesOneOutright(text: String, value: String) {
        #expect(detected(PersonNameDetector(), in: text) == [value])
    }

    /// Irish particles inside a name, and the next clause after `here` without punctuation;
    /// the listed first name alone is found too, and the longer finding wins.
    @Test func readsAnIrishNameBeforeHereAndTheNextClause() {
        let found = detected(PersonNameDetector(), in: "caller: ah hi it's seán mac giolla phádraig here i'm ringing about the list")
        #expect(found.max { $0.utf8.count < $1.utf8.count } == "seán mac giolla phádraig")
    }

    /// In a lower-case turn: a surname with particles after a title, and a name between `it's`
    /// and `here`, one of its words listed.
    @Test(arguments: [("klant: ik bel voor mijn moeder, mevrouw de boer. zij is oud.", "de boer"),
                      ("customer: hi. it's amara okafor here, from the flats.", "amara okafor"),
                      ("klant: dit is jan de vries hier.", "jan de vries"),
                      // At a clause's start, a name that is also a word, before `speaking`.
                      ("agent: council tax, mark speaking, how can i help?", "mark"), ("agent: rose here.", "rose"),
                      // After a relative, a listed first name, also one that is a word or a place.
                      ("customer: the ceiling leaks, my daughter precious noticed it", "precious"), ("klant: mijn zoon milan heeft een bril nodig", "milan"),
                      ("caller: yeah his sister matilda is at primrose hill primary", "matilda"),
                      // A relative as a chat shortens it.
                      ("customer: my bf jay pays half from his acc, maybe thats the problem", "jay"),
                      ("dank u ik noteer het mijn collega henk-jan van handhaving belt u", "henk-jan")])
    func readsALowerCaseNameAfterATitleOrBeforeHere(text: String, value: String) {
        #expect(detected(PersonNameDetector(), in: text) == [value])
    }

    @Test(arguments: ["customer: it's all here.", "customer: it's the council here.", "customer: generally speaking, it's fine.", "customer: it's may here.", "customer: my son will call you", "klant: mijn man is ziek", "klant: ik heb met meneer de wethouder gesproken",
                      "Customer: It's all here."])
    func readsNoLowerCaseWordsAsANameWhereNoneIsGiven(text: String) {
        #expect(detected(PersonNameDetector(), in: text).isEmpty)
    }

    /// A first name said after the surname that a title gave, set off by commas; not a month.
    @Test(arguments: [("Caller: It's Mr Pawlak, Stanisław, but everyone calls him Stan.", ["Pawlak", "Stanisław"]),
                      ("Beller: Met mevrouw Jansen, Petra.", ["Jansen", "Petra"]), ("Caller: Mrs Hughes, May.", ["Hughes"])])
    func readsAFirstNameAfterTheSurname(text: String, values: [String]) {
        #expect(detected(PersonNameDetector(), in: text) == values)
    }

    /// A relative named in parentheses after the word for them, as notes write it.
    @Test func readsARelativeNamedInParentheses() {
        #expect(detected(PersonNameDetector(), in: "Medewerker: I.v.m. aanvraag bril zoon (Yassir, 11). Adres volgt.") == ["Yassir"])
        #expect(detected(PersonNameDetector(), in: "Agent: Call back re son (Tom Price) today.") == ["Tom Price"])
        #expect(detected(PersonNameDetector(), in: "Agent: Her son (Tom Price) will call.") == ["Tom Price"])
        #expect(detected(PersonNameDetector(), in: "Agent: The form (Section B) is online.").isEmpty)
    }

    /// A capital alone between two words of a name, as Surinamese Chinese surnames have it.
    @Test func readsACapitalAloneInsideASurname() {
        #expect(detected(PersonNameDetector(), in: "Beller: Mijn buurvrouw, mevrouw Tjon A Fong, hoort het ook.") == ["Tjon A Fong"])
        #expect(detected(PersonNameDetector(), in: "Caller: Hi, it's Cathal Ó Súilleabháin, I own a flat.") == ["Cathal Ó Súilleabháin"])
    }

    /// An Irish surname in lower case after a listed first name; a first name said after it is
    /// a name of its own.
    @Test func readsAnIrishSurnameInLowerCase() {
        #expect(detected(PersonNameDetector(), in: "spreker 2: oh hello yes it's mrs siobhan o'sullivan we've got rats") == ["siobhan o'sullivan"])
    }

    /// `vd`, as a chat shortens `van der`, is a particle.
    @Test func readsVdAsAParticle() {
        #expect(detected(PersonNameDetector(), in: "Klant: Ik ben Ilse vd Meer.") == ["Ilse vd Meer"])
    }

    /// Short Punjabi first names, as British callers and agents give them.
    @Test func readsAShortPunjabiFirstNameAfterAnIntroduction() {
        #expect(detected(PersonNameDetector(), in: "speaker 1: parking services you're through to dev how can i help") == ["dev"])
    }

    /// In a turn in lower case, listed first names joined by a dash are one listed name.
    @Test(arguments: [("klant: ja goedemorgen ik ben dirk-jan hoogendoorn ik heb een vraag", "dirk-jan hoogendoorn"),
                      ("klant: ik ben dirk-jan, ik heb een vraag", "dirk-jan")])
    func readsADoubleFirstNameInLowerCase(text: String, value: String) {
        #expect(detected(PersonNameDetector(), in: text) == [value])
    }

    @Test(arguments: ["klant: mijn naam is niet belangrijk, ik bel over de brief", "klant: ja hallo, met de afdeling vergunningen?",
                      "klant: mijn naam is bekend bij jullie", "klant: ik ben ziek, dus ik kom niet"])
    func readsNoOrdinaryWordsAsALowerCaseName(text: String) {
        #expect(detected(PersonNameDetector(), in: text).isEmpty)
    }

    /// After a title, a lower-case word before one that is no name: `dokter hoekstra aan de ...`.
    @Test func readsALowerCaseNameAfterATitleBeforeAWordThatIsNoName() {
        #expect(detected(PersonNameDetector(), in: "klant: ja dokter hoekstra aan de boslaan") == ["hoekstra"])
        #expect(detected(PersonNameDetector(), in: "klant: meneer jansen heeft gisteren gebeld") == ["jansen"])
        #expect(detected(PersonNameDetector(), in: "medewerker: mevrouw wilt u even wachten").isEmpty)
        #expect(detected(PersonNameDetector(), in: "medewerker: prima meneer fijne dag nog").isEmpty)
        #expect(detected(PersonNameDetector(), in: "medewerker: dank u mevrouw prettige dag").isEmpty)
    }

    /// Without punctuation, a pronoun or conjunction ends a lower-case name after a cue.
    @Test(arguments: [("caller: hiya my name's dean whitfield i've had a summons", "dean whitfield"), ("klant: mijn naam is jan de wit en ik bel over de brief", "jan de wit"),
                      // A number ends it too: a date of birth given with the name.
                      ("customer: my name is jordan mcallister 22.11.94", "jordan mcallister")])
    func endsALowerCaseNameBeforeTheNextClause(text: String, name: String) {
        #expect(detected(PersonNameDetector(), in: text) == [name])
    }

    /// A name said twice in one breath, as people answer the phone, is two mentions; particles,
    /// `'t` among them, do not count as the name's words.
    @Test(arguments: [("caller: hiya my name's dean dean whitfield i've had a summons", ["dean", "dean whitfield"]),
                      ("spreker 2: ja goeiemorgen met van 't hof dirk van 't hof", ["van 't hof", "dirk van 't hof"]),
                      ("klant: ja goedemorgen met van der steen henk van der steen ik bel over de aanslag", ["van der steen", "henk van der steen"]),
                      // The first name said again after the whole name.
                      ("klant: ja met albert de vries albert met een a", ["albert de vries", "albert"])])
    func readsANameSaidTwiceAsTwoMentions(text: String, names: [String]) {
        #expect(detected(PersonNameDetector(), in: text) == names)
    }

    /// A relative ends a lower-case name given after `met`, with the particles before it.
    @Test func endsALowerCaseNameBeforeARelative() {
        #expect(detected(PersonNameDetector(), in: "beller: ja hoi met ramon de vader van luca") == ["ramon"])
    }

    /// A word said twice right after `i'm` gives a name as outright as `my name is`.
    @Test func readsANameSaidTwiceAfterIAm() {
        #expect(detected(PersonNameDetector(), in: "speaker 1: yeah hi i've got a summons letter i'm jade jade mcintyre") == ["jade", "jade mcintyre"])
        #expect(detected(PersonNameDetector(), in: "speaker 1: i'm very very sorry about that").isEmpty)
    }

    /// In lower case, a surname with `'t` or `t` after a title, and a name that is also a word
    /// after a relative, unless it is a word that follows relatives as often.
    @Test func readsLowerCaseNamesWithParticlesOrThatAreWords() {
        #expect(detected(PersonNameDetector(), in: "spreker 1: goedemorgen meneer van t hof waar kan ik u mee helpen") == ["van t hof"])
        #expect(detected(PersonNameDetector(), in: "speaker 1: i never got that my partner lee might have binned it") == ["lee"])
        #expect(detected(PersonNameDetector(), in: "speaker 1: my son will ring you back").isEmpty)
    }

    /// After a relative, a preposition and an article before a street open no name.
    @Test func readsNoStreetAfterARelativeAsAName() {
        #expect(detected(PersonNameDetector(), in: "Klant: Mijn moeder op de Dorpsstraat.").isEmpty)
        #expect(detected(PersonNameDetector(), in: "Customer: my mum in the High Street shop").isEmpty)
    }

    /// After a relative, a preposition and an article before a part of town open no name; a
    /// surname that opens with them is still one.
    @Test func readsNoPartOfTownAfterARelativeAsAName() {
        #expect(detected(PersonNameDetector(), in: "Beller: Bij mijn tante, in de Kruidenwijk, Bieslookstraat 9.").isEmpty)
        #expect(detected(PersonNameDetector(), in: "Beller: Mijn buurman, In de Betou, belde.") == ["In de Betou"])
    }

    /// After a name and its particles, a listed surname that is also a word is the surname.
    @Test func readsASurnameThatIsAlsoAWordAfterANameAndItsParticles() {
        #expect(detected(PersonNameDetector(), in: "klant: ja goedemorgen met henk van der steen ik bel over de aanslag") == ["henk van der steen"])
        #expect(detected(PersonNameDetector(), in: "klant: ik heb met meneer de wethouder gesproken").isEmpty)
    }

    @Test func readsANameGivenWithAGreeting() {
        #expect(detected(PersonNameDetector(), in: "Hi, it's Siobhán O'Sullivan, I want to set up a direct debit.") == ["Siobhán O'Sullivan"])
        #expect(detected(PersonNameDetector(), in: "Hello, it's fine, thank you.").isEmpty)
    }

    /// The tokenizer reads `'t` as `t`: it is a particle all the same.
    @Test func readsTheParticleTInAName() {
        #expect(detected(PersonNameDetector(), in: "Goedemiddag, met Van 't Hof, ik heb een brief gekregen.") == ["Van 't Hof"])
    }

    /// `van` before a business's name ends the person's name.
    @Test func endsANameBeforeTheBusinessItIsFrom() {
        #expect(detected(PersonNameDetector(), in: "Hallo, met Dirk-Jan Hofstede van Hofstede Klusbedrijf. Ik bel over afval.") == ["Dirk-Jan Hofstede"])
        #expect(detected(PersonNameDetector(), in: "Hallo, met Gerrit van der Berg, ik bel over afval.") == ["Gerrit van der Berg"])
    }

    /// A listed first name does not cut a lower-case name short: the words up to the end of
    /// the clause are the name.
    @Test func readsTheWholeLowerCaseNameAfterACueThatGivesOneOutright() {
        #expect(detected(PersonNameDetector(), in: "klant: mijn naam is bram de groot, de groot met twee o's") == ["bram de groot"])
    }

    /// `Sam here`: a name before `here` or `hier` after a comma, or a listed first name.
    @Test func readsANameBeforeHere() {
        #expect(detected(PersonNameDetector(), in: "Environmental Protection, Sam here.") == ["Sam"])
        #expect(detected(PersonNameDetector(), in: "Goedemiddag, Ineke hier.") == ["Ineke"])
        #expect(detected(PersonNameDetector(), in: "Right here. Come here, please.").isEmpty)
        #expect(detected(PersonNameDetector(), in: "Kijk hier eens naar.").isEmpty)
    }

    @Test func readsARelativeNamedAsOneAndWhatOthersCallSomeone() {
        #expect(detected(PersonNameDetector(), in: "Een dochter, Zuzanna, zij is elf.") == ["Zuzanna"])
        #expect(detected(PersonNameDetector(), in: "A son, Jack, and a friend told me.") == ["Jack"])
        #expect(detected(PersonNameDetector(), in: "Iedereen noemt hem Sjaak. Hij heeft een klusbedrijf.") == ["Sjaak"])
        #expect(detected(PersonNameDetector(), in: "Er belde een man gisteren.").isEmpty)
    }

    @Test func readsRelativesNamedInAList() {
        #expect(detected(PersonNameDetector(), in: "It's too small now, I've got three kids: Jayden, Amara and Precious.") == ["Jayden", "Amara", "Precious"])
        // A clause about the one named, up to its comma, between the names.
        #expect(detected(PersonNameDetector(), in: "Caller: my kids are Zofia, who is 9, and Maja.") == ["Zofia", "Maja"])
        #expect(detected(PersonNameDetector(), in: "Mijn kinderen heten Sem en Lieke Jansen.") == ["Sem", "Lieke Jansen"])
        #expect(detected(PersonNameDetector(), in: "The children are fine, thanks.").isEmpty)
        // After a comma, and a clause about each up to the next `and`.
        #expect(detected(PersonNameDetector(), in: "Me and my two boys, Kwame who's eight and Junior who's five.") == ["Kwame", "Junior"])
        #expect(detected(PersonNameDetector(), in: "De jongens, Daan die is tien en Thijs.") == ["Daan", "Thijs"])
        #expect(detected(PersonNameDetector(), in: "The boys, they were at school.").isEmpty)
        #expect(detected(PersonNameDetector(), in: "She has no children, I'm all she has.").isEmpty)
    }

    /// A place after a relative is no name: `A daughter in Glasgow, Fiona.`
    @Test func readsNoPlaceAsARelativesName() {
        #expect(!detected(PersonNameDetector(), in: "A daughter in Glasgow, Fiona.").contains("in Glasgow"))
    }

    /// A degree between the cue and the name is no part of either: `mw. drs. A. Bakker-Verhoeven`.
    @Test func readsANameAfterADegree() {
        #expect(detected(PersonNameDetector(), in: "Beller: U spreekt met mw. drs. A. Bakker-Verhoeven, bewindvoerder.").contains("A. Bakker-Verhoeven"))
        #expect(detected(PersonNameDetector(), in: "Klant: Het gaat om de heer ir. Jansen.") == ["Jansen"])
    }

    /// A Welsh patronymic particle joins the name: `Rhys ap Gwilym`.
    @Test func readsAWelshNameWithItsPatronymic() {
        #expect(detected(PersonNameDetector(), in: "Caller: Bore da. My name is Rhys ap Gwilym.") == ["Rhys ap Gwilym"])
    }

    @Test func readsANameSomeoneIsCalled() {
        #expect(detected(PersonNameDetector(), in: "Hi, I'm called Bex, well, Rebecca officially.").contains("Bex"))
        #expect(detected(PersonNameDetector(), in: "Zeg maar Jan, hoor.") == ["Jan"])
        // What someone else is called, and in lower case the whole name up to the clause's end.
        #expect(detected(PersonNameDetector(), in: "Caller: She's called Grace Adeyemi and the car is here.") == ["Grace Adeyemi"])
        #expect(detected(PersonNameDetector(), in: "speaker 2: she's called grace adeyemi and the car is here") == ["grace adeyemi"])
        #expect(detected(PersonNameDetector(), in: "speaker 2: he's called the handyman around here").isEmpty)
        // A pet's name is no person's.
        #expect(detected(PersonNameDetector(), in: "Caller: Tell the engineer the dog's friendly, he's called Biscuit.").isEmpty)
    }

    /// Greeting, thanking or leaving someone by name, with a comma before it: the name is the
    /// whole clause.
    @Test(arguments: [("Hi, Zina.", "Zina"), ("Sorry, Vince, it's not your fault.", "Vince"), ("Merry Christmas, Jina.", "Jina"),
                      ("Good morning! Hey, Izek!", "Izek"), ("Thank you, Gav.", "Gav"), ("Hoi, Sanne!", "Sanne")])
    func findsTheNameSomeoneIsAddressedBy(text: String, name: String) {
        #expect(detected(PersonNameDetector(), in: text) == [name])
    }

    @Test(arguments: ["Hello, Brightwater Council, how can I help?", "Hi, Mom.", "Thank you, Good-bye.", "Sorry, Monday is full.",
                      "Thanks, Everyone!", "Hey, Dad, can you help?", "Dear Data Protection Officer,"])
    func leavesWhatSomeoneIsAddressedByAloneWhenItIsNoName(text: String) {
        #expect(detected(PersonNameDetector(), in: text).isEmpty)
    }

    /// In a turn written all in lower case, a listed name after an addressing cue counts
    /// even when it is also a word.
    @Test func findsALowerCaseNameSomeoneIsAddressedBy() {
        #expect(detected(PersonNameDetector(), in: "thanks, bill. i'll ring back tomorrow") == ["bill"])
        #expect(detected(PersonNameDetector(), in: "hi rose, how are you") == ["rose"])
        #expect(detected(PersonNameDetector(), in: "thanks, may i ask something").isEmpty)
        #expect(detected(PersonNameDetector(), in: "sorry, bill is still open").isEmpty)
    }

    /// `is called`, `heet` and `named` after a subject that is a thing name a thing.
    @Test func leavesTheNameOfAThingAlone() {
        #expect(detected(PersonNameDetector(), in: "Sometimes it is called 'Chinese Red'.").isEmpty)
        #expect(detected(PersonNameDetector(), in: "Het heet Zonnehof, dat verzorgingshuis.").isEmpty)
        #expect(detected(PersonNameDetector(), in: "My neighbour is called Gerald.") == ["Gerald"])
    }

    /// `in` or `op` after a cue opens a place unless another particle follows (`in 't Veld`).
    @Test func readsAPlaceAfterACueAsNoName() {
        #expect(detected(PersonNameDetector(), in: "I'm in Madrid this week.").isEmpty)
        #expect(detected(PersonNameDetector(), in: "Ik ben in Gouda geweest.").isEmpty)
        #expect(detected(PersonNameDetector(), in: "Mijn naam is Jan in 't Veld.") == ["Jan in 't Veld"])
        #expect(detected(PersonNameDetector(), in: "Ik ben Kees op den Akker.") == ["Kees op den Akker"])
        #expect(detected(PersonNameDetector(), in: "Inwoner: dr. Oudkerk op de Dordtsestraatweg") == ["Oudkerk"])
    }

    /// Titles written out and a professor's: `Mister Lamb`, `Professor Brinkman`.
    @Test(arguments: [("I'm grateful to Mister Lamb, he helped me.", "Lamb"), ("Professor Brinkman moet nog een verklaring sturen.", "Brinkman"),
                      ("Ik sprak prof. Visser gisteren.", "Visser")])
    func findsANameAfterATitleWrittenOut(text: String, name: String) {
        #expect(detected(PersonNameDetector(), in: text) == [name])
    }

    /// A relative told apart by age or size before the name: `mijn oudste zus Nel`.
    @Test(arguments: [("Mijn oudste zus Nel regelt alles.", "Nel"), ("so my younger sister cleo used to do this", "cleo"),
                      ("her elder sister Sue lives abroad", "Sue")])
    func findsARelativeNamedAfterAnAdjective(text: String, name: String) {
        #expect(detected(PersonNameDetector(), in: text) == [name])
    }

    @Test func readsNoNameAfterAnAdjectiveThatIsNoRelatives() {
        #expect(detected(PersonNameDetector(), in: "Is my late payment a problem for Housing?").isEmpty)
    }

    /// After a first name and a surname, `van` opens where someone works; after two first
    /// names, the surname.
    @Test(arguments: [("Mijn collega Jeroen Smits van Werk en Inkomen belt u.", "Jeroen Smits"), ("Mijn naam is Jan Willem van Dijk.", "Jan Willem van Dijk"),
                      ("met meneer Pieter van den Berg van de gemeente", "Pieter van den Berg")])
    func endsANameWhereItsOrganisationBegins(text: String, name: String) {
        #expect(detected(PersonNameDetector(), in: text) == [name])
    }

    /// `van` and the organisation the speaker works for or runs end a lower-case name; a surname after
    /// `van der` does not.
    @Test(arguments: [("medewerker: goedemorgen je spreekt met noor van schuldhulpverlening zaanstad", "noor"),
                      ("medewerker: goedemorgen u spreekt met noor van de gemeente", "noor"), ("klant: met jan van der zorg", "jan van der zorg"),
                      ("beller: ja goedemorgen met gerrit-jan van 't veld van bakkerij van 't veld in nijkerk", "gerrit-jan van 't veld")])
    func endsALowerCaseNameBeforeTheOrganisation(text: String, name: String) {
        #expect(detected(PersonNameDetector(), in: text) == [name])
    }

    /// What others called someone, in the past tense and in a lower-case turn.
    @Test func readsWhatOthersCalledSomeoneInLowerCase() {
        #expect(detected(PersonNameDetector(), in: "beller: johannes petrus maar iedereen noemde hem jan") == ["jan"])
    }

    /// `An`, a Flemish first name, before a particle or a listed name after a cue; not the article.
    @Test func readsTheFirstNameAnBeforeASurname() {
        #expect(detected(PersonNameDetector(), in: "Beller: Mijn vrouw heet An De Smet, vandaar.") == ["An De Smet"])
        #expect(detected(PersonNameDetector(), in: "Beller: This is An Appointment letter.").isEmpty)
    }

    /// A relative after a possessive as people say and type it: `m'n`, `mn`, `z'n`.
    @Test(arguments: [("Bezoeker: bij mn buurvrouw ans voor de deur", "ans"), ("Klant: Ik bel voor m'n moeder, Truus, die is gevallen.", "Truus"),
                      ("Klant: Hij heeft z'n zoon Daan gebeld.", "Daan")])
    func readsARelativeAfterAShortenedPossessive(text: String, name: String) {
        #expect(detected(PersonNameDetector(), in: text) == [name])
    }

    /// A nurse by name; not `zuster` as a sister.
    @Test func readsANurseByName() {
        #expect(detected(PersonNameDetector(), in: "Beller: Zuster Annelies van de thuiszorg komt.") == ["Annelies"])
        #expect(detected(PersonNameDetector(), in: "Klant: De zuster van mijn moeder komt.").isEmpty)
    }

    /// A first name that is also a word, between two names after a cue, is a middle name.
    @Test func readsAMiddleNameThatIsAlsoAWordAfterACue() {
        #expect(detected(PersonNameDetector(), in: "Caller: My name is Dorothy May Ellis, but she goes by Dot.").first == "Dorothy May Ellis")
    }

    /// A possessive after a name stays in the text: only the name is redacted.
    @Test(arguments: [("Voicemail: it's about my son Callum's school transport.", "Callum"), ("Caller: I spoke to Mrs Jones's assistant.", "Jones")])
    func leavesThePossessiveAfterAName(text: String, name: String) {
        #expect(detected(PersonNameDetector(), in: text) == [name])
    }

    /// In lower case, a first name and a listed surname after a title; `Met` and a name as a
    /// sentence of their own later in a turn.
    @Test func readsANameAfterATitleInLowerCaseAndMetOpeningASentence() {
        #expect(detected(PersonNameDetector(), in: "Visitor: hiya im asking for my nan mrs dot higgins, 89, at 3 brook st") == ["dot higgins"])
        #expect(detected(PersonNameDetector(), in: "Voicemail: Ja hallo, dit is de voicemail van de gemeente, natuurlijk. Met Ans Visser. Ik bel over de bijstand.") == ["Ans Visser"])
        #expect(detected(PersonNameDetector(), in: "Klant: Ik ga daar niet heen. Met Jan wel.").isEmpty)
    }

    /// In lower case, `sorry` after a name given outright ends it.
    @Test func endsALowerCaseNameAtACorrection() {
        #expect(detected(PersonNameDetector(), in: "Bezoeker: mijn naam is jeroen van dijkk sorry van dijk") == ["jeroen van dijkk"])
    }
}
