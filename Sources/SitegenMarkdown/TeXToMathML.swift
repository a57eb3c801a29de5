/// Converts TeX math — the text between `$…$`, `\(…\)` and the like — to a MathML
/// `<math>` element.
///
/// A recursive-descent parser over Unicode scalars that writes MathML as it goes. It
/// follows TeX's grouping rules (`x^23` raises only the 2; a `{…}` group is one `<mrow>`,
/// or just its element when it holds one) and never drops input: an unknown macro becomes
/// an `<merror>` naming it, a stray brace an `<mo>`. Every character from the input is
/// escaped. Nesting deeper than `maximumDepth` is shown as an error instead of recursing.
struct TeXToMathML {
    private enum RowEnd { case end, closeBrace, closeBracket, right }

    private static let maximumDepth = 40
    /// Macros whose argument is set as upright text in an `<mtext>`.
    private static let textMacros: Set<String> = [
        "text", "textrm", "textnormal", "textup", "textit", "textbf", "texttt", "emph", "mathrm", "mbox",
    ]
    private static let fractionMacros: Set<String> = ["frac", "dfrac", "tfrac", "cfrac"]
    private static let binomialMacros: Set<String> = ["binom", "dbinom", "tbinom"]

    private let scalars: [Unicode.Scalar]
    private let display: Bool
    private var position = 0
    private var depth = 0
    /// The font selected by an enclosing `\mathbb{…}` and the like.
    private var alphabet = MathAlphabet.plain

    private init(_ tex: String, display: Bool) {
        scalars = Array(tex.unicodeScalars)
        self.display = display
    }

    static func mathML(for tex: String, display: Bool) -> String {
        var parser = TeXToMathML(tex, display: display)
        let elements = parser.parseRow(until: .end)
        return (display ? "<math display=\"block\">" : "<math>") + elements.joined() + "</math>"
    }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private mutating func skipSpaces() {
        while let scalar = current, scalar.properties.isWhitespace { position += 1 }
    }

    /// Elements up to `end`, which is consumed unless it is `\right` (left for `\left`).
    private mutating func parseRow(until end: RowEnd) -> [String] {
        var elements: [String] = []
        while true {
            skipSpaces()
            guard let scalar = current else { break }
            if (scalar == "}" && end == .closeBrace) || (scalar == "]" && end == .closeBracket) {
                position += 1
                break
            }
            if end == .right, commandName(at: position) == "right" { break }
            let element = parseScripted()
            if !element.isEmpty { elements.append(element) }
        }
        return elements
    }

    /// An atom with any `_` and `^` scripts attached.
    private mutating func parseScripted() -> String {
        var base = ""
        var takesLimits = false
        if current != "_", current != "^" {
            (base, takesLimits) = parseAtom()
        }
        var belowOrSub: String?
        var aboveOrSup: String?
        while true {
            skipSpaces()
            if current == "_", belowOrSub == nil {
                position += 1
                belowOrSub = parseArgument()
            } else if current == "^", aboveOrSup == nil {
                position += 1
                aboveOrSup = parseArgument()
            } else {
                break
            }
        }
        if belowOrSub == nil, aboveOrSup == nil { return base }
        if base.isEmpty { base = "<mrow></mrow>" }
        takesLimits = takesLimits && display
        switch (belowOrSub, aboveOrSup) {
        case let (sub?, sup?): return element(takesLimits ? "munderover" : "msubsup", base + sub + sup)
        case let (sub?, nil): return element(takesLimits ? "munder" : "msub", base + sub)
        case let (nil, sup?): return element(takesLimits ? "mover" : "msup", base + sup)
        case (nil, nil): return base
        }
    }

    /// A macro's argument or a script: a `{…}` group, a macro, or a single character.
    private mutating func parseArgument() -> String {
        skipSpaces()
        guard let scalar = current else { return "<mrow></mrow>" }
        if scalar.properties.numericType == .decimal {
            position += 1
            return element("mn", HTMLEscaping.escaped(String(scalar)))
        }
        return parseAtom().mathML
    }

    /// One group, macro, number, letter or other character; `takesLimits` tells whether
    /// scripts on it go under and over in display math.
    private mutating func parseAtom() -> (mathML: String, takesLimits: Bool) {
        depth += 1
        defer { depth -= 1 }
        guard let scalar = current else { return ("", false) }
        guard depth <= Self.maximumDepth else {
            let rest = String(String.UnicodeScalarView(scalars[position...]))
            position = scalars.count
            return (element("merror", element("mtext", HTMLEscaping.escaped(rest))), false)
        }
        switch scalar {
        case "{":
            position += 1
            return (grouped(parseRow(until: .closeBrace)), false)
        case "\\":
            return parseCommand()
        case "'":
            position += 1
            return (element("mo", "′"), false)
        case "~":
            position += 1
            return (MathSymbol.space("0.3333em").mathML, false)
        default:
            position += 1
            if scalar.properties.numericType == .decimal {
                return (element("mn", HTMLEscaping.escaped(String(scalar) + restOfNumber())), false)
            }
            if scalar.properties.isAlphabetic {
                return (element("mi", HTMLEscaping.escaped(String(alphabet.map(scalar)))), false)
            }
            return (element("mo", HTMLEscaping.escaped(String(scalar))), false)
        }
    }

