/// The one place XML (Atom, sitemaps, inline SVG) text is escaped.
enum XMLText {
    /// `text` safe in element content and in double- or single-quoted attributes: `& < > " '` as
    /// entities, and the control characters XML 1.0 forbids dropped (U+FFFE and U+FFFF, UTF-8
    /// `EF BF BE|BF`, too). Text with none of them is returned as it is.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF })
        else { return text }
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var copiedUpTo = 0
            var index = 0
            // Every byte changed is ASCII or starts U+FFFE/U+FFFF, so runs of the others are copied whole.
            while index < bytes.count {
                let byte = bytes[index]
                let length: Int
                let replacement: StaticString?
                switch byte {
                case UInt8(ascii: "&"): (length, replacement) = (1, "&amp;")
                case UInt8(ascii: "<"): (length, replacement) = (1, "&lt;")
                case UInt8(ascii: ">"): (length, replacement) = (1, "&gt;")
                case UInt8(ascii: "\""): (length, replacement) = (1, "&quot;")
                case UInt8(ascii: "'"): (length, replacement) = (1, "&#39;")
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): (length, replacement) = (0, nil)
                case ..<0x20: (length, replacement) = (1, "")
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    (length, replacement) = (3, "")
                default: (length, replacement) = (0, nil)
                }
                guard let replacement else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<index]))
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                index += length
                copiedUpTo = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The XML declaration every file starts with.
    static let declaration = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
}
