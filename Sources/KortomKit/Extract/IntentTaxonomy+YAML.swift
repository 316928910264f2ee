import Yams

extension IntentTaxonomy {
    /// The intent ids the default taxonomy has, as CRMs import them.
    public static let requiredIntentIDs = [
        "address_change", "passport_id_card", "driving_licence", "civil_registry", "waste_collection", "parking", "local_taxes",
        "tax_remission", "payment_arrangement", "allowances", "social_assistance", "social_support_wmo", "youth_care", "debt_help",
        "public_space_report", "nuisance", "complaint", "objection_appeal", "permit", "appointment", "case_status", "housing",
        "work_reintegration", "privacy_request", "information_request",
    ]

    /// Reads a taxonomy file (see Docs/taxonomy.md), reporting every problem with its line.
    public static func validate(yaml: String) -> (taxonomy: IntentTaxonomy?, diagnostics: [PipelineDiagnostic]) {
        var reader = YAMLReader()
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return (nil, [PipelineDiagnostic(.error, path: "", line: nil, "not valid YAML: \(PipelineLoader.describe(error))")])
        } catch {
            return (nil, [PipelineDiagnostic(.error, path: "", line: nil, "not valid YAML")])
        }
        guard let root, let top = reader.mapping(root, path: "", allowed: ["kortom_taxonomy", "name", "intents"]) else {
            if root == nil { reader.error("", nil, "the file is empty") }
            return (nil, reader.diagnostics)
        }
        if let version = top["kortom_taxonomy"] {
            if reader.int(version, path: "kortom_taxonomy") != 1 { reader.error("kortom_taxonomy", version.mark?.line, "only version 1 is known; write `kortom_taxonomy: 1`") }
        } else {
            reader.error("kortom_taxonomy", nil, "missing; write `kortom_taxonomy: 1` at the top")
        }
        let name = top["name"].flatMap { reader.string($0, path: "name") } ?? "custom"
        var intents: [Intent] = []
        guard let list = top["intents"], let items = reader.sequence(list, path: "intents"), !items.isEmpty else {
            reader.error("intents", top["intents"]?.mark?.line, "missing or empty; list the intents")
            return (nil, reader.diagnostics)
        }
        var withinLines: [Int?] = []
        for (index, item) in items.enumerated() {
            let path = "intents[\(index)]"
            guard let fields = reader.mapping(item, path: path, allowed: ["id", "label", "keywords", "weight", "negative", "within", "generic", "products"]) else { continue }
            guard let id = fields["id"].flatMap({ reader.string($0, path: "\(path).id") }) else {
                reader.error("\(path).id", item.mark?.line, "missing")
                continue
            }
            if id.isEmpty || !id.utf8.allSatisfy({ ByteClass.isLower($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: "_") }) || id == "unknown" {
                reader.error("\(path).id", fields["id"]?.mark?.line, "`\(id)` must be snake_case (a-z, 0-9, _) and not `unknown`")
            }
            if intents.contains(where: { $0.id == id }) { reader.error("\(path).id", fields["id"]?.mark?.line, "`\(id)` is declared twice") }
            var dutch = id, english = id
            if let label = fields["label"], let labels = reader.mapping(label, path: "\(path).label", allowed: ["nl", "en"]) {
                dutch = labels["nl"].flatMap { reader.string($0, path: "\(path).label.nl") } ?? id
                english = labels["en"].flatMap { reader.string($0, path: "\(path).label.en") } ?? dutch
            }
            func phrases(_ key: String) -> [String] {
                guard let node = fields[key] else { return [] }
                var result: [String] = []
                for (offset, entry) in (reader.sequence(node, path: "\(path).\(key)") ?? []).enumerated() {
                    guard let phrase = reader.string(entry, path: "\(path).\(key)[\(offset)]") else { continue }
                    let bare = phrase.hasPrefix("*") ? String(phrase.dropFirst()) : phrase
                    if bare.utf8.count < 2 || bare != bare.lowercased() {
                        reader.error("\(path).\(key)[\(offset)]", entry.mark?.line, "`\(phrase)` must be lower case and at least two characters")
                    } else {
                        result.append(phrase)
                    }
                }
                return result
            }
            let keywords = phrases("keywords")
            if keywords.isEmpty { reader.error("\(path).keywords", item.mark?.line, "an intent needs at least one keyword") }
            var weight = 1.0
            if let node = fields["weight"] {
                if let value = node.float, value > 0, value <= 10 { weight = value }
                else { reader.error("\(path).weight", node.mark?.line, "must be a number above 0 and at most 10") }
            }
            var within: [String] = []
            if let node = fields["within"] {
                for (offset, entry) in (reader.sequence(node, path: "\(path).within") ?? []).enumerated() {
                    if let broader = reader.string(entry, path: "\(path).within[\(offset)]") { within.append(broader) }
                }
            }
            var isGeneric = false
            if let node = fields["generic"] {
                if let value = node.bool { isGeneric = value } else { reader.error("\(path).generic", node.mark?.line, "must be true or false") }
            }
            intents.append(Intent(id: id, dutch: dutch, english: english, keywords: keywords, weight: weight, negative: phrases("negative"), within: within, isGeneric: isGeneric, products: phrases("products")))
            withinLines.append(fields["within"]?.mark?.line)
        }
        for (index, intent) in intents.enumerated() {
            for broader in intent.within where broader == intent.id || !intents.contains(where: { $0.id == broader }) {
                reader.error("intents[\(index)].within", withinLines[index], "`\(broader)` is not another intent of this taxonomy")
            }
        }
        let hasErrors = reader.diagnostics.contains { $0.severity == .error }
        return (hasErrors ? nil : IntentTaxonomy(name: name, intents: intents), reader.diagnostics)
    }

    public static func load(yaml: String, origin: String) -> Result<IntentTaxonomy, KortomError> {
        let (taxonomy, diagnostics) = validate(yaml: yaml)
        if let taxonomy { return .success(taxonomy) }
        let lines = diagnostics.filter { $0.severity == .error }.map { "  \($0)" }.joined(separator: "\n")
        return .failure(KortomError(.invalidPipeline, "\(origin): invalid taxonomy:\n\(lines)"))
    }

    /// `Pipelines/taxonomies/gemeente.yaml`, byte for byte (a test checks it).
    public static let embeddedGemeenteYAML = """
        # Kortom's default intent taxonomy for Dutch municipalities: why citizens call.
        # A pipeline can use its own file: `extract: {taxonomy: path/to/taxonomy.yaml}`.
        #
        # Per intent: `id` (snake_case, stable: CRMs import it), `label` in Dutch and English,
        # `keywords` (lower case; a keyword matches at the start of a word, so `verhuis` also finds
        # `verhuisd` and `verhuizing`; a leading `*` matches inside a compound too, so `*parkeervergunning`
        # finds `bewonersparkeervergunning`), `weight` (default 1), `negative` cues: phrases that
        # cancel the intent's evidence in the turn where they occur, `within`: the broader intents this
        # one is a case of (their evidence also counts for it when it has at least half as much of its
        # own), and `generic: true` for a means rather than a reason (an appointment: its evidence counts
        # for the best specific intent with at least a third as much), and `products`: the products and
        # services of the intent, reported as key facts when a call names them (same matching as keywords).
        kortom_taxonomy: 1
        name: gemeente
        intents:
          - id: address_change
            label: {nl: Adreswijziging, en: Change of address}
            keywords: [verhuis, verhuiz, "*adreswijziging", nieuw adres, nieuwe adres, adres wijzigen, adres doorgeven, inschrijven op, inschrijving, moving house, moved to, change of address, change my address, new address, register my address, moving to]
            negative: [inschrijfnummer, ingeschreven als woningzoekende]
          - id: passport_id_card
            label: {nl: Paspoort of identiteitskaart, en: Passport or ID card}
            keywords: [paspoort, "*identiteitskaart", id-kaart, id kaart, reisdocument, passport, identity card, id card]
            products: [paspoort, identiteitskaart, id-kaart, nooddocument, passport, id card, identity card, emergency passport]
          - id: driving_licence
            label: {nl: Rijbewijs, en: Driving licence}
            keywords: [rijbewijs, driving licence, "driver's licence", driving license]
            products: [rijbewijs, driving licence, driving license]
          - id: civil_registry
            label: {nl: Burgerzaken en BRP, en: Civil registry}
            keywords: [uittreksel, brp, geboorteaangifte, aangifte doen van, huwelijk, gaan trouwen, willen trouwen, wil trouwen, ondertrouw, trouwdatum, overlijden, akte, birth certificate, marriage, death certificate, extract from the, register a death, register a birth]
            products: [uittreksel, geboorteakte, huwelijksakte, akte van overlijden, verklaring omtrent het gedrag, birth certificate, marriage certificate, death certificate]
          - id: waste_collection
            label: {nl: Afval en inzameling, en: Waste collection}
            keywords: [afval, "*container", kliko, grofvuil, "*vuilnis", huisvuil, ophaaldag, opgehaald, gft, pmd, bin, bins, rubbish, waste, bulky, collection day, recycling]
            negative: [afvalstoffenheffing]
            products: [afvalpas, container, "*container", kliko, grofvuil, milieupas, recycling bin, green bin, wheelie bin, bulky waste]
          - id: parking
            label: {nl: Parkeren, en: Parking}
            keywords: [parkeer, "*parkeren", "*parkeervergunning", bezoekersregeling, naheffing, parking, visitor parking, "residents' permit", penalty charge]
            products: [parkeervergunning, "*parkeervergunning", bezoekersvergunning, bezoekersregeling, gehandicaptenparkeerkaart, parking permit, visitor permit, blue badge]
          - id: local_taxes
            label: {nl: Gemeentelijke belastingen en WOZ, en: Local taxes and WOZ}
            keywords: [woz, aanslag, "*belasting", ozb, rioolheffing, afvalstoffenheffing, council tax, property tax, tax assessment, property valuation, valuation, tax office, revenues]
            products: [woz-beschikking, afvalstoffenheffing, rioolheffing, hondenbelasting, onroerendezaakbelasting, council tax]
          - id: tax_remission
            label: {nl: Kwijtschelding, en: Tax remission}
            keywords: [kwijtschelding, kwijtgescholden, remission]
            weight: 1.3
            within: [local_taxes]
            products: [kwijtschelding, remission]
          - id: payment_arrangement
            label: {nl: Betalingsregeling, en: Payment arrangement}
            keywords: ["*betalingsregeling", termijnen, in delen betalen, gespreid betalen, kan niet betalen, niet in één keer, payment plan, payment arrangement, instalments, installments, pay in parts, "can't pay", cannot pay, in one go, direct debit]
            weight: 1.3
            within: [local_taxes]
            products: [betalingsregeling, automatische incasso, direct debit, payment plan]
          - id: allowances
            label: {nl: Toeslagen en tegemoetkomingen, en: Allowances}
            keywords: [toeslag, "*toeslag", energietoeslag, tegemoetkoming, kindregeling, allowance, benefit, energy support, energy allowance]
            products: [energietoeslag, kindregeling, individuele inkomenstoeslag, meedoenregeling, energy allowance]
          - id: social_assistance
            label: {nl: Bijstand, en: Social assistance}
            keywords: [bijstand, uitkering, participatiewet, inkomensondersteuning, levensonderhoud, social assistance, welfare, income support]
            products: [bijstandsuitkering, bijzondere bijstand, voorschot, housing benefit]
          - id: social_support_wmo
            label: {nl: Wmo en maatschappelijke ondersteuning, en: Social support (Wmo)}
            keywords: [wmo, huishoudelijke hulp, "*hulp bij het huishouden", scootmobiel, rolstoel, traplift, mantelzorg, "*aanpassing", keukentafelgesprek, spoedindicatie, "*indicatie", is gevallen, home care, had a fall, mobility scooter, wheelchair, stairlift, care needs, support at home, adult social care, blue badge]
            products: [huishoudelijke hulp, traplift, scootmobiel, rolstoel, woningaanpassing, spoedindicatie, stairlift, mobility scooter, wheelchair, care package]
          - id: youth_care
            label: {nl: Jeugdhulp, en: Youth care}
            keywords: [jeugdhulp, jeugdzorg, jeugdconsulent, opvoed, wijkteam, leerplicht, youth care, youth support, "children's services", school transport]
            products: [jeugdhulp, leerlingenvervoer, school transport]
          - id: debt_help
            label: {nl: Schuldhulp, en: Debt help}
            keywords: [schuld, "*schulden", schuldhulp, budgetbeheer, bewindvoerder, debt, debts]
            negative: [geen schulden]
            products: [schuldhulpverlening, budgetbeheer, beschermingsbewind, debt advice]
          - id: public_space_report
            label: {nl: Melding openbare ruimte, en: Public space report}
            keywords: [lantaarnpaal, straatverlichting, losliggende, stoeptegel, kuil, gat in de weg, zwerfafval, melding openbare ruimte, meldingen openbare ruimte, lekke band, weesauto, verlaten auto, dumping, gedumpt, bijplaatsing, abandoned car, abandoned vehicle, streetlight, street light, pothole, broken pavement, fly-tipping, wrak, weesfiets]
          - id: nuisance
            label: {nl: Overlast, en: Nuisance}
            keywords: [overlast, "*geluidsoverlast", lawaai, herrie, noise, nuisance, loud music, antisocial]
            products: [buurtbemiddeling, mediation]
          - id: complaint
            label: {nl: Klacht, en: Complaint}
            keywords: [klacht, klagen, ontevreden, complaint, complain, dissatisfied, was rude, onbeschoft]
            weight: 0.8
            # The complaints procedure is about the municipality's own conduct; a complaint about noise
            # or neighbours is a nuisance report.
            negative: [geen klacht, no complaint, not a complaint, complain about noise, complain about the noise, complain about my neighbour, complaining about noise, klacht over overlast, klacht over geluidsoverlast, klacht over de buren, klagen over de buren, klagen over overlast, klacht over lawaai]
          - id: objection_appeal
            label: {nl: Bezwaar en beroep, en: Objection or appeal}
            keywords: [bezwaar, beroep, hoorzitting, te hoog, niet eens met, objection, appeal, challenge the, too high, disagree with]
            weight: 0.9
            within: [local_taxes, parking]
          - id: permit
            label: {nl: Vergunning, en: Permit}
            keywords: [omgevingsvergunning, bouwvergunning, evenementenvergunning, kapvergunning, terrasvergunning, ontheffing, dakkapel, aanbouw, building permit, planning permission, event permit, extension]
            products: [omgevingsvergunning, evenementenvergunning, kapvergunning, terrasvergunning, bouwvergunning, building permit, event permit]
          - id: appointment
            label: {nl: Afspraak, en: Appointment}
            keywords: [afspraak, appointment, book a slot, afspraak verzetten, reschedule]
            weight: 0.5
            generic: true
          - id: case_status
            label: {nl: Status van een aanvraag, en: Status of an application}
            keywords: [stand van zaken, status, hoe staat het, hoe het staat, niets gehoord, nog geen reactie, nog geen bericht, wanneer hoor ik, wacht al, heard nothing, "haven't heard", any news, still waiting, progress of my]
            weight: 1.2
          - id: housing
            label: {nl: Wonen en huisvesting, en: Housing}
            keywords: [woning, huurwoning, sociale huur, woningzoekend, inschrijfnummer, woonservice, woningnet, urgentie, dakloos, huisuitzetting, housing, homeless, eviction, landlord, tenancy, housing register, repair, boiler, leaking, damp, mould, lekkage, schimmel]
            products: [urgentieverklaring, huurwoning]
          - id: work_reintegration
            label: {nl: Werk en re-integratie, en: Work and reintegration}
            keywords: [re-integratie, reintegratie, werkfit, sollicit, werkcoach, participatieplaats, loonkostensubsidie, job coach, back to work, employment support, reintegration]
            products: [werkcoach, loonkostensubsidie, job coach]
          - id: privacy_request
            label: {nl: Privacyverzoek, en: Privacy request}
            keywords: [inzageverzoek, avg-verzoek, privacyverzoek, gegevens verwijderen, mijn gegevens inzien, functionaris gegevensbescherming, subject access request, my personal data, delete my data, data protection officer, gdpr]
            weight: 1.2
          - id: information_request
            label: {nl: Informatievraag, en: Information request}
            keywords: [openingstijden, waar kan ik, hoe werkt, informatie over, ik heb een vraag over, opening hours, how does, information about, where can i]
            weight: 0.4
            generic: true

        """
}
