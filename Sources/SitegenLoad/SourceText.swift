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
        var number = 0
        // Split on \n, \r\n and \r alike.
        for rawLine in raw.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            number += 1
            var text = Substring(rawLine)
            if number == 1, text.first == "\u{FEFF}" { text = text.dropFirst() }
            if text.count > Self.maxLineLength { text = text.prefix(Self.maxLineLength) }
            result.append(Line(number: number, text: Self.clean(text)))
        }
        // A final newline produces one empty trailing line; blank lines carry no meaning anyway.
        lines = result
    }

    /// Non-blank lines only, in order.
    var contentLines: [Line] { lines.filter { !$0.isBlank } }

    /// Trims white space (including no-break and other Unicode spaces), turns inner no-break
    /// spaces into plain spaces, and drops control characters.
    static func clean(_ text: Substring) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x21 && scalar.value < 0x7F {
                scalars.append(scalar)
            } else if scalar.properties.isWhitespace {
                scalars.append(" ")
            } else if scalar.properties.generalCategory == .control || scalar == "\u{FEFF}" {
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

    /// Collapses runs of spaces into one.
    func collapsingSpaces() -> String {
        split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
