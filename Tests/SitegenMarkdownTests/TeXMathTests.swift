import SitegenMarkdown
import Testing

/// TeX math to MathML, each case with its exact output.
@Suite struct TeXMathTests {
    let renderer = MarkdownRenderer()

    @Test(arguments: [
        ("$2$", "<math><mn>2</mn></math>"),
        ("$\\times$", "<math><mo>×</mo></math>"),
        ("$x_i$", "<math><msub><mi>x</mi><mi>i</mi></msub></math>"),
        ("$x^{2}$", "<math><msup><mi>x</mi><mn>2</mn></msup></math>"),
        ("$x^{n+1}$", "<math><msup><mi>x</mi><mrow><mi>n</mi><mo>+</mo><mn>1</mn></mrow></msup></math>"),
        ("$x^23$", "<math><msup><mi>x</mi><mn>2</mn></msup><mn>3</mn></math>"),
        ("$x_i^2$", "<math><msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup></math>"),
        ("$O(n^2)$", "<math><mi>O</mi><mo>(</mo><msup><mi>n</mi><mn>2</mn></msup><mo>)</mo></math>"),
        ("$ε=4$", "<math><mi>ε</mi><mo>=</mo><mn>4</mn></math>"),
        ("$\\frac{a+b}{2}$", "<math><mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mn>2</mn></mfrac></math>"),
        ("$\\frac12$", "<math><mfrac><mn>1</mn><mn>2</mn></mfrac></math>"),
        ("$\\sqrt{n}$", "<math><msqrt><mi>n</mi></msqrt></math>"),
        ("$\\sqrt[3]{x}$", "<math><mroot><mi>x</mi><mn>3</mn></mroot></math>"),
        ("$\\text{if } x$", "<math><mtext>if\u{A0}</mtext><mi>x</mi></math>"),
        ("$\\mathrm{KL}$", "<math><mtext>KL</mtext></math>"),
        ("$\\operatorname{softmax}(z)$", "<math><mi>softmax</mi><mo>(</mo><mi>z</mi><mo>)</mo></math>"),
        ("$\\mathbb{R}^d$", "<math><msup><mi>ℝ</mi><mi>d</mi></msup></math>"),
        ("$\\mathcal{O}(\\log n)$", "<math><mi>𝒪</mi><mo>(</mo><mi>log</mi><mi>n</mi><mo>)</mo></math>"),
        ("$\\mathcal{D}$", "<math><mi>𝒟</mi></math>"),
        ("$\\mathbf{x}$", "<math><mi>𝐱</mi></math>"),
        ("$\\ell_2$", "<math><msub><mi>ℓ</mi><mn>2</mn></msub></math>"),
        ("$10\\%$", "<math><mn>10</mn><mo>%</mo></math>"),
        ("$\\{0, 1\\}$", "<math><mo>{</mo><mn>0</mn><mo>,</mo><mn>1</mn><mo>}</mo></math>"),
        ("$\\left(\\frac{a}{b}\\right)$", "<math><mrow><mo>(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo>)</mo></mrow></math>"),
        ("$\\left\\{x\\right.$", "<math><mrow><mo>{</mo><mi>x</mi></mrow></math>"),
        ("$\\hat{y}$", "<math><mover accent=\"true\"><mi>y</mi><mo>^</mo></mover></math>"),
        ("$a \\approx b \\leq c \\geq d \\neq e$", "<math><mi>a</mi><mo>≈</mo><mi>b</mi><mo>≤</mo><mi>c</mi><mo>≥</mo><mi>d</mi><mo>≠</mo><mi>e</mi></math>"),
        ("$\\pm 1 \\cdot 2$", "<math><mo>±</mo><mn>1</mn><mo>⋅</mo><mn>2</mn></math>"),
        ("$n \\to \\infty$", "<math><mi>n</mi><mo>→</mo><mi>∞</mi></math>"),
        ("$x \\sim p, x \\in S$", "<math><mi>x</mi><mo>∼</mo><mi>p</mi><mo>,</mo><mi>x</mi><mo>∈</mo><mi>S</mi></math>"),
        ("$\\sum_{i=1}^n x_i$", "<math><msubsup><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></msubsup><msub><mi>x</mi><mi>i</mi></msub></math>"),
        ("$$\\sum_{i=1}^n x_i$$", "<math display=\"block\"><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub></math>"),
        ("\\(a<b\\)", "<math><mi>a</mi><mo>&lt;</mo><mi>b</mi></math>"),
        ("\\[E = mc^2\\]", "<math display=\"block\"><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>"),
        ("$\\binom{n}{k}$", "<math><mrow><mo>(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo>)</mo></mrow></math>"),
        ("$f'(x)$", "<math><mi>f</mi><mo>′</mo><mo>(</mo><mi>x</mi><mo>)</mo></math>"),
        ("$a\\,b$", "<math><mi>a</mi><mspace width=\"0.1667em\"/><mi>b</mi></math>"),
        ("$\\big( x \\big)$", "<math><mo>(</mo><mi>x</mi><mo>)</mo></math>"),
        ("$x^a_b$", "<math><msubsup><mi>x</mi><mi>b</mi><mi>a</mi></msubsup></math>"),
        ("$\\sqrt[n+1]{x}$", "<math><mroot><mi>x</mi><mrow><mi>n</mi><mo>+</mo><mn>1</mn></mrow></mroot></math>"),
        ("$\\text{a {b} \\% c}$", "<math><mtext>a\u{A0}b\u{A0}%\u{A0}c</mtext></math>"),
        ("$\\mathbb{N} \\mathfrak{g}$", "<math><mi>ℕ</mi><mi>𝔤</mi></math>"),
        ("$\\left| x \\right\\|$", "<math><mrow><mo>|</mo><mi>x</mi><mo>‖</mo></mrow></math>"),
        ("$\\lim_{n\\to\\infty} a_n$", "<math><msub><mi>lim</mi><mrow><mi>n</mi><mo>→</mo><mi>∞</mi></mrow></msub><msub><mi>a</mi><mi>n</mi></msub></math>"),
        ("$$\\lim_{n} a$$", "<math display=\"block\"><munder><mi>lim</mi><mi>n</mi></munder><mi>a</mi></math>"),
        ("$\\frac{1}$", "<math><mfrac><mn>1</mn><mrow></mrow></mfrac></math>"),
        ("$}$", "<math><mo>}</mo></math>"),
    ])
    func convertsMath(tex: String, mathML: String) {
        #expect(renderer.render(tex) == "<p>\(mathML)</p>\n")
    }

