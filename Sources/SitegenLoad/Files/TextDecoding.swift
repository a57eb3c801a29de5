import SitegenModel

/// Text from bytes that should be UTF-8 and sometimes are not: a capture saved as UTF-16 (with
/// a byte-order mark, or every other byte zero as ASCII text in UTF-16 has) or in a Windows
/// code page. UTF-8 is validated once and taken as it is; only other bytes take the slow paths,
/// and none ever becomes U+FFFD: a name stays a name.
enum TextDecoding {
    /// What bytes that were not UTF-8 were read as.
    enum Encoding: Equatable {
        case utf16(littleEndian: Bool, byteOrderMark: Bool)
        /// Every byte that is not part of a valid UTF-8 sequence read as Windows-1252 (Latin-1
        /// with the printable characters Windows puts at 0x80–0x9F).
        case windows1252

        /// How a warning names it.
        var name: String {
            switch self {
            case .utf16(let little, let mark):
                "UTF-16 \(little ? "little" : "big")-endian (\(mark ? "it starts with a byte-order mark" : "every other byte is zero"))"
            case .windows1252: "Windows-1252 (Latin-1)"
            }
        }
    }

    /// The text of `bytes`, and the encoding used when it was not UTF-8. Invalid UTF-16 units (a
    /// lone surrogate, an odd last byte) are dropped, and counted.
    static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding?, dropped: Int) {
        let utf8 = String(validating: bytes, as: UTF8.self)
        if let utf8, !mayBeUTF16(bytes) { return (utf8, nil, 0) }
        if let (little, mark) = utf16Layout(of: bytes) {
            let (text, dropped) = decodeUTF16(bytes.dropFirst(mark ? 2 : 0), littleEndian: little)
            return (text, .utf16(littleEndian: little, byteOrderMark: mark), dropped)
        }
        if let utf8 { return (utf8, nil, 0) }
        return (decodeWindows1252(bytes), .windows1252, 0)
    }

    /// Whether valid UTF-8 could still be UTF-16: a zero byte near the start (UTF-16 ASCII is
    /// valid UTF-8, but ordinary text holds no zero byte).
    static func mayBeUTF16(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(64).contains(0)
    }

    /// UTF-16 by its byte-order mark, or by the zeros ASCII text in UTF-16 has in every other byte.
    private static func utf16Layout(of bytes: [UInt8]) -> (littleEndian: Bool, byteOrderMark: Bool)? {
        if bytes.starts(with: [0xFF, 0xFE]) { return (true, true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (false, true) }
        let sample = bytes.prefix(4096)
        let pairs = sample.count / 2
        guard pairs >= 2 else { return nil }
        var zeros = (even: 0, odd: 0)
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        if zeros.odd * 10 >= pairs * 3 && zeros.even * 20 <= pairs { return (true, false) }
        if zeros.even * 10 >= pairs * 3 && zeros.odd * 20 <= pairs { return (false, false) }
        return nil
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> (String, dropped: Int) {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        var dropped = bytes.count % 2
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .error: dropped += 1
            case .emptyInput: break decoding
            }
        }
        return (String(scalars), dropped)
    }

    /// Valid UTF-8 sequences as they are (a file edited in two editors), every other byte as
    /// Windows-1252; the five bytes Windows-1252 leaves undefined become the C1 controls of the
    /// same value, which the loader removes like any control character.
    private static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let length = UTF8Sequence.length(in: buffer, at: index)
                if length > 0 {
                    scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: buffer[index..<(index + length)]),
                                                      as: UTF8.self).unicodeScalars)
                    index += length
                } else {
                    let byte = buffer[index]
                    let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
                    scalars.append(Unicode.Scalar(value)!)
                    index += 1
                }
            }
        }
        return String(scalars)
    }

    /// Windows-1252's characters at 0x80–0x9F (the undefined ones as their C1 control).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
