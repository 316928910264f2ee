/// The reasons people call a municipality for, with the words that reveal each.
///
/// This built-in taxonomy is the default; a YAML taxonomy per pipeline is planned (see
/// Docs/pipeline.md).
public struct IntentTaxonomy: Sendable {
    public struct Intent: Sendable {
        public var id: String
        public var labels: [CallLanguage: String]
        /// Lower-case words and phrases; see ``PhraseMatcher`` for how they match.
        public var keywords: [String]
        public var weight: Double

        public init(id: String, dutch: String, english: String, keywords: [String], weight: Double = 1) {
            self.id = id
            self.labels = [.dutch: dutch, .english: english]
            self.keywords = keywords
            self.weight = weight
        }

        public func label(in language: CallLanguage) -> String {
            labels[language] ?? labels[.dutch] ?? id
        }
    }

    public var intents: [Intent]

    public init(intents: [Intent]) {
        self.intents = intents
    }

    public func intent(withID id: String) -> Intent? { intents.first { $0.id == id } }

    public static let municipal = IntentTaxonomy(intents: [
        Intent(id: "address_change", dutch: "Adreswijziging", english: "Change of address", keywords: ["verhuis", "verhuiz", "*adreswijziging", "nieuw adres", "nieuwe adres", "adres wijzigen", "adres doorgeven", "inschrijven op", "inschrijving", "moving house", "moved to", "change of address", "change my address", "new address", "register my address", "moving to"]),
        Intent(id: "passport_id_card", dutch: "Paspoort of identiteitskaart", english: "Passport or ID card", keywords: ["paspoort", "*identiteitskaart", "id-kaart", "id kaart", "reisdocument", "passport", "identity card", "id card"]),
        Intent(id: "driving_licence", dutch: "Rijbewijs", english: "Driving licence", keywords: ["rijbewijs", "driving licence", "driver's licence", "driving license"]),
        Intent(id: "waste_collection", dutch: "Afval en inzameling", english: "Waste collection", keywords: ["afval", "*container", "kliko", "grofvuil", "*vuilnis", "huisvuil", "ophaaldag", "opgehaald", "gft", "pmd", "bin", "bins", "rubbish", "waste", "bulky", "collection day", "recycling"]),
        Intent(id: "parking", dutch: "Parkeren", english: "Parking", keywords: ["parkeer", "*parkeren", "*parkeervergunning", "bezoekersregeling", "parking", "visitor parking", "residents' permit"]),
        Intent(id: "local_taxes", dutch: "Gemeentelijke belastingen en WOZ", english: "Local taxes and WOZ", keywords: ["woz", "aanslag", "*belasting", "ozb", "rioolheffing", "afvalstoffenheffing", "council tax", "property tax", "tax assessment", "property valuation", "valuation", "tax office"]),
        Intent(id: "payment_arrangement", dutch: "Betalingsregeling", english: "Payment arrangement", keywords: ["*betalingsregeling", "termijnen", "in delen betalen", "gespreid betalen", "kan niet betalen", "niet in één keer", "payment plan", "payment arrangement", "instalments", "installments", "pay in parts", "can't pay", "cannot pay", "in one go"], weight: 1.3),
        Intent(id: "allowances", dutch: "Toeslagen en tegemoetkomingen", english: "Allowances", keywords: ["toeslag", "*toeslag", "energietoeslag", "tegemoetkoming", "kindregeling", "allowance", "benefit", "energy support", "energy allowance"]),
        Intent(id: "social_support_wmo", dutch: "Wmo en maatschappelijke ondersteuning", english: "Social support (Wmo)", keywords: ["wmo", "huishoudelijke hulp", "*hulp bij het huishouden", "scootmobiel", "rolstoel", "traplift", "mantelzorg", "*aanpassing", "keukentafelgesprek", "home care", "mobility scooter", "wheelchair", "stairlift", "care needs", "support at home"]),
        Intent(id: "nuisance", dutch: "Overlast", english: "Nuisance", keywords: ["overlast", "*geluidsoverlast", "lawaai", "herrie", "buren", "noise", "nuisance", "neighbours", "neighbors", "loud music"]),
        Intent(id: "complaint", dutch: "Klacht", english: "Complaint", keywords: ["klacht", "klagen", "ontevreden", "complaint", "complain", "dissatisfied"], weight: 0.8),
        Intent(id: "case_status", dutch: "Status van een aanvraag", english: "Status of an application", keywords: ["stand van zaken", "status", "hoe staat het", "hoe het staat", "niets gehoord", "nog geen reactie", "nog geen bericht", "wanneer hoor ik", "heard nothing", "haven't heard", "any news", "still waiting", "progress of my"], weight: 1.2),
        Intent(id: "public_space_report", dutch: "Melding openbare ruimte", english: "Public space report", keywords: ["lantaarnpaal", "straatverlichting", "losliggende", "stoeptegel", "kuil", "gat in de weg", "zwerfafval", "melding openbare ruimte", "streetlight", "street light", "pothole", "broken pavement", "fly-tipping"]),
        Intent(id: "social_assistance", dutch: "Bijstand", english: "Social assistance", keywords: ["bijstand", "uitkering", "participatiewet", "social assistance", "welfare"]),
        Intent(id: "debt_help", dutch: "Schuldhulp", english: "Debt help", keywords: ["schuld", "*schulden", "schuldhulp", "budgetbeheer", "debt", "debts"]),
        Intent(id: "civil_registry", dutch: "Burgerzaken en BRP", english: "Civil registry", keywords: ["uittreksel", "brp", "geboorteaangifte", "aangifte doen van", "huwelijk", "trouwen", "overlijden", "akte", "birth certificate", "marriage", "death certificate", "extract from the"]),
        Intent(id: "permit", dutch: "Vergunning", english: "Permit", keywords: ["omgevingsvergunning", "bouwvergunning", "evenementenvergunning", "kapvergunning", "dakkapel", "aanbouw", "building permit", "planning permission", "event permit", "extension"]),
        Intent(id: "youth_care", dutch: "Jeugdhulp", english: "Youth care", keywords: ["jeugdhulp", "jeugdzorg", "jeugdconsulent", "opvoed", "wijkteam", "youth care", "youth support", "my son", "my daughter"]),
        Intent(id: "tax_remission", dutch: "Kwijtschelding", english: "Tax remission", keywords: ["kwijtschelding", "kwijtgescholden", "remission"], weight: 1.3),
        Intent(id: "objection_appeal", dutch: "Bezwaar en beroep", english: "Objection or appeal", keywords: ["bezwaar", "beroep", "objection", "appeal"], weight: 0.9),
        Intent(id: "appointment", dutch: "Afspraak", english: "Appointment", keywords: ["afspraak", "appointment", "book a slot"], weight: 0.5),
    ])
}
