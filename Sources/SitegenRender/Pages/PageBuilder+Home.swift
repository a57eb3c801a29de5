import SitegenModel
import SitegenTemplates

extension PageBuilder {
    /// How many papers the home page lists.
    static let newestPaperCount = 10

    /// `index.html`, the same size however big the site: `featured` (author items with `stats`,
    /// `affiliation` and `papersText`: see `SiteIndex.featured`), `hasFeatured`, `hasMorePeople`,
    /// `categories` (category items), `newestPapers` (paper summaries), `hasMorePapers`.
    func home() -> Page {
        page(.home, at: SitePath.home, section: .home) { items in
            let featured = index.featured.map { author -> Context in
                var item = items.author(author)
                item["affiliation"] = .text(author.details?.affiliation)
                item["papersText"] = .text(PartBuilder.papersText(author.paperIDs.count))
                return item
            }
            return [
                "featured": .list(featured), "hasFeatured": .flag(!featured.isEmpty),
                "hasMorePeople": .flag(site.authors.count > featured.count),
                "categories": .list(site.categories.map(items.category)),
                "newestPapers": .list(items.paperSummaries(PaperSelection(all: site.papers, positions: Array(site.papers.prefix(Self.newestPaperCount).indices)))),
                "hasMorePapers": .flag(site.papers.count > Self.newestPaperCount),
            ]
        }
    }
}
