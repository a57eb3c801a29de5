import Foundation
import SitegenCheck
import Testing

/// A hand-made site with one of each problem: the checker reports exactly those, in order.
@Suite struct BrokenSiteTests {
    static let files: [String: String] = [
        "index.html": HandMadeSite.page(title: "Home", body: """
            <a href="a.html">A</a> <a href="b.html#sec">B</a> <a href="a.html#nope">bad anchor</a>
            <a href="gone/">dangling</a> <a href="https://example.org/elsewhere">external</a>
            <img src="assets/logo.svg" alt=""> <a href="mailto:me@example.org">mail</a>
            """),
        "a.html": HandMadeSite.page(title: nil, body: "<h1 id=\"top\">A</h1><a href=\"#top\">up</a> <a href=\"index.html\">home</a>"),
        "b.html": HandMadeSite.page(title: "  ", description: nil, body: "<section id=\"sec\"><a href=\"./\">home</a></section>"),
        "orphan.html": HandMadeSite.page(body: "<a href=\"index.html\">home</a>"),
        "404.html": HandMadeSite.page(title: "Not found", body: "<a href=\"index.html\">home</a>"),
        "assets/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "sitemap.xml": """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://example.org/lab/</loc></url>
            <url><loc>https://example.org/lab/a.html</loc></url>
            <url><loc>https://example.org/lab/b.html</loc></url>
            <url><loc>https://example.org/lab/extra.html</loc></url>
            </urlset>
            """,
        "feed.xml": "<?xml version=\"1.0\"?>\n<feed><entry><title>x</title></feed>\n",
    ]

    @Test func reportsEveryProblemOnceSorted() throws {
        let site = try HandMadeSite(Self.files)
        defer { site.remove() }
        let report = try site.check()
        #expect(report.findings.map(\.description) == [
            "a.html: no <title>",
            "b.html: empty <title>",
            "b.html: no <meta name=\"description\"> or it is empty",
            "feed.xml: not well-formed XML (line 2)",
            "index.html: broken link: gone/",
            "index.html: missing anchor: a.html#nope",
            "orphan.html: not listed in sitemap.xml",
            "orphan.html: orphan: no chain of links leads here from index.html",
            "sitemap.xml: lists https://example.org/lab/extra.html, which is not a page of the site",
        ])
        #expect(!report.passed)
        #expect(report.pages == 5)
    }

    @Test func aFixedSitePasses() throws {
        var files = Self.files
        files["index.html"] = HandMadeSite.page(title: "Home", body: "<a href=\"a.html\">A</a> <a href=\"b.html#sec\">B</a> <a href=\"orphan.html\">O</a>")
        files["a.html"] = HandMadeSite.page(body: "<a href=\"index.html\">home</a>")
        files["b.html"] = HandMadeSite.page(body: "<p id=\"sec\">B</p>")
        files["sitemap.xml"] = files["sitemap.xml"]!.replacingOccurrences(of: "extra.html", with: "orphan.html")
        files["feed.xml"] = "<?xml version=\"1.0\"?>\n<feed><entry><title>x</title></entry></feed>\n"
        let site = try HandMadeSite(files)
        defer { site.remove() }
        #expect(try site.lines() == [])
    }

    @Test func linksThatLeaveTheSiteAreReported() throws {
        let site = try HandMadeSite(["index.html": HandMadeSite.page(body: "<a href=\"../../etc/passwd\">out</a>")])
        defer { site.remove() }
        #expect(try site.lines() == ["index.html: link leaves the site: ../../etc/passwd"])
    }

    @Test func aMissingFolderIsAnErrorNotAFinding() {
        #expect(throws: CheckError.self) {
            try SiteChecker(output: URL(fileURLWithPath: "/nonexistent/sitegen-site")).check()
        }
    }
}
