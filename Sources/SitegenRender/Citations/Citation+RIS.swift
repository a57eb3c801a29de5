extension Citation {
    /// One RIS record (`TY` … `ER`), CRLF line ends as the format asks: `UNPB` for a preprint or a
    /// paper without venue, `CPAPER` for proceedings, `JOUR` for a journal (the venue as `T2`).
    /// Text is plain (no TeX). RIS cannot say `et al.`, so a cut author list gets a note instead.
    var ris: String {
        let type = switch venue?.kind {
        case .proceedings?: "CPAPER"
        case .journal?: "JOUR"
        case .preprint?, nil: "UNPB"
        }
        var lines: [(String, String)] = [("TY", type), ("ID", key), ("TI", titleText)]
        lines += authors.map { ("AU", $0.inverted) }
        if let date {
            lines.append(("PY", String(date.year)))
            lines.append(("DA", HighwireTags.publicationDate(date)))
        }
        if let containerTitle { lines.append(("T2", containerTitle)) }
        if let preprintServer { lines.append(("PB", preprintServer)) }
        if let keyword { lines.append(("KW", keyword)) }
        if let abstractText { lines.append(("AB", abstractText)) }
        if let doi { lines.append(("DO", doi)) }
        if let url { lines.append(("UR", url)) }
        if let pdfURL { lines.append(("L1", pdfURL)) }
        if hasMoreAuthors { lines.append(("N1", Self.incompleteAuthorsNote)) }
        lines.append(("ER", ""))
        return lines.map { "\($0.0)  - \($0.1)\r\n" }.joined()
    }

    /// The note formats without an `et al.` carry for a cut byline.
    static let incompleteAuthorsNote = "Author list incomplete (et al.)"
}
