import SitegenModel

/// One page of the site, named cheaply, so the list of every page can be made before any is built
/// and the pages can then be built on several cores.
enum PageJob: Sendable {
    case home, papersIndex, authorsIndex, categoriesIndex, notFound
    case paper(Int), author(Int), category(Int)

    /// Every page of `site`, in the order they are emitted.
    static func all(in site: Site) -> [PageJob] {
        [.home, .papersIndex, .authorsIndex, .categoriesIndex]
            + site.papers.indices.map(PageJob.paper)
            + site.authors.indices.map(PageJob.author)
            + site.categories.indices.map(PageJob.category)
            + [.notFound]
    }

    /// The page, with its context built.
    func page(_ pages: PageContext) -> Page {
        switch self {
        case .home: pages.home()
        case .papersIndex: pages.papersIndex()
        case .authorsIndex: pages.authorsIndex()
        case .categoriesIndex: pages.categoriesIndex()
        case .notFound: pages.notFound()
        case .paper(let position): pages.paper(pages.site.papers[position])
        case .author(let position): pages.author(pages.site.authors[position])
        case .category(let position): pages.category(pages.site.categories[position])
        }
    }
}
