import Foundation
import Synchronization

/// Makes equal strings share one storage, so that a paper printed on many pages keeps one copy
/// of its title, abstract and author names in memory rather than one per page.
///
/// Strings are matched by their exact UTF-8 bytes: String `==` also equates canonically
/// equivalent spellings (`é` precomposed or not), which are printed differently. Small strings
/// are stored inline by Swift and are left as they are.
struct StringInterner {
    /// A string compared and hashed by its bytes.
    private struct Bytes: Hashable {
        var string: String

        static func == (a: Bytes, b: Bytes) -> Bool {
            var (a, b) = (a.string, b.string)
            return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
        }

        /// The length and the bytes at both ends (abstracts run to thousands of bytes; two
        /// strings alike there but different within only share a bucket).
        func hash(into hasher: inout Hasher) {
            var string = string
            string.withUTF8 { bytes in
                hasher.combine(bytes.count)
                hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.prefix(Self.endLength))))
                hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.suffix(Self.endLength))))
            }
        }

        /// How many bytes at each end are hashed.
        private static let endLength = 48
    }

    /// Strings of up to this many bytes live inside the `String` value itself.
    private static let inlineLength = 15
    private var known: Set<Bytes> = []

    /// `string`, or the earlier string with the same bytes.
    mutating func intern(_ string: String) -> String {
        guard string.utf8.count > Self.inlineLength else { return string }
        return known.insert(Bytes(string: string)).memberAfterInsert.string
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
