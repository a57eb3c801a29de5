/// Receives the pieces `TeXScanner` cuts a text into, in order.
protocol TeXSink {
    /// Input that is not TeX, to pass on as it is.
    mutating func appendSource(_ utf8: ArraySlice<UInt8>)
    /// `\c` for an ASCII punctuation character `c` that has no TeX meaning of its own here.
    mutating func appendEscaped(_ character: Unicode.Scalar)
    /// Plain text a macro stands for, such as `…` for `\ldots`.
    mutating func appendText(_ text: String)
    /// Finished HTML for a TeX construct; `source` is the TeX it was made from.
    mutating func appendHTML(_ html: String, source: ArraySlice<UInt8>)
}

/// Finds the TeX in a text — math spans and backslash macros — and hands the text to a
/// `TeXSink` as source, escapes, macro text and generated HTML.
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
        let nameText = text.string(name.range)
        if let style = TeXTextMacros.styles[nameText], nesting < Self.maximumNesting,
           let argument = text.braceGroup(at: position) {
            var html = HTMLTextSink()
            TeXScanner.scan(text.utf8[argument.contents], nesting: nesting + 1, into: &html)
            position = argument.end
            sink.appendHTML(style.open + html.html + style.close, source: text.utf8[start..<position])
        } else if let mark = TeXTextMacros.accents[nameText],
                  let base = text.accentBase(at: position, braceRequired: name.isLetters),
                  let accented = TeXTextMacros.accented(text.string(base.contents), with: mark) {
            position = base.end
            sink.appendText(accented)
        } else if let symbol = TeXTextMacros.symbols[nameText] {
            position = text.endOfEmptyGroup(at: position)
            sink.appendText(symbol)
        } else if name.isLetters {
            sink.appendHTML("<code>\\" + nameText + "</code>", source: text.utf8[start..<position])
        } else {
            sink.appendEscaped(Unicode.Scalar(text[name.range.lowerBound]))
        }
        pendingStart = position
    }

    private mutating func emit<Sink: TeXSink>(_ math: TeXSourceText.MathSpan, into sink: inout Sink) {
        flushSource(into: &sink)
        let html = TeXToMathML.mathML(for: text.utf8[math.contents], display: math.display)
        sink.appendHTML(html, source: text.utf8[position..<math.end])
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
