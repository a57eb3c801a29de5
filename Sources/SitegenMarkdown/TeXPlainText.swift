/// Markdown with TeX (an arXiv abstract, a title) as readable plain Unicode text, for the formats
/// that hold text and not markup: RIS, CSL-JSON, JSON-LD, meta tags, feeds, search, the API.
/// `4$\times$` → `4×`, `\&` → `&`, `\emph{x}` → `x`, `$O(n \log n)$` → `O(n log n)`; an unknown
/// macro gives its argument's text. The TeX is read by `TeXScanner` and `TeXToMathML`, as for HTML.
public enum TeXPlainText {
    public static func text(_ text: String) -> String {
        guard mayHoldTeX(text) else { return text }
        var sink = PlainTextSink()
        TeXScanner.scan(ArraySlice(text.utf8), into: &sink)
        return sink.text
    }

    /// Whether `text` has a byte that TeX reads (`\ $ { } ~`) or a `--` dash; false means the
    /// text is its own plain text, which is most titles and many abstracts.
    private static func mayHoldTeX(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "$"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "~"): return true
            case UInt8(ascii: "-") where previous == UInt8(ascii: "-"): return true
            default: previous = byte
            }
        }
        return false
    }
}

/// Collects the plain text of what `TeXScanner` reads: grouping braces dropped, `~` a space,
/// `--` and `---` dashes, escapes their character, math as `TeXToMathML` text, styles their text.
struct PlainTextSink: TeXSink {
    private(set) var text = ""

    mutating func appendSource(_ utf8: ArraySlice<UInt8>) {
        var hyphens = 0
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            if scalar == "-" {
                hyphens += 1
                continue
            }
            text += TeXTextMacros.dashes(hyphens)
            hyphens = 0
            switch scalar {
            case "{", "}": break
            case "~": text += " "
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += TeXTextMacros.dashes(hyphens)
    }

    /// `\%` and any other backslash escape: the character itself.
    mutating func appendEscaped(_ character: Unicode.Scalar) {
        text.unicodeScalars.append(character)
    }

    mutating func appendText(_ text: String) {
        self.text += text
    }

    mutating func appendMath(_ tex: ArraySlice<UInt8>, display: Bool, source: ArraySlice<UInt8>) {
        text += TeXToMathML.text(for: tex)
    }

    mutating func appendStyled(_ style: TeXTextMacros.Style, argument: ArraySlice<UInt8>, nesting: Int,
                               source: ArraySlice<UInt8>) {
        TeXScanner.scan(argument, nesting: nesting, into: &self)
    }

    /// Nothing for the name: its argument, read next as source, keeps its text.
    mutating func appendUnknownMacro(_ name: String, source: ArraySlice<UInt8>) {}
}
