import SitegenMarkdown

/// Whitespace handling for text shown or exported on one line (abstracts in feeds, citations,
/// meta descriptions), and `readable` text from TeX. Works on Unicode scalars, not `Character`s: grapheme breaking is far slower
/// and whitespace is never part of a cluster that matters here.
enum PlainText {
    /// `text` with every run of whitespace (line breaks included) as one space, ends trimmed; the
    /// text itself, not a copy, when it already is (the usual case).
    static func oneLine(_ text: String) -> String {
        if isOneLine(text) { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` (Markdown with TeX, as captured) as readable plain text on one line: what every
    /// plain-text output (RIS, CSL-JSON, JSON-LD, meta tags, feeds, search, the API) shows.
    static func readable(_ text: String) -> String {
        TeXPlainText.text(text)
    }

    /// Whether `text` has no whitespace but single spaces between words.
    private static func isOneLine(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isOneLine(utf8:)) ?? isOneLine(scalarsOf: text)
    }

    /// `isOneLine` by bytes (`whitespaceLength`).
    private static func isOneLine(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") {
                if previousSpace { return false }
                previousSpace = true
            } else if whitespaceLength(bytes, at: index) > 0 {
                return false
            } else {
                previousSpace = false
            }
            index += 1
        }
        return !previousSpace || bytes.isEmpty
    }

    /// How many bytes of white space start at `index` of valid UTF-8 `bytes`: 0 for none. Unicode's
    /// white space outside ASCII (U+0085, U+00A0, U+1680, U+2000 to U+3000) always starts with the
    /// lead byte C2, E1, E2 or E3, so only scalars starting so are decoded and looked up.
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) { return 1 }
        guard byte == 0xC2 || (0xE1...0xE3).contains(byte) else { return 0 }
        let length = byte == 0xC2 ? 2 : 3
        guard index + length <= bytes.count else { return 0 }
        var value = UInt32(byte & (length == 2 ? 0x1F : 0x0F))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value).map(isWhitespace) ?? false ? length : 0
    }

    private static func isOneLine(scalarsOf text: String) -> Bool {
        var previousSpace = true
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if previousSpace { return false }
                previousSpace = true
            } else if isWhitespace(scalar) {
                return false
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || text.isEmpty
    }

    /// Whether every byte of `text` is ASCII, so each byte is a `Character` of its own (but `\r\n`).
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// ASCII whitespace answered directly; the Unicode property table only for the rest.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }
}
