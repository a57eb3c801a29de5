/// Markdown in which each piece of generated HTML (MathML, `<em>` for `\emph{…}`, …)
/// stands as a placeholder token that cmark passes through as ordinary text, plus the
/// means to put the HTML back into cmark's output.
///
/// A token is U+E000, the fragment's decimal index, U+E001. Private-use characters are
/// removed from the input beforehand (`MarkdownRenderer`), so every token is one of ours.
struct ProtectedMarkdown: TeXHTMLSink {
    private static let tokenStart: Unicode.Scalar = "\u{E000}"
    private static let tokenEnd: Unicode.Scalar = "\u{E001}"
    /// The first byte of `tokenStart` (EE 80 80) and `tokenEnd` (EE 80 81) in UTF-8.
    private static let tokenLead: UInt8 = 0xEE

    private(set) var markdown = ""
    private var fragments: [(html: String, source: ArraySlice<UInt8>)] = []

    init(capacity: Int) {
        markdown.reserveCapacity(capacity)
    }

    /// Whether `scalar` could be mistaken for part of a placeholder token: the
    /// private-use block U+E000…U+F8FF, whose UTF-8 encodings all lead with EE or EF.
    static func isReserved(_ scalar: Unicode.Scalar) -> Bool {
        (0xE000...0xF8FF).contains(scalar.value)
    }

    /// Whether `text` may hold a reserved character (a quick byte check; false means surely not).
    static func mayContainReserved(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains { $0 == 0xEE || $0 == 0xEF } } ?? true
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
        fragments.append((html, source))
    }

    /// `html`, cmark's rendering of `markdown`, with each token replaced by its fragment —
    /// or, where cmark put the token inside a tag (an image's `alt`, a link's `title`), by
    /// its TeX source escaped as attribute text, so generated markup never lands in an attribute.
    /// cmark escapes `<` and `>` in text and attributes, so those bytes always delimit tags.
    func restoringFragments(in html: String) -> String {
        guard !fragments.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var restored = ""
        restored.reserveCapacity(bytes.count + fragments.reduce(0) { $0 + $1.html.utf8.count })
        var insideTag = false
        var copiedUpTo = 0
        var offset = 0
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "<"): insideTag = true
            case UInt8(ascii: ">"): insideTag = false
            case Self.tokenLead where bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x80:
                restored += String(decoding: bytes[copiedUpTo..<offset], as: UTF8.self)
                var index = 0
                offset += 3
                while offset < bytes.count, bytes[offset].isASCIIDigit {
                    index = index * 10 + Int(bytes[offset] - UInt8(ascii: "0"))
                    offset += 1
                }
                offset += 3  // the token's end marker
                copiedUpTo = offset
                guard fragments.indices.contains(index) else { continue }
                if insideTag {
                    HTMLEscaping.append(String(decoding: fragments[index].source, as: UTF8.self).unicodeScalars, to: &restored)
                } else {
                    restored += fragments[index].html
                }
                continue
            default: break
            }
            offset += 1
        }
        restored += String(decoding: bytes[copiedUpTo...], as: UTF8.self)
        return restored
    }
}
