/// Text shown on one line of a message: control characters become escapes (`\n`, `\t`, `\r`,
/// `\x1B`, `\u{85}`), so a file name holding a line feed cannot split its diagnostic in two or
/// move the terminal's cursor.
public enum PrintableText {
    /// `text` with every control character escaped (unchanged, and not copied, when it has none).
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x80 && isControl(scalar): result += "\\x" + hex(scalar.value)
            case _ where isControl(scalar): result += "\\u{" + hex(scalar.value) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A file name's bytes as text: valid UTF-8 read as such, any other byte as `\xNN`, and
    /// control characters escaped as in `escaped(_:)`.
    public static func name(_ bytes: [UInt8]) -> String {
        var result = ""
        var index = 0
        while index < bytes.count {
            let length = UTF8Sequence.length(in: bytes, at: index)
            if length == 0 {
                result += "\\x" + hex(UInt32(bytes[index]))
                index += 1
            } else {
                result += escaped(String(decoding: bytes[index..<(index + length)], as: UTF8.self))
                index += length
            }
        }
        return result
    }

    /// C0 and C1 control characters and DEL.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count < 2 ? "0" + digits : digits
    }
}
