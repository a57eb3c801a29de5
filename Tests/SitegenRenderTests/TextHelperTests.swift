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
}
