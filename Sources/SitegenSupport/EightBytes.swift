/// Tests on eight bytes of text at once (a `UInt64` read where they are): fast paths (the loader's
/// plain-ASCII runs, JSON escaping) pass over bytes that need nothing a word at a time and read the
/// rest byte by byte.
public enum EightBytes {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether one of the eight bytes of `word` is `byte`: it is zero after the exclusive or, and
    /// `(v − 0x01…) & ~v & 0x80…` is non-zero exactly when `v` has a zero byte.
    @inlinable @inline(__always)
    public static func contains(_ byte: UInt8, in word: UInt64) -> Bool {
        let value = word ^ (ones &* UInt64(byte))
        return (value &- ones) & ~value & highs != 0
    }

    /// Whether one of the eight bytes is 0x80 or above (not ASCII).
    @inlinable @inline(__always)
    public static func hasNonASCII(_ word: UInt64) -> Bool {
        word & highs != 0
    }

    /// Whether one of the eight bytes is below `bound` (at most 0x80); exact when none is 0x80 or
    /// above (a borrow only reaches bytes above one that is below `bound`). Never misses such a
    /// byte: with bytes of 0x80 or above it may also say yes when there is none.
    @inlinable @inline(__always)
    public static func hasByte(below bound: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(bound)) & ~word & highs != 0
    }
}
