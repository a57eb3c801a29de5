import SitegenMarkdown
import Testing

/// `renderInline`, for titles: inline markup and TeX, no `<p>`, no blocks.
@Suite struct InlineRenderingTests {
    let renderer = MarkdownRenderer()

    @Test(arguments: [
        ("Attacks on $\\epsilon$-DP", "Attacks on <math><mi>ϵ</mi></math>-DP"),
        ("A *very* \"good\" title", "A <em>very</em> “good” title"),
        ("1. Introduction", "1. Introduction"),
        ("2024) Review", "2024) Review"),
        ("# Not a heading", "# Not a heading"),
        ("- not a list", "- not a list"),
        ("> not a quote", "&gt; not a quote"),
        ("***", "***"),
        ("~~~ not a fence", "~~~ not a fence"),
        ("~n and =x stay", "~n and =x stay"),
        ("| a | b |", "| a | b |"),
        ("Two\nlines", "Two lines"),
        ("  padded  ", "padded"),
        ("<i>raw</i>", "&lt;i&gt;raw&lt;/i&gt;"),
    ])
    func rendersTitle(title: String, html: String) {
        #expect(renderer.renderInline(title) == html)
    }
}
