import SitegenModel

extension Citation {
    /// BibTeX month macros.
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// One `@misc` entry (`@article` when a venue is known), fields escaped, a cut author list ending
    /// in `and others`, no trailing newline.
    var bibTeX: String {
        var authorList = authors.map { BibTeXText.escaped($0.inverted) }
        if hasMoreAuthors { authorList.append("others") }
        var fields: [(String, String)] = [("title", "{\(BibTeXText.title(title))}")]
        if !authorList.isEmpty { fields.append(("author", "{\(authorList.joined(separator: " and "))}")) }
        if let date {
            fields.append(("year", "{\(date.year)}"))
            fields.append(("month", Self.months[date.month - 1]))
        }
        if let venue { fields.append(("journal", "{\(BibTeXText.escaped(venue))}")) }
        if let keyword { fields.append(("keywords", "{\(BibTeXText.escaped(keyword))}")) }
        if let doi { fields.append(("doi", "{\(BibTeXText.escaped(doi))}")) }
        if let arxivID {
            fields.append(("eprint", "{\(BibTeXText.escaped(arxivID))}"))
            fields.append(("archiveprefix", "{arXiv}"))
        }
        if let url { fields.append(("url", "{\(url)}")) }
        let body = fields.map { "  \($0.0) = \($0.1)" }.joined(separator: ",\n")
        return "@\(venue == nil ? "misc" : "article"){\(key),\n\(body)\n}"
    }
}
