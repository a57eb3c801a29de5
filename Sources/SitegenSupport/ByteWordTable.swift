import Foundation

/// Numbers held for words, looked up by the words' bytes in an open-addressing table over one
/// byte buffer: a text's words are looked up without making a `String` of each, which a
/// `[String: Int32]` needs. Bytes are compared exactly, so it is for words whose bytes are their
/// identity (ASCII, where no two spellings are one `String`). The loader numbers a text's words
/// with it, the search index its tokens; inlinable, as both call it for every word they read.
public struct ByteWordTable: Sendable {
    /// The words' bytes, one after the other.
    @usableFromInline var bytes: [UInt8] = []
    /// Each word's start in `bytes`, and one more: the end of the last.
    @usableFromInline var starts: [Int] = [0]
    @usableFromInline var values: [Int32] = []
    /// By hash: a word's hash (high half) and its position in `values` plus one (low half); 0 for
    /// an empty slot. A probe reads the hash from the slot, so only a word whose hash matches is
    /// compared. A power of two long, at most half full.
    @usableFromInline var slots = [UInt64](repeating: 0, count: 1024)

    public init() {}

    /// The number held for `word`; when there is none, `value` is kept for it (and returned, as inserted).
    @inlinable
    public mutating func value(for word: UnsafeBufferPointer<UInt8>, inserting value: Int32) -> (value: Int32, inserted: Bool) {
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            while slots[slot] != 0 {
                let entry = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1
                if slots[slot] >> 32 == hash >> 32 && matches(entry, word) { return entry }
                slot = (slot + 1) & mask
            }
            return nil
        }
        if let found { return (values[found], false) }
        values.append(value)
        slots[slot] = hash & ~0xFFFF_FFFF | UInt64(values.count)
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        if values.count * 2 > slots.count { grow() }
        return (value, true)
    }

    @usableFromInline
    func matches(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let (start, end) = (starts[entry], starts[entry + 1])
        guard end - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            word.isEmpty || memcmp(bytes.baseAddress! + start, word.baseAddress!, word.count) == 0
        }
    }

    @usableFromInline
    mutating func grow() {
        var grown = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for packed in slots where packed != 0 {
            let entry = Int(truncatingIfNeeded: packed & 0xFFFF_FFFF) - 1
            let hash = bytes.withUnsafeBufferPointer { bytes in
                Self.hash(UnsafeBufferPointer(rebasing: bytes[starts[entry]..<starts[entry + 1]]))
            }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = packed
        }
        slots = grown
    }

    /// FNV-1a, its bits mixed at the end so that the low ones (the slot) depend on every byte.
    @inlinable
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
    }
}
