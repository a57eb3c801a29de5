import Foundation
import Testing
@testable import SitegenRender

/// The one-line, JSON and XML helpers every output goes through.
@Suite("Text helpers")
struct TextHelperTests {
    @Test(arguments: [("  a\n b\t\tc  ", "a b c"), ("already clean", "already clean"), ("", ""), (" ", ""),
                      ("non\u{00A0}breaking — dash", "non breaking — dash"), ("two  spaces", "two spaces")])
    func runsOfWhitespaceBecomeOneSpace(text: String, expected: String) {
        #expect(PlainText.oneLine(text) == expected)
    }

    @Test func jsonEscapesQuotesControlsMarkupAndLineSeparators() {
        #expect(JSONValue.string("plain — text").text() == "\"plain — text\"")
        #expect(JSONValue.string("a\u{2028}b\"<\\\n\u{1}&>").text() == #""a\u2028b\"\u003c\\\n\u0001\u0026\u003e""#)
        #expect(JSONValue.object([("b", .int(1)), ("a", .array([.bool(true), .null]))]).text() == #"{"b":1,"a":[true,null]}"#)
    }

    @Test func xmlEscapesMarkupAndDropsForbiddenControls() {
        #expect(XMLText.escaped("a&b<c>\"d'\u{1}\u{FFFE}e\n") == "a&amp;b&lt;c&gt;&quot;d&#39;e\n")
        #expect(XMLText.escaped("Ünïcode — fine") == "Ünïcode — fine")
    }

    /// The byte-level fast paths for ASCII text give what the `Character`/Foundation ways give.
    static let mixedTexts = ["plain words", "Gaël’s café & crème", "a\u{2028}b", "x<\u{301}", "👩‍🔬 & 🇫🇷",
                             "tab\there", "  padded  ", "", "~^\\{}%$#_&", "line\r\nend", "a\u{00A0}b c"]

    @Test func coinsPercentEncodingMatchesFoundation() {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        for text in Self.mixedTexts {
            #expect(COinS.encode(text) == text.addingPercentEncoding(withAllowedCharacters: unreserved), "\(text.debugDescription)")
        }
    }

    @Test func citationNamesSplitAtAnyWhiteSpace() {
        for (name, family, given) in [("Ludwig van Beethoven", "van Beethoven", "Ludwig"), ("Albert Q.\tJiang", "Jiang", "Albert Q."),
                                      ("Gaël\u{00A0}Le Scao", "Le Scao", "Gaël"), ("DeepMind", "DeepMind", ""), ("  ", "", "")] {
            let split = CitationName(name)
            #expect((split.family, split.given) == (family, given), "\(name.debugDescription)")
        }
    }

    @Test func citationNamesSetSuffixesApart() {
        for (name, family, given, suffix) in [("Martin Luther King Jr.", "King", "Martin Luther", "Jr."),
                                              ("Martin Luther King, Jr.", "King", "Martin Luther", "Jr."),
                                              ("Rianne van den Berg III", "van den Berg", "Rianne", "III"),
                                              ("John Smith Sr", "Smith", "John", "Sr"), ("Smith Jr.", "Jr.", "Smith", ""),
                                              ("Jr. Team", "Jr. Team", "", "")] {
            let split = CitationName(name)
            #expect((split.family, split.given, split.suffix) == (family, given, suffix), "\(name)")
        }
    }

    @Test func excerptsCountCharactersNotBytes() {
        let ascii = String(repeating: "word ", count: 50)
        #expect(PageBuilder.excerpt(of: ascii, limit: 12) == "word word…")
        #expect(PageBuilder.excerpt(of: String(repeating: "é", count: 12), limit: 12) == String(repeating: "é", count: 12))
        #expect(PageBuilder.excerpt(of: String(repeating: "éé ", count: 6), limit: 12) == "éé éé éé éé…")
        #expect(PageBuilder.excerpt(of: "short\n text", limit: 12) == "short text")
    }
}
