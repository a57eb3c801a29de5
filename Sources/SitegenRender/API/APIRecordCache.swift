import SitegenModel
import SitegenSupport
import Synchronization

/// The paper records of `api/papers.json` as written, kept by a long-lived process (`sitegen
/// serve`) for its next render with what each was made from: a paper made into a record from the
/// same paper, BibTeX key, author pages and address is not serialized again. Only the last
/// render's records are held.
public final class APIRecordCache: Sendable {
    /// A paper's record as written, and what it was made from.
    struct Record: Sendable {
        let paper: Paper
        let bibTeXKey: String
        /// The author page of each name the record lists (`APIRecords.paper`'s `authorIDs`).
        let authorIDs: [String?]
        let url: String
        let bytes: [UInt8]

        /// Whether a record made from these would be this one.
        func isMade(from paper: Paper, bibTeXKey: String, authorIDs: [String?], url: String) -> Bool {
            self.paper == paper && self.bibTeXKey == bibTeXKey && self.authorIDs == authorIDs && self.url == url
        }
    }

    /// The records by paper id, kept with the format version they were written in.
    private let kept = KeptForNextBuild<Int, [String: Record]>()

    public init() {}

    /// One render's use of the cache: the last render's records to look up, and this render's
    /// records gathered (on every core) to keep when the file is complete.
    final class Render: Sendable {
        let last: [String: Record]
        private let made = Mutex<[String: Record]>([:])
        private let cache: APIRecordCache

        fileprivate init(_ cache: APIRecordCache) {
            self.cache = cache
            last = cache.kept.take(madeFrom: APIExport.version) ?? [:]
        }

        func add(_ record: Record) {
            made.withLock { $0[record.paper.id] = record }
        }

        /// Keeps the records gathered for the next render.
        func finish() {
            cache.kept.keep(made.withLock { $0 }, madeFrom: APIExport.version)
        }
    }

    /// Starts a render's use of the cache (the records kept are taken, whatever the render does).
    func render() -> Render {
        Render(self)
    }
}
