import SitegenMarkdown
import Testing

/// Markdown with TeX as plain text for RIS, CSL-JSON, JSON-LD, meta tags, feeds and the API:
/// each case with its exact output, from the seeds' and the bench corpus's abstracts and hostile input.
@Suite struct TeXPlainTextTests {
    @Test(arguments: [
        // What the captures hold
        ("a 4$\\times$ speed-up", "a 4× speed-up"),
        ("improves by 12\\% on R\\&D tasks", "improves by 12% on R&D tasks"),
        ("runs in $O(n \\log n)$ time", "runs in O(n log n) time"),
        ("with $\\alpha$ and $\\beta$", "with α and β"),
        ("a 12--billion-parameter model---really", "a 12–billion-parameter model—really"),
        ("we \\emph{never} drop \\textbf{data}", "we never drop data"),
        ("\\textit{Flamingo}: a {V}isual {L}anguage {M}odel", "Flamingo: a Visual Language Model"),
        ("Fig.~1 shows it", "Fig. 1 shows it"),
        ("G\\\"odel and Erd\\H{o}s", "Gödel and Erdős"),
        ("\\ldots and so on", "… and so on"),
        // Math as readable text
        ("$x^2 + y_i$", "x² + yᵢ"),
        ("$10^{-3}$", "10⁻³"),
        ("$d_{model}$", "d_model"),
        ("$x^{n+1}$", "xⁿ⁺¹"),
        ("$W_{QK}$", "W_QK"),
        ("$a^{b+c}$", "aᵇ⁺ᶜ"),
        ("$a^{q+1}$", "a^(q + 1)"),
        ("$-1$ and $(-x)$ and $a = -b$", "-1 and (-x) and a = -b"),
        ("$f(x,y)$", "f(x, y)"),
        ("$\\frac{a+b}{2}$", "(a + b)/2"),
        ("$\\frac12$", "1/2"),
        ("$\\sqrt{n}$", "√n"),
        ("$\\mathbb{R}^d$", "ℝᵈ"),
        ("$\\tilde{O}(\\sqrt{dT})$", "Õ(√dT)"),
        ("$p(x \\mid z)$", "p(x ∣ z)"),
        ("$\\lambda_{\\max}$", "λₘₐₓ"),
        ("$\\approx 0.36$", "≈ 0.36"),
        ("$O(1/\\sqrt{T})$", "O(1/√T)"),
        ("$W_{Q,K}$", "W_(Q, K)"),
        ("$a \\leq b$", "a ≤ b"),
        ("$f: X \\to Y$", "f: X → Y"),
        ("$\\text{if } x = 1$", "if x = 1"),
        ("$\\binom{n}{k}$", "(n choose k)"),
        ("$\\mathcal{O}(\\log n)$", "𝒪(log n)"),
        ("$\\ell_1$", "ℓ₁"),
        ("$\\hat{x}$", "x̂"),
        ("$\\hat{xy}$", "xy^"),
        // Unknown macros keep their argument's text; nothing else is lost
        ("\\citet{smith} showed", "smith showed"),
        ("$\\unknownmacro{x}$", "x"),
        ("costs $5 and $6", "costs $5 and $6"),
        ("a lone \\ backslash", "a lone \\ backslash"),
        ("plain text stays as it is", "plain text stays as it is"),
        // One line: every run of white space one space, none at the ends
        ("  a\n\n b\t c  ", "a b c"), ("x\u{00A0}y\u{2009}z\u{3000}w", "x y z w"), ("a\\,b", "a b"),
        ("en–dash and “quotes” stay", "en–dash and “quotes” stay"), ("trailing ", "trailing"), ("$x$ \n", "x"),
        ("", ""),
    ])
    func plainText(_ input: String, _ expected: String) {
        #expect(TeXPlainText.text(input) == expected)
    }

    /// Hostile input: unbalanced braces and delimiters, deep nesting, markup; never a crash, never TeX out.
    @Test(arguments: [
        "$\\frac{", "$$", "\\emph{\\emph{\\emph{\\emph{\\emph{\\emph{\\emph{\\emph{\\emph{x}}}}}}}}}",
        "$" + String(repeating: "{", count: 500) + "x$", "<script>alert(1)</script> $<b>$",
        "\\", "$\\left($", "$x^$", "$_$", "\\\\\\\\",
    ])
    func hostile(_ input: String) {
        let text = TeXPlainText.text(input)
        #expect(!text.contains("<mi>") && !text.contains("<math"))
    }
}
