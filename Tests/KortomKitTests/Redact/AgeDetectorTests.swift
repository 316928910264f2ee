import Testing
@testable import KortomKit

@Suite("Ages")
struct AgeDetectorTests {
    let detector = AgeDetector()

    @Test(arguments: [
        ("Ze is 84 jaar en woont alleen.", ["84"]), ("Ik ben zelf 58 jaar oud.", ["58"]), ("een 19-jarige studente", ["19"]),
        ("De leeftijd van 84 speelt geen rol.", ["84"]), ("He's 91 years old.", ["91"]), ("a 17-year-old", ["17"]),
        ("Aged 67, she still drives.", ["67"]), ("He turned 91 in May.", ["91"]), ("I'm 63 and I can't manage.", ["63"]),
        ("they're 6 and 9.", ["6", "9"]), ("Hij is 87 en woont nog zelfstandig.", ["87"]), ("She is 91, and lives alone.", ["91"]),
        ("She's four, she starts in September.", ["four"]), ("Hij is vierentachtig en woont alleen.", ["vierentachtig"]),
        ("He is four years old.", ["four"]), ("Onze zoon Ruben, die is negentien.", ["negentien"]),
        ("My son, who is seven, lives with me.", ["seven"]), ("My mum, who's 82, lives with us.", ["82"]),
        ("ze is 75 geworden in mei", ["75"]), ("ze is vijfenzeventig geworden in mei", ["vijfenzeventig"]),
        // Speech-to-text without commas: the next clause opens with `so`, `but`, `dus`, ...
        ("she's four so the damp is a worry", ["four"]), ("hij is zesentachtig dus hij kan niet komen", ["zesentachtig"]),
        // A relative before the copula; tens and units said apart; a birthday in words.
        ("My daughter is 4, and my dad lives with us.", ["4"]), ("mijn man is eenentachtig en slecht ter been", ["eenentachtig"]),
        ("he's seventy nine.", ["seventy nine"]), ("she's eighty-two, and she lives alone.", ["eighty-two"]),
        ("my son turned eighteen in march.", ["eighteen"]),
        // A baby's age in months, weeks or days, with its unit.
        ("our baby is six months old.", ["six months"]), ("Hij is 8 maanden oud.", ["8 maanden"]),
        ("de kleine is nu zes dagen oud", ["zes dagen"]), ("She's 3 weeks old.", ["3 weeks"]),
    ])
    func findsAges(text: String, ages: [String]) {
        #expect(detected(detector, in: text) == ages)
    }

    @Test(arguments: [
        "Ik sta al 12 jaar ingeschreven.", "for 2 years now", "I'm 5 minutes away.", "He turned 3 pages.", "Het kost 45 euro per jaar.",
        "3 weeks ago", "Dat is 2 keer gebeurd.", "That was 10 years ago.", "Het is 12.", "Hij is 5 minuten weg.", "He is 6 foot tall.", "I'm one of them.", "Ze is een vrouw.", "She's nine minutes away.", "De brief, die is 3 weken oud.", "The form, who is 12 pages long?",
        "My son is 4 minutes away.", "Het contract is 6 maanden geldig.", "The milk is two days old.", "It took six months.", "He turned seventy pages.", "Mijn man is 1 van de vrijwilligers.",
    ])
    func leavesOtherNumbersAlone(text: String) {
        #expect(detected(detector, in: text).isEmpty)
    }

    /// The redactor runs detectors line by line into one list: an age found on an earlier line
    /// must not make a number after `en` on this one an age.
    @Test func readsOnlyItsOwnCandidatesForAgesInARow() {
        var text = "Ze heeft 4 kinderen en 2 katten."
        var found = [PIICandidate(type: .age, range: 16..<18, confidence: 0.8, detector: "age", canonicalValue: "84")]
        text.withUTF8 { detector.detect(in: $0, into: &found) }
        #expect(found.count == 1)
    }

    /// A name, or a person named earlier in the sentence, before the copula.
    @Test(arguments: [("Hun vader, meneer Vroemen, is 88 en woont alleen.", "88"), ("Hij heet Daan en is 16.", "16")])
    func findsAnAgeAfterANamedPerson(text: String, value: String) {
        #expect(detected(AgeDetector(), in: text) == [value])
    }

