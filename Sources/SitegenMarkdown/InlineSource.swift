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

    /// Whether `text` is its own inline HTML: letters (precomposed accented ones too), digits, single spaces
    /// between words and punctuation that neither Markdown, smart punctuation, autolinks, TeX nor
    /// HTML escaping changes. Most titles are; cmark need not see them.
    static func isPlainText(_ text: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: " ")
        var hasNonASCII = false
        for byte in text.utf8 {
            if byte >= 0x80 {
                hasNonASCII = true
            } else if !plainASCII[Int(byte)]
                        || (byte == previous && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")))
                        || (byte == UInt8(ascii: "/") && previous == UInt8(ascii: ":")) {
                return false
            }
            previous = byte
        }
        guard previous != UInt8(ascii: " ") else { return false }  // empty, or a space at the end
        if hasNonASCII && !text.unicodeScalars.allSatisfy(isPlainLetter) { return false }
        return !mayAutolink(text)
    }

    /// What GitHub's autolinks start from, lowercase: whatever its case, text holding one goes through cmark.
    private static let autolinkStarts: [[UInt8]] = ["www.", "mailto:", "xmpp:"].map { Array($0.utf8) }

    /// Whether `text` holds one of `autolinkStarts` in any mix of cases (`://` is caught before).
    private static func mayAutolink(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            autolinkStarts.contains { start in
                bytes.count >= start.count && (0...(bytes.count - start.count)).contains { offset in
                    start.indices.allSatisfy { index in
                        let byte = bytes[offset + index]
                        return ((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte) == start[index]
                    }
                }
            }
        }
    }

    /// The ASCII bytes `isPlainText` lets through (`-`, `.` and space not twice in a row, `/` not after `:`).
    private static let plainASCII: [Bool] = (0..<128).map { byte in
        let scalar = Unicode.Scalar(UInt8(byte))
        return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " ,.;:?!()/+=%-".unicodeScalars.contains(scalar)
    }

    /// A letter (never in the private use area `MarkdownRenderer` reserves), or any ASCII scalar
    /// (checked byte by byte before). Not a combining mark: after a space it joins the space's
    /// `Character`, which trimming treats as white space.
    private static func isPlainLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return false
        }
    }
}
