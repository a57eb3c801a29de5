/// Whitespace handling for text shown or exported on one line (abstracts in feeds, citations,
/// meta descriptions). Works on Unicode scalars, not `Character`s: grapheme breaking is far slower
/// and whitespace is never part of a cluster that matters here.
enum PlainText {
    /// `text` with every run of whitespace (line breaks included) as one space, ends trimmed; the
    /// text itself, not a copy, when it already is (the usual case).
    static func oneLine(_ text: String) -> String {
        var clean = true
        var previousSpace = true
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if previousSpace { clean = false; break }
                previousSpace = true
            } else if isWhitespace(scalar) {
                clean = false
                break
            } else {
                previousSpace = false
            }
        }
        if clean && (!previousSpace || text.isEmpty) { return text }
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

    /// ASCII whitespace answered directly; the Unicode property table only for the rest.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }
}
