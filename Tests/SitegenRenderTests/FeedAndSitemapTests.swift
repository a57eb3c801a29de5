import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SitegenModel
import Testing
@testable import SitegenRender

/// Atom feeds, sitemaps, robots.txt and llms.txt.
@Suite("Feeds and sitemaps")
struct FeedAndSitemapTests {
    /// Reads an XML document: how often each element occurs and the text of the leaf elements named
    /// in `collect`, in order; records an issue when it is not well-formed.
    final class Reader: NSObject, XMLParserDelegate {
        private(set) var texts: [(String, String)] = []
        private(set) var counts: [String: Int] = [:]
        private var buffer = ""
        private let collect: Set<String>

        init(_ text: String, collect: Set<String> = []) throws {
            self.collect = collect
            super.init()
            let parser = XMLParser(data: Data(text.utf8))
            parser.delegate = self
            #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
            buffer = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if collect.contains(name) { texts.append((name, buffer)) }
        }

        func values(_ name: String) -> [String] { texts.filter { $0.0 == name }.map(\.1) }
    }

    /// The fixture plus `count` dated papers in CL by Arthur Mensch, `p0` on 1 January 2024, then one
    /// a day (28 a month), all newer than the fixture's.
    static func prolificSite(count: Int, baseURL: String = "https://example.org/lab/") -> Site {
        var site = SiteFixture.site(baseURL: baseURL)
        let extra = (0..<count).map { day in
            Paper(id: "p\(day)", title: "Paper \(day) <&>", authors: [SiteFixture.owner], authorsTruncated: false, hasPrintedByline: true,
                  organizations: [], category: "CL", date: PaperDate(year: 2024, month: 1 + day / 28, day: 1 + day % 28),
                  hasCode: false, venues: [], sources: [], altTitles: [], abstract: nil, knownAuthors: [])
        }
        site.papers = extra.reversed() + site.papers
        site.authors[1].paperIDs = extra.reversed().map(\.id) + site.authors[1].paperIDs
        site.categories[0].paperIDs = extra.reversed().map(\.id) + site.categories[0].paperIDs
        return site
    }

