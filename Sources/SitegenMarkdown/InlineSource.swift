/// Prepares one line of text for `MarkdownRenderer.renderInline`: Markdown that cmark
/// will read as a single paragraph, whatever the text looks like.
enum InlineSource {
    /// Characters that can open a block (heading, quote, list, thematic break, code fence,
    /// table) at the start of a line.
    private static let blockOpeners: Set<Character> = ["#", ">", "-", "+", "*", "_", "|", "~", "`"]

    /// `text` on one line and trimmed, with anything that would open a block — a leading
    /// block character, or the `.`/`)` after a leading number — written as a numeric
    /// character reference, which cmark reads as plain text (a backslash escape would
    /// collide with TeX accents such as `\~n`).
    static func singleParagraph(_ text: String) -> String {
        let oneLine = String(text.map { $0.isNewline ? " " : $0 })
        var line = Substring(oneLine).drop { $0.isWhitespace }
        while line.last?.isWhitespace == true { line.removeLast() }
        guard let first = line.first else { return "" }
        if blockOpeners.contains(first) { return characterReference(first) + line.dropFirst() }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let marker = line.dropFirst(digits.count).first, marker == "." || marker == ")" {
            return digits + characterReference(marker) + line.dropFirst(digits.count + 1)
        }
        return String(line)
    }

    /// `&#N;` for an ASCII character.
    private static func characterReference(_ character: Character) -> String {
        "&#\(character.asciiValue ?? 0);"
    }
}
