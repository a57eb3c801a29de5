@testable import SitegenCheck
import Testing

/// The light scanner reads what the checker needs and nothing that only looks like markup.
@Suite struct HTMLScannerTests {
    static func scan(_ html: String) -> PageFacts { HTMLScanner.scan(Array(html.utf8)) }

    @Test func readsLinksOfEveryQuoting() {
        let facts = Self.scan(#"<a href="a.html">x</a><A HREF='b.html'>y</A><img src=c.png alt=""><link rel=stylesheet href="s.css"/>"#)
        #expect(facts.links == ["a.html", "b.html", "c.png", "s.css"])
    }

    @Test func decodesCharacterReferences() {
        let facts = Self.scan(#"<title>A &amp; B &#8211; C&#x21;</title><a href="p?x=1&amp;y=2">x</a>"#)
        #expect(facts.title == "A & B – C!")
        #expect(facts.links == ["p?x=1&y=2"])
    }

    @Test func skipsCommentsScriptsAndStyles() {
        let facts = Self.scan("""
            <!-- <a href="commented.html"> --><script>let s = "<a href='in-script.html'>";</script>
            <style>a[href="x"] { color: red }</style><p id="after">text</p>
            """)
        #expect(facts.links == [])
        #expect(facts.anchors == ["after"])
    }

    @Test func readsAnchorsMetasAndCanonical() {
        let facts = Self.scan("""
            <head><meta charset="utf-8"><meta NAME="Description" content="About"><meta name="citation_author" content="A">
            <meta name="citation_author" content="B"><link rel="canonical" href="https://x.org/lab/"></head>
            <body><h2 id="sec">S</h2><a name="old">o</a></body>
            """)
        #expect(facts.metaContents("description") == ["About"])
        #expect(facts.metaContents("citation_author") == ["A", "B"])
        #expect(facts.canonicalURL == "https://x.org/lab/")
        #expect(facts.anchors == ["sec", "old"])
    }

    @Test func aPageWithoutTitleHasNone() {
        #expect(Self.scan("<html><body>no head</body></html>").title == nil)
        #expect(Self.scan("<title></title>").title == "")
    }

    @Test func survivesTruncatedMarkup() {
        #expect(Self.scan("<a href=\"x.html").links == ["x.html"])
        #expect(Self.scan("<!-- never closed").links == [])
        #expect(Self.scan("<").links == [])
    }
}
