import SitegenSupport

/// What a long-lived process (`sitegen serve`) keeps of the last render's `SiteIndex` for the next
/// (`KeptIndex`): each paper's listing and page digest, the BibTeX keys, the authors' links and
/// order, the category rankings, taken again where what they were made from is equal.
public final class SiteIndexCache: Sendable {
    /// The kept index work. It is compared part by part with the new site, so it is kept under one
    /// key; it holds the last site's papers and authors through the next load (what it is compared with).
    private let kept = KeptForNextBuild<Int, KeptIndex>()
    private static let key = 0

    public init() {}

    /// The work kept, if any; none is kept after.
    func take() -> KeptIndex? {
        kept.take(madeFrom: Self.key)
    }

    /// Keeps `work` for the next render.
    func keep(_ work: KeptIndex) {
        kept.keep(work, madeFrom: Self.key)
    }
}