    /// The digits (and one decimal point between digits) following a number's first digit.
    private mutating func restOfNumber() -> String {
        var digits = ""
        while let scalar = current {
            if scalar.properties.numericType == .decimal {
                digits.unicodeScalars.append(scalar)
            } else if scalar == ".", !digits.contains("."),
                      position + 1 < scalars.count, scalars[position + 1].properties.numericType == .decimal {
                digits.unicodeScalars.append(scalar)
            } else {
                break
            }
            position += 1
        }
        return digits
    }

    /// The macro at the backslash at `position`, with its arguments.
    private mutating func parseCommand() -> (mathML: String, takesLimits: Bool) {
        let name = commandName(at: position) ?? ""
        position += 1 + name.unicodeScalars.count
        if name.isEmpty {
            return (element("merror", element("mtext", "\\")), false)
        }
        if Self.fractionMacros.contains(name) {
            return (element("mfrac", parseArgument() + parseArgument()), false)
        }
        if Self.binomialMacros.contains(name) {
            let fraction = "<mfrac linethickness=\"0\">" + parseArgument() + parseArgument() + "</mfrac>"
            return (element("mrow", element("mo", "(") + fraction + element("mo", ")")), false)
        }
        if Self.textMacros.contains(name) {
            return (element("mtext", textArgument()), false)
        }
        if let font = MathAlphabet.macros[name] {
            let enclosing = alphabet
            alphabet = font
            defer { alphabet = enclosing }
            return (parseArgument(), false)
        }
        if let accent = MathSymbols.accents[name] {
            return ("<mover accent=\"true\">" + parseArgument() + element("mo", HTMLEscaping.escaped(accent)) + "</mover>", false)
        }
        if let symbol = MathSymbols.table[name] {
            return (symbol.mathML, symbol.takesLimits)
        }
        switch name {
        case "sqrt": return (parseRoot(), false)
        case "left": return (parseLeftRight(), false)
        case "right": return (parseDelimiter(), false)
        case "operatorname": return (element("mi", textArgument()), false)
        default: return (element("merror", element("mtext", "\\" + HTMLEscaping.escaped(name))), false)
        }
    }

    /// `\sqrt{x}` or `\sqrt[n]{x}`, after the macro name.
    private mutating func parseRoot() -> String {
        skipSpaces()
        guard current == "[" else { return element("msqrt", parseArgument()) }
        position += 1
        let index = grouped(parseRow(until: .closeBracket))
        return element("mroot", parseArgument() + index)
    }

    /// `\left( … \right)`, after `\left`: one `<mrow>` holding the delimiters and the contents.
    private mutating func parseLeftRight() -> String {
        let open = parseDelimiter()
        let contents = parseRow(until: .right).joined()
        var close = ""
        if commandName(at: position) == "right" {
            position += 1 + "right".count
            close = parseDelimiter()
        }
        return element("mrow", open + contents + close)
    }

    /// The delimiter after `\left`, `\right` (`.` means none).
    private mutating func parseDelimiter() -> String {
        skipSpaces()
        guard let scalar = current else { return "" }
        if scalar == "\\" { return parseCommand().mathML }
        position += 1
        return scalar == "." ? "" : element("mo", HTMLEscaping.escaped(String(scalar)))
    }

    /// The escaped text of a `\text{…}`-style argument. TeX escapes such as `\%` give their
    /// character, other macros stay as written, and spaces become no-break spaces so
    /// MathML keeps them at the edges.
    private mutating func textArgument() -> String {
        skipSpaces()
        guard let first = current else { return "" }
        position += 1
        guard first == "{" else { return HTMLEscaping.escaped(String(first)) }
        var text = ""
        var openBraces = 0
        while let scalar = current {
            position += 1
            switch scalar {
            case "{":
                openBraces += 1
                continue
            case "}" where openBraces == 0:
                return HTMLEscaping.escaped(text)
            case "}":
                openBraces -= 1
                continue
            case "\\":
                if let escaped = current, "&%_#${} ".unicodeScalars.contains(escaped) {
                    position += 1
                    text.unicodeScalars.append(escaped == " " ? "\u{A0}" : escaped)
                    continue
                }
            case " ", "\n", "\t":
                text.unicodeScalars.append("\u{A0}")
                continue
            default: break
            }
            text.unicodeScalars.append(scalar)
        }
        return HTMLEscaping.escaped(text)
    }

    /// The name of the macro whose backslash is at `offset`: a run of ASCII letters or
    /// one other character; nil if there is no backslash there or nothing after it.
    private func commandName(at offset: Int) -> String? {
        guard offset + 1 < scalars.count, scalars[offset] == "\\" else { return nil }
        var end = offset + 1
        while end < scalars.count, scalars[end].isASCII, UInt8(scalars[end].value).isASCIILetter { end += 1 }
        if end == offset + 1 { end += 1 }
        return String(String.UnicodeScalarView(scalars[offset + 1..<end]))
    }

    /// The elements of a group as one element: the element itself if there is one, else an `<mrow>`.
    private func grouped(_ elements: [String]) -> String {
        elements.count == 1 ? elements[0] : element("mrow", elements.joined())
    }

    private func element(_ name: String, _ content: String) -> String {
        "<\(name)>\(content)</\(name)>"
    }
}
