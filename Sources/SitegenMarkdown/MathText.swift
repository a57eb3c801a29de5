/// How TeX math reads as plain text, for `TeXToMathML` in its text mode: the characters of each
/// element, spaces around relations and named functions, Unicode scripts where every character
/// has one, and a last tidy of the spaces.
enum MathText {
    /// `text` as the element `name` would show it: a named function (`log`, a multi-letter `<mi>`)
    /// and a relation (`=`, `≤`, `→`) stand between spaces, so does a binary operator after an
    /// operand (`a + b`, but `-1`, `(-x)`); punctuation is followed by one (`f(x, y)`); no-break
    /// spaces (from `\text{…}`) are plain spaces.
    static func append<Text: Sequence<Unicode.Scalar>>(_ text: Text, as name: String, to output: inout String) {
        var iterator = text.makeIterator()
        if let only = iterator.next(), iterator.next() == nil, only.isASCII, only.properties.isAlphabetic || only.properties.numericType != nil {
            output.unicodeScalars.append(only)  // a letter or digit: the usual element, nothing around it
            return
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.lazy.map { $0 == "\u{A0}" ? " " : $0 })
        let single = scalars.count == 1 ? scalars.first : nil
        let spacedBefore: Bool
        let spacedAfter: Bool
        if name == "mi" && scalars.count > 1 {
            (spacedBefore, spacedAfter) = (true, true)
        } else if name == "mo", let single, relations.contains(single) {
            (spacedBefore, spacedAfter) = (true, true)
        } else if name == "mo", let single, binaryOperators.contains(single) {
            let last = output.unicodeScalars.last
            let afterOperand = last.map { $0 != " " && !openers.contains($0) } ?? false
            (spacedBefore, spacedAfter) = (afterOperand, afterOperand)
        } else if name == "mo", let single, punctuation.contains(single) {
            (spacedBefore, spacedAfter) = (false, true)
        } else {
            (spacedBefore, spacedAfter) = (false, false)
        }
        if spacedBefore { output += " " }
        output.unicodeScalars.append(contentsOf: scalars)
        if spacedAfter { output += " " }
    }

    private static let binaryOperators: Set<Unicode.Scalar> = [
        "+", "-", "×", "÷", "±", "∓", "⋅", "∗", "∘", "⊕", "⊖", "⊗", "⊙", "∪", "∩", "∖", "∧", "∨",
    ]
    private static let punctuation: Set<Unicode.Scalar> = [",", ";", ":"]

    /// Relations and arrows, set apart by spaces: `a = b`, `x → y`.
    private static let relations: Set<Unicode.Scalar> = [
        "∣", "=", "<", ">", "≤", "≥", "⩽", "⩾", "≠", "≈", "∼", "≃", "≅", "≡", "∝", "≪", "≫", "≲", "≳", "≺", "≻",
        "⪯", "⪰", "⊂", "⊆", "⊃", "⊇", "∈", "∉", "∋", "⊢", "⊨", "≜", "≔", "→", "←", "↔", "⇒", "⇐", "⇔",
        "⟹", "⟺", "↦", "⟶",
    ]

    /// A subscript or superscript after its base: Unicode script characters when every character
    /// has one (`x²`, `10⁻³`, `ℓ₁`), else `_`/`^` and the script, in parentheses when it is more
    /// than letters and digits (`d_model`, `x^(n+1)`).
    static func script(_ text: Substring, superscript: Bool) -> String {
        let script = tidied(String(text))
        let table = superscript ? superscripts : subscripts
        let compact = script.unicodeScalars.filter { $0 != " " }
        if !compact.isEmpty, compact.allSatisfy({ table[$0] != nil }) {
            return String(String.UnicodeScalarView(compact.map { table[$0]! }))
        }
        return (superscript ? "^" : "_") + operand(script)
    }

    /// `text` as one operand of `/` or a script: in parentheses unless it is one character or
    /// letters and digits only.
    static func operand(_ text: String) -> String {
        let text = tidied(text)
        let simple = text.unicodeScalars.count <= 1
            || text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        return simple ? text : "(\(text))"
    }

    /// Spaces as a reader expects them: runs of spaces as one, none at the ends, none inside
    /// brackets (`( x` → `(x`) or before a comma.
    static func tidied(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace, !closers.contains(scalar), let last = out.last, !openers.contains(last) {
                out.append(" ")
            }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    private static let openers: Set<Unicode.Scalar> = ["(", "[", "{", "⟨", "⌈", "⌊", "|"]
    private static let closers: Set<Unicode.Scalar> = [")", "]", "}", "⟩", "⌉", "⌋", ",", ";", "|", "!", "′"]

    private static let superscripts: [Unicode.Scalar: Unicode.Scalar] = pairs(
        "0123456789+-=()abcdefghijklmnoprstuvwxyzT′", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀ′")
    private static let subscripts: [Unicode.Scalar: Unicode.Scalar] = pairs(
        "0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ")

    /// The combining mark each math accent puts on a single letter (`\tilde{O}` → `Õ`).
    static let combiningAccents: [String: Unicode.Scalar] = [
        "hat": "\u{0302}", "widehat": "\u{0302}", "bar": "\u{0304}", "overline": "\u{0305}", "tilde": "\u{0303}",
        "widetilde": "\u{0303}", "vec": "\u{20D7}", "dot": "\u{0307}", "ddot": "\u{0308}", "check": "\u{030C}",
        "breve": "\u{0306}", "acute": "\u{0301}", "grave": "\u{0300}",
    ]

    /// `base` with the accent `name`: combined when `base` is one character, else followed by `spacing`.
    static func accented(_ base: String, name: String, spacing: String) -> String {
        guard base.unicodeScalars.count == 1, let mark = combiningAccents[name] else { return base + spacing }
        var combined = base
        combined.unicodeScalars.append(mark)
        return combined
    }

    private static func pairs(_ from: String, _ to: String) -> [Unicode.Scalar: Unicode.Scalar] {
        Dictionary(uniqueKeysWithValues: zip(from.unicodeScalars, to.unicodeScalars))
    }
}

extension MathSymbol {
    /// The symbol as plain text (`MathText`): its character, a named function between spaces,
    /// a space for a space.
    func appendText(to output: inout String) {
        switch self {
        case .identifier(let name), .uprightIdentifier(let name): output += name
        case .function(let name), .limitFunction(let name): output += " \(name) "
        case .operator(let symbol), .largeOperator(let symbol): MathText.append(symbol.unicodeScalars, as: "mo", to: &output)
        case .space: output += " "
        case .ignored: break
        }
    }
}
