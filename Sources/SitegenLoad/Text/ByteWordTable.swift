/// Numbers held for words, looked up by the words' bytes in an open-addressing table over one
/// byte buffer: a text's words are looked up without making a `String` of each, which a
/// `[String: Int32]` needs. Bytes are compared exactly, so it is for words whose bytes are their
/// identity (ASCII, where no two spellings are one `String`).
struct ByteWordTable {
    /// The words' bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Each word's end in `bytes` (its start is the previous word's end), its hash and number.
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    private var values: [Int32] = []
    /// Positions in the lists above, by hash; -1 for an empty slot. A power of two long, at most half full.
    private var slots = [Int32](repeating: -1, count: 1024)

    /// The number held for `word`; when there is none, `value` is kept for it (and returned, as inserted).
    mutating func value(for word: UnsafeBufferPointer<UInt8>, inserting value: Int32) -> (value: Int32, inserted: Bool) {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if hashes[entry] == hash && matches(entry, word) { return (values[entry], false) }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Int32(values.count)
        bytes.append(contentsOf: word)
        ends.append(bytes.count)
        hashes.append(hash)
        values.append(value)
        if values.count * 2 > slots.count { grow() }
        return (value, true)
    }

    private func matches(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = entry == 0 ? 0 : ends[entry - 1]
        guard ends[entry] - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            (0..<word.count).allSatisfy { bytes[start + $0] == word[$0] }
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for entry in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[entry]) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(entry)
        }
    }

    /// FNV-1a, its bits mixed at the end so that the low ones (the slot) depend on every byte.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
    }
}
