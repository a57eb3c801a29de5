/// A light HTML scanner: finds start tags and their attributes, skips comments, declarations,
/// end tags and the raw text of `<script>`, `<style>` and `<textarea>`, and reads `<title>`.
///
/// It is not an HTML5 parser: it needs only what a generated page contains, and reads a page in
/// one pass over its bytes, so thousands of pages take well under a second.
struct HTMLScanner {
    private let bytes: [UInt8]
    private var position = 0
    private var facts = PageFacts()

    /// Elements whose content is text up to their end tag, never markup.
    private static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    static func scan(_ bytes: [UInt8]) -> PageFacts {
        var scanner = HTMLScanner(bytes: bytes)
        scanner.run()
        return scanner.facts
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func run() {
        while let open = find([UInt8(ascii: "<")], from: position) {
            position = open + 1
            if startsWith("!--") {
                position = (find(Array("-->".utf8), from: position + 3) ?? bytes.count - 3) + 3
            } else if position < bytes.count, bytes[position].isASCIILetter {
                startTag()
            } else if position < bytes.count, [UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "/")].contains(bytes[position]) {
                position = (find([UInt8(ascii: ">")], from: position) ?? bytes.count - 1) + 1
            }
        }
    }

    /// Reads `<name attr=value …>` with `position` on the name's first letter.
    private mutating func startTag() {
        let name = readName().lowercased()
        var attributes: [String: String] = [:]
        while position < bytes.count {
            skip { $0.isASCIIWhitespace || $0 == UInt8(ascii: "/") }
            guard position < bytes.count, bytes[position] != UInt8(ascii: ">") else { break }
            let attribute = readName().lowercased()
            skip(\.isASCIIWhitespace)
            var value = ""
            if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                position += 1
                skip(\.isASCIIWhitespace)
                value = readValue()
            }
            if attributes[attribute] == nil { attributes[attribute] = value }
        }
        position += 1
        record(element: name, attributes: attributes)
        if Self.rawTextElements.contains(name) {
            let end = find(Array("</\(name)".utf8), from: position, caseInsensitive: true) ?? bytes.count
            if name == "title" { facts.title = HTMLEntities.decode(String(decoding: bytes[position..<end], as: UTF8.self)) }
            position = end
        }
    }

    private mutating func record(element: String, attributes: [String: String]) {
        for key in ["href", "src"] {
            if let link = attributes[key] { facts.links.append(HTMLEntities.decode(link)) }
        }
        if let id = attributes["id"] { facts.anchors.insert(HTMLEntities.decode(id)) }
        switch element {
        case "a":
            if let name = attributes["name"] { facts.anchors.insert(HTMLEntities.decode(name)) }
        case "meta":
            if let name = attributes["name"] {
                facts.metas.append((name.lowercased(), HTMLEntities.decode(attributes["content"] ?? "")))
            }
        case "link":
            let relations = (attributes["rel"] ?? "").lowercased().split(separator: " ")
            if relations.contains("canonical"), let href = attributes["href"] { facts.canonicalURL = HTMLEntities.decode(href) }
        default:
            break
        }
    }

    /// A tag or attribute name: up to whitespace, `=`, `>` or `/`.
    private mutating func readName() -> String {
        let start = position
        skip { !$0.isASCIIWhitespace && $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "/") }
        if position == start, position < bytes.count { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// A quoted value (quotes dropped) or an unquoted one (up to whitespace or `>`).
    private mutating func readValue() -> String {
        guard position < bytes.count else { return "" }
        let quote = bytes[position]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let start = position + 1
            let end = find([quote], from: start) ?? bytes.count
            position = min(end + 1, bytes.count)
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        let start = position
        skip { !$0.isASCIIWhitespace && $0 != UInt8(ascii: ">") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func skip(_ predicate: (UInt8) -> Bool) {
        while position < bytes.count, predicate(bytes[position]) { position += 1 }
    }

    private func startsWith(_ literal: String) -> Bool {
        let needle = Array(literal.utf8)
        return position + needle.count <= bytes.count && bytes[position..<position + needle.count].elementsEqual(needle)
    }

    /// The index of the first occurrence of `needle` at or after `start`.
    private func find(_ needle: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == first || (caseInsensitive && bytes[index].asciiLowercased == first) {
                var matched = 1
                while matched < needle.count,
                      (caseInsensitive ? bytes[index + matched].asciiLowercased : bytes[index + matched]) == needle[matched] {
                    matched += 1
                }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}

extension UInt8 {
    var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
    var isASCIIWhitespace: Bool { self == 0x20 || self == 0x0A || self == 0x09 || self == 0x0D || self == 0x0C }
    var asciiLowercased: UInt8 { self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") ? self | 0x20 : self }
}
