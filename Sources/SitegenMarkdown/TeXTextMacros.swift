import Foundation

/// The TeX macros understood in running text (outside math), as arXiv abstracts use them.
/// A letter macro not listed here is shown as `<code>\name</code>` by `TeXScanner`.
enum TeXTextMacros {
    /// The characters TeX escapes with a backslash to print them (`\%`, `\&`, …).
    static let escapableCharacters: Set<Unicode.Scalar> = ["&", "%", "_", "#", "$", "{", "}"]

    /// The HTML element a styling macro wraps its `{…}` argument in.
    typealias Style = (open: String, close: String)

    /// The styling macros, by name.
    static let styles: [String: Style] = [
        "emph": ("<em>", "</em>"),
        "textit": ("<em>", "</em>"),
        "textsl": ("<em>", "</em>"),
        "textbf": ("<strong>", "</strong>"),
        "texttt": ("<code>", "</code>"),
    ]

    /// Plain text for macros that take no argument. `\,` and `\ ` are spaces; the TeX
    /// escapes `\&`, `\%`, `\_`, `\#`, `\$`, `\{`, `\}` need no entry, being Markdown escapes too.
    static let symbols: [String: String] = [
        "ldots": "…", "dots": "…", "textellipsis": "…",
        "textendash": "–", "textemdash": "—",
        "LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX",
        "S": "§", "P": "¶", "dag": "†", "ddag": "‡",
        "copyright": "©", "textregistered": "®", "texttrademark": "™", "textdegree": "°",
        "textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^", "textunderscore": "_",
        "ss": "ß", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
        "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ",
        ",": "\u{2009}", " ": " ",
    ]

    /// The combining mark each accent macro puts on its letter (`\"o` → ö, `\c{c}` → ç).
    /// The grave accent is left out: in Markdown, backslash-backtick is an escaped backtick.
    static let accents: [String: Unicode.Scalar] = [
        "'": "\u{0301}", "^": "\u{0302}", "~": "\u{0303}", "=": "\u{0304}", "u": "\u{0306}",
        ".": "\u{0307}", "\"": "\u{0308}", "r": "\u{030A}", "H": "\u{030B}", "v": "\u{030C}",
        "d": "\u{0323}", "c": "\u{0327}", "k": "\u{0328}", "b": "\u{0331}",
    ]

    /// `base` (one letter, or the dotless `\i` / `\j`) with `mark`, composed where Unicode
    /// has a precomposed letter; nil if `base` is not a single letter.
    static func accented(_ base: String, with mark: Unicode.Scalar) -> String? {
        let letter = base == "\\i" || base == "\\j" ? symbols[String(base.dropFirst())] ?? base : base
        guard letter.unicodeScalars.count == 1, let scalar = letter.unicodeScalars.first,
              scalar.properties.isAlphabetic else { return nil }
        var composed = letter
        composed.unicodeScalars.append(mark)
        return composed.precomposedStringWithCanonicalMapping
    }

    /// A run of `count` hyphens as TeX sets it: `--` is an en dash, `---` an em dash.
    static func dashes(_ count: Int) -> String {
        switch count {
        case 0: ""
        case 2: "–"
        case 3: "—"
        default: String(repeating: "-", count: count)
        }
    }
}
