/// Markdown with TeX (a captured title) as a BibTeX field value that keeps the TeX as TeX: math
/// and macros pass through as written, only what is text is escaped (`&`, `%`, `#`, `_`, a `$`
/// that opens no math, `^`, a lone backslash). In a title, words a style must not lower-case are
/// braced (`{GPT-4}`, `a {Visual} {Language} {Model}`) and so is math (`{$O(n \log n)$}`).
/// The TeX is read by `TeXScanner`, as for HTML and plain text.
public enum TeXBibTeX {
    public static func text(_ text: String, isTitle: Bool) -> String {
        var sink = BibTeXSink(isTitle: isTitle, bracesAreText: false)
        TeXScanner.scan(ArraySlice(text.utf8), into: &sink)
        guard !sink.isBalanced else { return sink.text }
        // A value's braces must balance, or the rest of the file is misread: these are text.
        var escaping = BibTeXSink(isTitle: isTitle, bracesAreText: true)
        TeXScanner.scan(ArraySlice(text.utf8), into: &escaping)
        return escaping.text
    }
}

/// Collects a BibTeX value from what `TeXScanner` reads (see `TeXBibTeX`).
struct BibTeXSink: TeXSink {
    let isTitle: Bool
    /// Braces in the source are escaped as text (`\{`), not kept as groups.
    let bracesAreText: Bool
    private(set) var text = ""
    /// Whether a word was written already: the first word of a title keeps its case unbraced.
    private var wroteWord = false
    /// Open grouping braces from the source; below zero once a `}` closed nothing.
    private var depth = 0
    private var closedNothing = false

    init(isTitle: Bool, bracesAreText: Bool) {
        self.isTitle = isTitle
        self.bracesAreText = bracesAreText
    }

    var isBalanced: Bool { depth == 0 && !closedNothing }

    mutating func appendSource(_ utf8: ArraySlice<UInt8>) {
        let source = String(decoding: utf8, as: UTF8.self)
        var word = ""
        for character in source {
            if character == " " || character == "\n" {
                appendWord(word)
                word = ""
                text += " "
                continue
            }
            switch character {
            case "&", "%", "#", "_", "$": word += "\\" + String(character)
            case "{" where bracesAreText, "}" where bracesAreText: word += "\\" + String(character)
            case "^": word += "\\^{}"
            case "\\": word += "\\textbackslash{}"
            case "{":
                depth += 1
                word.append(character)
            case "}":
                depth -= 1
                if depth < 0 { closedNothing = true }
                word.append(character)
            default: word.append(character)
            }
        }
        appendWord(word)
    }

    /// A word of the title braced when it has a capital after its first letter, or starts with
    /// one and is not the title's first word.
    private mutating func appendWord(_ word: String) {
        guard !word.isEmpty else { return }
        let keepsCase = isTitle && !word.hasPrefix("{")
            && (word.dropFirst().contains(where: \.isUppercase) || (wroteWord && word.first?.isUppercase == true))
        text += keepsCase ? "{\(word)}" : word
        wroteWord = true
    }

    /// `\%` and the other TeX escapes stay as written; another escaped character (a Markdown
    /// escape such as `\*`) is text.
    mutating func appendEscaped(_ character: Unicode.Scalar) {
        if TeXTextMacros.escapableCharacters.contains(character) {
            text += "\\"
            text.unicodeScalars.append(character)
        } else {
            appendSource(ArraySlice(String(character).utf8))
        }
    }

    /// A symbol or accented letter as its Unicode text, which biber and modern BibTeX read.
    mutating func appendText(_ text: String) {
        self.text += text
        wroteWord = true
    }

    mutating func appendMath(_ tex: ArraySlice<UInt8>, display: Bool, source: ArraySlice<UInt8>) {
        let math = String(decoding: source, as: UTF8.self)
        text += isTitle ? "{\(math)}" : math
        wroteWord = true
    }

    mutating func appendStyled(_ style: TeXTextMacros.Style, argument: ArraySlice<UInt8>, nesting: Int,
                               source: ArraySlice<UInt8>) {
        let name = source.prefix { $0 != UInt8(ascii: "{") }
        text += String(decoding: name, as: UTF8.self) + "{"
        TeXScanner.scan(argument, nesting: nesting, into: &self)
        text += "}"
    }

    mutating func appendUnknownMacro(_ name: String, source: ArraySlice<UInt8>) {
        text += "\\" + name
        wroteWord = true
    }
}