    /// Each feed carries the newest `feedLimit` papers (20 unless `site.yml` says otherwise).
    @Test(arguments: [nil, 3, 100])
    func feedsAreWellFormedNewestFirstAndCappedAtTheFeedLimit(limit: Int?) throws {
        var site = Self.prolificSite(count: 60)
        if let limit { site.config.feedLimit = limit }
        let files = try renderSite(site).files
        for path in ["feed.xml", "authors/arthur-mensch/feed.xml", "categories/cl/feed.xml"] {
            let feed = try Reader(try #require(files[path], "no \(path)"), collect: ["updated"])
            let updated = feed.values("updated")
            let dated = path == "feed.xml" ? 62 : path.hasPrefix("authors") ? 62 : 61
            #expect(feed.counts["entry"] == min(limit ?? 20, dated), "\(path)")
            #expect(updated.first == "2024-03-04T00:00:00Z", "\(path): the newest paper's date, not the clock")
            #expect(Array(updated.dropFirst()) == updated.dropFirst().sorted(by: >), "\(path): newest first")
        }
        let siteFeed = try Reader(try #require(files["feed.xml"]), collect: ["id", "title"])
        #expect(siteFeed.values("id").first == "https://example.org/lab/feed.xml")
        #expect(siteFeed.values("id").dropFirst().first == "https://example.org/lab/papers/p59/")
        #expect(siteFeed.values("title").contains("Paper 59 <&>"))
    }

    @Test func withoutBaseURLIdsAreTagURIsAndLinksRelative() throws {
        let feed = try #require(try renderSite(SiteFixture.site()).files["authors/arthur-mensch/feed.xml"])
        #expect(feed.contains("<id>tag:sitegen.invalid,2026:mensch-lab/papers/mistral-7b/</id>"))
        #expect(feed.contains(#"<link rel="alternate" type="text/html" href="../../papers/mistral-7b/index.html"/>"#))
        #expect(feed.contains("<updated>2023-10-10T00:00:00Z</updated>"))
        #expect(!feed.contains("pixtral-12b"), "undated papers have no place in a feed")
        #expect(feed.contains(#"<category term="CL" label="Computation and Language"/>"#))
    }

    @Test func pagesAdvertiseTheSiteFeedAndTheirOwn() throws {
        let files = try renderSite(SiteFixture.site()).files
        let author = try #require(files["authors/arthur-mensch/index.html"])
        #expect(author.contains(#"<link rel="alternate" type="application/atom+xml" title="Mensch Lab: newest papers" href="../../feed.xml">"#))
        #expect(author.contains(#"<link rel="alternate" type="application/atom+xml" title="Arthur Mensch · Mensch Lab" href="../../authors/arthur-mensch/feed.xml">"#))
        #expect(files["categories/cv/index.html"]?.contains(#"href="../../categories/cv/feed.xml""#) == true)
    }

    @Test func sitemapSplitsIntoAnIndexPastTheLimit() throws {
        let dates = [PaperDate(year: 2024, month: 1, day: 2), nil, PaperDate(year: 2023, month: 5, day: 6), nil, PaperDate(year: 2022, month: 1, day: 1)]
        let pages = zip(["index.html", "papers/index.html", "papers/index-2.html", "papers/b/index.html", "authors/c/index.html"], dates)
            .map { Sitemap.Entry(path: $0, lastModified: $1) }
        let single = Sitemap.files(pages: pages, baseURL: "https://x.org/lab/", limit: 5)
        #expect(single.map(\.path) == ["sitemap.xml"])
        let read = try Reader(String(decoding: single[0].contents, as: UTF8.self), collect: ["loc", "lastmod"])
        #expect(read.values("loc") == [
            "https://x.org/lab/", "https://x.org/lab/papers/", "https://x.org/lab/papers/index-2.html", "https://x.org/lab/papers/b/",
            "https://x.org/lab/authors/c/",
        ])
        #expect(read.values("lastmod") == ["2024-01-02", "2023-05-06", "2022-01-01"])
        let split = Sitemap.files(pages: pages, baseURL: "https://x.org/lab", limit: 2)
        #expect(split.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"])
        let index = String(decoding: split[0].contents, as: UTF8.self)
        #expect(index.contains("<sitemapindex"))
        let indexRead = try Reader(index, collect: ["loc", "lastmod"])
        #expect(indexRead.values("loc") == (1...3).map { "https://x.org/lab/sitemap-\($0).xml" })
        #expect(indexRead.values("lastmod") == ["2024-01-02", "2023-05-06", "2022-01-01"], "each part's newest")
        let parts = try split.dropFirst().map { try Reader(String(decoding: $0.contents, as: UTF8.self), collect: ["loc"]).values("loc") }
        #expect(parts.map(\.count) == [2, 2, 1])
        #expect(parts[2] == ["https://x.org/lab/authors/c/"])
        #expect(Sitemap.files(pages: pages, baseURL: "").isEmpty, "sitemaps need absolute URLs")
    }

