import SitegenModel

extension PageJob {
    /// The files that live beside a page: citation downloads and the page's own feed.
    func companions(_ pages: PageContext) -> [RenderedFile] {
        let index = pages.index
        switch self {
        case .paper(let position):
            let paper = pages.site.papers[position]
            return CitationFiles.paper(paper, folder: SitePath.directory(of: SitePath.paper(paper.id)), index: index)
        case .author(let position):
            let author = pages.site.authors[position]
            return CitationFiles.list(index.papers(author.paperIDs),
                                      folder: SitePath.directory(of: SitePath.author(author.id)), index: index)
        case .category(let position):
            let category = pages.site.categories[position]
            return CitationFiles.list(index.papers(category.paperIDs),
                                      folder: SitePath.directory(of: SitePath.category(category.id)), index: index)
        case .home, .papersIndex, .authorsIndex, .categoriesIndex, .notFound:
            return []
        }
    }
}
