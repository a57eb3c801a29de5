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
    /// Non-blank lines only, in order.
    let contentLines: [Line]

    /// Lines longer than this are cut (a 50 MB single line is junk, not a title).
    static let maxLineLength = 20_000

    init(_ raw: String) {
        var raw = raw
        var result: [Line] = []
        raw.withUTF8 { bytes in
            var lineStart = 0
            var index = 0
            // Split on \n, \r\n and \r alike; the separators are ASCII, so every cut is on a scalar boundary.
            func endLine(at end: Int) {
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                let text = result.isEmpty ? Self.cleanFirstLine(line) : Self.clean(line)
                result.append(Line(number: result.count + 1, text: text))
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    endLine(at: index)
                    index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                    lineStart = index
                } else {
                    index += 1
                }
            }
            endLine(at: bytes.count)
        }
        lines = result
        contentLines = result.filter { !$0.isBlank }
    }

    /// The first line may open with a byte-order mark, which is dropped before cleaning.
    private static func cleanFirstLine(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var text = Substring(String(decoding: bytes, as: UTF8.self))
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        return clean(text)
    }

    /// `clean` of one line's bytes; a line of printable ASCII (most lines) is trimmed and cut
    /// without being decoded first.
    private static func clean(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
            return clean(Substring(String(decoding: bytes, as: UTF8.self)))
        }
        let cut = bytes.prefix(maxLineLength)
        guard let first = cut.firstIndex(where: { $0 != 0x20 }), let last = cut.lastIndex(where: { $0 != 0x20 }) else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: cut[first...last]), as: UTF8.self)
    }

    /// Trims white space (including no-break and other Unicode spaces), turns inner no-break
    /// spaces into plain spaces, and drops control characters (`InvisibleControls`).
    static func clean(_ text: Substring) -> String {
        var text = text
        let byteCount = text.utf8.count
        if byteCount > maxLineLength * 4 || byteCount > maxLineLength && text.unicodeScalars.count > maxLineLength {
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