    @Test func renderedSitemapListsEveryPageButTheErrorPageOnce() throws {
        let files = try renderSite(SiteFixture.site(baseURL: "https://example.org/lab/")).files
        let locations = try Reader(try #require(files["sitemap.xml"]), collect: ["loc"]).values("loc")
        let pages = files.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" }
        #expect(locations.count == pages.count)
        #expect(Set(locations).count == locations.count)
        #expect(!locations.contains { $0.contains("404") })
    }

    /// Numbered list pages are pages of their own: listed once under their own URL, which their
    /// canonical link, `og:url` and JSON-LD give too.
    @Test func numberedListPagesAreTheirOwnCanonicalPages() throws {
        let files = try renderSite(Self.prolificSite(count: 150)).files
        let locations = try Reader(try #require(files["sitemap.xml"]), collect: ["loc"]).values("loc")
        #expect(Set(locations).count == locations.count)
        for (path, url) in [("papers/index-2.html", "https://example.org/lab/papers/index-2.html"),
                            ("categories/cl/index-2.html", "https://example.org/lab/categories/cl/index-2.html"),
                            ("papers/index.html", "https://example.org/lab/papers/")] {
            #expect(locations.filter { $0 == url }.count == 1, "\(url)")
            let page = try #require(files[path])
            #expect(page.contains(#"<link rel="canonical" href="\#(url)">"#), "\(path)")
            #expect(page.contains(#"<meta property="og:url" content="\#(url)">"#), "\(path)")
            #expect(page.contains(#""url":"\#(url)""#), "\(path): JSON-LD")
        }
    }

    /// `lastmod` is the newest date of what a page shows, never the clock; undated pages have none.
    @Test func lastModifiedComesFromTheContent() throws {
        let sitemap = try #require(try renderSite(Self.prolificSite(count: 150)).files["sitemap.xml"])
        func lastModified(_ path: String) -> String? {
            guard let entry = sitemap.components(separatedBy: "<url>").first(where: { $0.hasPrefix("<loc>https://example.org/lab/\(path)</loc>") }) else {
                Issue.record("\(path) not listed")
                return nil
            }
            return entry.range(of: #"(?<=<lastmod>)[^<]*"#, options: .regularExpression).map { String(entry[$0]) }
        }
        // p149 is the newest (day 149: 2024-06-10), p49 the newest on the second page of 100.
        #expect(lastModified("") == "2024-06-10")
        #expect(lastModified("papers/") == "2024-06-10")
        #expect(lastModified("papers/index-2.html") == "2024-02-22")
        #expect(lastModified("papers/mistral-7b/") == "2023-10-10")
        #expect(lastModified("papers/pixtral-12b/") == nil)
        #expect(lastModified("authors/arthur-mensch/") == "2024-06-10")
        #expect(lastModified("authors/jeff-donahue/") == "2022-04-29")
        #expect(lastModified("authors/") == "2024-06-10")
        #expect(lastModified("categories/cl/index-2.html") == "2024-02-22")
        #expect(lastModified("categories/cv/") == "2022-04-29")
        #expect(lastModified("categories/") == "2024-06-10")
        #expect(lastModified("search/") == nil)
    }

    /// Crawlers read `robots.txt` only at a host's root: under a subpath none is written, and the
    /// build's note names the line for the host's own.
    @Test func robotsTextOnlyAtAHostRoot() throws {
        for baseURL in ["https://example.org/", "https://example.org", "http://localhost:8080/"] {
            let files = try renderSite(SiteFixture.site(baseURL: baseURL)).files
            let sitemap = baseURL.hasSuffix("/") ? baseURL + "sitemap.xml" : baseURL + "/sitemap.xml"
            #expect(files["robots.txt"] == "User-agent: *\nAllow: /\n\nSitemap: \(sitemap)\n", "\(baseURL)")
            #expect(RobotsFile.hostNote(SiteFixture.site(baseURL: baseURL).config) == nil)
        }
        let nested = try renderSite(SiteFixture.site(baseURL: "https://example.org/lab/")).files
        #expect(nested["robots.txt"] == nil)
        #expect(nested["sitemap.xml"] != nil)
        #expect(RobotsFile.hostNote(SiteFixture.site(baseURL: "https://example.org/lab/").config)?
            .hasSuffix("add this line to the host's own robots.txt: Sitemap: https://example.org/lab/sitemap.xml") == true)
        let local = try renderSite(SiteFixture.site()).files
        #expect(local["sitemap.xml"] == nil)
        #expect(local["robots.txt"] == "User-agent: *\nAllow: /\n", "no base URL: no sitemap to name, crawling allowed")
        #expect(RobotsFile.hostNote(SiteFixture.site().config) == nil)
    }

    @Test func llmsTextSummarisesTheSite() throws {
        let text = try #require(try renderSite(SiteFixture.site()).files["llms.txt"])
        #expect(text.hasPrefix("# Mensch Lab\n\n> A research site of 3 papers by 5 authors in 2 arXiv categories"))
        #expect(text.contains("- [Arthur Mensch](authors/arthur-mensch/index.html): 3 papers, h-index 27\n"))
        #expect(text.contains("- [papers.json](api/papers.json)"))
        #expect(text.contains("- [Computation and Language](categories/cl/index.html): 1 paper\n"))
    }
}
