/// Markdown in which each piece of generated HTML (MathML, `<em>` for `\emph{…}`, …)
/// stands as a placeholder token that cmark passes through as ordinary text, plus the
/// means to put the HTML back into cmark's output.
///
/// A token is U+E000, the fragment's decimal index, U+E001. Private-use characters are
/// removed from the input beforehand (`MarkdownRenderer`), so every token is one of ours.
struct ProtectedMarkdown: TeXSink {
    private static let tokenStart: Unicode.Scalar = "\u{E000}"
    private static let tokenEnd: Unicode.Scalar = "\u{E001}"
    /// The UTF-8 encoding of `tokenStart` and `tokenEnd`: EE 80 80 and EE 80 81.
    private static let tokenLead: UInt8 = 0xEE

    private(set) var markdown = ""
    private var fragments: [(html: String, source: String)] = []

    init(capacity: Int) {
        markdown.reserveCapacity(capacity)
    }

    /// Whether `scalar` could be mistaken for part of a placeholder token.
    static func isReserved(_ scalar: Unicode.Scalar) -> Bool {
        (0xE000...0xF8FF).contains(scalar.value)
    }

    mutating func appendSource(_ utf8: ArraySlice<UInt8>) {
        markdown += String(decoding: utf8, as: UTF8.self)
    }

    mutating func appendEscaped(_ character: Unicode.Scalar) {
        markdown.unicodeScalars.append("\\")
        markdown.unicodeScalars.append(character)
    }

    /// Appends `text` with its ASCII punctuation backslash-escaped, so cmark shows it as is.
    mutating func appendText(_ text: String) {
        for scalar in text.unicodeScalars {
            if scalar.isASCII, UInt8(scalar.value).isASCIIPunctuation {
                markdown.unicodeScalars.append("\\")
            }
            markdown.unicodeScalars.append(scalar)
        }
    }

    mutating func appendHTML(_ html: String, source: ArraySlice<UInt8>) {
        markdown.unicodeScalars.append(Self.tokenStart)
        markdown += String(fragments.count)
        markdown.unicodeScalars.append(Self.tokenEnd)
        fragments.append((html, String(decoding: source, as: UTF8.self)))
    }

    /// `html`, cmark's rendering of `markdown`, with each token replaced by its fragment —
    /// or, where cmark put the token inside a tag (an image's `alt`, a link's `title`), by
    /// its TeX source escaped as attribute text, so generated markup never lands in an attribute.
    func restoringFragments(in html: String) -> String {
        guard !fragments.isEmpty else { return html }
        var restored = ""
        restored.reserveCapacity(html.utf8.count + fragments.reduce(0) { $0 + $1.html.utf8.count })
        var insideTag = false
        var scalars = html.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "<": insideTag = true
            case ">": insideTag = false
            case Self.tokenStart:
                var index = 0
                while let digit = scalars.next(), digit != Self.tokenEnd {
                    index = index * 10 + Int(digit.value) - 0x30
                }
                guard fragments.indices.contains(index) else { continue }
                if insideTag {
                    HTMLEscaping.append(fragments[index].source.unicodeScalars, to: &restored)
                } else {
                    restored += fragments[index].html
                }
                continue
            default: break
            }
            restored.unicodeScalars.append(scalar)
        }
        return restored
    }
}
