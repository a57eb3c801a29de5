/// swift-mustache's `htmlEscape`, on UTF-8 bytes: `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;`
/// `&quot;` `&#39;`; every other byte is copied.
///
/// Surprising but exact: swift-mustache compares whole `Character`s, so one of the five that is part
/// of a larger grapheme cluster (`'` followed by a combining accent, or after a prepended mark) is
/// left alone. An ASCII neighbour can never join a cluster, so only a non-ASCII neighbour needs the
/// (rare) check with `Character`s.
enum HTMLByteEscaping {
    /// Appends `text` to `output`, escaped.
    static func append(escaping text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var copiedUpTo = 0
            for index in bytes.indices {
                guard bytes[index] <= UInt8(ascii: ">"), let replacement = replacement(for: bytes[index]),
                      standsAlone(at: index, in: bytes) else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<index]))
                output.append(contentsOf: replacement)
                copiedUpTo = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
        }
    }

    private static func replacement(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }

    /// Whether the ASCII byte at `index` is a grapheme cluster on its own.
    private static func standsAlone(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if index > 0, bytes[index - 1] >= 0x80 {
            var start = index - 1
            while bytes[start] & 0xC0 == 0x80 { start -= 1 }
            if String(decoding: UnsafeBufferPointer(rebasing: bytes[start...index]), as: UTF8.self).count != 2 {
                return false
            }
        }
        if index + 1 < bytes.count, bytes[index + 1] >= 0x80 {
            var end = index + 2
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            if String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).count != 2 {
                return false
            }
        }
        return true
    }
}

private extension Array where Element == UInt8 {
    mutating func append(contentsOf text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
