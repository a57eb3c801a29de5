import SitegenModel

/// The citation downloads: per paper `cite.bib`, `cite.ris`, `cite.json` beside its page; per
/// author and category `publications.bib` and `publications.json` (every paper, newest first).
///
/// A list of one paper would repeat that paper's `cite.bib` and `cite.json` byte for byte (the
/// formats are the same: entries separated by a blank line; a JSON array, one item per line), so
/// such a page links to the paper's files instead of writing copies: most co-authors seen in a
/// byline have one paper, and this saves a fifth of a big site's files.
enum CitationFiles {
    static let paperFiles = (bib: "cite.bib", ris: "cite.ris", json: "cite.json")
    static let listFiles = (bib: "publications.bib", json: "publications.json")

    /// `{bib, ris, json}`: links from the page being built to a paper's downloads in `folder`.
    static func paperLinks(folder: String, items: ItemContext) -> Context {
        ["bib": items.href(folder + paperFiles.bib), "ris": items.href(folder + paperFiles.ris),
         "json": items.href(folder + paperFiles.json)]
    }

    /// `{bib, json}`: links to the bulk downloads of the list page in `folder` showing the papers `paperIDs`.
    static func listLinks(folder: String, paperIDs: [String], items: ItemContext) -> Context {
        if let paperFolder = ownFolder(of: paperIDs) {
            return ["bib": items.href(paperFolder + paperFiles.bib), "json": items.href(paperFolder + paperFiles.json)]
        }
        return ["bib": items.href(folder + listFiles.bib), "json": items.href(folder + listFiles.json)]
    }

    static func paper(_ paper: Paper, folder: String, index: SiteIndex, texts: PaperTexts) -> [RenderedFile] {
        [
            RenderedFile(path: folder + paperFiles.bib, text: bibliography([paper], texts: texts)),
            RenderedFile(path: folder + paperFiles.ris, text: index.citation(paper).ris),
            RenderedFile(path: folder + paperFiles.json, text: cslArray([paper], texts: texts)),
        ]
    }

    /// The bulk files of a list page in `folder` (`authors/x/`); none for a single paper.
    static func list(_ papers: [Paper], folder: String, texts: PaperTexts) -> [RenderedFile] {
        guard ownFolder(of: papers.map(\.id)) == nil else { return [] }
        return [
            RenderedFile(path: folder + listFiles.bib, text: bibliography(papers, texts: texts)),
            RenderedFile(path: folder + listFiles.json, text: cslArray(papers, texts: texts)),
        ]
    }

    /// The folder of the one paper in `papers`, whose files stand for the list; nil for other lists.
    private static func ownFolder(of paperIDs: [String]) -> String? {
        paperIDs.count == 1 ? SitePath.directory(of: SitePath.paper(paperIDs[0])) : nil
    }

    /// BibTeX entries separated by blank lines, ending in a newline.
    private static func bibliography(_ papers: [Paper], texts: PaperTexts) -> String {
        papers.map { texts[$0].bibTeX + "\n" }.joined(separator: "\n")
    }

    /// A CSL-JSON array, one item per line: readable, diffable, and cheap to write.
    private static func cslArray(_ papers: [Paper], texts: PaperTexts) -> String {
        "[\n" + papers.map { texts[$0].cslItem }.joined(separator: ",\n") + "\n]\n"
    }
}
