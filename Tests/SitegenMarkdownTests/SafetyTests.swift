import SitegenMarkdown
import Testing

/// Nothing in the input may become a live tag, attribute or script URL.
@Suite struct SafetyTests {
    let renderer = MarkdownRenderer()

    @Test(arguments: [
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"),
        ("a <b>bold</b> c", "<p>a &lt;b&gt;bold&lt;/b&gt; c</p>\n"),
        ("x <img src=x onerror=alert(1)> y", "<p>x &lt;img src=x onerror=alert(1)&gt; y</p>\n"),
        ("<div>\nblock\n</div>", "<p>&lt;div&gt;\nblock\n&lt;/div&gt;</p>\n"),
        ("<!-- hidden -->", "<p>&lt;!-- hidden --&gt;</p>\n"),
        ("Tom & Jerry &copy;", "<p>Tom &amp; Jerry ©</p>\n"),
    ])
    func rawHTMLIsVisibleText(markdown: String, html: String) {
        #expect(renderer.render(markdown) == html)
    }

    @Test(arguments: [
        ("[x](javascript:alert(1))", "<p><a href=\"\">x</a></p>\n"),
        ("[x](JavaScript:alert(1))", "<p><a href=\"\">x</a></p>\n"),
        ("[x](vbscript:msgbox)", "<p><a href=\"\">x</a></p>\n"),
        ("[x](data:text/html,hi)", "<p><a href=\"\">x</a></p>\n"),
        ("![x](javascript:alert(1))", "<p><img src=\"\" alt=\"x\" /></p>\n"),
        ("<javascript:alert(1)>", "<p><a href=\"\">javascript:alert(1)</a></p>\n"),
        ("go javascript:alert(1) now", "<p>go javascript:alert(1) now</p>\n"),
        ("www.x.org/\"onmouseover=alert(1)", "<p><a href=\"http://www.x.org/%22onmouseover=alert(1)\">www.x.org/&quot;onmouseover=alert(1)</a></p>\n"),
    ])
    func scriptURLsAreNotLive(markdown: String, html: String) {
        #expect(renderer.render(markdown) == html)
    }

    @Test func mathEscapesItsText() {
        #expect(renderer.render("$a<b$ and $a&b$ and $\\text{<i>\"}$") == """
            <p><math><mi>a</mi><mo>&lt;</mo><mi>b</mi></math> and <math><mi>a</mi><mo>&amp;</mo><mi>b</mi></math> \
            and <math><mtext>&lt;i&gt;&quot;</mtext></math></p>

            """)
    }

    @Test func unknownMathMacroNameIsEscaped() {
        #expect(renderer.render("\\(\\x<y\\)") == "<p><math><merror><mtext>\\x</mtext></merror><mo>&lt;</mo><mi>y</mi></math></p>\n")
    }

    @Test func placeholderCharactersInInputAreRemoved() {
        #expect(renderer.render("\u{E000}0\u{E001} $x$") == "<p>0 <math><mi>x</mi></math></p>\n")
    }

    /// Generated MathML must never be put inside an attribute; the TeX source goes there instead.
    @Test func mathInsideAttributesStaysSource() {
        #expect(renderer.render("![alt $x$](a.png \"title $\\text{\\\" onload=\\\"}$\")") == """
            <p><img src="a.png" alt="alt $x$" title="title $\\text{\\&quot; onload=\\&quot;}$" /></p>

            """)
    }

    @Test(arguments: [
        String(repeating: "{", count: 5000) + "x" + String(repeating: "}", count: 5000),
        String(repeating: "\\left", count: 5000),
        String(repeating: "\\sqrt", count: 5000) + "x",
        String(repeating: "\\hat", count: 5000) + "x",
    ])
    func deepNestingIsShownNotCrashed(tex: String) {
        let html = renderer.render("$" + tex + "$")
        #expect(html.hasPrefix("<p><math>"))
        #expect(html.contains("<merror><mtext>"))
        #expect(html.hasSuffix("</math></p>\n"))
    }

    @Test func deeplyNestedStylingMacrosStayVisible() {
        let nested = String(repeating: "\\emph{", count: 20) + "x" + String(repeating: "}", count: 20)
        let html = renderer.render(nested)
        #expect(html.hasPrefix("<p>" + String(repeating: "<em>", count: 8) + "<code>\\emph</code>{"))
    }
}