    @Test(arguments: ["Dat is 16.", "De prijs is 16 en dat klopt.", "Utrecht is 16, zei ze."])
    func findsNoAgeAfterAThing(text: String) {
        #expect(detected(AgeDetector(), in: text).isEmpty)
    }

    /// A child named after a child word, then `van` and an age, whatever follows; not money.
    @Test(arguments: [("spreker 2: mijn zoon daan van acht fietst daar elke ochtend", "acht"), ("Klant: Mijn zoon Daan van 8 fietst daar.", "8")])
    func findsTheAgeOfAChildNamedAfterAChildWord(text: String, value: String) {
        #expect(detected(AgeDetector(), in: text) == [value])
        #expect(detected(AgeDetector(), in: "klant: mijn zoon daan van acht euro").isEmpty)
    }

    /// A birthday with the time before the age, as Dutch says it; not a count or a measure.
    @Test(arguments: [("Ze wordt volgende maand tachtig.", "tachtig"), ("Ze wordt volgende maand 80.", "80"),
                      ("Hij werd gisteren negentig en hij vierde het niet.", "negentig"), ("Ze wordt in mei 80.", "80")])
    func findsAnAgeAfterABirthdayAndATime(text: String, value: String) {
        #expect(detected(AgeDetector(), in: text) == [value])
    }

    @Test(arguments: ["Het wordt volgende week tien graden.", "Ze wordt morgen twee keer gebeld.", "Het wordt in mei 12 euro duurder."])
    func findsNoAgeAfterATimeWithoutABirthday(text: String) {
        #expect(detected(AgeDetector(), in: text).isEmpty)
    }

    /// An age to come: `she'd be ninety in March`, `he'll be 80`.
    @Test func findsAnAgeToCome() {
        #expect(detected(AgeDetector(), in: "She told me she'd be ninety in March.") == ["ninety"])
        #expect(detected(AgeDetector(), in: "I'll be ten minutes, sorry.").isEmpty)
    }

    @Test func findsAgesAfterAPluralCopula() {
        #expect(detected(AgeDetector(), in: "Ja, Lucas en Emma, ze zijn 8 en 5.") == ["8", "5"])
        #expect(detected(AgeDetector(), in: "Ze zijn 5 minuten te laat.").isEmpty)
    }

    /// A child with `van` and a number: `mijn zoontje van 4`, `een dochter van twaalf`.
    @Test(arguments: [("Mijn zoontje van 4 is ziek.", "4"), ("Ik heb een zoon van 9 jaar.", "9"), ("Ons kleinkind van 6 maanden.", "6 maanden"),
                      ("klant: mijn dochter van vier heeft koorts", "vier")])
    func findsTheAgeOfAChildGivenWithVan(text: String, age: String) {
        #expect(detected(AgeDetector(), in: text) == [age])
    }

    @Test func leavesANumberAfterAChildThatIsNoAge() {
        #expect(detected(AgeDetector(), in: "Het kind van 3 straten verder speelt buiten.").isEmpty)
    }

    /// An adverb between the copula and the age: `ze is dus 15`, `hij is al 87`, `she is only 15`.
    @Test(arguments: [("Ze is dus 15, dan moet een ouder mee.", "15"), ("Hij is al 87 en woont alleen.", "87"), ("She is only 15.", "15")])
    func findsAnAgeWithAnAdverbAfterTheCopula(text: String, age: String) {
        #expect(detected(AgeDetector(), in: text) == [age])
    }

    @Test(arguments: [("Mijn moeder is al zevenentachtig.", "zevenentachtig"), ("Ze is dus vijftien, en ze zit op school.", "vijftien"),
                      ("Customer: She's only fifteen.", "fifteen"), ("Hij is ook tachtig geworden.", "tachtig"),
                      ("Ze wordt negentig dit jaar.", "negentig"), ("Ze wordt 90 dit jaar.", "90")])
    func findsAnAgeInWordsWithAnAdverbAfterTheCopula(text: String, age: String) {
        #expect(detected(AgeDetector(), in: text) == [age])
    }

