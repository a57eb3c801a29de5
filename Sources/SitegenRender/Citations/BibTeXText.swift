/// Plain text (a name, a venue) as a BibTeX field value: LaTeX's special characters escaped,
/// everything else (accents included) kept as UTF-8, which biber and modern BibTeX read. Captured
/// text that may hold TeX (titles) goes through `TeXBibTeX` instead.
enum BibTeXText {
    /// `& % $ # _ { } ~ ^ \` as LaTeX commands (braces as `\textbraceleft{}` and the like, as
    /// BibTeX counts even escaped braces); other characters as they are.
    static func escaped(_ text: String) -> String {
        guard PlainText.isASCII(text) else { return escaped(characters: text) }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "#"), UInt8(ascii: "_"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case UInt8(ascii: "{"): out += "\\textbraceleft{}".utf8
            case UInt8(ascii: "}"): out += "\\textbraceright{}".utf8
            case UInt8(ascii: "~"): out += "\\textasciitilde{}".utf8
            case UInt8(ascii: "^"): out += "\\textasciicircum{}".utf8
            case UInt8(ascii: "\\"): out += "\\textbackslash{}".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `escaped` by `Character`s: a special character followed by a combining mark is another
    /// character, left as it is.
    private static func escaped(characters text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&", "%", "$", "#", "_": out += "\\" + String(character)
            case "{": out += "\\textbraceleft{}"
            case "}": out += "\\textbraceright{}"
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "\\": out += "\\textbackslash{}"
            default: out.append(character)
            }
        }
        return out
    }

    /// A verbatim field (`doi`, `eprint`, `url`: biblatex reads them as they are, so nothing is
    /// escaped): only braces and backslashes, which would end or break the value, are
    /// percent-encoded (they have no place in a DOI or URL).
    static func verbatim(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "\\") }) else {
            return text
        }
        return text.replacingOccurrences(of: "\\", with: "%5C").replacingOccurrences(of: "{", with: "%7B")
            .replacingOccurrences(of: "}", with: "%7D")
    }
}