    /// Every Greek letter, by macro and typed directly; capitals upright as in TeX.
    @Test(arguments: [
        ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ϵ"), ("varepsilon", "ε"),
        ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "ϑ"), ("iota", "ι"), ("kappa", "κ"),
        ("lambda", "λ"), ("mu", "μ"), ("nu", "ν"), ("xi", "ξ"), ("omicron", "ο"), ("pi", "π"), ("rho", "ρ"),
        ("sigma", "σ"), ("varsigma", "ς"), ("tau", "τ"), ("upsilon", "υ"), ("phi", "ϕ"), ("varphi", "φ"),
        ("chi", "χ"), ("psi", "ψ"), ("omega", "ω"),
    ])
    func lowercaseGreek(name: String, letter: String) {
        #expect(renderer.render("$\\\(name)$") == "<p><math><mi>\(letter)</mi></math></p>\n")
        #expect(renderer.render("$\(letter)$") == "<p><math><mi>\(letter)</mi></math></p>\n")
    }

    @Test(arguments: [
        ("Alpha", "Α"), ("Beta", "Β"), ("Gamma", "Γ"), ("Delta", "Δ"), ("Epsilon", "Ε"), ("Zeta", "Ζ"),
        ("Eta", "Η"), ("Theta", "Θ"), ("Iota", "Ι"), ("Kappa", "Κ"), ("Lambda", "Λ"), ("Mu", "Μ"),
        ("Nu", "Ν"), ("Xi", "Ξ"), ("Omicron", "Ο"), ("Pi", "Π"), ("Rho", "Ρ"), ("Sigma", "Σ"),
        ("Tau", "Τ"), ("Upsilon", "Υ"), ("Phi", "Φ"), ("Chi", "Χ"), ("Psi", "Ψ"), ("Omega", "Ω"),
    ])
    func uppercaseGreek(name: String, letter: String) {
        #expect(renderer.render("$\\\(name)$") == "<p><math><mi mathvariant=\"normal\">\(letter)</mi></math></p>\n")
    }

    @Test func unknownMacroStaysVisible() {
        #expect(renderer.render("$\\foo x$") == "<p><math><merror><mtext>\\foo</mtext></merror><mi>x</mi></math></p>\n")
    }

    @Test func displayMathOnItsOwnLine() {
        #expect(renderer.render("Before\n\n$$x$$\n\nAfter") == """
            <p>Before</p>
            <p><math display="block"><mi>x</mi></math></p>
            <p>After</p>

            """)
    }
}
