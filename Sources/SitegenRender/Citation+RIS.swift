extension Citation {
    /// One RIS record (`TY` … `ER`), CRLF line ends as the format asks; `UNPB` without a venue,
    /// `JOUR` with one. RIS cannot say `et al.`, so a cut author list gets a note instead.
    var ris: String {
        var lines: [(String, String)] = [("TY", venue == nil ? "UNPB" : "JOUR"), ("ID", key), ("TI", title)]
        lines += authors.map { ("AU", $0.inverted) }
        if let date {
            lines.append(("PY", String(date.year)))
            lines.append(("DA", HighwireTags.publicationDate(date)))
        }
        if let venue { lines.append(("JO", venue)) }
        if let keyword { lines.append(("KW", keyword)) }
        if let abstract { lines.append(("AB", abstract)) }
        if let doi { lines.append(("DO", doi)) }
        if let url { lines.append(("UR", url)) }
        if hasMoreAuthors { lines.append(("N1", Self.incompleteAuthorsNote)) }
        lines.append(("ER", ""))
        return lines.map { "\($0.0)  - \($0.1)\r\n" }.joined()
    }

    /// The note formats without an `et al.` carry for a cut byline.
    static let incompleteAuthorsNote = "Author list incomplete (et al.)"
}
