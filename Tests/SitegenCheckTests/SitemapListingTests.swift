import SitegenCheck
import Testing

/// Every page is listed in the sitemap exactly once: under one URL, and no URL twice.
@Suite struct SitemapListingTests {
    static func site(locations: [String]) throws -> HandMadeSite {
        try HandMadeSite([
            "index.html": HandMadeSite.page(body: "<a href=\"papers/\">papers</a> <a href=\"papers/index-2.html\">2</a>"),
            "papers/index.html": HandMadeSite.page(body: "<a href=\"index-2.html\">next</a>"),
            "papers/index-2.html": HandMadeSite.page(body: "<a href=\"index.html\">previous</a>"),
            "sitemap.xml": "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + locations.map { "<url><loc>https://x.org/lab/\($0)</loc><lastmod>2024-01-01</lastmod></url>" }.joined()
                + "</urlset>",
        ])
    }

    @Test func aNumberedListPageListedUnderItsOwnURLPasses() throws {
        let site = try Self.site(locations: ["", "papers/", "papers/index-2.html"])
        defer { site.remove() }
        #expect(try site.lines(.init(baseURL: "https://x.org/lab/")) == [])
    }

    @Test func aURLListedTwiceIsReportedOnce() throws {
        let site = try Self.site(locations: ["", "papers/", "papers/", "papers/", "papers/index-2.html"])
        defer { site.remove() }
        #expect(try site.lines(.init(baseURL: "https://x.org/lab/")) == [
            "sitemap.xml: lists https://x.org/lab/papers/ more than once",
        ])
    }

    @Test func aPageListedUnderTwoURLsAndOneMissingAreReported() throws {
        let site = try Self.site(locations: ["", "papers/", "papers/index.html"])
        defer { site.remove() }
        #expect(try site.lines(.init(baseURL: "https://x.org/lab/")) == [
            "papers/index-2.html: not listed in sitemap.xml",
            "papers/index.html: listed in sitemap.xml under 2 URLs: https://x.org/lab/papers/, https://x.org/lab/papers/index.html",
        ])
    }
}
