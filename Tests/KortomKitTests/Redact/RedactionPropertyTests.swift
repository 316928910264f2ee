import KortomTesting
import Testing
@testable import KortomKit

/// Plants generated values of every supported type in random call text and checks that none
/// survives redaction, in every spelling the detectors support.
@Suite("Redaction properties")
struct RedactionPropertyTests {
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }

        mutating func digits(_ count: Int) -> [Int] { (0..<count).map { _ in next(10) } }

        mutating func bsn() -> String {
            while true {
                let first = [1 + next(9)] + digits(7)
                let check = first.enumerated().reduce(0) { $0 + $1.element * (9 - $1.offset) } % 11
                if check < 10 { return (first + [check]).map(String.init).joined() }
            }
        }

        mutating func iban() -> String {
            let bank = ["ABNA", "INGB", "RABO", "SNSB"][next(4)]
            let account = "0" + digits(9).map(String.init).joined()
            var remainder = 0
            for character in bank + account + "NL00" {
                if let digit = character.wholeNumberValue { remainder = (remainder * 10 + digit) % 97 }
                else { remainder = (remainder * 100 + Int(character.asciiValue! - 55)) % 97 }
            }
            let check = 98 - remainder
            return "NL\(check < 10 ? "0" : "")\(check)\(bank)\(account)"
        }
    }

    static let fillers = [
        "Ik bel over de aanslag van € 312,50 die ik op 12 maart kreeg.", "Het zaaknummer is Z-2026-0042.",
        "Om 10:30 uur heb ik een afspraak.", "Dat is goed, dank u wel.", "Can you check reference REF-88123 please?",
        "The amount was 1,234.56 euros.", "Ik woon er sinds 2019.",
    ]

    func spellings(_ value: String, type: PIIType) -> [String] {
        let characters = Array(value)
        func grouped(_ sizes: [Int], _ separator: String) -> String {
            var parts: [String] = [], index = 0
            for size in sizes { parts.append(String(characters[index..<min(index + size, characters.count)])); index += size }
            return parts.joined(separator: separator)
        }
        switch type {
        case .bsn: return [value, grouped([3, 3, 3], " "), grouped([3, 2, 2, 2], "."), grouped([4, 2, 3], "-")]
        case .iban: return [value, grouped([4, 4, 4, 4, 2], " "), value.lowercased(), grouped([4, 4, 4, 4, 2], "-")]
        case .phone: return [value, "06-" + value.dropFirst(2), "06 " + grouped([2, 4, 4], " ").dropFirst(3), "+31 6 " + value.dropFirst(2), "+31 (0)6 " + value.dropFirst(2), "0031 6 " + value.dropFirst(2)]
        default: return [value]
        }
    }

    @Test(arguments: 0..<40)
    func noPlantedValueSurvives(seed: Int) {
        var random = Generator(state: UInt64(seed) &+ 99)
        var planted: [(PIIType, String)] = []
        for _ in 0..<3 {
            planted.append((.bsn, random.bsn()))
            planted.append((.iban, random.iban()))
            planted.append((.phone, "06" + random.digits(8).map(String.init).joined()))
            planted.append((.email, "user\(random.next(1000))@example\(random.next(9)).nl"))
            planted.append((.postcode, "\(1000 + random.next(9000)) \(["AB", "KL", "XZ", "PT"][random.next(4)]) \(1 + random.next(300))"))
        }
        var turns: [(SpeakerRole, String)] = []
        var spelled: [String] = []
        for (type, value) in planted {
            let variants = spellings(value, type: type)
            let spelling = variants[random.next(variants.count)]
            spelled.append(spelling)
            let filler = Self.fillers[random.next(Self.fillers.count)]
            let text = random.next(2) == 0 ? "\(filler) Het is \(spelling), klopt dat?" : "\(spelling). \(filler)"
            turns.append((random.next(2) == 0 ? .customer : .agent, text))
        }
        let redacted = Redactor.standard.redact(TranscriptBuilder.transcript(turns))
        let output = redacted.transcript.turns.map(\.text).joined(separator: "\n")
        for value in spelled {
            #expect(!output.contains(value), "a planted value survived redaction")
        }
        #expect(output.contains("€ 312,50") || !turns.contains { $0.1.contains("€ 312,50") }, "amounts must be kept")
    }
}
