import SitegenModel
import SitegenTemplates

/// The `<meta name="citation_…">` tags Google Scholar (and Zotero) read from a paper page, as
/// `{name, content}` items for the `paper` template's head: the printed byline only, plain text,
/// `citation_conference_title` or `citation_journal_title` by the venue's kind (neither for a
/// preprint), and no date tag when the date is not known.
enum HighwireTags {
    static func tags(_ citation: Citation) -> [Context] {
        var tags: [(String, String)] = [("citation_title", citation.titleText)]
        tags += citation.authors.map { ("citation_author", $0.natural) }
        if let date = citation.date {
            tags.append(("citation_publication_date", publicationDate(date)))
        }
        if let url = citation.pageURL {
            tags.append(("citation_abstract_html_url", url))
        }
        if let container = citation.containerTitle {
            tags.append((citation.venue?.kind == .proceedings ? "citation_conference_title" : "citation_journal_title", container))
        }
        if let keyword = citation.keyword {
            tags.append(("citation_keywords", keyword))
        }
        if let pdf = citation.pdfURL { tags.append(("citation_pdf_url", pdf)) }
        if let doi = citation.doi { tags.append(("citation_doi", doi)) }
        if let arxiv = citation.arxivID { tags.append(("citation_arxiv_id", arxiv)) }
        return tags.map { ["name": .text($0.0), "content": .text($0.1)] }
    }

    /// `2023/10/10`, the form Google Scholar asks for.
    static func publicationDate(_ date: PaperDate) -> String {
        String(date.description.map { $0 == "-" ? "/" : $0 })
    }
}
