import SitegenCheck
import Testing

/// Citation tags are checked on paper pages only when the site has some, or when required.
@Suite struct CitationTagTests {
    static func site(paperHead: String) throws -> HandMadeSite {
        try HandMadeSite([
            "index.html": HandMadeSite.page(body: "<a href=\"papers/\">papers</a>"),
            "papers/index.html": HandMadeSite.page(body: "<a href=\"one/\">one</a> <a href=\"two/index.html\">two</a>"),
            "papers/one/index.html": HandMadeSite.page(head: paperHead, body: "One"),
            "papers/two/index.html": HandMadeSite.page(body: "Two"),
        ])
    }

    @Test func skippedWhenNoPageHasAny() throws {
        let site = try Self.site(paperHead: "")
        defer { site.remove() }
        let report = try site.check()
        #expect(report.findings.isEmpty)
        #expect(!report.checkedCitationTags)
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

    @Test func requiredByTheFlagEvenWhenAbsent() throws {
        let site = try Self.site(paperHead: "")
        defer { site.remove() }
        #expect(try site.lines(.init(requireCitationTags: true)) == [
            "papers/one/index.html: no <meta name=\"citation_author\">",
            "papers/one/index.html: no <meta name=\"citation_title\">",
            "papers/two/index.html: no <meta name=\"citation_author\">",
            "papers/two/index.html: no <meta name=\"citation_title\">",
        ])
    }
}
