import SitegenMarkdown
import Testing

/// Plain Markdown through libcmark-gfm: blocks, inlines, smart punctuation, GFM extensions.
@Suite struct MarkdownBlocksTests {
    let renderer = MarkdownRenderer()

    @Test(arguments: [
        ("One paragraph.", "<p>One paragraph.</p>\n"),
        ("First.\n\nSecond.", "<p>First.</p>\n<p>Second.</p>\n"),
        ("Some *emphasis* and **strong** text.", "<p>Some <em>emphasis</em> and <strong>strong</strong> text.</p>\n"),
        ("\"Quoted\" and 'single' -- en, --- em...", "<p>“Quoted” and ‘single’ – en, — em…</p>\n"),
        ("pages 10--20", "<p>pages 10–20</p>\n"),
        ("~~gone~~ stays", "<p><del>gone</del> stays</p>\n"),
        ("see www.example.org now", "<p>see <a href=\"http://www.example.org\">www.example.org</a> now</p>\n"),
        ("<https://arxiv.org/abs/1>", "<p><a href=\"https://arxiv.org/abs/1\">https://arxiv.org/abs/1</a></p>\n"),
        ("Use `a<b && $x$` here.", "<p>Use <code>a&lt;b &amp;&amp; $x$</code> here.</p>\n"),
        ("- [x] done\n- [ ] todo", "<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>\n<li><input type=\"checkbox\" disabled=\"\" /> todo</li>\n</ul>\n"),
    ])
    func rendersMarkdown(markdown: String, html: String) {
        #expect(renderer.render(markdown) == html)
    }

    @Test func rendersTable() {
        let markdown = "| Model | Score |\n|---|--:|\n| Llama | $0.36$ |"
        #expect(renderer.render(markdown) == """
            <table>
            <thead>
            <tr>
            <th>Model</th>
            <th align="right">Score</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>Llama</td>
            <td align="right"><math><mn>0.36</mn></math></td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func emptyInputGivesEmptyOutput() {
        #expect(renderer.render("") == "")
        #expect(renderer.renderInline("  \n ") == "")
    }
}
