/// A small HTML tokenizer for the hostile-input checks: start tags with their attributes, as a
/// browser would see them (quoted values, comments and raw-text elements skipped), so markup
/// that content smuggled in shows up as a tag, and escaped text does not.
struct HTMLScan {
    /// A start tag; `text` is the element's raw text for `script`, `style`, `textarea`, `title`.
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
        var source: String
        var text: String?
    }

    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    private(set) var tags: [Tag] = []

    init(_ html: String) {
        let bytes = Array(html.utf8)
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = open + 1
            if Self.starts(bytes, at: open, with: "<!--") {
                index = Self.find(bytes, "-->", from: open + 4).map { $0 + 3 } ?? bytes.count
            } else if index < bytes.count, [UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "/")].contains(bytes[index]) {
                index = bytes[index...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? bytes.count
            } else if index < bytes.count, Self.isLetter(bytes[index]) {
                var tag = Self.readTag(bytes, at: &index, from: open)
                if Self.rawTextElements.contains(tag.name) {
                    let close = Self.find(bytes, "</\(tag.name)", from: index, caseInsensitive: true) ?? bytes.count
                    tag.text = String(decoding: bytes[index..<close], as: UTF8.self)
                    index = close
                }
                tags.append(tag)
            }
        }
    }

    private static func readTag(_ bytes: [UInt8], at index: inout Int, from open: Int) -> Tag {
        let nameEnd = bytes[index...].firstIndex { !isLetter($0) && !isDigit($0) && $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: ":") } ?? bytes.count
        let name = String(decoding: bytes[index..<nameEnd], as: UTF8.self).lowercased()
        index = nameEnd
        var attributes: [(String, String)] = []
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
            if isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1; continue }
            let start = index
            while index < bytes.count, !isSpace(bytes[index]), ![UInt8(ascii: "="), UInt8(ascii: ">")].contains(bytes[index]) { index += 1 }
            let attribute = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    let end = bytes[(index + 1)...].firstIndex(of: quote) ?? bytes.count
                    value = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                    index = min(end + 1, bytes.count)
                } else {
                    let end = bytes[index...].firstIndex { isSpace($0) || $0 == UInt8(ascii: ">") } ?? bytes.count
                    value = String(decoding: bytes[index..<end], as: UTF8.self)
                    index = end
                }
            }
            attributes.append((attribute, value))
        }
        index = min(index + 1, bytes.count)
        return Tag(name: name, attributes: attributes, source: String(decoding: bytes[open..<index], as: UTF8.self))
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with prefix: String) -> Bool {
        bytes[index...].starts(with: prefix.utf8)
    }

    private static func find(_ bytes: [UInt8], _ needle: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
        let pattern = Array((caseInsensitive ? needle.lowercased() : needle).utf8)
        guard start + pattern.count <= bytes.count else { return nil }
        return (start...(bytes.count - pattern.count)).first { offset in
            pattern.indices.allSatisfy { (caseInsensitive ? lower(bytes[offset + $0]) : bytes[offset + $0]) == pattern[$0] }
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte + 32 : byte }
    private static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
    private static func isSpace(_ byte: UInt8) -> Bool { [9, 10, 12, 13, 32].contains(byte) }
}
