import SitegenModel

/// What the citation formats (BibTeX, RIS, CSL-JSON, COinS) say about one paper, worked out once
/// from the model so each format only decides how to write it.
struct Citation: Sendable {
    /// The BibTeX key, unique in the site (see `BibTeXKeys`); also the CSL-JSON id.
    let key: String
    let title: String
    /// Byline authors, then known authors missing from a cut byline.
    let authors: [CitationName]
    /// The byline was cut (`et al.`): the list above is not complete.
    let hasMoreAuthors: Bool
    let date: PaperDate?
    /// The category's arXiv name (`Computation and Language`), used as the keyword.
    let keyword: String?
    /// The first venue a collaborators list named.
    let venue: String?
    /// The abstract as captured (Markdown with TeX), on one line.
    let abstract: String?
    /// The paper page's absolute URL; nil when the site has no `baseURL`.
    let url: String?
    /// From the paper's hand-written file (`Content/papers/<id>.md`), when there is one.
    let doi: String?
    let arxivID: String?
    let pdfURL: String?

    init(_ paper: Paper, key: String, baseURL: String) {
        self.key = key
        title = paper.title
        authors = paper.allAuthors.map(CitationName.init)
        hasMoreAuthors = paper.authorsTruncated
        date = paper.date
        keyword = paper.category.map(Category.name(of:))
        venue = paper.links?.venue ?? paper.venues.first
        doi = paper.links?.doi
        arxivID = paper.links?.arxiv
        pdfURL = paper.links?.pdf.flatMap { $0.lowercased().hasPrefix("http") ? $0 : nil }
        abstract = paper.abstract.map(PlainText.oneLine)
        url = baseURL.isEmpty ? nil : SitePath.absolute(SitePath.directory(of: SitePath.paper(paper.id)), baseURL: baseURL)
    }
}
