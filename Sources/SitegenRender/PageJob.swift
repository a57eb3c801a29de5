import SitegenModel

/// One page of the site, named cheaply, so the list of every page can be made before any is built
/// and the pages can then be built on several cores.
enum PageJob: Sendable {
    case home, papersIndex, authorsIndex, categoriesIndex, search, notFound
    case paper(Int), author(Int), category(Int), freePage(Int)

    /// Every page of `site`, in the order they are emitted.
    static func all(in site: Site) -> [PageJob] {
        [.home, .papersIndex, .authorsIndex, .categoriesIndex, .search]
            + site.papers.indices.map(PageJob.paper)
            + site.authors.indices.map(PageJob.author)
            + site.categories.indices.map(PageJob.category)
            + site.pages.indices.map(PageJob.freePage)
            + [.notFound]
    }

    /// Where the page goes, known without building it.
    func path(in site: Site) -> String {
        switch self {
        case .home: SitePath.home
        case .papersIndex: SitePath.papersIndex
        case .authorsIndex: SitePath.authorsIndex
        case .categoriesIndex: SitePath.categoriesIndex
        case .search: SitePath.search
        case .notFound: SitePath.notFound
        case .paper(let position): SitePath.paper(site.papers[position].id)
        case .author(let position): SitePath.author(site.authors[position].id)
        case .category(let position): SitePath.category(site.categories[position].id)
        case .freePage(let position): SitePath.freePage(site.pages[position].id)
        }
    }

    /// Pages search engines should know: all but the error page.
    var isListed: Bool {
        if case .notFound = self { false } else { true }
    }

    /// The page, with its context built.
    func page(_ pages: PageContext) -> Page {
        switch self {
        case .home: pages.home()
        case .papersIndex: pages.papersIndex()
        case .authorsIndex: pages.authorsIndex()
        case .categoriesIndex: pages.categoriesIndex()
        case .search: pages.search()
        case .notFound: pages.notFound()
        case .paper(let position): pages.paper(pages.site.papers[position])
        case .author(let position): pages.author(pages.site.authors[position])
        case .category(let position): pages.category(pages.site.categories[position])
        case .freePage(let position): pages.freePage(pages.site.pages[position])
        }
    }
}
