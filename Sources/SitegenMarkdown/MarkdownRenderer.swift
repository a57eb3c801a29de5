import Foundation

/// Renders Markdown (with TeX in it) to a safe HTML fragment.
/// PLACEHOLDER API: escapes only; the cmark-gfm implementation replaces this body.
public struct MarkdownRenderer: Sendable {
    public init() {}

    /// HTML for `markdown`: raw HTML in the input comes out escaped, `$…$` as MathML.
    public func render(_ markdown: String) -> String {
        var out = "<p>"
        for c in markdown {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out + "</p>\n"
    }
}
