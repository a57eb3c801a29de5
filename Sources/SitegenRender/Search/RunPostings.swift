import SitegenSupport

/// The postings of a run of documents, gathered by token as `SearchTokens.read` hands tokens on:
/// tokens are numbered by their UTF-8 bytes (`ByteWordTable`), so a token met again (most words
/// of an abstract are) costs a hash and a compare of its bytes, and a `String` is made once per
/// distinct token of the run. Each document keeps the first place of each of its tokens, strong
/// before weak, as `SearchTokens.tokens(strong:weak:)` gives them.
struct RunPostings: SearchTokenSink {
    /// A token, its postings, and the last document that gave it a strong and a weak posting (a
    /// document lists a token once).
    private struct Entry {
        let token: String
        let isStopWord: Bool
        var postings = SearchIndex.Postings()
        var lastStrong: Int32 = -1
        var lastWeak: Int32 = -1
    }

    /// The document whose tokens come now (numbers rise through a run).
    var document: Int32 = 0
    /// Token bytes → position in `entries`.
    private var numbers = ByteWordTable()
    private var entries: [Entry] = []

    init() {
        for word in SearchTokens.stopWords {
            _ = number(of: Array(word.utf8), isStopWord: true)
        }
    }

    mutating func take(_ bytes: [UInt8], position: Int, isWeak: Bool) {
        let number = number(of: bytes, isStopWord: false)
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

    /// Every token of the run (stop words aside) with its postings, in no particular order.
    func gathered() -> [(token: String, postings: SearchIndex.Postings)] {
        entries.filter { !$0.isStopWord }.map { ($0.token, $0.postings) }
    }

    /// The entry of the token `bytes`, added when it is new.
    private mutating func number(of bytes: [UInt8], isStopWord: Bool) -> Int {
        let (number, inserted) = bytes.withUnsafeBufferPointer { numbers.value(for: $0, inserting: Int32(entries.count)) }
        if inserted {
            entries.append(Entry(token: String(decoding: bytes, as: UTF8.self), isStopWord: isStopWord))
        }
        return Int(number)
    }
}
