import SitegenSupport

/// The postings of each run of search documents (`SearchIndex`), kept by a long-lived process
/// (`sitegen serve`) for its next render by the digest of the run's numbers and texts: an edit
/// tokenizes again only the runs whose documents changed. Only the last render's runs are held.
public final class SearchRunCache: Sendable {
    /// A run's tokens and their postings, as `RunPostings.gathered()` gives them.
    typealias Gathered = [(token: String, postings: SearchIndex.Postings)]

    /// The runs by digest, kept with the run length they were cut with.
    private let kept = KeptForNextBuild<Int, [ContentDigest: Gathered]>()

    public init() {}

    /// The runs kept, if cut `runLength` documents long; none is kept after.
    func take(runLength: Int) -> [ContentDigest: Gathered] {
        kept.take(madeFrom: runLength) ?? [:]
    }

    /// Keeps `runs`, cut `runLength` documents long, for the next render.
    func keep(_ runs: [ContentDigest: Gathered], runLength: Int) {
        kept.keep(runs, madeFrom: runLength)
    }
}
