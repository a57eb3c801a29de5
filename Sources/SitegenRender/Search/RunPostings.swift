import Foundation

/// The postings of a run of documents, gathered by token as `SearchTokens.read` hands tokens on:
/// an open-addressing table keyed by each token's UTF-8 bytes, so a token met again (most words
/// of an abstract are) costs a hash and a compare of its bytes, and a `String` is made once per
/// distinct token of the run, when the run is done. Each document keeps the first place of each
/// of its tokens, strong before weak, as `SearchTokens.tokens(strong:weak:)` gives them.
struct RunPostings: SearchTokenSink {
    /// A token: its bytes in `arena`, its hash, its postings, and the last document that gave it
    /// a strong and a weak posting (a document lists a token once).
    private struct Entry {
        let start: Int
        let length: Int
        let hash: UInt64
        let isStopWord: Bool
        var postings = SearchIndex.Postings()
        var lastStrong: Int32 = -1
        var lastWeak: Int32 = -1
    }

    /// The document whose tokens come now (numbers rise through a run).
    var document: Int32 = 0
    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    /// Entry numbers, -1 where empty; a power of two long, at most half full.
    private var slots = [Int32](repeating: -1, count: 1 << 12)

    init() {
        for word in SearchTokens.stopWords {
            insert(Array(word.utf8), hash: Self.hash(Array(word.utf8)), isStopWord: true)
        }
    }

    mutating func take(_ bytes: [UInt8], position: Int, isWeak: Bool) {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let number = Int(slots[slot])
            if entries[number].hash == hash && matches(number, bytes) {
                add(to: number, position: position, isWeak: isWeak)
                return
            }
            slot = (slot + 1) & mask
        }
        add(to: insert(bytes, hash: hash, isStopWord: false), position: position, isWeak: isWeak)
    }

    /// Every token of the run (stop words aside) with its postings, in no particular order.
    func gathered() -> [(token: String, postings: SearchIndex.Postings)] {
        entries.lazy.filter { !$0.isStopWord }.map { entry in
            (arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[entry.start..<(entry.start + entry.length)]), as: UTF8.self) },
             entry.postings)
        }
    }

    private mutating func add(to number: Int, position: Int, isWeak: Bool) {
        guard !entries[number].isStopWord else { return }
        let posting = SearchIndex.Posting(document: document, position: Int32(position))
        if !isWeak {
            guard entries[number].lastStrong != document else { return }
            entries[number].lastStrong = document
            entries[number].postings.strong.append(posting)
        } else {
            guard entries[number].lastStrong != document, entries[number].lastWeak != document else { return }
            entries[number].lastWeak = document
            entries[number].postings.weak.append(posting)
        }
    }

    private func matches(_ number: Int, _ bytes: [UInt8]) -> Bool {
        let entry = entries[number]
        guard entry.length == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            bytes.withUnsafeBufferPointer { bytes in
                bytes.isEmpty || memcmp(arena.baseAddress! + entry.start, bytes.baseAddress!, bytes.count) == 0
            }
        }
    }

    /// Adds the token `bytes` (not in the table yet) and returns its entry number.
    @discardableResult
    private mutating func insert(_ bytes: [UInt8], hash: UInt64, isStopWord: Bool) -> Int {
        let number = entries.count
        entries.append(Entry(start: arena.count, length: bytes.count, hash: hash, isStopWord: isStopWord))
        arena += bytes
        if entries.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for (other, entry) in entries.enumerated() { place(Int32(other), hash: entry.hash) }
        } else {
            place(Int32(number), hash: hash)
        }
        return number
    }

    private mutating func place(_ number: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = number
    }

    /// FNV-1a over the bytes, mixed at the end so the low bits (the slot) depend on all of them.
    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash ^= hash >> 29
        hash &*= 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}
