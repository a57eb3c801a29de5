import SitegenCheck
import Testing

/// A sitemap index is followed into the sitemaps it lists.
@Suite struct SitemapIndexTests {
    @Test func pagesListedInChildSitemapsCount() throws {
        let site = try HandMadeSite([
            "index.html": HandMadeSite.page(body: "<a href=\"a.html\">A</a>"),
            "a.html": HandMadeSite.page(body: "A"),
            "sitemap.xml": """
                <?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>https://x.org/sitemap-1.xml</loc></sitemap><sitemap><loc>https://x.org/sitemap-2.xml</loc></sitemap>
                </sitemapindex>
                """,
            "sitemap-1.xml": "<urlset><url><loc>https://x.org/</loc></url><url><loc>https://x.org/gone.html</loc></url></urlset>",
        ])
        defer { site.remove() }
        #expect(try site.lines(.init(baseURL: "https://x.org")) == [
            "a.html: not listed in sitemap.xml",
            "sitemap-1.xml: lists https://x.org/gone.html, which is not a page of the site",
            "sitemap.xml: lists https://x.org/sitemap-2.xml, which is not a sitemap of the site",
        ])
    }
}
