import SitegenMarkdown
import Testing

/// TeX outside math, as found in arXiv abstracts: text macros, escapes, and literal dollars.
@Suite struct TeXTextTests {
    let renderer = MarkdownRenderer()

    @Test(arguments: [
        ("the \\textit{advantage}", "the <em>advantage</em>"),
        ("\\emph{very} \\textbf{bold} \\texttt{code}", "<em>very</em> <strong>bold</strong> <code>code</code>"),
        ("\\emph{with $x$ -- and <b>}", "<em>with <math><mi>x</mi></math> – and &lt;b&gt;</em>"),
        ("\\textbf{\\emph{nested} 5\\%}", "<strong><em>nested</em> 5%</strong>"),
        ("Llama-3.2 11B \\& Qwen-2-VL 7B", "Llama-3.2 11B &amp; Qwen-2-VL 7B"),
        ("10\\% of a\\_b, item \\#3, \\$4", "10% of a_b, item #3, $4"),
        ("G\\\"odel, Erd\\H{o}s, Fran\\c{c}ois, Jos\\'e", "Gödel, Erdős, François, José"),
        ("\\LaTeX{} and \\ldots", "LaTeX and …"),
        ("uses \\cite{x} here", "uses <code>\\cite</code>{x} here"),
        ("\\emph{unclosed", "<code>\\emph</code>{unclosed"),
    ])
    func rendersTextMacros(markdown: String, html: String) {
        #expect(renderer.render(markdown) == "<p>\(html)</p>\n")
    }

    @Test(arguments: [
        "costs $5 and $10 more",
        "from $ 3 to $4",
        "a lone $ sign",
        "price: $5",
        "$x $y",
        "$x$5 is not math",
        "$$$$ and $$ alone",
    ])
    func moneyDollarsStayLiteral(text: String) {
        #expect(renderer.render(text) == "<p>\(text)</p>\n")
    }

    @Test(arguments: [
        ("\\$5 and \\$6", "$5 and $6"),
        ("*$x$* and $x$'s", "<em><math><mi>x</mi></math></em> and <math><mi>x</mi></math>’s"),
        ("$a_1$ and $b_2$ stay math, not emphasis", "<math><msub><mi>a</mi><mn>1</mn></msub></math> and <math><msub><mi>b</mi><mn>2</mn></msub></math> stay math, not emphasis"),
    ])
    func mathAmongMarkdown(markdown: String, html: String) {
        #expect(renderer.render(markdown) == "<p>\(html)</p>\n")
    }

    @Test func seedSentence() {
        let abstract = "analyzing a setting of DP-SGD with $ε=4$ would obtain an upper bound on the advantage of $\\approx0.36$"
        #expect(renderer.render(abstract) == """
            <p>analyzing a setting of DP-SGD with <math><mi>ε</mi><mo>=</mo><mn>4</mn></math> would obtain \
            an upper bound on the advantage of <math><mo>≈</mo><mn>0.36</mn></math></p>

            """)
    }

    @Test func mathAcrossABlankLineIsNotMath() {
        #expect(renderer.render("$a\n\nb$") == "<p>$a</p>\n<p>b$</p>\n")
    }
}
