/// A profile file's text cut into lines, with capture noise removed.
///
/// Captures come with a UTF-8 BOM, CRLF or CR line endings, trailing spaces, no-break spaces
/// and whitespace-only separator lines; none of that is meaningful, so it is normalised here
/// once and every parser sees clean lines with their original 1-based line numbers.
struct SourceText {
    /// One line of the file: its 1-based number and its trimmed text (empty for blank lines).
    struct Line: Equatable {
        var number: Int
        var text: String
        var isBlank: Bool { text.isEmpty }
    }

    let lines: [Line]

    /// Lines longer than this are cut (a 50 MB single line is junk, not a title).
    static let maxLineLength = 20_000

    init(_ raw: String) {
        var result: [Line] = []
        let utf8 = raw.utf8
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        // Split on \n, \r\n and \r alike; the separators are ASCII, so every cut is on a scalar boundary.
        func endLine(at end: String.Index) {
            var text = raw[lineStart..<end]
            if result.isEmpty, text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
            result.append(Line(number: result.count + 1, text: Self.clean(text)))
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                endLine(at: index)
                let next = utf8.index(after: index)
                index = byte == 0x0D && next < utf8.endIndex && utf8[next] == 0x0A ? utf8.index(after: next) : next
                lineStart = index
            } else {
                index = utf8.index(after: index)
            }
        }
        endLine(at: utf8.endIndex)
        lines = result
    }

    /// Non-blank lines only, in order.
    var contentLines: [Line] { lines.filter { !$0.isBlank } }

    /// Trims white space (including no-break and other Unicode spaces), turns inner no-break
    /// spaces into plain spaces, and drops control characters (`InvisibleControls`).
    static func clean(_ text: Substring) -> String {
        var text = text
        if text.utf8.count > maxLineLength * 4 || text.unicodeScalars.count > maxLineLength {
            text = Substring(text.unicodeScalars.prefix(maxLineLength))
        }
        // Printable ASCII (most lines) needs only trimming.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return String(text).trimmingSpaces() }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x21 && scalar.value < 0x7F {
                scalars.append(scalar)
            } else if scalar.properties.isWhitespace {
                scalars.append(" ")
            } else if InvisibleControls.isRemoved(scalar, keepingLineBreaks: false) {
                continue
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars).trimmingSpaces()
    }
}

extension String {
    /// The string without leading and trailing spaces (after `SourceText.clean`, all white space is " ").
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { $0 != " " }) else { return "" }
        let last = lastIndex(where: { $0 != " " })!
        return String(self[first...last])
    }
}
