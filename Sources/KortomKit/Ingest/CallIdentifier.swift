/// Derives call ids that are safe as file names from paths and declared ids.
///
/// A call id contains only `A-Z a-z 0-9 . _ -`, never starts with a dot and is at most 100
/// bytes, so `<out>/<call-id>.md` always stays inside the output folder. Nested paths join
/// their parts with `__` (`wijk-noord/call-01.txt` becomes `wijk-noord__call-01`). When
/// anything had to be replaced, or a part already contained `__`, a short hash of the
/// original is appended so that distinct inputs keep distinct ids.
public enum CallIdentifier {
    static let maximumLength = 100

    /// The id for a file at `relativePath` (components separated by `/`).
    ///
    /// - Parameters:
    ///   - relativePath: the path below the input root.
    ///   - keepExtension: keep the file's extension, for when a sibling has the same stem.
    public static func forFile(relativePath: String, keepExtension: Bool = false) -> String {
        // The common case, a plain file name in the input folder, needs no splitting.
        if let simple = simpleID(relativePath, keepExtension: keepExtension) { return simple }
        var components = relativePath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if !keepExtension, var last = components.last, let dot = last.lastIndex(of: "."), dot != last.startIndex {
            last = String(last[..<dot])
            components[components.count - 1] = last
        }
        let ambiguous = components.contains { $0.contains("__") }
        return sanitise(components.joined(separator: "__"), original: relativePath, forceHash: ambiguous)
    }

    private static func simpleID(_ name: String, keepExtension: Bool) -> String? {
        let utf8 = name.utf8
        guard let first = utf8.first, first != UInt8(ascii: "."), utf8.count <= maximumLength else { return nil }
        var lastDot: String.Index?
        var previousUnderscore = false
        for index in utf8.indices {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                previousUnderscore = false
            case UInt8(ascii: "."):
                lastDot = index
                previousUnderscore = false
            case UInt8(ascii: "_"):
                // `__` joins path parts, so a name holding it takes the general path.
                if previousUnderscore { return nil }
                previousUnderscore = true
            default:
                return nil
            }
        }
        guard !keepExtension, let lastDot else { return name }
        let stem = name[..<lastDot]
        return stem.isEmpty ? nil : String(stem)
    }

    /// The id for a declared identifier, such as a call id inside a file or a stream event.
    public static func forDeclaredID(_ id: String) -> String {
        sanitise(id, original: id, forceHash: false)
    }

    private static func sanitise(_ candidate: String, original: String, forceHash: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(candidate.utf8.count)
        var lossy = forceHash
        for byte in candidate.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                bytes.append(byte)
            default:
                // One underscore stands for a run of replaced bytes (a multi-byte character).
                if bytes.last != UInt8(ascii: "_") || !lossy { bytes.append(UInt8(ascii: "_")) }
                lossy = true
            }
        }
        while bytes.first == UInt8(ascii: ".") {
            bytes[0] = UInt8(ascii: "_")
            lossy = true
        }
        if bytes.isEmpty {
            bytes = Array("call".utf8)
            lossy = true
        }
        let suffixLength = 9
        if bytes.count > maximumLength {
            bytes.removeLast(bytes.count - (maximumLength - suffixLength))
            lossy = true
        }
        guard lossy else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self) + "-" + StableHash.hex32(original)
    }
}
