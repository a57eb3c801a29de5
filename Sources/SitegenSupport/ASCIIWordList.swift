/// A fixed list of lower-case ASCII words (name particles, the words of group names), looked up by
/// bytes: each word is held packed in two integers, so a look-up packs the bytes once and
/// compares integers, where a `Set<String>` would hash a `String` made for the purpose.
public struct ASCIIWordList: Sendable {
    /// Up to sixteen bytes, the first in the lowest bits of `low`.
    @usableFromInline
    struct Packed: Equatable, Sendable {
        @usableFromInline
        var low: UInt64 = 0
        @usableFromInline
        var high: UInt64 = 0

        @inlinable
        init() {}
    }

    /// The longest word a list may hold, in bytes.
    public static let maxLength = 16

    /// The words by length, packed.
    @usableFromInline
    let byLength: [[Packed]]

    public init(_ words: some Sequence<String>) {
        var byLength = [[Packed]](repeating: [], count: Self.maxLength + 1)
        for word in words {
            precondition(word.utf8.count <= Self.maxLength
                && word.utf8.allSatisfy { $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) })
            byLength[word.utf8.count].append(Self.pack(word.utf8, lowercasing: false))
        }
        self.byLength = byLength
    }

    /// Whether `bytes` are one of the words.
    @inlinable
    public func contains(_ bytes: some Collection<UInt8>) -> Bool {
        let count = bytes.count
        return count <= Self.maxLength && byLength[count].contains(Self.pack(bytes, lowercasing: false))
    }

    /// Whether `bytes`, with `A`–`Z` read as `a`–`z`, is one of the words.
    @inlinable
    public func containsLowercased(_ bytes: some Collection<UInt8>) -> Bool {
        let count = bytes.count
        return count <= Self.maxLength && byLength[count].contains(Self.pack(bytes, lowercasing: true))
    }

    /// The first sixteen of `bytes` packed, `A`–`Z` made `a`–`z` when `lowercasing`.
    @inlinable @inline(__always)
    static func pack(_ bytes: some Collection<UInt8>, lowercasing: Bool) -> Packed {
        var packed = Packed()
        var shift: UInt64 = 0
        for var byte in bytes.prefix(maxLength) {
            if lowercasing && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { byte += 32 }
            if shift < 64 {
                packed.low |= UInt64(byte) << shift
            } else {
                packed.high |= UInt64(byte) << (shift - 64)
            }
            shift += 8
        }
        return packed
    }
}
