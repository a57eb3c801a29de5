import SitegenModel
import SitegenTemplates

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
    static func paperLinks(folder: String, items: PartBuilder) -> Context {
        ["bib": .text(items.href(folder + paperFiles.bib)), "ris": .text(items.href(folder + paperFiles.ris)),
         "json": .text(items.href(folder + paperFiles.json))]
    }

    /// `{bib, json}`: links to the bulk downloads of the list page in `folder` showing the papers `paperIDs`.
    static func listLinks(folder: String, paperIDs: [String], items: PartBuilder) -> Context {
        if let paperFolder = ownFolder(of: paperIDs) {
            return ["bib": .text(items.href(paperFolder + paperFiles.bib)), "json": .text(items.href(paperFolder + paperFiles.json))]
        }
        return ["bib": .text(items.href(folder + listFiles.bib)), "json": .text(items.href(folder + listFiles.json))]
    }

    static func paper(_ paper: Paper, citation: Citation, folder: String, texts: PaperTexts) -> [RenderedFile] {
        [
            bibliography([texts[paper]], at: folder + paperFiles.bib).file.joined(),
            RenderedFile(path: folder + paperFiles.ris, text: citation.ris),
            cslArray([texts[paper]], at: folder + paperFiles.json).file.joined(),
        ]
    }

    /// The bulk files of a list page in `folder` (`authors/x/`); none for a single paper. A big
    /// category's are tens of megabytes: those go to the writer in parts (`StreamedFile`).
    static func list(_ papers: [Paper], folder: String, texts: PaperTexts,
                     streamingThreshold: Int = StreamedFile.streamingThreshold) -> [OutputFile] {
        guard ownFolder(of: papers.map(\.id)) == nil else { return [] }
        let entries = papers.map { texts[$0] }
        return [
            bibliography(entries, at: folder + listFiles.bib),
            cslArray(entries, at: folder + listFiles.json),
        ].map { $0.file.output(size: $0.size, streamingThreshold: streamingThreshold) }
    }

    /// The folder of the one paper in `papers`, whose files stand for the list; nil for other lists.
    private static func ownFolder(of paperIDs: [String]) -> String? {
        paperIDs.count == 1 ? SitePath.directory(of: SitePath.paper(paperIDs[0])) : nil
    }

    /// BibTeX entries separated by blank lines, ending in a newline.
    private static func bibliography(_ entries: [PaperTexts.Texts], at path: String) -> (file: StreamedFile, size: Int) {
        joined(entries, at: path, separator: "\n", itemEnd: "\n", item: { $0.bibTeX })
    }

    /// A CSL-JSON array, one item per line: readable, diffable, and cheap to write.
    private static func cslArray(_ entries: [PaperTexts.Texts], at path: String) -> (file: StreamedFile, size: Int) {
        joined(entries, at: path, open: "[\n", separator: ",\n", close: "\n]\n", item: { $0.cslItem })
    }

    /// The file at `path` made of each paper's `item` text followed by `itemEnd`, `separator`
    /// between them, inside `open` and `close`, handed on in parts of `partSize` papers; and its size.
    private static func joined(_ entries: [PaperTexts.Texts], at path: String, open: String = "",
                               separator: String, itemEnd: String = "", close: String = "",
                               item: @escaping @Sendable (PaperTexts.Texts) -> String) -> (file: StreamedFile, size: Int) {
        let size = entries.reduce(open.utf8.count + close.utf8.count) {
            $0 + item($1).utf8.count + itemEnd.utf8.count + separator.utf8.count
        }
        let file = StreamedFile(path: path) { append in
            var part = Array(open.utf8)
            for (offset, entry) in entries.enumerated() {
                if offset > 0 { part += separator.utf8 }
                part += item(entry).utf8
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
