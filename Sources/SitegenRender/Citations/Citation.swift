import SitegenMarkdown
import SitegenModel

/// What the citation formats (BibTeX, RIS, CSL-JSON, COinS, Highwire, JSON-LD) say about one paper,
/// worked out once from the model so each format only decides how to write it. Made once for a
/// paper's shared texts (`PaperTexts`) and once for its page and the files beside it.
struct Citation: Sendable {
    /// The BibTeX key, unique in the site (see `BibTeXKeys`); also the CSL-JSON id.
    let key: String
    /// The title as captured (TeX kept, for BibTeX) and as plain text (for every other format).
    let title: String
    let titleText: String
    /// The byline as printed, in order, and nobody else (`Paper.printedAuthors`).
    let authors: [CitationName]
    /// The printed list is not every author: it ended in `et al.`, or no page printed one.
    let hasMoreAuthors: Bool
    let date: PaperDate?
    /// The category's arXiv name (`Computation and Language`), used as the keyword.
    let keyword: String?
    /// The category's arXiv id (`cs.CL`), BibTeX's `primaryClass` for an arXiv preprint.
    let arxivCategory: String?
    let venue: Venue?
    /// The abstract as plain text on one line.
    let abstractText: String?
    /// The paper page's absolute URL; nil when the site has no `baseURL`.
    let pageURL: String?
    /// From the paper's hand-written file (`Content/papers/<id>.md`), when there is one.
    let doi: String?
    let arxivID: String?
    let pdfURL: String?

    /// `listing` gives the title and abstract as plain text and the venue (`SiteIndex.listing(of:)`).
    init(_ paper: Paper, listing: PaperListing, key: String, baseURL: String) {
        self.key = key
        title = paper.title
        titleText = listing.title
        authors = paper.printedAuthors.map(CitationName.init)
        hasMoreAuthors = paper.printedAuthorsAreIncomplete
        date = paper.date
        let category = paper.category.map { Category(code: $0, paperIDs: []) }
        keyword = category?.name
        arxivCategory = category?.arxivID
        venue = listing.venue
        doi = paper.links?.doi
        arxivID = paper.links?.arxiv
        pdfURL = paper.links?.pdf.flatMap(Self.absoluteLink)
        abstractText = listing.abstractText
        pageURL = baseURL.isEmpty ? nil : SitePath.absolute(SitePath.directory(of: SitePath.paper(paper.id)), baseURL: baseURL)
    }

    /// `https://arxiv.org/abs/<id>` when the arXiv id is known.
    var arxivURL: String? { arxivID.map { "https://arxiv.org/abs/\($0)" } }

    /// `https://doi.org/<doi>` when the DOI is known, with the characters a URL cannot hold as they
    /// are (`#`, `?`, `%`, `"`, `<`, `>`) percent-encoded.
    var doiURL: String? {
        doi.map { doi in
            "https://doi.org/" + doi.unicodeScalars.map { Self.urlUnsafe.contains($0) ? PercentEncoding.encoded(String($0)) : String($0) }.joined()
        }
    }

    private static let urlUnsafe: Set<Unicode.Scalar> = ["#", "?", "%", "\"", "<", ">", "\\", "^", "`", "{", "|", "}"]

    /// The link a reference manager keeps as the paper's URL: arXiv's page, else ours.
    var url: String? { arxivURL ?? pageURL }

    /// The venue's name, when it is a proceedings' or journal's (a preprint listing is no container).
    var containerTitle: String? {
        guard let venue, venue.kind != .preprint else { return nil }
        return venue.name
    }

    /// The preprint server's name for a preprint (or a paper without venue but with an arXiv id):
    /// `arXiv` when the id or the listing says so; nil for proceedings and journals.
    var preprintServer: String? {
        guard let venue else { return arxivID == nil ? nil : "arXiv" }
        guard venue.kind == .preprint else { return nil }
        if arxivID != nil || venue.name?.lowercased().contains("arxiv") == true { return "arXiv" }
        return venue.name
    }

    /// A link from a paper file, kept only when it is absolute (citation files are read anywhere).
    private static func absoluteLink(_ link: String) -> String? {
        link.lowercased().hasPrefix("http") ? link : nil
    }
}
