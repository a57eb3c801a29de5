import SitegenModel

extension ItemContext {
    /// A paper as lists show it: `{id, title, href, date, category, hasCode, byline}`.
    /// Built on demand rather than cached: each paper appears on a handful of pages, and caching
    /// 100k of these dictionaries would cost far more memory than rebuilding them costs time.
    static func paperSummary(_ paper: Paper, _ index: SiteIndex) -> Context {
        ["id": paper.id, "title": paper.title, "href": SitePath.paper(paper.id), "date": date(paper.date),
         "category": category(code: paper.category, index), "hasCode": paper.hasCode,
         "byline": byline(paper, index)]
    }

    static func paperSummaries(_ papers: [Paper], _ index: SiteIndex) -> [Context] {
        papers.map { paperSummary($0, index) }
    }

    /// `{authors, hasAuthors, authorsTruncated, unlistedKnownAuthors, hasUnlistedKnownAuthors}`:
    /// the byline as shown (people, in order), whether it was cut (`et al.`), and the page owners
    /// who wrote the paper but are missing from the cut byline.
    static func byline(_ paper: Paper, _ index: SiteIndex) -> Context {
        let unlisted = paper.unlistedKnownAuthors
        return ["authors": paper.authors.map { person($0, index) }, "hasAuthors": !paper.authors.isEmpty,
                "authorsTruncated": paper.authorsTruncated,
                "unlistedKnownAuthors": unlisted.map { person($0, index) }, "hasUnlistedKnownAuthors": !unlisted.isEmpty]
    }
}
