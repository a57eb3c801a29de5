import SitegenModel
import SitegenTemplates

/// The citation downloads: per paper `cite.bib`, `cite.ris`, `cite.json` beside its page (the
/// `citations` output family); per author and category `publications.bib` and `publications.json`
/// (`bulk`: every paper, newest first, without abstracts, as in BibTeX).
///
/// When the site writes both, a list of one paper would repeat that paper's `cite.bib` byte for
/// byte, so such a page links to the paper's files instead of writing copies: most co-authors seen
/// in a byline have one paper, and this saves a fifth of a big site's files.
enum CitationFiles {
    static let paperFiles = (bib: "cite.bib", ris: "cite.ris", json: "cite.json")
    static let listFiles = (bib: "publications.bib", json: "publications.json")

    /// `{bib, ris, json}`: links from the page being built to a paper's downloads in `folder`;
    /// nothing when the site writes no citation files.
    static func paperLinks(folder: String, items: PartBuilder) -> TemplateValue {
        guard items.index.site.config.writes(.citations) else { return .nothing }
        return ["bib": .text(items.href(folder + paperFiles.bib)), "ris": .text(items.href(folder + paperFiles.ris)),
                "json": .text(items.href(folder + paperFiles.json))]
    }

    /// `{bib, json}`: links to the bulk downloads of the list page in `folder` showing the papers
    /// `paperIDs`; nothing when the site writes none.
    static func listLinks(folder: String, paperIDs: [String], items: PartBuilder) -> TemplateValue {
        let config = items.index.site.config
        guard config.writes(.bulk) else { return .nothing }
        if let paperFolder = ownFolder(of: paperIDs, config) {
            return ["bib": .text(items.href(paperFolder + paperFiles.bib)), "json": .text(items.href(paperFolder + paperFiles.json))]
        }
        return ["bib": .text(items.href(folder + listFiles.bib)), "json": .text(items.href(folder + listFiles.json))]
    }

    static func paper(_ paper: Paper, citation: Citation, folder: String, texts: PaperTexts) -> [RenderedFile] {
        [
            bibliography([texts.bibTeX(of: paper, citation: citation)], at: folder + paperFiles.bib).file.joined(),
            RenderedFile(path: folder + paperFiles.ris, text: citation.ris),
            cslArray([citation.cslItem.text()], at: folder + paperFiles.json).file.joined(),
        ]
    }

    /// The bulk files of a list page in `folder` (`authors/x/`); none for a single paper whose own
    /// files stand for them. A big category's are megabytes: those go to the writer in parts
    /// (`StreamedFile`).
    static func list(_ papers: some Collection<Paper>, folder: String, texts: PaperTexts, config: SiteConfig,
                     streamingThreshold: Int = StreamedFile.streamingThreshold) -> [OutputFile] {
        guard ownFolder(of: papers.map(\.id), config) == nil else { return [] }
        let entries = papers.map { texts[$0] }
        return [
            bibliography(entries.map(\.bibTeX), at: folder + listFiles.bib),
            cslArray(entries.map(\.cslListItem), at: folder + listFiles.json),
        ].map { $0.file.output(size: $0.size, streamingThreshold: streamingThreshold) }
    }

    /// The folder of the one paper in `papers`, whose files stand for the list when the site
    /// writes them; nil for other lists.
    private static func ownFolder(of paperIDs: [String], _ config: SiteConfig) -> String? {
        paperIDs.count == 1 && config.writes(.citations) ? SitePath.directory(of: SitePath.paper(paperIDs[0])) : nil
    }

    /// BibTeX entries separated by blank lines, ending in a newline.
    private static func bibliography(_ entries: [String], at path: String) -> (file: StreamedFile, size: Int) {
        joined(entries, at: path, separator: "\n", itemEnd: "\n")
    }

    /// A CSL-JSON array, one item per line: readable, diffable, and cheap to write.
    private static func cslArray(_ entries: [String], at path: String) -> (file: StreamedFile, size: Int) {
        joined(entries, at: path, open: "[\n", separator: ",\n", close: "\n]\n")
    }

    /// The file at `path` made of each paper's text followed by `itemEnd`, `separator` between
    /// them, inside `open` and `close`, handed on in parts of `partSize` papers; and its size.
    private static func joined(_ entries: [String], at path: String, open: String = "",
                               separator: String, itemEnd: String = "", close: String = "") -> (file: StreamedFile, size: Int) {
        let size = entries.reduce(open.utf8.count + close.utf8.count) {
            $0 + $1.utf8.count + itemEnd.utf8.count + separator.utf8.count
        }
        let file = StreamedFile(path: path) { append in
            var part = Array(open.utf8)
            for (offset, entry) in entries.enumerated() {
                if offset > 0 { part += separator.utf8 }
                part += entry.utf8
                part += itemEnd.utf8
                if offset % partSize == partSize - 1 {
                    try append(part)
                    part.removeAll(keepingCapacity: true)
                }
            }
            try append(part + close.utf8)
        }
        return (file, size)
    }

    /// Papers per part of a streamed bulk file.
    private static let partSize = 1_000
}
