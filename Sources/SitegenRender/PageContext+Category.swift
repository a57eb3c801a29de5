import SitegenModel

extension PageContext {
    /// `categories/<id>/index.html`. Keys: those of `ItemContext.category` (`code`, `name`,
    /// `arxivID`, `paperCount`, …) plus `papers` (paper summaries, newest first),
    /// `downloads` (`bib`, `json`), `pageFeed` and `jsonLD`.
    func category(_ category: Category) -> Page {
        page(.category, at: SitePath.category(category.id), section: .categories) { items in
            var own = items.category(category)
            own["papers"] = items.paperSummaries(index.papers(category.paperIDs))
            let folder = SitePath.directory(of: SitePath.category(category.id))
            own["downloads"] = CitationFiles.listLinks(folder: folder, items: items)
            own["pageFeed"] = AtomFeed.pageLink(folder: folder, name: category.name, items: items)
            own["jsonLD"] = JSONLD.collectionPage(category.name, at: SitePath.category(category.id),
                                                  trail: [("Home", SitePath.home), ("Categories", SitePath.categoriesIndex)],
                                                  items: items)
            return own
        }
    }
}
