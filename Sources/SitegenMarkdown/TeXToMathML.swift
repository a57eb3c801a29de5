/// Converts TeX math — the text between `$…$`, `\(…\)` and the like — to a MathML
/// `<math>` element, or to readable Unicode text (`O(n \log n)` → `O(n log n)`, `x^2` → `x²`)
/// for the formats that hold plain text: one reader of TeX math for both.
///
/// A recursive-descent parser over Unicode scalars that appends MathML to `output` as it
/// reads; when scripts turn out to follow an atom, the wrapping element is inserted before
/// it afterwards. It follows TeX's grouping rules (`x^23` raises only the 2; a `{…}` group
/// is one `<mrow>`, or just its element when it holds one) and never drops input: an
/// unknown macro becomes an `<merror>` naming it, a stray brace an `<mo>`. Every character
/// from the input is escaped. Nesting deeper than `maximumDepth` is shown as an error.
/// The macros themselves are in `TeXMathMacros.swift`.
struct TeXToMathML {
    enum RowEnd { case end, closeBrace, closeBracket, right }

    private static let maximumDepth = 40

    // Internal rather than private: the macro parsing in `TeXMathMacros.swift` shares this state.
    let scalars: [Unicode.Scalar]
    let display: Bool
    /// Plain text instead of MathML: elements write their text alone (`MathText`).
    let asText: Bool
    var position = 0
    var output = ""
    private var depth = 0
    /// The font selected by an enclosing `\mathbb{…}` and the like.
    var alphabet = MathAlphabet.plain

