import SitegenModel

/// The links a paper offers as compact buttons wherever it is listed and on its page (al-folio
/// style): what its Markdown file gives, code a profile only flags, its BibTeX (when the site writes
/// citation files); and, when nothing leads to the paper itself, searches for its title in the
/// services `findLinks:` names.
struct PaperButtons {
    /// One button: `href` is a URL, or a path from the site root when `isSiteFile`; `hint` says
    /// where a button leads when its label does not (its `title` attribute).
    struct Button: Equatable {
        let label: String
        let href: String
        var isSiteFile = false
        var hint: String? = nil
    }

    /// Direct links, in the order al-folio shows them, BibTeX last.
    let links: [Button]
    /// Searches by title, when no link leads to the paper itself (PDF, arXiv, DOI); else empty.
    let finds: [Button]

    /// `query` is the paper's title as plain text, `queryEncoded`; `config` gives the services and
    /// whether there is a `cite.bib`.
    init(_ paper: Paper, query: String, config: SiteConfig) {
        let given = paper.links
        var links: [Button] = []
        if let pdf = given?.pdf { links.append(Button(label: "PDF", href: pdf)) }
        if let arxiv = given?.arxiv { links.append(Button(label: "arXiv", href: "https://arxiv.org/abs/\(arxiv)")) }
        if let doi = given?.doi { links.append(Button(label: "DOI", href: "https://doi.org/\(doi)")) }
        if let code = given?.code {
            links.append(Button(label: "Code", href: code))
        } else if paper.hasCode {
            links.append(Button(label: "Code", href: "https://github.com/search?type=repositories&q=" + query,
                                hint: "The profile says code is public: search GitHub for it"))
        }
        if let slides = given?.slides { links.append(Button(label: "Slides", href: slides)) }
        if let video = given?.video { links.append(Button(label: "Video", href: video)) }
        if config.writes(.citations) {
            links.append(Button(label: "BibTeX", href: SitePath.directory(of: SitePath.paper(paper.id)) + CitationFiles.paperFiles.bib,
                                isSiteFile: true))
        }
        let reachesPaper = given.map { $0.pdf != nil || $0.arxiv != nil || $0.doi != nil } ?? false
        self.links = links
        finds = reachesPaper ? [] : config.findLinks.map { Button(label: $0.label, href: $0.url(query: query)) }
    }

    /// `text` for a URL query: every byte but ASCII letters, digits and `-._~` percent-encoded,
    /// spaces as `+`.
    static func queryEncoded(_ text: String) -> String {
        PercentEncoding.encoded(text, spaceAsPlus: true)
    }
}