    /// Children named after a word for them, each with the age after the name.
    @Test func findsTheAgesOfChildrenNamedInAList() {
        #expect(detected(AgeDetector(), in: "Klant: ik en mijn 2 kinderen elif 7 en emre 4") == ["7", "4"])
        #expect(detected(AgeDetector(), in: "Klant: ik en emre 4 keer per week").isEmpty)
        // In parentheses after the child, with the name.
        #expect(detected(AgeDetector(), in: "Medewerker: aanvraag bril zoon (Yassir, 11).") == ["11"])
    }

    /// A baby's age in months without `old`, where the clause ends after `months`, its unit with it.
    @Test func findsABabysAgeInMonthsWithoutOld() {
        #expect(detected(AgeDetector(), in: "speaker 1: my partner and the baby he's six months") == ["six months"])
        #expect(detected(AgeDetector(), in: "speaker 1: he's six months behind with the rent").isEmpty)
    }

    /// A title as the copula's subject, as an agent speaks of the caller's mother.
    @Test(arguments: [("Dus mevrouw is negenentachtig.", "negenentachtig"), ("Meneer is 92, hij woont alleen.", "92")])
    func findsAnAgeAfterATitle(text: String, age: String) {
        #expect(detected(AgeDetector(), in: text) == [age])
    }

    /// An age in parentheses after a listed name, a child or a relative; in lower case, after a
    /// listed first name with a relative before it.
    @Test(arguments: [("Ja, met mijn zoon Milan (9) en mijn dochter.", "9"), ("Het gaat om Kacper (11 jaar).", "11"), ("mijn zoon (9) is ziek", "9"),
                      ("My granddaughter (7) lives with me.", "7"), ("Customer: yeh its worse, my daughter lily (6) has asthma", "6")])
    func findsAnAgeInParenthesesAfterAPerson(text: String, age: String) {
        #expect(detected(AgeDetector(), in: text) == [age])
    }

    /// A listed first name, `van` and an age: `Yusuf van 12`, as with a child (`mijn zoontje van 4`).
    @Test(arguments: [("We hebben drie kinderen, Yusuf van 12, Zeynep van 9 en Emir.", ["12", "9"]), ("Dat is Zeynep van negen, die is ziek.", ["negen"])])
    func findsAnAgeAfterANameAndVan(text: String, ages: [String]) {
        #expect(detected(AgeDetector(), in: text) == ages)
    }

    @Test(arguments: ["Het is Jan van 10 tot 12 uur.", "Ik heb Lisa van 3B gesproken.", "Ik sprak Jan van 12 straten verder."])
    func readsNoOtherNumberAfterANameAndVanAsAnAge(text: String) {
        #expect(detected(AgeDetector(), in: text).isEmpty)
    }

    @Test(arguments: ["Zie bijlage (3) van de brief.", "Optie (2) is beter.", "Dat staat in Utrecht (2) en Zwolle (3).", "Milan (9 euro) was het."])
    func readsNoOtherNumberInParenthesesAsAnAge(text: String) {
        #expect(detected(AgeDetector(), in: text).isEmpty)
    }

    /// Several children at once, and the next age of a list, also before `jaar` or another clause.
    @Test(arguments: [("and my kids are nine and six does that change anything", ["nine", "six"]), ("de kinderen zijn 4 en 7 jaar", ["4", "7"]),
                      ("The twins are three.", ["three"]), ("Mijn vrouw Ilona en onze tweeling, die worden acht in maart.", ["acht"])])
    func readsTheAgesOfSeveralChildren(text: String, ages: [String]) {
        #expect(detected(AgeDetector(), in: text) == ages)
    }

    /// The past tense gives an age too, as of someone who has died; a count before an age
    /// later in the line is no age of a list.
    @Test func readsAnAgeInThePastAndNoCountBeforeALaterAge() {
        #expect(detected(AgeDetector(), in: "Caller: The ninth of June, 1938. He was 88.") == ["88"])
        #expect(detected(AgeDetector(), in: "Tolk: Ja, met zijn vrouw Hiba en drie kinderen. De oudste, Omar, is 16 en gaat naar school.") == ["16"])
        #expect(detected(AgeDetector(), in: "The fee was 12 pounds and he was 20 metres away.").isEmpty)
        #expect(detected(AgeDetector(), in: "The first trip abroad was when I was 14. I went to Liverpool.").isEmpty)
        #expect(detected(AgeDetector(), in: "I've been smoking since I was sixteen, and I think it's time to stop.").isEmpty)
    }

