/// Markdown with TeX (an arXiv abstract, a title) as readable plain Unicode text on one line, for
/// the formats that hold text and not markup: RIS, CSL-JSON, JSON-LD, meta tags, feeds, search, the
/// API. `4$\times$` → `4×`, `\&` → `&`, `\emph{x}` → `x`, `$O(n \log n)$` → `O(n log n)`; an unknown
/// macro gives its argument's text; every run of white space is one space, none at the ends. The
/// TeX is read by `TeXScanner` and `TeXToMathML`, as for HTML.
public enum TeXPlainText {
    public static func text(_ text: String) -> String {
        guard needsWork(text) else { return text }
        var sink = PlainTextSink()
        TeXScanner.scan(ArraySlice(text.utf8), into: &sink)
        return sink.text
    }

    /// Whether `text` has a byte that TeX reads (`\ $ { } ~`), a `--` dash, or white space other
    /// than single spaces between words; false means the text is its own plain text, which is most
    /// titles. One pass over the bytes.
    private static func needsWork(_ text: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: " ")
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "$"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "~"),
                 0x09...0x0D, 0xC2, 0xE1, 0xE2, 0xE3:
                return true
            case UInt8(ascii: "-") where previous == UInt8(ascii: "-"): return true
            case UInt8(ascii: " ") where previous == UInt8(ascii: " "): return true
            default: previous = byte
            }
        }
        return previous == UInt8(ascii: " ") && !text.isEmpty
    }
}

/// Collects the plain text of what `TeXScanner` reads: grouping braces dropped, `~` a space,
/// `--` and `---` dashes, escapes their character, math as `TeXToMathML` text, styles their text;
/// white space collapsed as it goes. Works on UTF-8 bytes: every byte it changes is ASCII, so runs
/// of the rest are copied whole; the lead bytes of Unicode's white space are looked at closely.
struct PlainTextSink: TeXSink {
    private var bytes: [UInt8] = []
    /// A space is due before whatever comes next (dropped at the end, so none trails).
    private var pendingSpace = false

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func appendSource(_ utf8: ArraySlice<UInt8>) {
        var runStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            // Skip the bytes that are copied as they are, unchecked (the common case by far).
            index = Self.mayBeSpecial.withUnsafeBufferPointer { special in
                utf8.withUnsafeBufferPointer { buffer in
                    var offset = index - utf8.startIndex
                    while offset < buffer.count, !special[Int(buffer[offset])] { offset += 1 }
                    return offset + utf8.startIndex
                }
            }
            guard index < utf8.endIndex else { break }
            let byte = utf8[index]
            // One space between words stays in the run: what collapsing would make of it anyway.
            if byte == UInt8(ascii: " "), index > runStart, index + 1 < utf8.endIndex, !Self.mayBeSpecial[Int(utf8[index + 1])] {
                index += 1
                continue
            }
            let spaceLength = Self.whiteSpaceLength(utf8, at: index)
            guard spaceLength > 0 || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
                    || (byte == UInt8(ascii: "-") && index + 1 < utf8.endIndex && utf8[index + 1] == UInt8(ascii: "-")) else {
                index += 1
                continue
            }
            append(utf8[runStart..<index])
            if spaceLength > 0 {
                pendingSpace = !bytes.isEmpty
                index += spaceLength
            } else if byte == UInt8(ascii: "-") {
                var end = index
                while end < utf8.endIndex && utf8[end] == UInt8(ascii: "-") { end += 1 }
                append(TeXTextMacros.dashes(end - index).utf8)
                index = end
            } else {
                index += 1
            }
            runStart = index
        }
        append(utf8[runStart..<utf8.endIndex])
    }

    /// `\%` and any other backslash escape (always ASCII punctuation): the character itself.
    mutating func appendEscaped(_ character: Unicode.Scalar) {
        append(CollectionOfOne(UInt8(truncatingIfNeeded: character.value)))
    }

    /// A macro's text; `\,` and `\ ` (white space alone) are a space.
    mutating func appendText(_ text: String) {
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            pendingSpace = !bytes.isEmpty
        } else {
            append(text.utf8)
        }
    }

    mutating func appendMath(_ tex: ArraySlice<UInt8>, display: Bool, source: ArraySlice<UInt8>) {
        append(TeXToMathML.text(for: tex).utf8)
    }

    mutating func appendStyled(_ style: TeXTextMacros.Style, argument: ArraySlice<UInt8>, nesting: Int,
                               source: ArraySlice<UInt8>) {
        TeXScanner.scan(argument, nesting: nesting, into: &self)
    }

    /// Nothing for the name: its argument, read next as source, keeps its text.
    mutating func appendUnknownMacro(_ name: String, source: ArraySlice<UInt8>) {}

    /// The bytes `appendSource` must look at: white space and its Unicode lead bytes, `-`, braces, `~`.
    private static let mayBeSpecial: [Bool] = (0...255).map { byte in
        byte <= 0x20 || [0x2D, 0x7B, 0x7D, 0x7E, 0xC2, 0xE1, 0xE2, 0xE3].contains(byte)
    }

    private mutating func append<Bytes: Collection<UInt8>>(_ text: Bytes) {
        guard !text.isEmpty else { return }
        if pendingSpace { bytes.append(UInt8(ascii: " ")) }
        pendingSpace = false
        bytes += text
    }

    /// How many bytes of white space (ASCII, `~`, or a Unicode space: U+0085, U+00A0, U+1680,
    /// U+2000…U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) start at `index`; 0 for none.
    private static func whiteSpaceLength(_ utf8: ArraySlice<UInt8>, at index: Int) -> Int {
        func byte(_ offset: Int) -> UInt8 { index + offset < utf8.endIndex ? utf8[index + offset] : 0 }
        switch utf8[index] {
        case UInt8(ascii: " "), UInt8(ascii: "~"), 0x09...0x0D: return 1
        case 0xC2: return byte(1) == 0x85 || byte(1) == 0xA0 ? 2 : 0
        case 0xE1: return byte(1) == 0x9A && byte(2) == 0x80 ? 3 : 0
        case 0xE2:
            if byte(1) == 0x80, (0x80...0x8A).contains(byte(2)) || [0xA8, 0xA9, 0xAF].contains(byte(2)) { return 3 }
            return byte(1) == 0x81 && byte(2) == 0x9F ? 3 : 0
        case 0xE3: return byte(1) == 0x80 && byte(2) == 0x80 ? 3 : 0
        default: return 0
        }
    }
}
