import Foundation
import Testing
@testable import SitegenRender
import SitegenTestSupport

/// The one-line, JSON and XML helpers every output goes through.
@Suite("Text helpers")
struct TextHelperTests {
    @Test(arguments: [("  a\n b\t\tc  ", "a b c"), ("already clean", "already clean"), ("", ""), (" ", ""),
                      ("non\u{00A0}breaking — dash", "non breaking — dash"), ("two  spaces", "two spaces")])
    func runsOfWhitespaceBecomeOneSpace(text: String, expected: String) {
        #expect(PlainText.oneLine(text) == expected)
    }

    /// Every whitespace scalar outside ASCII breaks a line that is otherwise one, and scalars that
    /// share their lead bytes (C2, E1, E2, E3) but are not whitespace do not.
    @Test func oneLineKnowsWhitespaceOutsideASCII() {
        for scalar in (UInt32(0x80)...0x10FFFF).compactMap(Unicode.Scalar.init) where scalar.properties.isWhitespace {
            #expect(PlainText.oneLine("a\(scalar)b") == "a b", "U+\(String(scalar.value, radix: 16))")
        }
        for text in ["a © b", "a — b", "ᚠ b", "x‰y", "、", "\u{A1}"] {
            #expect(PlainText.oneLine(text) == text, "\(text)")
        }
    }

    @Test func jsonEscapesQuotesControlsMarkupAndLineSeparators() {
        #expect(JSONValue.string("plain — text").text() == "\"plain — text\"")
        #expect(JSONValue.string("a\u{2028}b\"<\\\n\u{1}&>").text() == #""a\u2028b\"\u003c\\\n\u0001\u0026\u003e""#)
        #expect(JSONValue.object([("b", .int(1)), ("a", .array([.bool(true), .null]))]).text() == #"{"b":1,"a":[true,null]}"#)
    }

    /// Escaping eight bytes at a time gives what the plain reading, scalar by scalar, gives: over
    /// seeded random texts of every escaped character, bytes beside them (`E2` of other scalars,
    /// `?`, `[`, `]`) and other text, long enough for many eight-byte words.
    @Test func jsonEscapingAgreesWithAScalarByScalarReading() {
        func plain(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20 || "<>&\u{2028}\u{2029}".unicodeScalars.contains(scalar):
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        let pieces = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "<", ">", "&", "\u{2028}", "\u{2029}", "\u{2027}", "—", "’",
                      "?", "=", "[", "]", "\u{7F}", "a", "word ", " ", "é", "李", "👩‍🔬", "\u{301}", "abcdefgh"]
        var generator = SplitMix(state: 31)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(JSONValue.string(text).text() == plain(text), "\(text.debugDescription)")
        }
    }

    @Test func xmlEscapesMarkupAndDropsForbiddenControls() {
        #expect(XMLText.escaped("a&b<c>\"d'\u{1}\u{FFFE}e\n") == "a&amp;b&lt;c&gt;&quot;d&#39;e\n")
        #expect(XMLText.escaped("Ünïcode — fine") == "Ünïcode — fine")
    }

    /// Escaping on bytes gives what the plain reading, scalar by scalar, gives: over seeded random
    /// texts of the five specials, controls, U+FFFE/U+FFFF and their neighbours (U+FFFD, U+FEFF), and other text.
    @Test func xmlEscapingAgreesWithAScalarByScalarReading() {
        func plain(_ text: String) -> String {
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
                case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        let pieces = ["&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}",
                      "\u{FEFF}", "\u{EFBF}", "a", " ", "é", "—", "李", "👩‍🔬", "\u{301}"]
        var generator = SplitMix(state: 27)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(XMLText.escaped(text) == plain(text), "\(text.debugDescription)")
        }
    }

    /// The byte-level fast paths for ASCII text give what the `Character`/Foundation ways give.
    static let mixedTexts = ["plain words", "Gaël’s café & crème", "a\u{2028}b", "x<\u{301}", "👩‍🔬 & 🇫🇷",
                             "tab\there", "  padded  ", "", "~^\\{}%$#_&", "line\r\nend", "a\u{00A0}b c"]

    @Test func percentEncodingMatchesFoundation() {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        for text in Self.mixedTexts {
            let foundation = text.addingPercentEncoding(withAllowedCharacters: unreserved)
            #expect(PercentEncoding.encoded(text) == foundation, "\(text.debugDescription)")
            #expect(PercentEncoding.encoded(text, spaceAsPlus: true) == foundation?.replacingOccurrences(of: "%20", with: "+"),
                    "\(text.debugDescription)")
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

    /// Excerpts cut by bytes where the start is ASCII give what cutting `Character`s gives, also
    /// with a combining mark or an emoji sequence right after the cut.
    @Test func excerptsCutLikeCharacters() {
        func byCharacters(_ text: String, limit: Int) -> String {
            let line = PlainText.oneLine(text)
            guard line.count > limit else { return line }
            let cut = line.prefix(limit)
            return (cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut) + "…"
        }
        let pieces = ["a", "b", " ", "  ", "é", "e\u{301}", "\u{301}", "👩‍🔬", "\n", "xyz", "\u{00A0}"]
        var random = SplitMix(state: 19)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let limit = Int.random(in: 1...24, using: &random)
            #expect(PageBuilder.excerpt(of: text, limit: limit) == byCharacters(text, limit: limit), "\(text.debugDescription) \(limit)")
        }
    }
}
