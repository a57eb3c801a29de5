import Foundation
import SitegenSupport

/// A profile file's text cut into lines, with capture noise removed.
///
/// Captures come with a UTF-8 BOM, CRLF or CR line endings, trailing spaces, no-break spaces
/// and whitespace-only separator lines; none of that is meaningful, so it is normalised here
/// once and every parser sees clean lines with their original 1-based line numbers.
struct SourceText {
    /// One line of the file: its 1-based number and its trimmed text (empty for blank lines).
    struct Line: Equatable {
        var number: Int
        var text: String
        var isBlank: Bool { text.isEmpty }
    }

    let lines: [Line]
    /// Non-blank lines only, in order.
    let contentLines: [Line]

    /// Lines longer than this are cut (a 50 MB single line is junk, not a title).
    static let maxLineLength = 20_000

    init(_ raw: String) {
        var raw = raw
        self = raw.withUTF8 { Self(bytes: $0, decode: { String(decoding: $0, as: UTF8.self) }) }!
    }

    /// The text of UTF-8 bytes, nil when they are not valid UTF-8: each line is validated as it
    /// is decoded (UTF-8 is valid when each line is: the cuts are at ASCII bytes), with no
    /// `String` of the whole file made first.
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let text = Self(bytes: bytes, decode: Self.validated) else { return nil }
        self = text
    }

    /// `String(validating: bytes, as: UTF8.self)` without its validation, generic, which looks its
    /// types up on every call: decoding, which is not generic, replaces what is not valid, so the
    /// bytes are valid exactly when the decoded text's bytes are the same.
    private static func validated(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let same = text.withUTF8 { decoded in
            decoded.count == bytes.count && (bytes.isEmpty || memcmp(decoded.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        return same ? text : nil
    }

    /// The text of `bytes`, each line's bytes made a `String` by `decode`; nil when `decode` gives nil.
    /// Whether a line is plain (`isPlain`), and whether it is printable ASCII, is found in the same
    /// pass that finds its end.
    private init?(bytes: UnsafeBufferPointer<UInt8>, decode: (UnsafeBufferPointer<UInt8>) -> String?) {
        var result: [Line] = []
        var lineStart = 0
        var index = 0
        var plain = true
        var ascii = true
        // Split on \n, \r\n and \r alike; the separators are ASCII, so every cut is on a scalar boundary.
        func endLine(at end: Int) -> Bool {
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
            guard let text = result.isEmpty ? Self.cleanFirstLine(line, decode: decode) : Self.clean(line, plain: plain, ascii: ascii, decode: decode) else {
                return false
            }
            result.append(Line(number: result.count + 1, text: text))
            return true
        }
        while index < bytes.count {
            // Printable ASCII (most of a page) is passed over eight bytes at a time.
            if index + 8 <= bytes.count,
               !Self.hasOtherThanPrintableASCII(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F {
                index += 1
            } else if byte == 0x0A || byte == 0x0D {
                guard endLine(at: index) else { return nil }
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                (lineStart, plain, ascii) = (index, true, true)
            } else if plain, let length = Self.plainScalarLength(bytes, at: index) {
                index += length
                ascii = false
            } else {
                // The rest of the line is passed byte by byte; a scalar's continuation bytes are never a line break.
                plain = false
                index += 1
            }
        }
        guard endLine(at: bytes.count) else { return nil }
        lines = result
        contentLines = result.filter { !$0.isBlank }
    }

    /// Whether any of the eight bytes in `word` is not printable ASCII (below 0x20, 0x7F, or 0x80 and up).
    @inline(__always)
    static func hasOtherThanPrintableASCII(_ word: UInt64) -> Bool {
        EightBytes.hasNonASCII(word) || EightBytes.hasByte(below: 0x20, in: word) || EightBytes.contains(0x7F, in: word)
    }

    /// The first line may open with a byte-order mark, which is dropped before cleaning.
    private static func cleanFirstLine(_ bytes: UnsafeBufferPointer<UInt8>, decode: (UnsafeBufferPointer<UInt8>) -> String?) -> String? {
        guard let decoded = decode(bytes) else { return nil }
        var text = Substring(decoded)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        return clean(text)
    }

    /// `clean` of one line's bytes, made a `String` by `decode`. A line with nothing to clean
    /// but spaces at its ends (`plain`: printable ASCII and `isPlain` scalars; most lines) is
    /// trimmed without being decoded first; when it is all printable ASCII (`ascii`), which is
    /// valid UTF-8 whatever `decode` would check, its `String` is made without `decode` (whose
    /// validation, generic, looks its types up on every call).
    private static func clean(_ bytes: UnsafeBufferPointer<UInt8>, plain: Bool, ascii: Bool,
                              decode: (UnsafeBufferPointer<UInt8>) -> String?) -> String? {
        guard bytes.count <= maxLineLength, plain else {
            return decode(bytes).map { clean(Substring($0)) }
        }
        guard let first = bytes.firstIndex(where: { $0 != 0x20 }) else { return "" }
        let last = bytes.lastIndex(where: { $0 != 0x20 })!
        // A space is a character of its own unless a scalar joins it (a mark after it, a
        // prepended sign before it): trimmed bytes must then be trimmed as characters.
        guard first == 0 || bytes[first] < 0x80, last == bytes.count - 1 || bytes[last] < 0x80 else {
            return decode(bytes).map { clean(Substring($0)) }
        }
        let trimmed = UnsafeBufferPointer(rebasing: bytes[first...last])
        return ascii ? String(decoding: trimmed, as: UTF8.self) : decode(trimmed)
    }

    /// The length of the scalar starting at `index` (a byte of 0x80 and up) when it is `isPlain`,
    /// nil when it is not or is cut short (for bytes that are not valid UTF-8, the answer does
    /// not matter: decoding them fails).
    private static func plainScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        guard byte >= 0xC2, index + length <= bytes.count,
              bytes[(index + 1)..<(index + length)].allSatisfy({ $0 >= 0x80 }), isPlain(bytes, at: index) else { return nil }
        return length
    }

    /// Whether the scalar starting at `index` (a lead byte) is neither white space nor removed
    /// (`InvisibleControls`), so that `clean` keeps it as it is. White space beyond ASCII is
    /// U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000; removed
    /// are U+0080–U+009F, U+202A–U+202E, U+2066–U+2069 and U+FEFF.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case 0xC2: return bytes[index + 1] > 0xA0
        case 0xE1: return !(bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80)
        case 0xE2:
            switch bytes[index + 1] {
            case 0x80: return !(0x80...0x8A).contains(bytes[index + 2]) && !(0xA8...0xAF).contains(bytes[index + 2])
            case 0x81: return bytes[index + 2] != 0x9F && !(0xA6...0xA9).contains(bytes[index + 2])
            default: return true
            }
        case 0xE3: return !(bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80)
        case 0xEF: return !(bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF)
        default: return true
        }
    }

    /// Trims white space (including no-break and other Unicode spaces), turns inner no-break
    /// spaces into plain spaces, and drops control characters (`InvisibleControls`).
    static func clean(_ text: Substring) -> String {
        var text = text
        let byteCount = text.utf8.count
        if byteCount > maxLineLength * 4 || byteCount > maxLineLength && text.unicodeScalars.count > maxLineLength {
            text = Substring(text.unicodeScalars.prefix(maxLineLength))
        }
        // Printable ASCII (most lines) needs only trimming.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return String(text).trimmingSpaces() }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x21 && scalar.value < 0x7F {
                scalars.append(scalar)
            } else if scalar.properties.isWhitespace {
                scalars.append(" ")
            } else if InvisibleControls.isRemoved(scalar, keepingLineBreaks: false) {
                continue
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars).trimmingSpaces()
    }
}

extension String {
    /// The string without leading and trailing spaces (after `SourceText.clean`, all white space is " ").
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { $0 != " " }) else { return "" }
        let last = lastIndex(where: { $0 != " " })!
        return String(self[first...last])
    }
}
