extension CueKind {
    var phrases: [String] {
        switch self {
        case .speakerPromise: CueLexicon.speakerPromises
        case .organisationPromise: CueLexicon.organisationPromises
        case .customerTask: CueLexicon.customerTasks
        case .option: CueLexicon.options
        case .resolved: CueLexicon.resolved
        case .unresolved: CueLexicon.unresolved
        case .pending: CueLexicon.pending
        case .complaint: CueLexicon.complaint
        case .escalation: CueLexicon.escalation
        case .repeatedContact: CueLexicon.repeatedContact
        case .negativeSentiment: CueLexicon.negativeSentiment
        case .pleasantry: CueLexicon.pleasantries
        case .request: CueLexicon.requests
        case .acceptance: CueLexicon.acceptances
        }
    }
}

extension Array where Element == Cue {
    func contains(_ kind: CueKind) -> Bool { contains { $0.kind == kind } }

    func contains(_ kind: CueKind, within range: Range<Int>) -> Bool {
        contains { $0.kind == kind && range.contains($0.range.lowerBound) }
    }
}

/// The Dutch and English phrases that mark promises, outcomes and signals in a call.
enum CueLexicon {
    /// Promises by whoever speaks ("ik stuur u", "we'll call you back").
    static let speakerPromises = [
        "ik stuur", "wij sturen", "we sturen", "ik zal", "wij zullen", "we zullen", "ik zet", "ik maak", "ik geef",
        "ik plan", "ik bel u", "wij bellen u", "we bellen u", "ik neem", "ik heb een afspraak voor u", "ik heb u ingepland",
        "ik heb het doorgezet", "ik zet het door", "ik ga ", "ik regel", "ik leg", "ik vraag", "ik dien",
        "i will", "i'll", "we will", "we'll", "i am going to", "i'm going to", "i've booked", "i have booked",
        "i've arranged", "i have arranged", "i've logged", "i have logged", "i've passed", "i have passed",
        "let me send", "i've sent", "i've put", "ik meld", "ik trek", "ik noteer", "ik controleer",
        // Dutch puts the verb first after `dan`, `daarnaast`, `goed,`: `dan stuur ik`, `daarnaast vraag ik`.
        "stuur ik", "zet ik", "vraag ik", "meld ik", "noteer ik", "dien ik", "regel ik", "bel ik", "maak ik",
        "trek ik", "plan ik", "leg ik",
    ]
    /// Things the organisation will do, said in the passive or to the customer.
    static let organisationPromises = [
        "u wordt", "u krijgt", "u ontvangt", "wordt binnen", "worden binnen", "neemt contact", "nemen contact",
        "wordt opgehaald", "worden opgehaald", "komt langs", "komen langs", "belt u terug", "bellen u terug",
        "krijgt u", "ontvangt u", "hoort u", "you will receive", "you'll receive", "you will get", "you'll get",
        "you will be", "you'll be", "someone will", "will call you", "will contact you", "will be collected",
        "will be sent", "will be in touch", "will get back to you", "wordt u", "u hoort", "er komt", "komt binnen",
        "afgeschreven", "overgemaakt", "teruggestort", "will come", "will go to", "goes back", "goes out",
        "we respond", "will be paid", "you should get", "you should receive",
        // Someone else in the organisation: `the officer will decide`, `the surveyor will visit`.
        "will visit", "will decide", "will inspect", "will check", "will review", "will assess", "will repair",
        "will fix", "will be refunded", "will be repaid", "will be credited", "komt kijken", "komen kijken",
        "wordt gerepareerd", "wordt beoordeeld", "worden beoordeeld",
    ]
    /// Options and conditions: "u kunt ...", "you can ..." describe possibilities, not agreements.
    static let options = ["kunt u", "u kunt", "dan kunt", "you can", "you could", "if you", "als u"]
    /// Things the customer has to do, said by the agent.
    static let customerTasks = [
        "u moet", "moet u", "wilt u", "stuurt u", "neemt u", "vergeet u niet",
        "u dient", "dient u", "u hoeft alleen", "you need to", "you'll need to", "you will need to", "please send",
        "you have to", "you should", "make sure you", "bring your", "neem uw", "neemt u uw",
        "neemt u", "houdt u", "voegt u", "betaalt u", "laat u", "vult u", "brengt u", "bewaart u", "neem een",
        "neem die", "bring the", "bring her", "bring his", "bring a", "please leave", "please keep", "keep them",
        "please don't", "don't ignore", "remember to",
    ]
    /// Customer tasks the agent may phrase as a question (`Neemt u uw paspoort mee?`); a question
    /// starting with one is still a task.
    static let politeImperatives: Set<String> = [
        "neemt u", "neemt u uw", "houdt u", "voegt u", "stuurt u", "betaalt u", "laat u", "vult u", "brengt u", "bewaart u",
    ]
    static let resolved = [
        "is geregeld", "is gelukt", "dat is gelukt", "staat genoteerd", "is verwerkt", "heb ik aangepast", "is aangepast",
        "is doorgevoerd", "is ingepland", "staat ingepland", "heb ik ingepland", "duidelijk", "dat was het", "dat is alles",
        "top, dank", "fijn, dank", "super, dank", "dank u wel", "bedankt voor uw hulp", "geholpen", "opgelost",
        "sorted", "all set", "has been updated", "is done", "that's everything", "that helps", "that's great",
        "that's all", "booked", "resolved", "perfect, thank", "great, thank", "thanks for your help", "brilliant",
    ]
    static let unresolved = [
        "helaas", "niet mogelijk", "kan ik niet", "kan ik hem niet", "kan ik het niet", "kan ik dat niet", "kan ik u nu niet", "kunnen we niet", "geen oplossing", "niet tevreden", "ontevreden",
        "unfortunately", "not possible", "can't do", "cannot do", "not happy", "not satisfied", "no solution",
    ]
    static let pending = [
        "teruggebeld", "terugbellen", "doorgezet", "doorsturen", "in behandeling", "uitzoeken", "nagaan", "navragen",
        "call you back", "call back", "look into", "passed on", "forwarded", "escalate", "investigate", "get back to you",
    ]
    static let complaint = ["klacht", "klagen", "complaint", "complain"]
    static let escalation = ["leidinggevende", "manager", "supervisor", "chef", "someone senior", "hogerop"]
    static let repeatedContact = [
        "voor de derde keer", "voor de tweede keer", "al eerder gebeld", "al twee keer", "al drie keer", "weer bellen",
        "opnieuw gebeld", "vorige week ook", "al vaker gebeld", "third time", "second time", "already called",
        "called before", "called last week", "keep calling", "again and again",
    ]
    static let negativeSentiment = [
        "boos", "belachelijk", "schandalig", "frustrerend", "ben het zat", "word er gek", "onacceptabel", "ridiculous",
        "unacceptable", "angry", "furious", "fed up", "disgraceful", "sick of", "frustrated", "frustrating",
    ]

