/// The one place XML (Atom, sitemaps, inline SVG) text is escaped.
enum XMLText {
    /// `text` safe in element content and in double- or single-quoted attributes: `& < > " '` as
    /// entities, and the control characters XML 1.0 forbids dropped (U+FFFE and U+FFFF, UTF-8
    /// `EF BF BE|BF`, too). Text with none of them is returned as it is.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF })
        else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The XML declaration every file starts with.
    static let declaration = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
}
