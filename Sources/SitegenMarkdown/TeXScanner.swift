/// Receives the pieces `TeXScanner` cuts a text into, in order. How a TeX construct comes out
/// (MathML and HTML, or plain text) is the sink's choice; the reading of the TeX is the scanner's.
protocol TeXSink {
    /// Input that is not TeX, to pass on as it is.
    mutating func appendSource(_ utf8: ArraySlice<UInt8>)
    /// `\c` for an ASCII punctuation character `c` that has no TeX meaning of its own here.
    mutating func appendEscaped(_ character: Unicode.Scalar)
    /// Plain text a macro stands for, such as `…` for `\ldots`.
    mutating func appendText(_ text: String)
    /// A math span: `tex` is between its delimiters, `source` the span with them.
    mutating func appendMath(_ tex: ArraySlice<UInt8>, display: Bool, source: ArraySlice<UInt8>)
    /// A styling macro (`\emph{…}`) around `argument`, TeX still to scan `nesting` macros deep.
    mutating func appendStyled(_ style: TeXTextMacros.Style, argument: ArraySlice<UInt8>, nesting: Int,
                               source: ArraySlice<UInt8>)
    /// A letter macro that is not known (`\foo`); what follows it is scanned as usual.
    mutating func appendUnknownMacro(_ name: String, source: ArraySlice<UInt8>)
}

/// A sink that takes each TeX construct as finished HTML: MathML for math, `<em>` and the like
/// for styles, `<code>\name</code>` for an unknown macro.
protocol TeXHTMLSink: TeXSink {
    /// Finished HTML for a TeX construct; `source` is the TeX it was made from.
    mutating func appendHTML(_ html: String, source: ArraySlice<UInt8>)
}

extension TeXHTMLSink {
    mutating func appendMath(_ tex: ArraySlice<UInt8>, display: Bool, source: ArraySlice<UInt8>) {
        appendHTML(TeXToMathML.mathML(for: tex, display: display), source: source)
    }

    mutating func appendStyled(_ style: TeXTextMacros.Style, argument: ArraySlice<UInt8>, nesting: Int,
                               source: ArraySlice<UInt8>) {
        var html = HTMLTextSink()
        TeXScanner.scan(argument, nesting: nesting, into: &html)
        appendHTML(style.open + html.html + style.close, source: source)
    }

    mutating func appendUnknownMacro(_ name: String, source: ArraySlice<UInt8>) {
        appendHTML("<code>\\" + name + "</code>", source: source)
    }
}

/// Finds the TeX in a text — math spans and backslash macros — and hands the text to a
/// `TeXSink` as source, escapes, macro text, math, styled text and unknown macros.
///
/// Works on UTF-8 bytes: every delimiter is ASCII, so one pass over the bytes with no
/// allocation for ordinary text is enough. Markdown code spans are passed through untouched
/// so that TeX in code stays code. No construct extends past a blank line (a paragraph end).
struct TeXScanner {
    private let text: TeXSourceText
    private var position = 0
    /// Start of the source run not yet handed to the sink.
    private var pendingStart = 0
    /// How many styling macros (`\emph{…}`) enclose this text; bounds the recursion.
    private let nesting: Int

    private static let maximumNesting = 8

    private init(_ utf8: ArraySlice<UInt8>, nesting: Int) {
        text = TeXSourceText(utf8)
        position = utf8.startIndex
        pendingStart = utf8.startIndex
        self.nesting = nesting
    }

    /// Scans `utf8` into `sink`. `nesting` counts the styling macros around `utf8`.
    static func scan<Sink: TeXSink>(_ utf8: ArraySlice<UInt8>, nesting: Int = 0, into sink: inout Sink) {
        var scanner = TeXScanner(utf8, nesting: nesting)
        scanner.run(into: &sink)
    }

    private mutating func run<Sink: TeXSink>(into sink: inout Sink) {
        while position < text.end {
            switch text[position] {
            case UInt8(ascii: "`"):
                position = text.endOfCodeSpan(at: position)
            case UInt8(ascii: "$"):
                if let math = text.dollarMath(at: position) {
                    emit(math, into: &sink)
                } else {
                    position = text.endOfRun(of: UInt8(ascii: "$"), at: position)  // `$$$$` is literal as a whole
                }
            case UInt8(ascii: "\\"):
                scanBackslash(into: &sink)
            default:
                position += 1
            }
        }
        flushSource(into: &sink)
    }

    private mutating func scanBackslash<Sink: TeXSink>(into sink: inout Sink) {
        if let math = text.bracketMath(at: position) {
            emit(math, into: &sink)
            return
        }
        guard let name = text.macroName(at: position) else {
            position += 1  // a backslash before a space, a non-ASCII character or the end
            return
        }
        flushSource(into: &sink)
        let start = position
        position = name.end
        // `\%`, `\&` and the other TeX escapes, the most common macros by far, without a lookup.
        if !name.isLetters, case let character = Unicode.Scalar(text[name.range.lowerBound]),
           TeXTextMacros.escapableCharacters.contains(character) {
            sink.appendEscaped(character)
            pendingStart = position
            return
        }
        let nameText = text.string(name.range)
        if let style = TeXTextMacros.styles[nameText], nesting < Self.maximumNesting,
           let argument = text.braceGroup(at: position) {
            position = argument.end
            sink.appendStyled(style, argument: text.utf8[argument.contents], nesting: nesting + 1,
                              source: text.utf8[start..<position])
        } else if let mark = TeXTextMacros.accents[nameText],
                  let base = text.accentBase(at: position, braceRequired: name.isLetters),
                  let accented = TeXTextMacros.accented(text.string(base.contents), with: mark) {
            position = base.end
            sink.appendText(accented)
        } else if let symbol = TeXTextMacros.symbols[nameText] {
            position = text.endOfEmptyGroup(at: position)
            sink.appendText(symbol)
        } else if name.isLetters {
            sink.appendUnknownMacro(nameText, source: text.utf8[start..<position])
        } else {
            sink.appendEscaped(Unicode.Scalar(text[name.range.lowerBound]))
        }
        pendingStart = position
    }

    private mutating func emit<Sink: TeXSink>(_ math: TeXSourceText.MathSpan, into sink: inout Sink) {
        flushSource(into: &sink)
        sink.appendMath(text.utf8[math.contents], display: math.display, source: text.utf8[position..<math.end])
        position = math.end
        pendingStart = position
    }

    private mutating func flushSource<Sink: TeXSink>(into sink: inout Sink) {
        if pendingStart < position {
            sink.appendSource(text.utf8[pendingStart..<position])
        }
        pendingStart = position
    }
}
