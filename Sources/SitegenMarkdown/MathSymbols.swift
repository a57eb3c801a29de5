/// What a TeX math macro without arguments stands for, and how it becomes MathML.
enum MathSymbol {
    /// A variable-like symbol, `<mi>` (italic when a single character).
    case identifier(String)
    /// An identifier set upright, like capital Greek: `<mi mathvariant="normal">`.
    case uprightIdentifier(String)
    /// A named function such as `log`: a multi-letter `<mi>`, which renders upright.
    case function(String)
    /// A function such as `lim` or `max` whose subscript goes underneath in display math.
    case limitFunction(String)
    /// An operator, relation or delimiter: `<mo>`.
    case `operator`(String)
    /// A big operator such as `∑` whose scripts go under and over in display math.
    case largeOperator(String)
    /// Horizontal space of the given width.
    case space(String)
    /// A macro that only changes sizes or styles (`\big`, `\displaystyle`): no output.
    case ignored

    /// Appends this symbol's MathML to `output`.
    func append(to output: inout String) {
        switch self {
        case .identifier(let name): element("<mi>", name, "</mi>", to: &output)
        case .uprightIdentifier(let name): element("<mi mathvariant=\"normal\">", name, "</mi>", to: &output)
        case .function(let name), .limitFunction(let name): element("<mi>", name, "</mi>", to: &output)
        case .operator(let symbol), .largeOperator(let symbol): element("<mo>", symbol, "</mo>", to: &output)
        case .space(let width): output += "<mspace width=\"\(width)\"/>"
        case .ignored: break
        }
    }

    private func element(_ open: String, _ text: String, _ close: String, to output: inout String) {
        output += open
        HTMLEscaping.append(text.unicodeScalars, to: &output)
        output += close
    }

    /// Whether scripts attached to this symbol go under and over it in display math.
    var takesLimits: Bool {
        switch self {
        case .limitFunction, .largeOperator: true
        default: false
        }
    }
}

/// The argument-less TeX math macros, by name (without the backslash). A macro missing
/// here is shown as an error naming it, by `TeXToMathML`.
enum MathSymbols {
    static let table: [String: MathSymbol] = greek.merging(others) { first, _ in first }

