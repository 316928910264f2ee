/// Turns the bytes of an input into text, or says precisely why it cannot.
///
/// UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark and Windows-1252
/// are accepted. Binary data and bytes that are neither UTF-8 nor Windows-1252 are refused
/// with the byte offset of the first problem.
public enum TextDecoding {
    /// Decodes `bytes` read from `origin`.
    ///
    /// - Parameters:
    ///   - bytes: the whole input.
    ///   - origin: where the bytes came from; named in errors.
    /// - Throws: ``KortomError`` with code `empty`, `binary_content` or `invalid_encoding`.
    public static func decode(_ bytes: [UInt8], origin: TranscriptOrigin) throws(KortomError) -> String {
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return try decodeUTF16(bytes, bigEndian: false, origin: origin)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return try decodeUTF16(bytes, bigEndian: true, origin: origin)
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let body = bytes[start...]
        if body.allSatisfy(isWhitespace) {
            throw KortomError(.empty, "\(origin): the file is empty or holds only white space")
        }
        if let offset = firstBinaryByte(in: body) {
            throw KortomError(.binaryContent, "\(origin): binary data at byte \(offset); expected a text transcript")
        }
        if let text = String(validating: body, as: UTF8.self) { return text }
        // Not UTF-8: Dutch exports are often Windows-1252 (é, ë, ï, €). Any byte string is that,
        // except for the five codes it leaves undefined, so those decide.
        if let undefined = body.firstIndex(where: { windows1252Undefined.contains($0) }) {
            let offset = firstInvalidUTF8Offset(in: body) ?? start
            throw KortomError(.invalidEncoding, "\(origin): neither UTF-8 (invalid at byte \(offset)) nor Windows-1252 (undefined byte at \(undefined)); save the transcript as UTF-8")
        }
        return decodeWindows1252(body)
    }

    private static let windows1252Undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// Windows-1252 is Latin-1 except for 0x80...0x9F, which hold €, quotes, dashes and a few letters.
    private static let windows1252High: [UInt16] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? UInt32(windows1252High[Int(byte - 0x80)]) : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, origin: TranscriptOrigin) throws(KortomError) -> String {
        guard bytes.count % 2 == 0 else {
            throw KortomError(.invalidEncoding, "\(origin): UTF-16 text with an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var index = 2
        while index < bytes.count {
            let high = UInt16(bytes[index]), low = UInt16(bytes[index + 1])
            units.append(bigEndian ? high << 8 | low : low << 8 | high)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw KortomError(.invalidEncoding, "\(origin): invalid UTF-16 (unpaired surrogate)")
        }
        if text.utf8.allSatisfy(isWhitespace) {
            throw KortomError(.empty, "\(origin): the file is empty or holds only white space")
        }
        if text.utf8.contains(0) {
            throw KortomError(.binaryContent, "\(origin): binary data in UTF-16 text")
        }
        return text
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    /// NUL, or C0 controls other than tab, line feed, form feed and carriage return.
    private static func firstBinaryByte(in bytes: ArraySlice<UInt8>) -> Int? {
        for index in bytes.indices {
            let byte = bytes[index]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C, byte != 0x1B {
                return index
            }
        }
        return nil
    }

    static func firstInvalidUTF8Offset(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > bytes.endIndex { return index }
            for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 {
                return index
            }
            if length == 3 {
                let second = bytes[index + 1]
                if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) { return index }
            } else if length == 4 {
                let second = bytes[index + 1]
                if (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) { return index }
            }
            index += length
        }
        return nil
    }
}
