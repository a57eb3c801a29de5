/// Prepares one line of text for `MarkdownRenderer.renderInline`: Markdown that cmark
/// will read as a single paragraph, whatever the text looks like.
enum InlineSource {
    /// Characters that can open a block (heading, quote, list, thematic break, fence,
    /// table) at the start of a line.
    private static let blockOpeners: Set<Character> = ["#", ">", "-", "+", "*", "=", "_", "|", "~", "`"]

    /// `text` on one line, trimmed, with a backslash before anything that would open a
    /// block: a leading block character, or the `.`/`)` of a leading ordered-list number.
    static func singleParagraph(_ text: String) -> String {
        let oneLine = String(text.map { $0.isNewline ? " " : $0 })
        var line = Substring(oneLine).drop { $0.isWhitespace }
        while line.last?.isWhitespace == true { line.removeLast() }
        guard let first = line.first else { return "" }
        if blockOpeners.contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let marker = line.dropFirst(digits.count).first, marker == "." || marker == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return String(line)
    }
}