    private static let greek: [String: MathSymbol] = {
        let lower: [(String, String)] = [
            ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ϵ"),
            ("varepsilon", "ε"), ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "ϑ"),
            ("iota", "ι"), ("kappa", "κ"), ("varkappa", "ϰ"), ("lambda", "λ"), ("mu", "μ"),
            ("nu", "ν"), ("xi", "ξ"), ("omicron", "ο"), ("pi", "π"), ("varpi", "ϖ"), ("rho", "ρ"),
            ("varrho", "ϱ"), ("sigma", "σ"), ("varsigma", "ς"), ("tau", "τ"), ("upsilon", "υ"),
            ("phi", "ϕ"), ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"), ("omega", "ω"), ("digamma", "ϝ"),
        ]
        let upper: [(String, String)] = [
            ("Alpha", "Α"), ("Beta", "Β"), ("Gamma", "Γ"), ("Delta", "Δ"), ("Epsilon", "Ε"),
            ("Zeta", "Ζ"), ("Eta", "Η"), ("Theta", "Θ"), ("Iota", "Ι"), ("Kappa", "Κ"),
            ("Lambda", "Λ"), ("Mu", "Μ"), ("Nu", "Ν"), ("Xi", "Ξ"), ("Omicron", "Ο"), ("Pi", "Π"),
            ("Rho", "Ρ"), ("Sigma", "Σ"), ("Tau", "Τ"), ("Upsilon", "Υ"), ("Phi", "Φ"),
            ("Chi", "Χ"), ("Psi", "Ψ"), ("Omega", "Ω"),
        ]
        var table: [String: MathSymbol] = [:]
        for (name, letter) in lower { table[name] = .identifier(letter) }
        for (name, letter) in upper { table[name] = .uprightIdentifier(letter) }
        return table
    }()

    private static let others: [String: MathSymbol] = [
        // Binary operators
        "times": .operator("×"), "div": .operator("÷"), "pm": .operator("±"), "mp": .operator("∓"),
        "cdot": .operator("⋅"), "ast": .operator("∗"), "star": .operator("⋆"), "circ": .operator("∘"),
        "bullet": .operator("∙"), "oplus": .operator("⊕"), "ominus": .operator("⊖"),
        "otimes": .operator("⊗"), "odot": .operator("⊙"), "cup": .operator("∪"), "cap": .operator("∩"),
        "setminus": .operator("∖"), "wedge": .operator("∧"), "land": .operator("∧"),
        "vee": .operator("∨"), "lor": .operator("∨"), "neg": .operator("¬"), "lnot": .operator("¬"),
        "bmod": .operator("mod"),
        // Relations
        "leq": .operator("≤"), "le": .operator("≤"), "geq": .operator("≥"), "ge": .operator("≥"),
        "leqslant": .operator("⩽"), "geqslant": .operator("⩾"), "neq": .operator("≠"), "ne": .operator("≠"),
        "approx": .operator("≈"), "sim": .operator("∼"), "simeq": .operator("≃"), "cong": .operator("≅"),
        "equiv": .operator("≡"), "propto": .operator("∝"), "ll": .operator("≪"), "gg": .operator("≫"),
        "lesssim": .operator("≲"), "gtrsim": .operator("≳"), "prec": .operator("≺"), "succ": .operator("≻"),
        "preceq": .operator("⪯"), "succeq": .operator("⪰"), "subset": .operator("⊂"),
        "subseteq": .operator("⊆"), "supset": .operator("⊃"), "supseteq": .operator("⊇"),
        "in": .operator("∈"), "notin": .operator("∉"), "ni": .operator("∋"), "mid": .operator("∣"),
        "parallel": .operator("∥"), "perp": .operator("⊥"), "vdash": .operator("⊢"),
        "models": .operator("⊨"), "triangleq": .operator("≜"), "coloneqq": .operator("≔"),
        "colon": .operator(":"),
        // Arrows
        "to": .operator("→"), "rightarrow": .operator("→"), "leftarrow": .operator("←"),
        "gets": .operator("←"), "leftrightarrow": .operator("↔"), "Rightarrow": .operator("⇒"),
        "Leftarrow": .operator("⇐"), "Leftrightarrow": .operator("⇔"), "implies": .operator("⟹"),
        "iff": .operator("⟺"), "mapsto": .operator("↦"), "uparrow": .operator("↑"),
        "downarrow": .operator("↓"), "longrightarrow": .operator("⟶"),
        // Delimiters and escaped characters
        "{": .operator("{"), "}": .operator("}"), "|": .operator("‖"), "%": .operator("%"),
        "&": .operator("&"), "#": .operator("#"), "$": .operator("$"), "_": .operator("_"),
        "langle": .operator("⟨"), "rangle": .operator("⟩"), "lceil": .operator("⌈"),
        "rceil": .operator("⌉"), "lfloor": .operator("⌊"), "rfloor": .operator("⌋"),
        "vert": .operator("|"), "lvert": .operator("|"), "rvert": .operator("|"),
        "Vert": .operator("‖"), "lVert": .operator("‖"), "rVert": .operator("‖"),
        "lbrace": .operator("{"), "rbrace": .operator("}"),
        // Other symbols
        "infty": .identifier("∞"), "partial": .identifier("∂"), "nabla": .identifier("∇"),
        "forall": .operator("∀"), "exists": .operator("∃"), "nexists": .operator("∄"),
        "emptyset": .identifier("∅"), "varnothing": .identifier("∅"), "ell": .identifier("ℓ"),
        "hbar": .identifier("ℏ"), "aleph": .identifier("ℵ"), "Re": .identifier("ℜ"),
        "Im": .identifier("ℑ"), "wp": .identifier("℘"), "imath": .identifier("ı"),
        "jmath": .identifier("ȷ"), "top": .identifier("⊤"), "bot": .identifier("⊥"),
        "prime": .operator("′"), "ldots": .operator("…"), "dots": .operator("…"),
        "cdots": .operator("⋯"), "vdots": .operator("⋮"), "ddots": .operator("⋱"),
        // Big operators
        "sum": .largeOperator("∑"), "prod": .largeOperator("∏"), "coprod": .largeOperator("∐"),
        "int": .largeOperator("∫"), "iint": .largeOperator("∬"), "oint": .largeOperator("∮"),
        "bigcup": .largeOperator("⋃"), "bigcap": .largeOperator("⋂"),
        "bigoplus": .largeOperator("⨁"), "bigotimes": .largeOperator("⨂"),
        // Named functions
        "log": .function("log"), "ln": .function("ln"), "lg": .function("lg"), "exp": .function("exp"),
        "sin": .function("sin"), "cos": .function("cos"), "tan": .function("tan"),
        "sec": .function("sec"), "csc": .function("csc"), "cot": .function("cot"),
        "arcsin": .function("arcsin"), "arccos": .function("arccos"), "arctan": .function("arctan"),
        "sinh": .function("sinh"), "cosh": .function("cosh"), "tanh": .function("tanh"),
        "arg": .function("arg"), "deg": .function("deg"), "det": .function("det"),
        "dim": .function("dim"), "ker": .function("ker"), "hom": .function("hom"),
        "gcd": .function("gcd"), "Pr": .function("Pr"),
        "lim": .limitFunction("lim"), "liminf": .limitFunction("lim inf"),
        "limsup": .limitFunction("lim sup"), "max": .limitFunction("max"), "min": .limitFunction("min"),
        "sup": .limitFunction("sup"), "inf": .limitFunction("inf"),
        "argmax": .limitFunction("arg max"), "argmin": .limitFunction("arg min"),
        // Spaces
        ",": .space("0.1667em"), ":": .space("0.2222em"), ">": .space("0.2222em"),
        ";": .space("0.2778em"), " ": .space("0.3333em"), "!": .space("-0.1667em"),
        "quad": .space("1em"), "qquad": .space("2em"), "\\": .space("1em"),
        // Size and style switches
        "big": .ignored, "Big": .ignored, "bigg": .ignored, "Bigg": .ignored,
        "bigl": .ignored, "bigr": .ignored, "Bigl": .ignored, "Bigr": .ignored,
        "biggl": .ignored, "biggr": .ignored, "Biggl": .ignored, "Biggr": .ignored,
        "displaystyle": .ignored, "textstyle": .ignored, "scriptstyle": .ignored,
        "limits": .ignored, "nolimits": .ignored,
    ]

    /// The mark each accent macro sets over its argument (`\hat{x}`).
    static let accents: [String: String] = [
        "hat": "^", "widehat": "^", "bar": "¯", "overline": "¯", "tilde": "~", "widetilde": "~",
        "vec": "→", "dot": "˙", "ddot": "¨", "check": "ˇ", "breve": "˘", "acute": "´", "grave": "`",
    ]
}
