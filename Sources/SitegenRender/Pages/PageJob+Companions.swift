import SitegenModel

extension PageJob {
    /// The files that live beside a page: citation downloads and the page's own feed; `citation`
    /// is `citation(pages)`.
    func companions(_ pages: PageBuilder, citation: Citation?) -> [OutputFile] {
        let index = pages.index
        switch self {
        case .paper(let position):
            guard pages.site.config.writes(.citations) else { return [] }
            let paper = pages.site.papers[position]
            return CitationFiles.paper(paper, citation: citation ?? index.citation(paper),
                                       folder: SitePath.directory(of: SitePath.paper(paper.id)), texts: pages.texts)
                .map(OutputFile.whole)
        case .author(let position):
            let author = pages.site.authors[position]
            return listCompanions(SitePath.author(author.id), name: author.name, paperIDs: author.paperIDs, pages: pages)
        case .category(let position, page: 1):
            let category = pages.site.categories[position]
            return listCompanions(SitePath.category(category.id), name: category.name, paperIDs: category.paperIDs, pages: pages)
        case .home, .papersIndex, .authorsIndex, .categoriesIndex, .search, .notFound, .freePage, .category:
            return []
        }
    }

    /// Whether files may live beside the page (`companions`), recorded apart from it.
    var hasCompanions: Bool {
        switch self {
        case .paper, .author, .category(_, page: 1): true
        case .home, .papersIndex, .authorsIndex, .categoriesIndex, .search, .notFound, .freePage, .category: false
        }
    }

    /// The papers whose shared texts (`PaperTexts`) the page and its companions use.
    func paperTextIDs(in site: Site) -> [String] {
        switch self {
        case .paper(let position): [site.papers[position].id]
        case .author(let position): site.authors[position].paperIDs
        case .category(let position, page: 1): site.categories[position].paperIDs
        case .home, .papersIndex, .authorsIndex, .categoriesIndex, .search, .notFound, .freePage, .category: []
        }
    }

    /// An author's or category's bulk citations and feed, beside its page at `pagePath`, those the
    /// site writes (its papers are gathered only then).
    private func listCompanions(_ pagePath: String, name: String, paperIDs: [String], pages: PageBuilder) -> [OutputFile] {
        let config = pages.site.config
        guard config.writes(.bulk) || config.writes(.feeds) else { return [] }
        let folder = SitePath.directory(of: pagePath)
        let papers = pages.index.papers(paperIDs)
        var files: [OutputFile] = []
        if config.writes(.bulk) {
            files += CitationFiles.list(papers, folder: folder, texts: pages.texts, config: config)
        }
        if config.writes(.feeds) {
            files.append(.whole(AtomFeed.feed(title: AtomFeed.title(name, site: pages.site), at: folder + AtomFeed.fileName,
                                              for: pagePath, papers: papers, index: pages.index, texts: pages.texts)))
        }
        return files
    }
}