    private init(_ utf8: ArraySlice<UInt8>, display: Bool, asText: Bool = false) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(utf8.count)
        var bytes = utf8.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&bytes) { scalars.append(scalar) }
        self.scalars = scalars
        self.display = display
        self.asText = asText
        output.reserveCapacity(utf8.count * (asText ? 2 : 12))
    }

    /// The `<math>` element for the TeX in `utf8` (valid UTF-8, from a Swift string).
    static func mathML(for utf8: ArraySlice<UInt8>, display: Bool) -> String {
        var parser = TeXToMathML(utf8, display: display)
        parser.output += display ? "<math display=\"block\">" : "<math>"
        parser.parseRow(until: .end)
        parser.output += "</math>"
        return parser.output
    }

    /// The TeX in `utf8` as plain Unicode text on one line: symbols as their characters, scripts
    /// as Unicode superscripts and subscripts where they all exist (`x^_…` otherwise), fractions
    /// as `a/b`, spaces around relations and named functions only.
    static func text(for utf8: ArraySlice<UInt8>) -> String {
        var parser = TeXToMathML(utf8, display: false, asText: true)
        parser.parseRow(until: .end)
        return MathText.tidied(parser.output)
    }

    var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    mutating func skipSpaces() {
        while let scalar = current, scalar.isMathSpace { position += 1 }
    }

    /// Parses elements up to `end`, which is consumed unless it is `\right` (left for
    /// `\left`); returns how many elements were written.
    @discardableResult
    mutating func parseRow(until end: RowEnd) -> Int {
        var count = 0
        while true {
            skipSpaces()
            guard let scalar = current else { break }
            if (scalar == "}" && end == .closeBrace) || (scalar == "]" && end == .closeBracket) {
                position += 1
                break
            }
            if end == .right, commandName(at: position) == "right" { break }
            let start = output.utf8.count
            parseScripted()
            if output.utf8.count > start { count += 1 }
        }
        return count
    }

    /// An atom with any `_` and `^` scripts attached.
    private mutating func parseScripted() {
        let start = output.utf8.count
        var takesLimits = false
        if current != "_", current != "^" {
            takesLimits = parseAtom()
        }
        var subscriptMathML: Substring?
        var superscriptMathML: Substring?
        while true {
            skipSpaces()
            if current == "_", subscriptMathML == nil {
                position += 1
                subscriptMathML = cutArgument()
            } else if current == "^", superscriptMathML == nil {
                position += 1
                superscriptMathML = cutArgument()
            } else {
                break
            }
        }
        guard subscriptMathML != nil || superscriptMathML != nil else { return }
        if asText {
            output += subscriptMathML.map { MathText.script($0, superscript: false) } ?? ""
            output += superscriptMathML.map { MathText.script($0, superscript: true) } ?? ""
            return
        }
        if output.utf8.count == start { output += "<mrow></mrow>" }
        let limits = takesLimits && display
        let name = switch (subscriptMathML != nil, superscriptMathML != nil) {
        case (true, true): limits ? "munderover" : "msubsup"
        case (true, false): limits ? "munder" : "msub"
        default: limits ? "mover" : "msup"
        }
        output += subscriptMathML ?? ""
        output += superscriptMathML ?? ""
        wrap(from: start, in: name)
    }

    /// A script, parsed and then taken back out of `output`, so that `x^a_b` can still
    /// put the subscript first.
    private mutating func cutArgument() -> Substring {
        let start = output.utf8.count
        parseArgument()
        return cut(from: start)
    }

    /// Removes and returns what was written since `start`.
    mutating func cut(from start: Int) -> Substring {
        let startIndex = output.utf8.index(output.startIndex, offsetBy: start)
        let written = output[startIndex...]
        output.removeSubrange(startIndex...)
        return written
    }

    /// The elements up to `end` as one element: an `<mrow>`, unless there is exactly one.
    mutating func parseGroup(until end: RowEnd) {
        let start = output.utf8.count
        if parseRow(until: end) != 1 { wrap(from: start, in: "mrow") }
    }

    /// A macro's argument or a script: a `{…}` group, a macro, or a single character.
    mutating func parseArgument() {
        skipSpaces()
        guard let scalar = current else {
            appendMarkup("<mrow></mrow>")
            return
        }
        if scalar.isDecimalDigit {
            position += 1
            appendElement("mn", CollectionOfOne(scalar))
        } else {
            parseAtom()
        }
    }

    /// One group, macro, number, letter or other character; returns whether scripts on
    /// it go under and over in display math.
    @discardableResult
    mutating func parseAtom() -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard let scalar = current else { return false }
        guard depth <= Self.maximumDepth else {
            appendError(scalars[position...])
            position = scalars.count
            return false
        }
        position += 1
        switch scalar {
        case "{":
            parseGroup(until: .closeBrace)
        case "\\":
            position -= 1
            return parseMacro()
        case "'":
            appendElement("mo", "′".unicodeScalars)
        case "~":
            if asText { output += " " } else { MathSymbol.space("0.3333em").append(to: &output) }
        case _ where scalar.isDecimalDigit:
            appendElement("mn", scalars[position - 1..<endOfNumber()])
        case _ where scalar.isLetter:
            appendElement("mi", CollectionOfOne(alphabet.map(scalar)))
        default:
            appendElement("mo", CollectionOfOne(scalar))
        }
        return false
    }

    /// Moves past the digits (and one decimal point between digits) following a number's
    /// first digit; returns the offset where the number ends.
    private mutating func endOfNumber() -> Int {
        var seenPoint = false
        while let scalar = current {
            if scalar == ".", !seenPoint, position + 1 < scalars.count, scalars[position + 1].isDecimalDigit {
                seenPoint = true
            } else if !scalar.isDecimalDigit {
                break
            }
            position += 1
        }
        return position
    }

    /// Markup that only MathML has (`<mrow>`, `<mfrac>`…): written unless the output is text.
    mutating func appendMarkup(_ markup: String) {
        if !asText { output += markup }
    }

    /// Puts `<name>` before everything written since `start`, and `</name>` after it (nothing as text).
    mutating func wrap(from start: Int, in name: String) {
        guard !asText else { return }
        output.insert(contentsOf: "<\(name)>", at: output.utf8.index(output.startIndex, offsetBy: start))
        output += "</\(name)>"
    }

    /// `<name>text</name>`, with `text` escaped; as text, `text` alone (see `MathText.append`).
    mutating func appendElement<Text: Sequence<Unicode.Scalar>>(_ name: String, _ text: Text) {
        if asText {
            MathText.append(text, as: name, to: &output)
            return
        }
        output += "<\(name)>"
        HTMLEscaping.append(text, to: &output)
        output += "</\(name)>"
    }

    /// An `<merror>` showing `text`, for input that cannot be converted; as text, nothing (an
    /// unknown macro's arguments still come out as they are read).
    mutating func appendError<Text: Sequence<Unicode.Scalar>>(_ text: Text) {
        guard !asText else { return }
        output += "<merror>"
        appendElement("mtext", text)
        output += "</merror>"
    }
}

/// Character classes for TeX math, with a fast path for ASCII.
extension Unicode.Scalar {
    var isMathSpace: Bool { self == " " || self == "\n" || self == "\t" || self == "\r" }

    var isDecimalDigit: Bool {
        isASCII ? ("0"..."9").contains(self) : properties.numericType == .decimal
    }

    var isLetter: Bool {
        isASCII ? UInt8(value).isASCIILetter : properties.isAlphabetic
    }
}
