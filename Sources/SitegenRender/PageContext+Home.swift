import SitegenModel

extension PageContext {
    /// How many papers the home page lists.
    static let newestPaperCount = 20

    /// `index.html`. Keys: `owners` (author items with `stats`), `hasOwners`, `categories`
    /// (category items), `newestPapers` (paper summaries), `hasMorePapers`.
    func home() -> Page {
        let owners = index.owners.map(ItemContext.author)
        let own: Context = [
            "owners": owners, "hasOwners": !owners.isEmpty,
            "categories": site.categories.map(ItemContext.category),
            "newestPapers": ItemContext.paperSummaries(Array(site.papers.prefix(Self.newestPaperCount)), index),
            "hasMorePapers": site.papers.count > Self.newestPaperCount,
        ]
        return page(.home, at: SitePath.home, section: .home, own)
    }
}
