/// Characters untrusted text must not carry into pages: C0 and C1 control characters (but for
/// line breaks and tabs where text has lines), the byte-order mark, and the bidirectional
/// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which can make a
/// name or title read differently from what it is.
enum InvisibleControls {
    static func isRemoved(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: !keepingLineBreaks
        case 0x0D: true
        case 0x00...0x1F, 0x7F...0x9F, 0xFEFF, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` without the removed characters (unchanged, and not copied, when it has none).
    static func removed(from text: String, keepingLineBreaks: Bool) -> String {
        guard text.unicodeScalars.contains(where: { isRemoved($0, keepingLineBreaks: keepingLineBreaks) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isRemoved(scalar, keepingLineBreaks: keepingLineBreaks) { scalars.append(scalar) }
        return String(scalars)
    }
}
