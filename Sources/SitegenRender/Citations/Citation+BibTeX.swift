import SitegenMarkdown
import SitegenModel

extension Citation {
    /// BibTeX month macros.
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// One entry, no trailing newline: `@misc` for a preprint (arXiv's own fields `eprint`,
    /// `archivePrefix`, `primaryClass` when the id is known) or a paper without venue,
    /// `@inproceedings` + `booktitle`, `@article` + `journal`. The title keeps its TeX (`TeXBibTeX`);
    /// a cut author list ends in `and others`; a group's name is braced so it stays one name; a
    /// suffix goes in BibTeX's own place (`King, Jr., Martin Luther`).
    var bibTeX: String {
        var authorList = authors.map { name in
            name.isGroup ? "{\(BibTeXText.escaped(name.family))}"
                : BibTeXText.escaped(name.suffix.isEmpty ? name.inverted : "\(name.family), \(name.suffix), \(name.given)")
        }
        if hasMoreAuthors && !authorList.isEmpty { authorList.append("others") }
        var fields: [(String, String)] = [("title", "{\(TeXBibTeX.title(title))}")]
        if !authorList.isEmpty { fields.append(("author", "{\(authorList.joined(separator: " and "))}")) }
        if let date {
            fields.append(("year", "{\(date.year)}"))
            fields.append(("month", Self.months[date.month - 1]))
        }
        let type: String
        switch venue?.kind {
        case .proceedings?:
            type = "inproceedings"
            if let name = containerTitle { fields.append(("booktitle", "{\(BibTeXText.escaped(name))}")) }
        case .journal?:
            type = "article"
            if let name = containerTitle { fields.append(("journal", "{\(BibTeXText.escaped(name))}")) }
        case .preprint?, nil:
            type = "misc"
            if arxivID == nil, let server = preprintServer {
                fields.append(("howpublished", "{\(BibTeXText.escaped(server)) preprint}"))
            }
        }
        if let arxivID {
            fields.append(("eprint", "{\(BibTeXText.verbatim(arxivID))}"))
            fields.append(("archivePrefix", "{arXiv}"))
            if let arxivCategory { fields.append(("primaryClass", "{\(arxivCategory)}")) }
        }
        if let doi { fields.append(("doi", "{\(BibTeXText.verbatim(doi))}")) }
        if let keyword { fields.append(("keywords", "{\(BibTeXText.escaped(keyword))}")) }
        if let url { fields.append(("url", "{\(BibTeXText.verbatim(url))}")) }
        let body = fields.map { "  \($0.0) = \($0.1)" }.joined(separator: ",\n")
        return "@\(type){\(key),\n\(body)\n}"
    }
}
