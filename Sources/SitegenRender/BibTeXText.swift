/// Text as a BibTeX field value: LaTeX's special characters escaped, everything else (accents
/// included) kept as UTF-8, which biber and modern BibTeX read.
enum BibTeXText {
    /// `& % $ # _ { } ~ ^ \` as LaTeX commands; other characters as they are.
    static func escaped(_ text: String) -> String {
        guard PlainText.isASCII(text) else { return escaped(characters: text) }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "#"), UInt8(ascii: "_"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
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
            case "&", "%", "$", "#", "_", "{", "}": out += "\\" + String(character)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "\\": out += "\\textbackslash{}"
            default: out.append(character)
            }
        }
        return out
    }

    /// A title, escaped, with braces around every word a bibliography style must not lower-case:
    /// words with a capital after their first letter (`{GPT-4}`, `{LLaMA}`, `{7B}`) and capitalised
    /// words after the first (`Flamingo: a {Visual} {Language} {Model}`).
    static func title(_ title: String) -> String {
        if PlainText.isASCII(title) {
            let isCapital = { (byte: UInt8) in byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
            return title.utf8.split(separator: UInt8(ascii: " ")).enumerated().map { offset, word in
                let escaped = escaped(String(decoding: word, as: UTF8.self))
                let keepsCase = word.dropFirst().contains(where: isCapital) || (offset > 0 && isCapital(word.first!))
                return keepsCase ? "{\(escaped)}" : escaped
            }.joined(separator: " ")
        }
        return title.split(separator: " ", omittingEmptySubsequences: true).enumerated().map { offset, word in
            let escaped = escaped(String(word))
            let keepsCase = word.dropFirst().contains(where: \.isUppercase)
                || (offset > 0 && word.first?.isUppercase == true)
            return keepsCase ? "{\(escaped)}" : escaped
        }.joined(separator: " ")
    }
}
