/// Text as a BibTeX field value: LaTeX's special characters escaped, everything else (accents
/// included) kept as UTF-8, which biber and modern BibTeX read.
enum BibTeXText {
    /// `& % $ # _ { } ~ ^ \` as LaTeX commands; other characters as they are.
    static func escaped(_ text: String) -> String {
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
        title.split(separator: " ", omittingEmptySubsequences: true).enumerated().map { offset, word in
            let escaped = escaped(String(word))
            let keepsCase = word.dropFirst().contains(where: \.isUppercase)
                || (offset > 0 && word.first?.isUppercase == true)
            return keepsCase ? "{\(escaped)}" : escaped
        }.joined(separator: " ")
    }
}
