import SitegenModel

/// The text a paper contributes to many files, made once per render on every core instead of once
/// per file: its BibTeX entry and its one-line CSL-JSON item (its own `cite.*` files and the bulk
/// downloads of each of its authors and its category) and its Atom entry as a feed in a page folder
/// (`authors/<id>/feed.xml`, `categories/<id>/feed.xml`) lists it.
struct PaperTexts: Sendable {
    struct Texts: Sendable {
        /// The entry, no trailing newline.
        let bibTeX: String
        /// The CSL-JSON item on one line.
        let cslItem: String
        /// `<entry>…</entry>\n` with links relative to a folder two levels down.
        let folderFeedEntry: String
    }

    /// The way back to the site root from the folder feeds are cached for (`../../`).
    static let feedFolderRoot = SitePath.root(of: SitePath.author("_"))

    private let byID: [String: Texts]

    /// The texts of `papers` (by default every paper of the site).
    init(_ index: SiteIndex, papers: [Paper]? = nil) {
        let papers = papers ?? index.site.papers
        let feedItems = ItemContext(index: index, root: Self.feedFolderRoot)
        let texts = OrderedParallelMap.map(papers) { paper in
            let citation = index.citation(paper)
            return Texts(bibTeX: citation.bibTeX, cslItem: citation.cslItem.text(),
                         folderFeedEntry: AtomFeed.entry(paper, items: feedItems))
        }
        byID = Dictionary(zip(papers.map(\.id), texts), uniquingKeysWith: { first, _ in first })
    }

    /// The texts of `paper`, which must be one of those they were made for.
    subscript(_ paper: Paper) -> Texts {
        // The render makes the texts of every paper the pages it builds list.
        byID[paper.id]!
    }
}
