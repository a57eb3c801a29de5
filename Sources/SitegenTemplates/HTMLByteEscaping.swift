/// swift-mustache's `htmlEscape`, on UTF-8 bytes: `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;`
/// `&quot;` `&#39;`; every other byte is copied.
///
/// Surprising but exact: swift-mustache compares whole `Character`s, so one of the five that is part
/// of a larger grapheme cluster (`'` followed by a combining accent, or after a prepended mark) is
/// left alone. An ASCII neighbour can never join a cluster, so only a non-ASCII neighbour needs the
/// (rare) check with `Character`s.
enum HTMLByteEscaping {
    /// Appends `text` to `output`, escaped. Eight bytes at a time are ruled out at once when none
    /// of them is one of the five (most of a page's text), the others looked at one by one.
    static func append(escaping text: String, to output: inout [UInt8]) {
        // Native and small strings (all but bridged ones) are read in place, not copied first.
        if text.utf8.withContiguousStorageIfAvailable({ append(escaping: $0, to: &output) }) == nil {
            var text = text
            text.withUTF8 { append(escaping: $0, to: &output) }
        }
    }

    private static func append(escaping bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let count = bytes.count
        let words = UnsafeRawBufferPointer(bytes)
        var copiedUpTo = 0
        var index = 0
        while index < count {
            if index + 8 <= count, !mayHoldSpecial(words.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            for position in index..<min(index + 8, count) {
                guard bytes[position] <= UInt8(ascii: ">"), let replacement = replacement(for: bytes[position]),
                      standsAlone(at: position, in: bytes) else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<position]))
                output.append(contentsOf: replacement)
                copiedUpTo = position + 1
            }
            index += 8
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
    }

    /// Whether one of the eight bytes of `word` is `&` `<` `>` `"` or `'`: a byte equal to the one
    /// looked for is zero after the exclusive or, and `(v - 0x01…) & ~v & 0x80…` is non-zero exactly
    /// when `v` has a zero byte.
    @inline(__always)
    private static func mayHoldSpecial(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        return (hasZeroByte(word ^ (ones &* 0x26)) | hasZeroByte(word ^ (ones &* 0x3C)) | hasZeroByte(word ^ (ones &* 0x3E))
                | hasZeroByte(word ^ (ones &* 0x22)) | hasZeroByte(word ^ (ones &* 0x27))) != 0
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
