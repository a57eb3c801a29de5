import SitegenCheck
import Testing

/// Citation tags are checked on paper pages only when the site has some, or when required; when
/// required, Google Scholar's date rule too.
@Suite struct CitationTagTests {
    static func site(paperHead: String, otherHead: String = "") throws -> HandMadeSite {
        try HandMadeSite([
            "index.html": HandMadeSite.page(body: "<a href=\"papers/\">papers</a> <a href=\"about.html\">about</a>"),
            "about.html": HandMadeSite.page(head: otherHead, body: "About"),
            "papers/index.html": HandMadeSite.page(body: "<a href=\"one/\">one</a> <a href=\"two/index.html\">two</a>"),
            "papers/one/index.html": HandMadeSite.page(head: paperHead, body: "One"),
            "papers/two/index.html": HandMadeSite.page(body: "Two"),
        ])
    }

    /// A paper page's head with what Scholar requires, the date as given.
    static func scholarHead(date: String?, tag: String = "citation_publication_date") -> String {
        "<meta name=\"citation_title\" content=\"One\"><meta name=\"citation_author\" content=\"A. Person\">"
            + (date.map { "<meta name=\"\(tag)\" content=\"\($0)\">" } ?? "")
    }

    @Test func skippedWhenNoPageHasAny() throws {
        let site = try Self.site(paperHead: "")
        defer { site.remove() }
        let report = try site.check()
        #expect(report.findings.isEmpty)
        #expect(report.citationTags == .skipped)
    }

    /// Once one page has them, every paper page needs a title; authors only when required (a
    /// paper without a printed byline rightly has none).
    @Test func titleRequiredOnEveryPaperPageOnceOneHasThem() throws {
        let site = try Self.site(paperHead: "<meta name=\"citation_title\" content=\"One\">")
        defer { site.remove() }
        #expect(try site.lines() == [
            "papers/two/index.html: no <meta name=\"citation_title\">",
        ])
    }

    @Test func aDatelessPaperPassesWithoutTheFlag() throws {
        let site = try Self.site(paperHead: Self.scholarHead(date: nil))
        defer { site.remove() }
        let report = try site.check()
        #expect(report.citationTags == .present)
        #expect(report.findings.map(\.description) == ["papers/two/index.html: no <meta name=\"citation_title\">"])
    }

    @Test func theFlagReportsWhatScholarWouldDropEvenWhenAbsent() throws {
        let site = try Self.site(paperHead: "")
        defer { site.remove() }
        let report = try site.check(.init(requireCitationTags: true))
        #expect(report.citationTags == .scholar)
        #expect(report.findings.map(\.description) == ["one", "two"].flatMap { paper in [
            "papers/\(paper)/index.html: no <meta name=\"citation_author\">",
            "papers/\(paper)/index.html: no <meta name=\"citation_publication_date\"> (or citation_date), which Google Scholar requires",
            "papers/\(paper)/index.html: no <meta name=\"citation_title\">",
        ] })
    }

    @Test func theFlagPassesAPageWithTitleAuthorAndDate() throws {
        for (date, tag) in [("2023/10/10", "citation_publication_date"), ("2023", "citation_publication_date"),
                            ("2010/5/12", "citation_date")] {
            let site = try Self.site(paperHead: Self.scholarHead(date: date, tag: tag))
            defer { site.remove() }
            #expect(try site.lines(.init(requireCitationTags: true)).filter { $0.hasPrefix("papers/one/") } == [], "\(date)")
        }
    }

    @Test func theFlagReportsADateNotInScholarsForm() throws {
        for date in ["2023-10-10", "2023/10", "May 2023", "2023/13/01", "2023/10/32", "23/10/10", "2023/010/1"] {
            let site = try Self.site(paperHead: Self.scholarHead(date: date))
            defer { site.remove() }
            #expect(try site.lines(.init(requireCitationTags: true)).filter { $0.hasPrefix("papers/one/") } == [
                "papers/one/index.html: <meta name=\"citation_publication_date\"> is \"\(date)\", not a full date or a year (2023/10/10 or 2023) as Google Scholar requires",
            ], "\(date)")
        }
    }

    @Test func anyPageWithCitationTagsIsAPaperPage() throws {
        let site = try Self.site(paperHead: Self.scholarHead(date: "2023"), otherHead: "<meta name=\"citation_title\" content=\"About\">")
        defer { site.remove() }
        #expect(try site.lines(.init(requireCitationTags: true)).filter { $0.hasPrefix("about.html") } == [
            "about.html: no <meta name=\"citation_author\">",
            "about.html: no <meta name=\"citation_publication_date\"> (or citation_date), which Google Scholar requires",
        ])
    }
}
