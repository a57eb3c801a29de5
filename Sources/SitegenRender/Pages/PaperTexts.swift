import SitegenModel
import SitegenSupport

/// The text a paper contributes to many files, made once per render on every core (for the papers
/// of the pages the render builds; any other when asked) instead of once per file: its BibTeX
/// entry (its page, its `cite.bib` and the bulk downloads of each of its authors and its
/// category), its one-line CSL-JSON item as those bulk downloads give it, and its Atom entry as a
/// feed in a page folder (`authors/<id>/feed.xml`, `categories/<id>/feed.xml`) lists it. Texts of
/// an output family the site does not write are not made (empty), and without bulk downloads or
/// feeds none is: each text is then used by one paper's files only, made from its `Citation`.
struct PaperTexts: Sendable {
    struct Texts: Sendable {
        /// The entry, no trailing newline.
        let bibTeX: String
        /// The CSL-JSON item on one line, as a list gives it (`Citation.cslListItem`); empty
        /// without bulk downloads.
        let cslListItem: String
        /// `<entry>…</entry>\n` with links relative to a folder two levels down; empty without feeds.
        let folderFeedEntry: String
    }

    private var byID: [String: Texts]
    /// False once `keepingBibTeXOnly()` dropped the lists' texts: `subscript` makes them anew.
    private var holdsListTexts = true
    private let index: SiteIndex
    private let feedItems: PartBuilder

    /// The texts of `papers` (by default every paper of the site), when several files share them.
    init(_ index: SiteIndex, papers: [Paper]? = nil) {
        let config = index.site.config
        let papers = config.writes(.bulk) || config.writes(.feeds) ? papers ?? index.site.papers : []
        let feedItems = PartBuilder(index: index, root: SitePath.sectionRoot)
        (self.index, self.feedItems) = (index, feedItems)
        let texts = OrderedParallelMap.map(papers) { Self.texts(of: $0, index: index, feedItems: feedItems) }
        byID = Dictionary(zip(papers.map(\.id), texts), uniquingKeysWith: { first, _ in first })
    }

    /// The texts of `paper`: made now if it was not one of those they were made for (a page
    /// that was to be kept from the last build, then built after all).
    subscript(_ paper: Paper) -> Texts {
        (holdsListTexts ? byID[paper.id] : nil) ?? Self.texts(of: paper, index: index, feedItems: feedItems)
    }

    /// These texts with only the BibTeX entries kept, for pages that use nothing else (a paper's
    /// own page and citation files): the lists' texts are most of the memory.
    func keepingBibTeXOnly() -> PaperTexts {
        var kept = self
        kept.byID = byID.mapValues { Texts(bibTeX: $0.bibTeX, cslListItem: "", folderFeedEntry: "") }
        kept.holdsListTexts = false
        return kept
    }

    /// The BibTeX entry of `paper`, whose citation is `citation`: the one made for many files, or
    /// made now when none was.
    func bibTeX(of paper: Paper, citation: Citation) -> String {
        byID[paper.id]?.bibTeX ?? citation.bibTeX
    }

    private static func texts(of paper: Paper, index: SiteIndex, feedItems: PartBuilder) -> Texts {
        let citation = index.citation(paper)
        let config = index.site.config
        return Texts(bibTeX: citation.bibTeX, cslListItem: config.writes(.bulk) ? citation.cslListItem.text() : "",
                     folderFeedEntry: config.writes(.feeds) ? AtomFeed.entry(paper, items: feedItems) : "")
    }
}
