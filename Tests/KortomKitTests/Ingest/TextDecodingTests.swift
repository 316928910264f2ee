import Testing
@testable import KortomKit

@Suite("Text decoding")
struct TextDecodingTests {
    let origin = TranscriptOrigin(path: "calls/a.txt")

    @Test func acceptsUTF8AndStripsByteOrderMark() throws {
        #expect(try TextDecoding.decode(Array("Klant: hé".utf8), origin: origin) == "Klant: hé")
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Agent: hi".utf8), origin: origin) == "Agent: hi")
    }

    @Test func decodesUTF16WithByteOrderMark() throws {
        let little: [UInt8] = [0xFF, 0xFE] + Array("Klant: é".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + Array("Klant: é".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoding.decode(little, origin: origin) == "Klant: é")
        #expect(try TextDecoding.decode(big, origin: origin) == "Klant: é")
    }

    @Test func refusesEmptyAndWhitespaceOnlyInput() {
        for bytes in [[], Array(" \n\r\n\t".utf8), [0xEF, 0xBB, 0xBF]] as [[UInt8]] {
            #expect(throws: KortomError.self) { try TextDecoding.decode(bytes, origin: origin) }
            do { _ = try TextDecoding.decode(bytes, origin: origin) } catch { #expect(error.code == .empty) }
        }
    }

    @Test func refusesBinaryContentNamingTheOffset() {
        do {
            _ = try TextDecoding.decode(Array("Klant: ok".utf8) + [0x00, 0x01, 0x02], origin: origin)
            Issue.record("binary content was accepted")
        } catch {
            #expect(error.code == .binaryContent)
            #expect(error.message.contains("calls/a.txt"))
            #expect(error.message.contains("byte 9"))
        }
    }

    @Test func decodesWindows1252() throws {
        // "Klant: café, € 12 – ëï" as a Dutch export writes it.
        let bytes: [UInt8] = Array("Klant: caf".utf8) + [0xE9, 0x2C, 0x20, 0x80, 0x20, 0x31, 0x32, 0x20, 0x96, 0x20, 0xEB, 0xEF]
        #expect(try TextDecoding.decode(bytes, origin: origin) == "Klant: café, € 12 – ëï")
    }

    @Test func refusesTextThatIsNeitherUTF8NorWindows1252() {
        do {
            _ = try TextDecoding.decode(Array("Klant: caf".utf8) + [0xE9, 0x81, 0x61], origin: origin)
            Issue.record("undecodable text was accepted")
        } catch {
            #expect(error.code == .invalidEncoding)
            #expect(error.message.contains("byte 10"))
            #expect(error.message.contains("byte at 11"))
        }
    }

    @Test func findsFirstInvalidSequence() {
        #expect(TextDecoding.firstInvalidUTF8Offset(in: ArraySlice(Array("abc".utf8))) == nil)
        #expect(TextDecoding.firstInvalidUTF8Offset(in: ArraySlice([0x61, 0xC3])) == 1)
        #expect(TextDecoding.firstInvalidUTF8Offset(in: ArraySlice([0xED, 0xA0, 0x80])) == 0)
        #expect(TextDecoding.firstInvalidUTF8Offset(in: ArraySlice([0xF0, 0x9F, 0x98, 0x80])) == nil)
    }
}
