import Testing
@testable import KortomKit

@Suite("PlaceholderBook")
struct PlaceholderBookTests {
    @Test func givesTheSameValueTheSamePlaceholderAndNumbersEachType() {
        var book = PlaceholderBook()
        #expect(book.placeholder(for: .phone, canonicalValue: "+31612345678") == "[PHONE-1]")
        #expect(book.placeholder(for: .iban, canonicalValue: "nl91abna0417164300") == "[IBAN-1]")
        #expect(book.placeholder(for: .phone, canonicalValue: "+31201234567") == "[PHONE-2]")
        #expect(book.placeholder(for: .phone, canonicalValue: "+31612345678") == "[PHONE-1]")
    }

    /// A name whose words are among another's is the same person, and the longer name's words
    /// stay the person's: `carola`, `carola van den heuvel`, then `van den heuvel`.
    @Test func keepsThePersonOfAShorterNameForTheWordsOfALongerOne() {
        var book = PlaceholderBook()
        #expect(book.placeholder(for: .name, canonicalValue: "wouter") == "[NAME-1]")
        #expect(book.placeholder(for: .name, canonicalValue: "carola") == "[NAME-2]")
        #expect(book.placeholder(for: .name, canonicalValue: "carola van den heuvel") == "[NAME-2]")
        #expect(book.placeholder(for: .name, canonicalValue: "van den heuvel") == "[NAME-2]")
        #expect(book.placeholder(for: .name, canonicalValue: "ria") == "[NAME-3]")
    }
}
