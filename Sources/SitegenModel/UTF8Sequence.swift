/// Where valid UTF-8 starts and ends in bytes that may not all be UTF-8, by the Unicode
/// standard's table of well-formed sequences (no overlong forms, surrogates or values past
/// U+10FFFF).
public enum UTF8Sequence {
    /// The length of the well-formed sequence starting at `index` (1 to 4), 0 when none does.
    public static func length(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        func continues(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < bytes.count && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF: return continues(1) ? 2 : 0
        case 0xE0: return continues(1, 0xA0...0xBF) && continues(2) ? 3 : 0
        case 0xED: return continues(1, 0x80...0x9F) && continues(2) ? 3 : 0
        case 0xE1...0xEF: return continues(1) && continues(2) ? 3 : 0
        case 0xF0: return continues(1, 0x90...0xBF) && continues(2) && continues(3) ? 4 : 0
        case 0xF4: return continues(1, 0x80...0x8F) && continues(2) && continues(3) ? 4 : 0
        case 0xF1...0xF3: return continues(1) && continues(2) && continues(3) ? 4 : 0
        default: return 0
        }
    }

    /// The same for an array.
    public static func length(in bytes: [UInt8], at index: Int) -> Int {
        bytes.withUnsafeBufferPointer { length(in: $0, at: index) }
    }
}
