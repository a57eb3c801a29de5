/// The macros of TeX math: structures with arguments (`\frac`, `\sqrt`, `\left…\right`,
/// `\text`, fonts, accents) handled here, argument-less symbols looked up in `MathSymbols`.
extension TeXToMathML {
    /// Macros whose argument is set as upright text in an `<mtext>`.
    private static let textMacros: Set<String> = [
        "text", "textrm", "textnormal", "textup", "textit", "textbf", "texttt", "emph", "mathrm", "mbox",
    ]
    private static let fractionMacros: Set<String> = ["frac", "dfrac", "tfrac", "cfrac"]
    private static let binomialMacros: Set<String> = ["binom", "dbinom", "tbinom"]

    /// The macro at the backslash at `position`, with its arguments; returns whether
    /// scripts on it go under and over in display math.
    mutating func parseMacro() -> Bool {
        let name = commandName(at: position) ?? ""
        position += 1 + name.unicodeScalars.count
        if let symbol = MathSymbols.table[name] {
            if asText {
                symbol.appendText(to: &output)
            } else {
                symbol.append(to: &output)
            }
            return symbol.takesLimits
        }
        if asText, let text = textStructure(name) {
            output += text
        } else if Self.fractionMacros.contains(name) {
            appendElement(parsing: "mfrac", arguments: 2)
        } else if Self.binomialMacros.contains(name) {
            output += "<mrow><mo>(</mo><mfrac linethickness=\"0\">"
            parseArgument()
            parseArgument()
            output += "</mfrac><mo>)</mo></mrow>"
        } else if Self.textMacros.contains(name) {
            appendElement("mtext", textArgument())
        } else if name == "operatorname" {
            appendElement("mi", textArgument())
        } else if let font = MathAlphabet.macros[name] {
            let enclosing = alphabet
            alphabet = font
            parseArgument()
            alphabet = enclosing
        } else if let accent = MathSymbols.accents[name], asText {
            output += MathText.accented(MathText.tidied(textOfArgument()), name: name, spacing: accent)
        } else if let accent = MathSymbols.accents[name] {
            output += "<mover accent=\"true\">"
            parseArgument()
            appendElement("mo", accent.unicodeScalars)
            output += "</mover>"
        } else if name == "sqrt" {
            parseRoot()
        } else if name == "left" {
            parseLeftRight()
        } else if name == "right" {
            parseDelimiter()
        } else {
            appendError("\\".unicodeScalars + name.unicodeScalars)
        }
        return false
    }

    /// As text, the structures whose parts need words or signs between them: `a/b`, `√x`,
    /// `(n choose k)`; nil for any other macro.
    private mutating func textStructure(_ name: String) -> String? {
        if Self.fractionMacros.contains(name) {
            let numerator = textOfArgument()
            return MathText.operand(numerator) + "/" + MathText.operand(textOfArgument())
        }
        if Self.binomialMacros.contains(name) {
            let n = textOfArgument()
            return "(\(n) choose \(textOfArgument()))"
        }
        guard name == "sqrt" else { return nil }
        skipSpaces()
        var index = ""
        if current == "[" {
            position += 1
            let start = output.utf8.count
            parseGroup(until: .closeBracket)
            index = MathText.script(cut(from: start), superscript: true)
        }
        return index + "√" + MathText.operand(textOfArgument())
    }

    /// The next argument as text, taken back out of `output`.
    private mutating func textOfArgument() -> String {
        let start = output.utf8.count
        parseArgument()
        return String(cut(from: start))
    }

    /// `<name>` around the next `count` arguments.
    private mutating func appendElement(parsing name: String, arguments count: Int) {
        let start = output.utf8.count
        for _ in 0..<count { parseArgument() }
        wrap(from: start, in: name)
    }

    /// `\sqrt{x}` or `\sqrt[n]{x}`, after the macro name. MathML puts the index last.
    private mutating func parseRoot() {
        skipSpaces()
        guard current == "[" else {
            appendElement(parsing: "msqrt", arguments: 1)
            return
        }
        position += 1
        let start = output.utf8.count
        parseGroup(until: .closeBracket)
        let index = cut(from: start)
        output += "<mroot>"
        parseArgument()
        output += index + "</mroot>"
    }

    /// `\left( … \right)`, after `\left`: one `<mrow>` holding the delimiters and contents.
    private mutating func parseLeftRight() {
        appendMarkup("<mrow>")
        parseDelimiter()
        parseRow(until: .right)
        if commandName(at: position) == "right" {
            position += 1 + "right".count
            parseDelimiter()
        }
        appendMarkup("</mrow>")
    }

    /// The delimiter after `\left` or `\right`; `.` means none.
    private mutating func parseDelimiter() {
        skipSpaces()
        guard let scalar = current else { return }
        if scalar == "\\" {
            parseAtom()  // not parseMacro directly: parseAtom bounds the nesting of `\left\left…`
            return
        }
        position += 1
        if scalar != "." { appendElement("mo", CollectionOfOne(scalar)) }
    }

    /// The text of a `\text{…}`-style argument. TeX escapes such as `\%` give their
    /// character, other macros stay as written, and spaces become no-break spaces so
    /// MathML keeps them at the edges.
    private mutating func textArgument() -> [Unicode.Scalar] {
        skipSpaces()
        guard let first = current else { return [] }
        position += 1
        guard first == "{" else { return [first] }
        var text: [Unicode.Scalar] = []
        var openBraces = 0
        while let scalar = current {
            position += 1
            switch scalar {
            case "{":
                openBraces += 1
            case "}" where openBraces == 0:
                return text
            case "}":
                openBraces -= 1
            case "\\" where current == " ":
                text.append("\u{A0}")
                position += 1
            case "\\" where current.map(TeXTextMacros.escapableCharacters.contains) == true:
                text.append(scalars[position])
                position += 1
            case _ where scalar.isMathSpace:
                text.append("\u{A0}")
            default:
                text.append(scalar)
            }
        }
        return text
    }

    /// The name of the macro whose backslash is at `offset`: a run of ASCII letters or
    /// one other character; nil if there is no backslash there or nothing after it.
    func commandName(at offset: Int) -> String? {
        guard offset + 1 < scalars.count, scalars[offset] == "\\" else { return nil }
        var end = offset + 1
        while end < scalars.count, scalars[end].isLetter, scalars[end].isASCII { end += 1 }
        if end == offset + 1 { end += 1 }
        return String(String.UnicodeScalarView(scalars[offset + 1..<end]))
    }
}
