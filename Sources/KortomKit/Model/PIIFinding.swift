/// A piece of personal data found in a turn.
///
/// A finding never carries the value it found: only where it was, what kind it is and what
/// replaced it.
public struct PIIFinding: Sendable, Hashable {
    /// The kind of personal data.
    public var type: PIIType
    /// The turn the value was found in.
    public var turnIndex: Int
    /// The UTF-8 byte range of the value in the original (unredacted) turn text.
    public var range: Range<Int>
    /// The detector that found it.
    public var detector: String
    /// How sure the detector is, 0...1.
    public var confidence: Double
    /// The value's placeholder, for example `[IBAN-1]`: the same for the same value throughout
    /// the call, whatever the action.
    public var placeholder: String
    /// What the pipeline did with the value: with ``RedactionPolicy/Action/placeholder`` the
    /// text holds ``placeholder``, with `mask` a mask, with `keep` the value itself.
    public var action: RedactionPolicy.Action

    public init(type: PIIType, turnIndex: Int, range: Range<Int>, detector: String, confidence: Double, placeholder: String, action: RedactionPolicy.Action = .placeholder) {
        self.type = type
        self.turnIndex = turnIndex
        self.range = range
        self.detector = detector
        self.confidence = confidence
        self.placeholder = placeholder
        self.action = action
    }
}

/// The kinds of personal data Kortom redacts. The raw value is the placeholder prefix.
public enum PIIType: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case bsn = "BSN"
    case iban = "IBAN"
    case phone = "PHONE"
    case email = "EMAIL"
    case postcode = "POSTCODE"
    case address = "ADDRESS"
    case name = "NAME"
    case dateOfBirth = "DOB"
    case licencePlate = "PLATE"
    case documentNumber = "DOCUMENT"
    case paymentCard = "CARD"
    case ipAddress = "IP"
    case url = "URL"
    case age = "AGE"

    public static func < (lhs: PIIType, rhs: PIIType) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The position of the type in ``allCases``, without hashing its name.
    var listOrder: Int {
        switch self {
        case .bsn: 0
        case .iban: 1
        case .phone: 2
        case .email: 3
        case .postcode: 4
        case .address: 5
        case .name: 6
        case .dateOfBirth: 7
        case .licencePlate: 8
        case .documentNumber: 9
        case .paymentCard: 10
        case .ipAddress: 11
        case .url: 12
        case .age: 13
        }
    }
}
