import SitegenModel

/// One page of the site, named cheaply, so the list of every page can be made before any is built
/// and the pages can then be built on several cores. Long lists are several pages (`page`, from 1;
/// see `ListPagination`).
enum PageJob: Sendable {
    case home, categoriesIndex, search, notFound
    case papersIndex(page: Int), authorsIndex(page: Int)
    case paper(Int), author(Int), category(Int, page: Int), freePage(Int)

    /// Every page of `site`, in the order they are emitted.
    static func all(in site: Site) -> [PageJob] {
        let papersPages = ListPagination.pageCount(of: site.papers.count, perPage: ListPagination.papersPerPage)
        let authorsPages = ListPagination.pageCount(of: site.authors.count, perPage: ListPagination.authorsPerPage)
        return [.home]
            + (1...papersPages).map(PageJob.papersIndex)
            + (1...authorsPages).map(PageJob.authorsIndex)
            + [.categoriesIndex] + (site.config.writes(.search) ? [.search] : [])
            + site.papers.indices.map(PageJob.paper)
            + site.authors.indices.map(PageJob.author)
            + site.categories.indices.flatMap { position in
                (1...ListPagination.pageCount(of: site.categories[position].paperIDs.count, perPage: ListPagination.papersPerPage))
                    .map { PageJob.category(position, page: $0) }
            }
            + site.pages.indices.map(PageJob.freePage)
            + [.notFound]
    }

    /// Where the page goes, known without building it.
    func path(in site: Site) -> String {
        switch self {
        case .home: SitePath.home
        case .papersIndex(let page): ListPagination.path(SitePath.papersIndex, page: page)
        case .authorsIndex(let page): ListPagination.path(SitePath.authorsIndex, page: page)
        case .categoriesIndex: SitePath.categoriesIndex
        case .search: SitePath.search
        case .notFound: SitePath.notFound
        case .paper(let position): SitePath.paper(site.papers[position].id)
        case .author(let position): SitePath.author(site.authors[position].id)
        case .category(let position, let page): ListPagination.path(SitePath.category(site.categories[position].id), page: page)
        case .freePage(let position): SitePath.freePage(site.pages[position].id)
        }
    }

    /// Pages search engines should know: all but the error page.
    var isListed: Bool {
        if case .notFound = self { false } else { true }
    }

    /// The citation a paper page and the files beside it share (its plain texts made once); nil
    /// for other pages.
    func citation(_ pages: PageBuilder) -> Citation? {
        guard case .paper(let position) = self else { return nil }
        return pages.index.citation(pages.site.papers[position])
    }

    /// The page, with its context built; `citation` is `citation(pages)`.
    func page(_ pages: PageBuilder, citation: Citation?) -> Page {
        switch self {
        case .home: pages.home()
        case .papersIndex(let page): pages.papersIndex(page: page)
        case .authorsIndex(let page): pages.authorsIndex(page: page)
        case .categoriesIndex: pages.categoriesIndex()
        case .search: pages.search()
        case .notFound: pages.notFound()
        case .paper(let position): pages.paper(pages.site.papers[position], citation: citation ?? pages.index.citation(pages.site.papers[position]))
        case .author(let position): pages.author(pages.site.authors[position])
        case .category(let position, let page): pages.category(pages.site.categories[position], page: page)
        case .freePage(let position): pages.freePage(pages.site.pages[position])
        }
    }
}
