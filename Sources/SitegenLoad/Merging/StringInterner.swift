import Foundation
import Synchronization

/// Makes equal strings share one storage, so that a paper printed on many pages keeps one copy
/// of its title, abstract and author names in memory rather than one per page.
///
/// Strings are matched by their exact UTF-8 bytes: String `==` also equates canonically
/// equivalent spellings (`é` precomposed or not), which are printed differently. Small strings
/// are stored inline by Swift and are left as they are.
struct StringInterner {
    /// A string compared and hashed by its bytes, with a digest of them (`digest`) made once: a
    /// probe of the set compares digests, held in the set's own storage, before it reads another
    /// string's bytes, and a growing set hashes digests, not bytes.
    private struct Bytes: Hashable {
        var string: String
        var digest: UInt64

        init(_ string: String) {
            var string = string
            digest = string.withUTF8(Self.digest)
            self.string = string
        }

        static func == (a: Bytes, b: Bytes) -> Bool {
            guard a.digest == b.digest else { return false }
            var (a, b) = (a.string, b.string)
            return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(digest)
        }

        /// The length and the bytes at both ends, read eight at a time and mixed (abstracts run
        /// to thousands of bytes; two strings alike there but different within only share a bucket).
        static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
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
    }

    /// Strings of up to this many bytes live inside the `String` value itself.
    private static let inlineLength = 15
    private var known: Set<Bytes> = []

    /// `string`, or the earlier string with the same bytes.
    mutating func intern(_ string: String) -> String {
        guard string.utf8.count > Self.inlineLength else { return string }
        return known.insert(Bytes(string)).memberAfterInsert.string
    }

    /// The strings of `entries` that recur from page to page (title, abstract, names) shared.
    mutating func intern(_ entries: inout [ProfileEntry]) {
        for index in entries.indices {
            entries[index].title = intern(entries[index].title)
            entries[index].abstract = entries[index].abstract.map { intern($0) }
            for name in entries[index].names.indices { entries[index].names[name] = intern(entries[index].names[name]) }
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
