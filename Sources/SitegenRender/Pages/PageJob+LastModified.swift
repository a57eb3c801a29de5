import SitegenModel

extension PageJob {
    /// When the page last changed, for the sitemap's `lastmod`, read from the content and never
    /// from the clock, so a rebuild of the same content gives the same sitemap: the date of the
    /// newest paper the page shows or counts (a paper page: its own; an author: their papers; a
    /// list page: the papers on it, or the papers of the authors on it; the home and categories
    /// pages: the whole site's). Nil for pages with no dated content (search, free pages, papers
    /// without a date).
    func lastModified(_ index: SiteIndex) -> PaperDate? {
        let site = index.site
        switch self {
        case .home, .categoriesIndex:
            return Self.newest(site.papers.lazy.map(\.date))
        case .papersIndex(let page):
            return Self.newest(ListPagination.slice(site.papers, page: page, perPage: ListPagination.papersPerPage).lazy.map(\.date))
        case .authorsIndex(let page):
            let authors = ListPagination.slice(index.authorsBySortKey, page: page, perPage: ListPagination.authorsPerPage)
            return Self.newest(authors.lazy.map { Self.newest(ofPapers: $0.author.paperIDs, index) })
        case .paper(let position):
            return site.papers[position].date
        case .author(let position):
            return Self.newest(ofPapers: site.authors[position].paperIDs, index)
        case .category(let position, let page):
            let ids = ListPagination.slice(site.categories[position].paperIDs, page: page, perPage: ListPagination.papersPerPage)
            return Self.newest(ofPapers: ids, index)
        case .search, .notFound, .freePage:
            return nil
        }
    }

    private static func newest(ofPapers ids: some Sequence<String>, _ index: SiteIndex) -> PaperDate? {
        newest(ids.lazy.map { index.paper(id: $0)?.date })
    }

    private static func newest(_ dates: some Sequence<PaperDate?>) -> PaperDate? {
        dates.lazy.compactMap { $0 }.max()
    }
}
