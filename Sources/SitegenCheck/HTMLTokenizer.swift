/// The one HTML tokenizer: finds start tags and their attributes, skips comments, declarations
/// and end tags, and reads the raw text of `<script>`, `<style>`, `<textarea>` and `<title>` up to
/// their end tag. `sitegen check` reads pages with it (`HTMLScanner`), and the tests look for
/// markup that content smuggled in.
///
/// Not an HTML5 parser: it needs only what a browser would take for a tag, in one pass over the bytes.
public enum HTMLTokenizer {
    /// A start tag as written: its name and attribute names lower-cased, values as written
    /// (quotes dropped, entities not decoded), its bytes, and its raw text for a raw-text element.
    public struct StartTag {
        public var name: String
        public var attributes: [(name: String, value: String)]
        /// Where the tag is in the bytes, from `<` to `>` included.
        public var range: Range<Int>
        /// The element's text up to its end tag, for `script`, `style`, `textarea` and `title`.
        public var text: String?
    }

    /// Elements whose content is text up to their end tag, never markup.
    public static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    /// Calls `visit` with every start tag of `bytes`, in order.
    public static func startTags(in bytes: [UInt8], _ visit: (StartTag) -> Void) {
        var reader = Reader(bytes: bytes)
        while let open = reader.find([UInt8(ascii: "<")], from: reader.position) {
            reader.position = open + 1
            if reader.startsWith("!--") {
                reader.position = (reader.find(Array("-->".utf8), from: reader.position + 3) ?? bytes.count - 3) + 3
            } else if reader.position < bytes.count, bytes[reader.position].isASCIILetter {
                visit(reader.startTag(openingAt: open))
            } else if reader.position < bytes.count, [UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "/")].contains(bytes[reader.position]) {
                reader.position = (reader.find([UInt8(ascii: ">")], from: reader.position) ?? bytes.count - 1) + 1
            }
        }
    }

    /// A position in the bytes and the reading of what is there.
    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        /// Reads `<name attr=value …>` and a raw-text element's text, with `position` on the name's first letter.
        mutating func startTag(openingAt open: Int) -> StartTag {
            let name = readName().lowercased()
            var attributes: [(name: String, value: String)] = []
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
                attributes.append((attribute, value))
            }
            position = min(position + 1, bytes.count)
            var tag = StartTag(name: name, attributes: attributes, range: open..<position, text: nil)
            if HTMLTokenizer.rawTextElements.contains(name) {
                let end = find(Array("</\(name)".utf8), from: position, caseInsensitive: true) ?? bytes.count
                tag.text = String(decoding: bytes[position..<end], as: UTF8.self)
                position = end
            }
            return tag
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

        func startsWith(_ literal: String) -> Bool {
            let needle = Array(literal.utf8)
            return position + needle.count <= bytes.count && bytes[position..<position + needle.count].elementsEqual(needle)
        }

        /// The index of the first occurrence of `needle` at or after `start`.
        func find(_ needle: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
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
}

extension UInt8 {
    var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
    var isASCIIWhitespace: Bool { self == 0x20 || self == 0x0A || self == 0x09 || self == 0x0D || self == 0x0C }
    var asciiLowercased: UInt8 { self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") ? self | 0x20 : self }
}
