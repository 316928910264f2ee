import Testing
@testable import KortomKit

@Suite("Call identifiers")
struct CallIdentifierTests {
    @Test func keepsSimpleNamesReadable() {
        #expect(CallIdentifier.forFile(relativePath: "nl-01-adreswijziging.txt") == "nl-01-adreswijziging")
        #expect(CallIdentifier.forFile(relativePath: "wijk-noord/call-01.txt") == "wijk-noord__call-01")
        #expect(CallIdentifier.forFile(relativePath: "call-01.txt", keepExtension: true) == "call-01.txt")
    }

    @Test(arguments: ["../../etc/passwd", "..", ".hidden", "a/../../b", "con\u{0}trol\n.txt", "sp ace/é.txt", "/abs/path.txt", "", "a__b.txt", String(repeating: "x", count: 300)])
    func neverProducesAPathOrHiddenName(raw: String) {
        for id in [CallIdentifier.forFile(relativePath: raw), CallIdentifier.forDeclaredID(raw)] {
            #expect(!id.isEmpty)
            #expect(!id.contains("/"))
            #expect(!id.hasPrefix("."))
            #expect(id.utf8.count <= 100)
            #expect(id.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E })
        }
    }

    @Test func keepsDistinctInputsDistinct() {
        #expect(CallIdentifier.forFile(relativePath: "a__b.txt") != CallIdentifier.forFile(relativePath: "a/b.txt"))
        #expect(CallIdentifier.forFile(relativePath: "é.txt") != CallIdentifier.forFile(relativePath: "ë.txt"))
        #expect(CallIdentifier.forDeclaredID("../x") != CallIdentifier.forDeclaredID("__x"))
    }
}
