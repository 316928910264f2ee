import Foundation

/// Typed access to decoded JSON that fails with the path of the offending field, for the
/// parsers of JSON transcript formats.
struct JSONReading {
    let origin: TranscriptOrigin

    func document(_ text: String) throws(KortomError) -> [String: Any] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "not parseable"
            throw KortomError(.malformed, "\(origin): invalid JSON (\(detail))")
        }
        guard let root = object as? [String: Any] else {
            throw KortomError(.malformed, "\(origin): expected a JSON object at the top level")
        }
        return root
    }

    func array(_ object: [String: Any], _ key: String, path: String) throws(KortomError) -> [Any] {
        guard let value = object[key] else { throw KortomError(.malformed, "\(origin): \(path) is missing") }
        guard let array = value as? [Any] else { throw KortomError(.malformed, "\(origin): \(path) must be an array") }
        return array
    }

    func optionalArray(_ object: [String: Any], _ key: String, path: String) throws(KortomError) -> [Any]? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let array = value as? [Any] else { throw KortomError(.malformed, "\(origin): \(path) must be an array") }
        return array
    }

    func object(_ value: Any, path: String) throws(KortomError) -> [String: Any] {
        guard let object = value as? [String: Any] else { throw KortomError(.malformed, "\(origin): \(path) must be an object") }
        return object
    }

    func optionalObject(_ object: [String: Any], _ key: String, path: String) throws(KortomError) -> [String: Any]? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        return try self.object(value, path: path)
    }

    func string(_ object: [String: Any], _ key: String, path: String) throws(KortomError) -> String {
        guard let value = try optionalString(object, key, path: path) else { throw KortomError(.malformed, "\(origin): \(path) is missing") }
        return value
    }

    func optionalString(_ object: [String: Any], _ key: String, path: String) throws(KortomError) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let text = value as? String else { throw KortomError(.malformed, "\(origin): \(path) must be a string") }
        return text
    }

    /// A number, also when written as a string (`"0.44"`, as Amazon Transcribe does).
    func optionalNumber(_ object: [String: Any], _ key: String, path: String) throws(KortomError) -> Double? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        if let number = value as? NSNumber, String(cString: number.objCType) != "c" { return number.doubleValue }
        if let text = value as? String, let number = Double(text) { return number }
        throw KortomError(.malformed, "\(origin): \(path) must be a number")
    }

    func number(_ object: [String: Any], _ key: String, path: String) throws(KortomError) -> Double {
        guard let value = try optionalNumber(object, key, path: path) else { throw KortomError(.malformed, "\(origin): \(path) is missing") }
        return value
    }

    /// Whether `text` holds `"key"` anywhere: a cheap test of a JSON document's shape before
    /// decoding it.
    static func mentions(_ document: TranscriptDocument, key: String) -> Bool {
        let needle = Array("\"\(key)\"".utf8)
        var text = document.text
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            var index = 0
            let last = bytes.count - needle.count
            while index <= last {
                if bytes[index] == needle[0], UnsafeBufferPointer(rebasing: bytes[index..<(index + needle.count)]).elementsEqual(needle) { return true }
                index += 1
            }
            return false
        }
    }
}
