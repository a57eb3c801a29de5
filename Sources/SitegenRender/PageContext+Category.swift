import SitegenModel

extension PageContext {
    /// `categories/<id>/index.html`. Keys: those of `ItemContext.category` (`code`, `name`,
    /// `arxivID`, `paperCount`, …) plus `papers` (paper summaries, newest first).
    func category(_ category: Category) -> Page {
        var own = ItemContext.category(category)
        own["papers"] = ItemContext.paperSummaries(index.papers(category.paperIDs), index)
        return page(.category, at: SitePath.category(category.id), section: .categories, own)
    }
}
