@testable import SitegenMarkdown
import Testing

/// Captured titles as BibTeX titles: TeX kept as TeX, text escaped, capitals and math braced, and
/// braces that always balance (BibTeX counts every one, escaped or not).
@Suite struct TeXBibTeXTests {
    @Test(arguments: [
        (#"Sorting in $O(n \log n)$ time"#, #"Sorting in {$O(n \log n)$} time"#),
        (#"A 4$\times$ faster \emph{Model}"#, #"A 4{$\times$} faster \emph{{Model}}"#),
        ("GPT-4: a $100 model ^_^", #"{GPT-4:} a \$100 model \textasciicircum{}\_\textasciicircum{}"#),
        (#"R\&D at 100\% and 50% of #1"#, ##"R\&{D} at 100\% and 50\% of \#1"##),
        ("Flamingo: a Visual Language Model", "Flamingo: a {Visual} {Language} {Model}"),
        ("{BERT} stays grouped", "{BERT} stays grouped"),
        (#"G\"odel's theorem"#, "Gödel's theorem"),
        // Braces that do not balance are written as text, math kept when its own braces balance
        (#"Sets \{x"#, #"Sets \textbraceleft{}x"#),
        ("A {B", #"A {\textbraceleft{}B}"#),
        (#"$\frac{a}{b}$ and {x"#, #"{$\frac{a}{b}$} and \textbraceleft{}x"#),
        ("$x}$ y", "{$x$} y"),
        ("a } b {", #"a \textbraceright{} b \textbraceleft{}"#),
        (#"a lone \ backslash"#, #"a lone \textbackslash{} backslash"#),
    ])
    func title(_ input: String, _ expected: String) {
        #expect(TeXBibTeX.title(input) == expected)
    }

    @Test(arguments: ["}{", "{{{", "\\}\\}{", "$}$", "$$\\{$$ }", "\\emph{\\{}", "a\\", "\\textbf{a}}{", String(repeating: "{", count: 300)])
    func hostileTitlesAlwaysBalance(_ input: String) {
        #expect(TeXBibTeX.isBalanced(TeXBibTeX.title(input)), "\(input.debugDescription) → \(TeXBibTeX.title(input).debugDescription)")
    }
}
