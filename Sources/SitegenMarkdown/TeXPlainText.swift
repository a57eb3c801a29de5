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
/// Works on UTF-8 bytes: every byte it changes is ASCII, so runs of the rest are copied whole.
struct PlainTextSink: TeXSink {
    private(set) var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func appendSource(_ utf8: ArraySlice<UInt8>) {
        var runStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "~")
                    || (byte == UInt8(ascii: "-") && index + 1 < utf8.endIndex && utf8[index + 1] == UInt8(ascii: "-")) else {
                index += 1
                continue
            }
            bytes += utf8[runStart..<index]
            if byte == UInt8(ascii: "-") {
                var end = index
                while end < utf8.endIndex && utf8[end] == UInt8(ascii: "-") { end += 1 }
                bytes += TeXTextMacros.dashes(end - index).utf8
                index = end
            } else {
                if byte == UInt8(ascii: "~") { bytes.append(UInt8(ascii: " ")) }
                index += 1
            }
            runStart = index
        }
        bytes += utf8[runStart..<utf8.endIndex]
    }

    /// `\%` and any other backslash escape: the character itself.
    mutating func appendEscaped(_ character: Unicode.Scalar) {
        bytes += String(character).utf8
    }

    mutating func appendText(_ text: String) {
        bytes += text.utf8
    }

    mutating func appendMath(_ tex: ArraySlice<UInt8>, display: Bool, source: ArraySlice<UInt8>) {
        bytes += TeXToMathML.text(for: tex).utf8
    }

    mutating func appendStyled(_ style: TeXTextMacros.Style, argument: ArraySlice<UInt8>, nesting: Int,
                               source: ArraySlice<UInt8>) {
        TeXScanner.scan(argument, nesting: nesting, into: &self)
    }

    /// Nothing for the name: its argument, read next as source, keeps its text.
    mutating func appendUnknownMacro(_ name: String, source: ArraySlice<UInt8>) {}
}
