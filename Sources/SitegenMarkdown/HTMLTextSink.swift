/// Builds HTML straight from TeX text, for the argument of a styling macro such as
/// `\emph{…}`: the argument becomes one self-contained fragment, so its tags always balance.
///
/// Source is escaped rather than read as Markdown; TeX's `--` and `---` become dashes.
struct HTMLTextSink: TeXHTMLSink {
    private(set) var html = ""

    mutating func appendSource(_ utf8: ArraySlice<UInt8>) {
        var hyphens = 0
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            if scalar == "-" {
                hyphens += 1
                continue
            }
            html += TeXTextMacros.dashes(hyphens)
            hyphens = 0
            HTMLEscaping.append(scalar, to: &html)
        }
        html += TeXTextMacros.dashes(hyphens)
    }

    /// A TeX escape such as `\%` gives its character; any other `\c` keeps its backslash.
    mutating func appendEscaped(_ character: Unicode.Scalar) {
        if !TeXTextMacros.escapableCharacters.contains(character) {
            html += "\\"
        }
        HTMLEscaping.append(character, to: &html)
    }

    mutating func appendText(_ text: String) {
        HTMLEscaping.append(text.unicodeScalars, to: &html)
    }

    mutating func appendHTML(_ html: String, source: ArraySlice<UInt8>) {
        self.html += html
    }
}
