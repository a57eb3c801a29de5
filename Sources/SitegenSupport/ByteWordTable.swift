import Foundation

/// Numbers held for words, looked up by the words' bytes in an open-addressing table over one
/// byte buffer: a text's words are looked up without making a `String` of each, which a
/// `[String: Int32]` needs. Bytes are compared exactly, so it is for words whose bytes are their
/// identity (ASCII, where no two spellings are one `String`), or for counting before spellings
/// `String` equates are joined. The loader numbers a text's words and tallies names with it, the
/// search index its tokens; inlinable, as they call it for every word they read.
public struct ByteWordTable: Sendable {
    /// One place of the table, holding what a probe compares and the number it answers: a word
    /// of eight bytes or fewer (most) is found and answered from its slot alone, with no read of
    /// `bytes` or of another array.
    @usableFromInline struct Slot: Sendable {
        /// The word's first eight bytes, the first in the lowest bits, zero beyond its end.
        @usableFromInline var opening: UInt64
        /// The word's hash (high 24 bits) and length (low 8 bits, at most 255).
        @usableFromInline var tag: UInt32
        /// The number held for the word.
        @usableFromInline var value: Int32
        /// The word's position among the words, plus one (its bytes are `starts[entry]..<starts[entry + 1]`); 0 for an empty slot.
        @usableFromInline var entryPlusOne: UInt32

        @inlinable init(opening: UInt64 = 0, tag: UInt32 = 0, value: Int32 = 0, entryPlusOne: UInt32 = 0) {
            (self.opening, self.tag, self.value, self.entryPlusOne) = (opening, tag, value, entryPlusOne)
        }
    }

    /// The words' bytes, one after the other.
    @usableFromInline var bytes: [UInt8] = []
    /// Each word's start in `bytes`, and one more: the end of the last.
    @usableFromInline var starts: [Int] = [0]
    /// By hash; a power of two long, at most half full.
    @usableFromInline var slots = [Slot](repeating: Slot(), count: 1024)

    public init() {}

    /// The number held for `word`; when there is none, `value` is kept for it (and returned, as inserted).
    @inlinable
    public mutating func value(for word: UnsafeBufferPointer<UInt8>, inserting value: Int32) -> (value: Int32, inserted: Bool) {
        let (hash, opening) = Self.hash(word)
        let tag = UInt32(truncatingIfNeeded: hash >> 40) << 8 | UInt32(min(word.count, 255))
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let found: Int32? = slots.withUnsafeBufferPointer { slots in
            while slots[slot].entryPlusOne != 0 {
                let entry = slots[slot]
                if entry.tag == tag && entry.opening == opening && (word.count <= 8 || matches(Int(entry.entryPlusOne) - 1, word)) {
                    return entry.value
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
        if let found { return (found, false) }
        slots[slot] = Slot(opening: opening, tag: tag, value: value, entryPlusOne: UInt32(starts.count))
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        if (starts.count - 1) * 2 > slots.count { grow() }
        return (value, true)
    }

    /// Whether the word at `entry` has the bytes of `word`.
    @usableFromInline
    func matches(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let (start, end) = (starts[entry], starts[entry + 1])
        guard end - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            memcmp(bytes.baseAddress! + start, word.baseAddress!, word.count) == 0
        }
    }

    @usableFromInline
    mutating func grow() {
        var grown = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = grown.count - 1
        for entry in slots where entry.entryPlusOne != 0 {
            let position = Int(entry.entryPlusOne) - 1
            let (hash, _) = bytes.withUnsafeBufferPointer { bytes in
                Self.hash(UnsafeBufferPointer(rebasing: bytes[starts[position]..<starts[position + 1]]))
            }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while grown[slot].entryPlusOne != 0 { slot = (slot + 1) & mask }
            grown[slot] = entry
        }
        slots = grown
    }

    /// A hash of `word`, read eight bytes at a time (the last ones zero-padded) and mixed so
    /// that the low bits (the slot) depend on every byte; and the word's first eight bytes.
    @inlinable
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, opening: UInt64) {
        func mix(_ hash: UInt64, _ bytes: UInt64) -> UInt64 {
            let mixed = (hash ^ bytes) &* 0xbf58_476d_1ce4_e5b9
            return mixed ^ (mixed >> 31)
        }
        var hash = UInt64(word.count) &* 0x9e37_79b9_7f4a_7c15
        var opening: UInt64 = 0
        var index = 0
        while index + 8 <= word.count {
            let bytes = UnsafeRawPointer(word.baseAddress! + index).loadUnaligned(as: UInt64.self)
            if index == 0 { opening = bytes }
            hash = mix(hash, bytes)
            index += 8
        }
        if index < word.count {
            var last: UInt64 = 0
            for offset in 0..<(word.count - index) { last |= UInt64(word[index + offset]) << (8 * UInt64(offset)) }
            if index == 0 { opening = last }
            hash = mix(hash, last)
        }
        return ((hash ^ (hash >> 29)) &* 0x94d0_49bb_1331_11eb, opening)
    }
}
