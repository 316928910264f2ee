import Foundation
import Testing
@testable import KortomKit

@Suite("JSON writer")
struct JSONWriterTests {
    @Test func writesValidJSONInKeyOrder() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("b", "quote \" backslash \\ newline \n tab \t nul \u{0} é €")
        writer.field("a", 3)
        writer.field("n", nil as String?)
        writer.field("x", 0.5)
        writer.field("whole", 2.0)
        writer.field("t", true)
        writer.field("ids", ints: [1, 2])
        writer.key("empty")
        writer.beginArray()
        writer.endArray()
        writer.endObject()
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(text.hasPrefix("{\"b\":"))
        #expect(text.contains("\"a\":3,\"n\":null,\"x\":0.5,\"whole\":2,\"t\":true,\"ids\":[1,2],\"empty\":[]}"))
        let parsed = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any]
        #expect(parsed?["b"] as? String == "quote \" backslash \\ newline \n tab \t nul \u{0} é €")
    }
}
