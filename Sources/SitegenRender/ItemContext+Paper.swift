import SitegenModel

extension ItemContext {
    /// A paper as lists show it: `{id, title, href, date, category, hasCode, byline}`.
    /// Built on demand rather than cached: each paper appears on a handful of pages, and caching
    /// 100k of these dictionaries would cost far more memory than rebuilding them costs time.
    func paperSummary(_ paper: Paper) -> Context {
        ["id": paper.id, "title": paper.title, "href": href(SitePath.paper(paper.id)), "date": Self.date(paper.date),
         "category": category(code: paper.category), "hasCode": paper.hasCode, "byline": byline(paper)]
    }

    func paperSummaries(_ papers: [Paper]) -> [Context] {
        papers.map(paperSummary)
    }

    /// `{authors, hasAuthors, authorsTruncated, unlistedKnownAuthors, hasUnlistedKnownAuthors}`:
    /// the byline as shown (people, in order), whether it was cut (`et al.`), and the page owners
    /// who wrote the paper but are missing from the cut byline.
    func byline(_ paper: Paper) -> Context {
        let unlisted = paper.unlistedKnownAuthors
        return ["authors": paper.authors.map(person), "hasAuthors": !paper.authors.isEmpty,
                "authorsTruncated": paper.authorsTruncated,
                "unlistedKnownAuthors": unlisted.map(person), "hasUnlistedKnownAuthors": !unlisted.isEmpty]
    }
}
