import Foundation
import Synchronization

/// Makes equal strings share one storage, so that a paper printed on many pages keeps one copy
/// of its title, abstract and author names in memory rather than one per page.
///
/// Strings are matched by their exact UTF-8 bytes: String `==` also equates canonically
/// equivalent spellings (`é` precomposed or not), which are printed differently. Small strings
/// are stored inline by Swift and are left as they are.
struct StringInterner {
    /// A place of the table: the digest of a string's bytes (`digest`) and where the string is in
    /// `strings`, plus one (0 for an empty place). A probe compares digests, held side by side
    /// here, before it reads another string's bytes; growing moves digests, hashing nothing again.
    private struct Slot {
        var digest: UInt64 = 0
        var positionPlusOne: UInt32 = 0
    }

    /// Strings of up to this many bytes live inside the `String` value itself.
    private static let inlineLength = 15
    /// The strings kept, in order of first sight.
    private var strings: [String] = []
    /// By digest (its high bits pick the first place looked at); a power of two long, at most half full.
    private var slots = [Slot](repeating: Slot(), count: 1024)

    /// `string`, or the earlier string with the same bytes.
    mutating func intern(_ string: String) -> String {
        guard string.utf8.count > Self.inlineLength else { return string }
        return string.utf8.withContiguousStorageIfAvailable { bytes in intern(string, bytes: bytes) }
            ?? intern(String(decoding: Array(string.utf8), as: UTF8.self))
    }

    /// `intern(string)`, whose UTF-8 is `bytes`.
    private mutating func intern(_ string: String, bytes: UnsafeBufferPointer<UInt8>) -> String {
        let digest = Self.digest(bytes)
        let mask = slots.count - 1
        var slot = Self.firstSlot(digest, mask: mask)
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            while slots[slot].positionPlusOne != 0 {
                if slots[slot].digest == digest {
                    let position = Int(slots[slot].positionPlusOne) - 1
                    if strings[position].utf8.withContiguousStorageIfAvailable({ Self.equal($0, bytes) }) == true { return position }
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
        if let found { return strings[found] }
        strings.append(string)
        slots[slot] = Slot(digest: digest, positionPlusOne: UInt32(strings.count))
        if strings.count * 2 > slots.count { grow() }
        return string
    }

    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
    }

    @inline(__always)
    private static func firstSlot(_ digest: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: digest >> 32) & mask
    }

    /// Twice the places, each string put back by its digest.
    private mutating func grow() {
        var grown = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = grown.count - 1
        for entry in slots where entry.positionPlusOne != 0 {
            var slot = Self.firstSlot(entry.digest, mask: mask)
            while grown[slot].positionPlusOne != 0 { slot = (slot + 1) & mask }
            grown[slot] = entry
        }
        slots = grown
    }

    /// The length and the bytes at both ends, read eight at a time and mixed (abstracts run
    /// to thousands of bytes; two strings alike there but different within only share a digest).
    private static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var digest = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        func mix(_ range: Range<Int>) {
            var index = range.lowerBound
            while index < range.upperBound {
                // The last word of a range not a multiple of eight long overlaps the one before.
                let start = min(index, range.upperBound - 8)
                let word = UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self)
                digest = (digest ^ word) &* 0xBF58_476D_1CE4_E5B9
                digest ^= digest >> 31
                index += 8
            }
        }
        guard bytes.count >= 8 else {
            for byte in bytes { digest = (digest ^ UInt64(byte)) &* 0xBF58_476D_1CE4_E5B9 }
            return digest
        }
        mix(0..<min(endLength, bytes.count))
        mix(max(0, bytes.count - endLength)..<bytes.count)
        return digest
    }

    /// How many bytes at each end are read.
    private static let endLength = 48

    /// The strings of `entries` that recur from page to page (title, abstract, names) shared.
    mutating func intern(_ entries: inout [ProfileEntry]) {
        for index in entries.indices {
            entries[index].title = intern(entries[index].title)
            entries[index].abstract = entries[index].abstract.map { intern($0) }
            // A short name (most) is left as it is: writing it back could copy a list of names the
            // page's reading shares (a byline kept for the layout's detection).
            for name in entries[index].names.indices where entries[index].names[name].utf8.count > Self.inlineLength {
                entries[index].names[name] = intern(entries[index].names[name])
            }
        }
    }
}

/// One `StringInterner` for every worker thread, each page's strings shared as the worker that
/// parsed it still holds them (handing them to another thread first would make that thread take
/// a reference to each).
final class SharedStringInterner: Sendable {
    private let interner = Mutex(StringInterner())

    /// `StringInterner.intern` of `entries`, one thread at a time.
    func intern(_ entries: inout [ProfileEntry]) {
        interner.withLock { $0.intern(&entries) }
    }
}