    /// A first name before a copula is a person, as `hij` is.
    @Test(arguments: [("speaker 1: i've got two kids ellie is four and jack is one", ["four", "one"]), ("Klant: Sanne is 9, ze zit in groep 6.", ["9"])])
    func readsAnAgeAfterAFirstNameAndACopula(text: String, ages: [String]) {
        #expect(detected(AgeDetector(), in: text) == ages)
    }

    /// Without punctuation, a pronoun ends the clause after an age.
    @Test func endsAnAgeBeforeAPronounWithoutPunctuation() {
        #expect(detected(AgeDetector(), in: "beller: hij is negen hij wordt tien in maart") == ["negen", "tien"])
    }

    @Test(arguments: ["they are 2 minutes away", "hij is 84 en 3 weken weg", "de kinderen zijn met 3 man"])
    func readsNoDurationAfterSeveralPeopleAsAnAge(text: String) {
        #expect(detected(AgeDetector(), in: text).filter { $0 != "84" }.isEmpty)
    }

    @Test(arguments: ["Het is nu 15 over.", "Het is al 3 uur.", "It is about 15 minutes.", "Het is al twaalf uur.", "Het is nu drie weken geleden.",
                      "It's almost ten past."])
    func leavesANumberAfterAnAdverbWithoutAPerson(text: String) {
        #expect(detected(AgeDetector(), in: text).isEmpty)
    }

    /// `hes`, `shes`, `im` as a chat types them, without the apostrophe.
    @Test(arguments: [("visitor: my dad needs help, hes 82 and cant pull the bin", "82"), ("visitor: im 67.", "67")])
    func readsAnAgeAfterACopulaTypedWithoutItsApostrophe(text: String, value: String) {
        #expect(detected(AgeDetector(), in: text) == [value])
    }

    /// The next child's name and age after an age, and one child among several as the person.
    @Test(arguments: [("Beller: Selam is elf, Dawit acht en de kleine is twee.", ["elf", "acht", "twee"]), ("Beller: Selam is 11, Dawit 8.", ["11", "8"]),
                      ("Caller: the youngest is four.", ["four"])])
    func readsAgesChildByChild(text: String, values: [String]) {
        #expect(detected(AgeDetector(), in: text) == values)
    }

    @Test func leavesANumberAfterANameWithoutAnAgeBefore() {
        #expect(detected(AgeDetector(), in: "Klant: Het kost elf, Marco zes.").isEmpty)
    }

    /// An age guessed after a copula (`is een jaar of vijf`); not how long something lasted.
    @Test(arguments: [("Beller: Het jongetje is een jaar of vijf en hij staat buiten.", ["vijf"]), ("Beller: Hij is een jaar of 5.", ["5"]),
                      ("Beller: We wonen hier een jaar of vijf en het is fijn.", []), ("Beller: We wonen hier een jaar of 5 en het is fijn.", [])])
    func readsAnAgeGuessed(text: String, values: [String]) {
        #expect(detected(AgeDetector(), in: text) == values)
    }

    /// In lower case, a word in parentheses after a listed name is no age without a relative before it.
    @Test func readsNoAgeInParenthesesAfterALowerCaseNameAlone() {
        #expect(detected(AgeDetector(), in: "Customer: ask for lily (2) at the desk").isEmpty)
    }

    /// A person's age between commas after their name, as police and the papers write it.
    @Test func findsAnAgeBetweenCommasAfterAName() {
        #expect(detected(AgeDetector(), in: "Caller: Mainly one lad, Kyle Brennan, 16, lives at number 22 with his mum.") == ["16"])
        #expect(detected(AgeDetector(), in: "Klant: Jan de Vries, 45, uit Zwolle belde.") == ["45"])
        #expect(detected(AgeDetector(), in: "Caller: In March, 12, 14 and 16 were empty.").isEmpty)
    }

    /// Between commas after a lower-case name, in a turn written all in lower case.
    @Test func findsAnAgeBetweenCommasAfterALowerCaseName() {
        #expect(detected(AgeDetector(), in: "Visitor: hiya im asking for my nan mrs dot higgins, 89, at 3 brook st") == ["89"])
        #expect(detected(AgeDetector(), in: "Visitor: Hiya, I am asking for my nan dot higgins, 89, at 3 brook st").isEmpty)
    }
}
