/// Renders the Markdown case note a person reads, headed in the call's language.
public enum MarkdownNote {
    public static func render(_ summary: CaseSummary) -> String {
        let words = NoteVocabulary(summary.language)
        var note = "# \(words.noteTitle): \(escape(summary.callID))\n\n"
        note += "> \(words.machineGeneratedNotice(generator: summary.provenance.generator, version: summary.provenance.version))\n\n"
        note += "**\(words.subjectHeading):** \(escape(summary.subject))  \n"
        note += "**\(words.outcomeHeading):** \(words.outcome(summary.outcome))  \n"
        if let metrics = summary.metrics {
            let seconds = Int(metrics.duration.rounded())
            note += "**\(words.durationHeading):** \(seconds / 60):\(seconds % 60 < 10 ? "0" : "")\(seconds % 60) (\(words.timing(metrics)))  \n"
        }
        note += "\n"
        note += "## \(words.reasonHeading)\n\n\(escape(summary.reason))\n\n"
        note += "## \(words.summaryHeading)\n\n"
        for sentence in summary.sentences {
            note += "- \(escape(sentence.text)) _(\(turnList(sentence.turnIDs, words)))_\n"
        }
        note += "\n## \(words.followUpsHeading)\n\n"
        if summary.followUps.isEmpty {
            note += "\(words.noFollowUps)\n"
        } else {
            for followUp in summary.followUps {
                let due = followUp.due.map { " (\(words.dueLabel) \(escape(Self.readable($0))))" } ?? ""
                note += "- [ ] **\(words.role(followUp.owner))**: \(escape(followUp.text))\(due) _(\(turnList(followUp.turnIDs, words)))_\n"
            }
        }
        if !summary.facts.isEmpty {
            note += "\n## \(words.factsHeading)\n\n"
            var seen = Set<String>()
            for fact in summary.facts where seen.insert(fact.kind.rawValue + "|" + fact.normalized).inserted {
                note += "- \(words.factKind(fact.kind)): \(escape(Self.readable(fact))) _(\(turnList([fact.turnIndex], words)))_\n"
            }
        }
        if !summary.signals.isEmpty {
            note += "\n## \(words.signalsHeading)\n\n"
            for signal in summary.signals {
                note += "- \(words.signal(signal.kind)) _(\(turnList([signal.turnIndex], words)))_\n"
            }
        }
        if !summary.piiCounts.isEmpty {
            note += "\n## \(words.personalDataHeading)\n\n"
            note += summary.piiCounts.sorted { $0.key < $1.key }.map { $0.key.rawValue + ": " + String($0.value) }.joined(separator: ", ") + "\n"
        }
        if !summary.warnings.isEmpty {
            note += "\n## \(words.warningsHeading)\n\n"
            for warning in summary.warnings { note += "- \(escape(warning))\n" }
        }
        let intent = summary.intents.first.map { $0.id + " (" + Self.twoDecimals($0.score) + ")" } ?? "unknown"
        note += "\n---\n\n" + escape(summary.source.path) + " · \(summary.language.rawValue) · " + String(summary.turnCount) + " \(words.turnsWord) · \(intent) · \(summary.provenance.generator) \(summary.provenance.version) · config \(summary.provenance.configHash)\n"
        return note
    }

    /// `0.87`, `1`, `0.5`: a score as people read it.
    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = String(hundredths / 100)
        let fraction = hundredths % 100
        if fraction == 0 { return whole }
        return whole + "." + (fraction < 10 ? "0" : "") + String(fraction % 10 == 0 ? fraction / 10 : fraction)
    }

    private static func turnList(_ ids: [Int], _ words: NoteVocabulary) -> String {
        let label = words.language == .dutch ? "beurt" : "turn"
        return "\(label) " + ids.map(String.init).joined(separator: ", ")
    }

    /// Keeps call text from turning into Markdown or HTML structure.
    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        // Most texts need nothing escaped; then the string is returned as it is.
        guard utf8.contains(where: { needsEscape[Int($0)] }) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "<"): result += Array("&lt;".utf8)
            case UInt8(ascii: ">"): result += Array("&gt;".utf8)
            case UInt8(ascii: "&"): result += Array("&amp;".utf8)
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "\\"), UInt8(ascii: "#"), UInt8(ascii: "|"):
                result.append(UInt8(ascii: "\\"))
                result.append(byte)
            case 0x0A, 0x0D: result.append(0x20)
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static let needsEscape: [Bool] = (0..<256).map { byte in
        Array("<>&*_`\\#|\n\r".utf8).contains(UInt8(byte))
    }

    /// A fact as the next agent reads it: a date as `2026-03-18`, with the words said when they
    /// were not a date (`2026-03-18 (over twee weken)`); a date without a year or a call date
    /// to resolve it as said (`1 februari`, `volgende week dinsdag`).
    static func readable(_ fact: Fact) -> String {
        guard fact.kind == .date else { return fact.normalized }
        let bytes = Array(fact.normalized.utf8)
        let isFullDate = bytes.count == 10 && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-") && bytes[0..<4].allSatisfy(ByteClass.isDigit)
        guard isFullDate else { return fact.text }
        let saidAsDate = fact.text.utf8.contains(where: ByteClass.isDigit)
        return saidAsDate ? fact.normalized : fact.normalized + " (" + fact.text + ")"
    }
}
