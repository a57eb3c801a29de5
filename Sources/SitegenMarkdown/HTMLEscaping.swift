/// Escaping of text that came from the input, for use in generated HTML and MathML.
///
/// Escapes `"` as well as `<`, `>` and `&`, so the result is safe both as element
/// text and inside a double-quoted attribute value.
enum HTMLEscaping {
    /// Appends `scalar` to `html`, escaped.
    static func append(_ scalar: Unicode.Scalar, to html: inout String) {
        switch scalar {
        case "<": html += "&lt;"
        case ">": html += "&gt;"
        case "&": html += "&amp;"
        case "\"": html += "&quot;"
        default: html.unicodeScalars.append(scalar)
        }
    }

    /// Appends every scalar of `text` to `html`, escaped.
    static func append<Text: Sequence<Unicode.Scalar>>(_ text: Text, to html: inout String) {
        for scalar in text { append(scalar, to: &html) }
    }
}
