import SitegenModel
import SitegenTemplates

extension PageContext {
    /// How many papers the home page lists.
    static let newestPaperCount = 10

    /// `index.html`, the same size however big the site: `featured` (author items with `stats`,
    /// `affiliation` and `papersText`: see `SiteIndex.featured`), `hasFeatured`, `hasMorePeople`,
    /// `categories` (category items), `newestPapers` (paper summaries), `hasMorePapers`.
    func home() -> Page {
        page(.home, at: SitePath.home, section: .home) { items in
            let featured = index.featured.map { author -> Context in
                var item = items.author(author)
                item["affiliation"] = orNull(author.details?.affiliation)
                item["papersText"] = ItemContext.papersText(author.paperIDs.count)
                return item
            }
            return [
                "featured": featured, "hasFeatured": !featured.isEmpty,
                "hasMorePeople": site.authors.count > featured.count,
                "categories": site.categories.map(items.category),
                "newestPapers": items.paperSummaries(Array(site.papers.prefix(Self.newestPaperCount))),
                "hasMorePapers": site.papers.count > Self.newestPaperCount,
            ]
        }
    }
}
