import SitegenModel

extension PageContext {
    /// How many papers the home page lists.
    static let newestPaperCount = 20

    /// `index.html`. Keys: `owners` (author items with `stats`), `hasOwners`, `categories`
    /// (category items), `newestPapers` (paper summaries), `hasMorePapers`.
    func home() -> Page {
        page(.home, at: SitePath.home, section: .home) { items in
            let owners = index.owners.map(items.author)
            return [
                "owners": owners, "hasOwners": !owners.isEmpty,
                "categories": site.categories.map(items.category),
                "newestPapers": items.paperSummaries(Array(site.papers.prefix(Self.newestPaperCount))),
                "hasMorePapers": site.papers.count > Self.newestPaperCount,
            ]
        }
    }
}
