/// Markdown with TeX (a captured title) as a BibTeX title that keeps the TeX as TeX: math and
/// macros pass through as written, only what is text is escaped (`&`, `%`, `#`, `_`, a `$` that
/// opens no math, `^`, a lone backslash). Words a style must not lower-case are braced (`{GPT-4}`,
/// `a {Visual} {Language} {Model}`) and so is math (`{$O(n \log n)$}`). The TeX is read by
/// `TeXScanner`, as for HTML and plain text.
public enum TeXBibTeX {
    public static func title(_ text: String) -> String {
        var sink = BibTeXSink(bracesAreText: false)
        TeXScanner.scan(ArraySlice(text.utf8), into: &sink)
        if isBalanced(sink.text) { return sink.text }
        // BibTeX counts every brace, escaped or not, and a value whose braces do not balance makes
        // the rest of the file misread: then the title's braces are written as text.
        var escaping = BibTeXSink(bracesAreText: true)
        TeXScanner.scan(ArraySlice(text.utf8), into: &escaping)
        return escaping.text
    }

    /// Whether every `{` in `text` is closed by a later `}`, as BibTeX counts them.
    static func isBalanced(_ text: String) -> Bool {
        var depth = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{") { depth += 1 }
            if byte == UInt8(ascii: "}") {
                depth -= 1
                if depth < 0 { return false }
            }
        }
        return depth == 0
    }
}

/// Collects a BibTeX value from what `TeXScanner` reads (see `TeXBibTeX`).
struct BibTeXSink: TeXSink {
    /// Every brace of the input is written as text (`\textbraceleft{}`), none kept as a group.
    let bracesAreText: Bool
    private(set) var text = ""
    /// Whether a word was written already: the first word of a title keeps its case unbraced.
    private var wroteWord = false

    init(bracesAreText: Bool) {
        self.bracesAreText = bracesAreText
    }

    private static let braceAsText: [Character: String] = ["{": "\\textbraceleft{}", "}": "\\textbraceright{}"]

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
            case "{" where bracesAreText, "}" where bracesAreText: word += Self.braceAsText[character]!
            case "^": word += "\\textasciicircum{}"
            case "\\": word += "\\textbackslash{}"
            default: word.append(character)
            }
        }
        appendWord(word)
    }

    /// A word of the title braced when it has a capital after its first letter, or starts with
    /// one and is not the title's first word.
    private mutating func appendWord(_ word: String) {
        guard !word.isEmpty else { return }
        let keepsCase = !word.hasPrefix("{") && Self.hasCapital(word, countingFirst: wroteWord)
        text += keepsCase ? "{\(word)}" : word
        wroteWord = true
    }

    /// Whether a `Character` of `word` after its first is uppercase, or its first is and
    /// `countingFirst`; by bytes when the word is ASCII (its capitals are then `A`…`Z`).
    private static func hasCapital(_ word: String, countingFirst: Bool) -> Bool {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else {
            return word.dropFirst().contains(where: \.isUppercase) || (countingFirst && word.first?.isUppercase == true)
        }
        let isCapital = { (byte: UInt8) in (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
        return word.utf8.dropFirst().contains(where: isCapital) || (countingFirst && word.utf8.first.map(isCapital) == true)
    }

    /// `\%` and the other TeX escapes stay as written; another escaped character (a Markdown
    /// escape such as `\*`) is text.
    mutating func appendEscaped(_ character: Unicode.Scalar) {
        if bracesAreText, character == "{" || character == "}" {
            text += Self.braceAsText[Character(character)]!
        } else if TeXTextMacros.escapableCharacters.contains(character) {
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
        var math = String(decoding: source, as: UTF8.self)
        if bracesAreText, !TeXBibTeX.isBalanced(math) {
            math = math.replacingOccurrences(of: "\\{", with: "\\lbrace ").replacingOccurrences(of: "\\}", with: "\\rbrace ")
                .replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
        }
        text += "{\(math)}"
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