    /// Greetings and thanks: a short sentence holding one says nothing about the case.
    static let pleasantries = [
        "goedemorgen", "goedemiddag", "goedenavond", "dank u", "dank je", "bedankt", "graag gedaan", "fijne dag",
        "tot ziens", "met wie spreek ik", "waarmee kan ik", "een ogenblik", "momentje", "hallo", "dag mevrouw",
        "dag meneer", "hello", "good morning", "good afternoon", "thank you", "thanks", "you're welcome",
        "have a nice", "have a good", "how can i help", "bye", "one moment", "just a moment", "no problem",
    ]
    /// A short yes that makes what the other side asked or proposed a promise.
    static let acceptances = [
        "dat doe ik", "doe ik", "dan doe ik dat", "dat zal ik doen", "zal ik doen", "komt in orde", "dat regel ik",
        "will do", "i'll do that", "i will do that", "i'll do it", "consider it done",
    ]
    /// How people say what they call for ("ik wil", "I'm calling").
    static let requests = [
        "ik wil", "ik wilde", "ik zou graag", "ik bel", "ik belde", "ik heb een vraag", "mijn vraag", "ik vroeg me af",
        "ik heb een probleem", "ik wil graag", "ik moet", "ik kan niet", "ik ben verhuisd", "ik heb een brief",
        "ik heb een aanslag", "ik heb nog steeds", "ik heb nog geen", "ik wou",
        "i'm calling", "i am calling", "i want", "i'd like", "i would like", "can i", "could you", "can you",
        "i need", "my question", "i was wondering", "i've got a question", "i have a question", "i'm ringing",
        "i am ringing", "i've moved", "i have moved", "i received", "i got a letter", "i still haven't", "i can't",
    ]
}
