/// A JSON document built in code: JSON-LD, CSL-JSON and the search index.
///
/// The one place JSON text is escaped. Keys keep the order they are given (no dictionary, so no
/// hash-order surprises), and `<`, `>`, `&` are written as `\u003c`, `\u003e`, `\u0026`: the same
/// JSON to a parser, but a title can never close the `<script>` element JSON-LD sits in.
indirect enum JSONValue: Sendable, Equatable {
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
        var out = ""
        write(to: &out, pretty: pretty, depth: 0)
        return out
    }

    private func write(to out: inout String, pretty: Bool, depth: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let items) where pretty && items.allSatisfy(\.isFlat):
            // `[2023, 10, 10]` and `[[2023, 10, 10]]` stay on one line.
            out += "[" + items.map { $0.text() }.joined(separator: ", ") + "]"
        case .array(let items):
            writeContainer(items.map { (nil, $0) }, open: "[", close: "]", to: &out, pretty: pretty, depth: depth)
        case .object(let members):
            writeContainer(members.map { ($0.0, $0.1) }, open: "{", close: "}", to: &out, pretty: pretty, depth: depth)
        }
    }

    private func writeContainer(_ items: [(String?, JSONValue)], open: String, close: String,
                                to out: inout String, pretty: Bool, depth: Int) {
        out += open
        guard !items.isEmpty else { return out += close }
        let indent = pretty ? "\n" + String(repeating: "  ", count: depth + 1) : ""
        for (offset, (key, value)) in items.enumerated() {
            if offset > 0 { out += "," }
            out += indent
            if let key {
                Self.writeString(key, to: &out)
                out += pretty ? ": " : ":"
            }
            value.write(to: &out, pretty: pretty, depth: depth + 1)
        }
        out += pretty ? "\n" + String(repeating: "  ", count: depth) : ""
        out += close
    }

    /// A number, boolean or null, or an array of those.
    private var isFlat: Bool {
        switch self {
        case .object, .string: false
        case .array(let items): items.allSatisfy(\.isFlat)
        case .int, .bool, .null: true
        }
    }

    /// A JSON string literal, with markup characters and controls as `\u` escapes. Most strings
    /// need no escape at all and are copied whole.
    static func writeString(_ text: String, to out: inout String) {
        out += "\""
        if needsEscaping(text) {
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                case 0..<0x20, 0x3C, 0x3E, 0x26, 0x2028, 0x2029:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        } else {
            out += text
        }
        out += "\""
    }

    /// Whether `text` has a quote, backslash, control, `<`, `>`, `&`, U+2028 or U+2029 (UTF-8 `E2 80 A8|A9`).
    private static func needsEscaping(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            switch byte {
            case 0..<0x20, 0x22, 0x5C, 0x3C, 0x3E, 0x26: return true
            case 0xA8...0xA9 where previous == (0xE2, 0x80): return true
            default: previous = (previous.1, byte)
            }
        }
        return false
    }

    /// Already-encoded JSON bytes (from `JSONEncoder`) with `<`, `>`, `&` escaped the same way;
    /// they can only occur inside strings, so the JSON means the same.
    static func markupSafe(_ json: some Sequence<UInt8>) -> [UInt8] {
        var bytes: [UInt8] = []
        for byte in json {
            switch byte {
            case UInt8(ascii: "<"): bytes += Array(#"\u003c"#.utf8)
            case UInt8(ascii: ">"): bytes += Array(#"\u003e"#.utf8)
            case UInt8(ascii: "&"): bytes += Array(#"\u0026"#.utf8)
            default: bytes.append(byte)
            }
        }
        return bytes
    }
}
