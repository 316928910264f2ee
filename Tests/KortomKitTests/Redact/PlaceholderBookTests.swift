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

    /// `mevrouw Hoekstra` after `Wilma Hoekstra-Brouwer` is the same person; `Willem` after
    /// `Jan-Willem de Vries` need not be.
    @Test func takesEachPartOfADoubleSurnameForThePerson() {
        var book = PlaceholderBook()
        #expect(book.placeholder(for: .name, canonicalValue: "wilma hoekstra-brouwer") == "[NAME-1]")
        #expect(book.placeholder(for: .name, canonicalValue: "hoekstra") == "[NAME-1]")
        #expect(book.placeholder(for: .name, canonicalValue: "hendrik brouwer") == "[NAME-2]")
        #expect(book.placeholder(for: .name, canonicalValue: "jan-willem de vries") == "[NAME-3]")
        #expect(book.placeholder(for: .name, canonicalValue: "willem") == "[NAME-4]")
    }

    /// Two full names that share a surname are two people, also after the surname alone; the
    /// surname alone stays the first one's.
    @Test func keepsTwoPeopleWithOneSurnameApart() {
        var book = PlaceholderBook()
        #expect(book.placeholder(for: .name, canonicalValue: "brinkman") == "[NAME-1]")
        #expect(book.placeholder(for: .name, canonicalValue: "gerrit brinkman") == "[NAME-1]")
        #expect(book.placeholder(for: .name, canonicalValue: "noor brinkman") == "[NAME-2]")
        #expect(book.placeholder(for: .name, canonicalValue: "noor") == "[NAME-2]")
        #expect(book.placeholder(for: .name, canonicalValue: "brinkman") == "[NAME-1]")
    }

    /// A whole surname goes before a part of a double one, and a double name is not the person
    /// whose surname is one of its parts.
    @Test func prefersAWholeSurnameToAPartOfADoubleOne() {
        var book = PlaceholderBook()
        #expect(book.placeholder(for: .name, canonicalValue: "daniel okafor-reid") == "[NAME-1]")
        #expect(book.placeholder(for: .name, canonicalValue: "grace okafor") == "[NAME-2]")
        #expect(book.placeholder(for: .name, canonicalValue: "okafor") == "[NAME-2]")
        #expect(book.placeholder(for: .name, canonicalValue: "de graaf") == "[NAME-3]")
        #expect(book.placeholder(for: .name, canonicalValue: "greetje de graaf-visser") == "[NAME-4]")
        #expect(book.placeholder(for: .name, canonicalValue: "visser") == "[NAME-4]")
    }
}
