import SitegenModel

/// The citation downloads: per paper `cite.bib`, `cite.ris`, `cite.json` beside its page; per
/// author and category `publications.bib` and `publications.json` (every paper, newest first).
enum CitationFiles {
    static let paperFiles = (bib: "cite.bib", ris: "cite.ris", json: "cite.json")
    static let listFiles = (bib: "publications.bib", json: "publications.json")

    /// `{bib, ris, json}`: links from the page being built to a paper's downloads in `folder`.
    static func paperLinks(folder: String, items: ItemContext) -> Context {
        ["bib": items.href(folder + paperFiles.bib), "ris": items.href(folder + paperFiles.ris),
         "json": items.href(folder + paperFiles.json)]
    }

    /// `{bib, json}`: links to a list page's bulk downloads in `folder`.
    static func listLinks(folder: String, items: ItemContext) -> Context {
        ["bib": items.href(folder + listFiles.bib), "json": items.href(folder + listFiles.json)]
    }

    static func paper(_ paper: Paper, folder: String, index: SiteIndex) -> [RenderedFile] {
        let citation = index.citation(paper)
        return [
            RenderedFile(path: folder + paperFiles.bib, text: citation.bibTeX + "\n"),
            RenderedFile(path: folder + paperFiles.ris, text: citation.ris),
            RenderedFile(path: folder + paperFiles.json, text: JSONValue.array([citation.cslItem]).text(pretty: true) + "\n"),
        ]
    }

    /// The bulk files of a list page in `folder` (`authors/x/`).
    static func list(_ papers: [Paper], folder: String, index: SiteIndex) -> [RenderedFile] {
        let citations = papers.map(index.citation)
        return [
            RenderedFile(path: folder + listFiles.bib, text: citations.map { $0.bibTeX + "\n" }.joined(separator: "\n")),
            // One item per line: readable, diffable, and much cheaper to write than indented JSON.
            RenderedFile(path: folder + listFiles.json,
                         text: "[\n" + citations.map { $0.cslItem.text() }.joined(separator: ",\n") + "\n]\n"),
        ]
    }
}
