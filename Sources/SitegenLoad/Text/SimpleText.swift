import SitegenSupport

/// Text whose every Unicode scalar is a character (grapheme cluster) of its own, so that
/// splitting and searching its scalars gives exactly what the same work on `Character`s gives,
/// at a fraction of the cost.
///
/// It is ASCII (but for CR, which joins a following LF) plus the scalars that names and titles
/// mostly use beyond it: Latin-1 letters and signs (U+00A0–U+00FF but the soft hyphen, a format
/// control), Latin Extended-A and -B (U+0100–U+024F) and the dashes, quotes and dots of
/// U+2010–U+2027. None of them joins a neighbour into one character: none is a combining mark,
/// joiner, prepended or spacing mark, control, Hangul jamo or regional indicator. Text with any
/// other scalar is not simple (and callers work on its characters as before).
enum SimpleText {
    static func isSimple(_ text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isSimple(utf8:)) ?? isSimple(bytes: text.utf8)
    }

    /// `isSimple` of UTF-8 bytes where they are: an opening of ASCII without CR (most text is
    /// that whole) is passed over eight bytes at a time; its bytes are scalars of their own, so
    /// the rest is read from a scalar's start.
    private static func isSimple(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            guard !EightBytes.hasNonASCII(word), !EightBytes.contains(0x0D, in: word) else { break }
            index += 8
        }
        return isSimple(bytes: bytes[index...])
    }

    /// `isSimple` of UTF-8 bytes read one by one, from a scalar's start: the plain statement of the rule.
    static func isSimple(bytes: some Sequence<UInt8>) -> Bool {
        var utf8 = bytes.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case 0x0D: return false
            case 0x00..<0x80: continue
            case 0xC2:
                guard let next = utf8.next(), next >= 0xA0, next != 0xAD else { return false }
            case 0xC3...0xC8:
                guard utf8.next() != nil else { return false }
            case 0xC9:
                guard let next = utf8.next(), next <= 0x8F else { return false }
            case 0xE2:
                guard utf8.next() == 0x80, let last = utf8.next(), (0x90...0xA7).contains(last) else { return false }
            default: return false
            }
        }
        return true
    }
}
