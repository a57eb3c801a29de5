import SitegenSupport

/// A JSON document built in code: JSON-LD, CSL-JSON and the search index.
///
/// The one place JSON text is escaped. Keys keep the order they are given (no dictionary, so no
/// hash-order surprises), and `<`, `>`, `&` are written as `\u003c`, `\u003e`, `\u0026`: the same
/// JSON to a parser, but a title can never close the `<script>` element JSON-LD sits in.
///
/// Not `indirect`: objects and arrays hold their members in arrays already, and an indirect case
/// put every value, each string and number too, in an allocation of its own.
enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case bool(Bool)
    case null

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text() == rhs.text() }

    /// `value` as a string, or null when absent.
    static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// The serialized text: compact, or with two-space indentation when `pretty`.
    func text(pretty: Bool = false) -> String {
        String(decoding: bytes(pretty: pretty), as: UTF8.self)
    }

    /// The serialized UTF-8 bytes; `depth` is the indentation level the value starts at when `pretty`.
    func bytes(pretty: Bool = false, depth: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, pretty: pretty, depth: depth)
        return out
    }

    func write(to out: inout [UInt8], pretty: Bool, depth: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .int(let value): out += String(value).utf8
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let items) where pretty && items.allSatisfy(\.isFlat):
            // `[2023, 10, 10]` and `[[2023,10,10]]` stay on one line (inner arrays compact).
            out.append(UInt8(ascii: "["))
            for (offset, item) in items.enumerated() {
                if offset > 0 { out += ", ".utf8 }
                item.write(to: &out, pretty: false, depth: 0)
            }
            out.append(UInt8(ascii: "]"))
        case .array(let items):
            writeContainer(items.lazy.map { (nil, $0) }, open: "[", close: "]", to: &out, pretty: pretty, depth: depth)
        case .object(let members):
            writeContainer(members.lazy.map { ($0.0, $0.1) }, open: "{", close: "}", to: &out, pretty: pretty, depth: depth)
        }
    }

    private func writeContainer(_ items: some Collection<(String?, JSONValue)>, open: Unicode.Scalar, close: Unicode.Scalar,
                                to out: inout [UInt8], pretty: Bool, depth: Int) {
        out.append(UInt8(ascii: open))
        guard !items.isEmpty else { return out.append(UInt8(ascii: close)) }
        for (offset, (key, value)) in items.enumerated() {
            if offset > 0 { out.append(UInt8(ascii: ",")) }
            if pretty { Self.newline(indent: depth + 1, to: &out) }
            if let key {
                Self.writeString(key, to: &out)
                out += (pretty ? ": " : ":").utf8
            }
            value.write(to: &out, pretty: pretty, depth: depth + 1)
        }
        if pretty { Self.newline(indent: depth, to: &out) }
        out.append(UInt8(ascii: close))
    }

    private static func newline(indent: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    /// A number, boolean or null, or an array of those.
    private var isFlat: Bool {
        switch self {
        case .object, .string: false
        case .array(let items): items.allSatisfy(\.isFlat)
        case .int, .bool, .null: true
        }
    }

    /// A JSON string literal, with markup characters and controls as `\u` escapes. Runs of bytes that
    /// need no escape (almost all of them) are copied whole; eight bytes at a time are ruled out at
    /// once when none of them can start an escape (`mayStartEscape`), the others looked at one by one.
    static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            let words = UnsafeRawBufferPointer(bytes)
            var run = 0
            var index = 0
            while index < count {
                if index + 8 <= count, !mayStartEscape(words.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                let end = min(index + 8, count)
                while index < end {
                    let byte = bytes[index]
                    // Every byte escaped is below `?` but the backslash and the lead byte of U+2028 and U+2029: the rest go by unlooked.
                    if byte > 0x3E && byte != 0x5C && byte != 0xE2 {
                        index += 1
                        continue
                    }
                    var length = 1
                    let escape: String?
                    switch byte {
                    case 0x22: escape = "\\\""
                    case 0x5C: escape = "\\\\"
                    case 0x0A: escape = "\\n"
                    case 0x0D: escape = "\\r"
                    case 0x09: escape = "\\t"
                    case 0..<0x20, 0x3C, 0x3E, 0x26: escape = unicodeEscape(UInt32(byte))
                    case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                        // U+2028 and U+2029 (`E2 80 A8|A9`) end a line in JavaScript.
                        escape = unicodeEscape(0x2000 + UInt32(bytes[index + 2] - 0x80))
                        length = 3
                    default: escape = nil
                    }
                    guard let escape else {
                        index += 1
                        continue
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                    out += escape.utf8
                    index += length
                    run = index
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether one of the eight bytes of `word` may start an escape: a control, `"`, `\\`, `<`, `>`,
    /// `&`, or `E2` (the lead byte of U+2028 and U+2029). Never says no when one does.
    @inline(__always)
    private static func mayStartEscape(_ word: UInt64) -> Bool {
        EightBytes.hasByte(below: 0x20, in: word) || EightBytes.contains(0x22, in: word) || EightBytes.contains(0x5C, in: word)
            || EightBytes.contains(0x3C, in: word) || EightBytes.contains(0x3E, in: word) || EightBytes.contains(0x26, in: word)
            || EightBytes.contains(0xE2, in: word)
    }

    /// `\u003c` for `<`: four lowercase hex digits.
    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
