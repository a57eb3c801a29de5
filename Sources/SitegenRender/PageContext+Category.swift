import SitegenModel

extension PageContext {
    /// `categories/<id>/index.html`. Keys: those of `ItemContext.category` (`code`, `name`,
    /// `arxivID`, `paperCount`, …) plus `papers` (paper summaries, newest first).
    func category(_ category: Category) -> Page {
        page(.category, at: SitePath.category(category.id), section: .categories) { items in
            var own = items.category(category)
            own["papers"] = items.paperSummaries(index.papers(category.paperIDs))
            own["jsonLD"] = JSONLD.collectionPage(category.name, at: SitePath.category(category.id),
                                                  trail: [("Home", SitePath.home), ("Categories", SitePath.categoriesIndex)],
                                                  items: items)
            return own
        }
    }
}
