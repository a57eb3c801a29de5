import Foundation
import SitegenModel
import Testing

/// Head metadata for search engines and reference managers: Highwire tags, JSON-LD, COinS, OpenGraph.
@Suite("Page metadata")
struct MetadataTests {
    static let hosted = "https://example.org/lab/"

    /// The `content` of every `<meta name="name">` on the page, in order.
    static func meta(_ name: String, in html: String) -> [String] {
        let tag = try! Regex(#"<meta (?:name|property)=""# + name + #"" content="([^"]*)">"#)
        return html.matches(of: tag).compactMap { $0.output[1].substring.map(String.init) }
    }

    /// The page's JSON-LD, parsed.
    static func jsonLD(in html: String) throws -> [String: Any] {
        let script = #/<script type="application/ld\+json">(?<json>.*?)</script>/#
        let match = try #require(html.firstMatch(of: script))
        return try #require(try JSONSerialization.jsonObject(with: Data(match.output.json.utf8)) as? [String: Any])
    }

    /// The printed byline only: Arthur Mensch, a page owner the cut byline does not print, is no `citation_author`.
    @Test func paperPagesCarryHighwireTagsForThePrintedByline() throws {
        let html = try #require(try renderSite(SiteFixture.site(baseURL: Self.hosted)).files["papers/flamingo/index.html"])
        #expect(Self.meta("citation_title", in: html) == ["Flamingo: a Visual Language Model"])
        #expect(Self.meta("citation_author", in: html) == ["Jean-Baptiste Alayrac", "Jeff Donahue"])
        #expect(Self.meta("citation_publication_date", in: html) == ["2022/04/29"])
        #expect(Self.meta("citation_abstract_html_url", in: html) == ["https://example.org/lab/papers/flamingo/"])
        #expect(Self.meta("citation_keywords", in: html) == ["Computer Vision and Pattern Recognition"])
        #expect(Self.meta("og:url", in: html) == ["https://example.org/lab/papers/flamingo/"])
        #expect(Self.meta("og:type", in: html) == ["article"])
    }

    @Test func withoutBaseURLAbsoluteTagsAreLeftOut() throws {
        let html = try #require(try renderSite(SiteFixture.site()).files["papers/flamingo/index.html"])
        #expect(Self.meta("citation_abstract_html_url", in: html).isEmpty)
        #expect(Self.meta("og:url", in: html).isEmpty)
        #expect(!html.contains("rel=\"canonical\""))
        let article = try Self.jsonLD(in: html)
        #expect(article["url"] as? String == "../../papers/flamingo/index.html")
    }

    @Test func scholarlyArticleNamesAuthorsDateTopicAndAbstract() throws {
        let html = try #require(try renderSite(SiteFixture.site(baseURL: Self.hosted)).files["papers/flamingo/index.html"])
        let article = try Self.jsonLD(in: html)
        #expect(article["@type"] as? String == "ScholarlyArticle")
        #expect(article["headline"] as? String == "Flamingo: a Visual Language Model")
        #expect(article["datePublished"] as? String == "2022-04-29")
        #expect(article["abstract"] as? String == "Building models with x² parameters.")
        #expect(article["isAccessibleForFree"] as? Bool == true)
        #expect((article["about"] as? [String: Any])?["name"] as? String == "Computer Vision and Pattern Recognition")
        let authors = try #require(article["author"] as? [[String: Any]])
        #expect(authors.map { $0["name"] as? String } == ["Jean-Baptiste Alayrac", "Jeff Donahue"])
        #expect(authors.map { $0["@type"] as? String } == ["Person", "Person"])
        #expect(authors.last?["url"] as? String == "https://example.org/lab/authors/jeff-donahue/")
    }

    @Test func authorPagesDescribeAPersonWithTopicsAndAffiliations() throws {
        let html = try #require(try renderSite(SiteFixture.site()).files["authors/arthur-mensch/index.html"])
        let profile = try Self.jsonLD(in: html)
        #expect(profile["@type"] as? String == "ProfilePage")
        let person = try #require(profile["mainEntity"] as? [String: Any])
        #expect(person["@type"] as? String == "Person")
        #expect(person["name"] as? String == "Arthur Mensch")
        #expect(person["knowsAbout"] as? [String] == ["Computation and Language", "Computer Vision and Pattern Recognition"])
        // Only bylines that name him: Mistral 7B (mistral); Flamingo's cut byline does not.
        let affiliations = try #require(person["affiliation"] as? [[String: Any]])
        #expect(affiliations.map { $0["name"] as? String } == ["mistral"])
    }

    /// A group's page describes an `Organization`, as its name is one in every citation.
    @Test func aGroupsPageDescribesAnOrganization() throws {
        var site = SiteFixture.site()
        site.authors[0].name = "Gemini Team"
        let html = try #require(try renderSite(site).files["authors/\(site.authors[0].id)/index.html"])
        let entity = try #require(try Self.jsonLD(in: html)["mainEntity"] as? [String: Any])
        #expect(entity["@type"] as? String == "Organization" && entity["name"] as? String == "Gemini Team")
        #expect(entity["affiliation"] == nil)
    }

    @Test func listPagesAreCollectionsWithBreadcrumbs() throws {
        let files = try renderSite(SiteFixture.site(baseURL: Self.hosted)).files
        let category = try #require(files["categories/cl/index.html"])
        let graph = try #require(try Self.jsonLD(in: category)["@graph"] as? [[String: Any]])
        #expect(graph.map { $0["@type"] as? String } == ["CollectionPage", "BreadcrumbList"])
        let crumbs = try #require(graph[1]["itemListElement"] as? [[String: Any]])
        #expect(crumbs.map { $0["name"] as? String } == ["Home", "Categories", "Computation and Language"])
        #expect(crumbs.map { $0["item"] as? String } == [
            "https://example.org/lab/", "https://example.org/lab/categories/", "https://example.org/lab/categories/cl/",
        ])
        for list in ["papers/index.html", "authors/index.html", "categories/index.html"] {
            #expect(try Self.jsonLD(in: files[list] ?? "")["@graph"] != nil, "\(list)")
        }
    }

    @Test func everyPageHasOpenGraphAndTwitterCards() throws {
        for (path, html) in try renderSite(SiteFixture.site()).files where path.hasSuffix(".html") {
            for name in ["og:title", "og:description", "og:type", "og:site_name", "twitter:card", "twitter:title"] {
                #expect(Self.meta(name, in: html).count == 1, "\(path) \(name)")
            }
        }
    }

    @Test func coinsSpanCarriesTheOpenURLFields() throws {
        let html = try #require(try renderSite(SiteFixture.site()).files["papers/mistral-7b/index.html"])
        #expect(html.contains(#"<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&amp;rft.genre=preprint&amp;rft.atitle=Mistral%207B&amp;rft.aulast=Jiang&amp;rft.aufirst=Albert%20Q.&amp;rft.au=Albert%20Q.%20Jiang&amp;rft.au=Arthur%20Mensch&amp;rft.au=Ga%C3%ABl%20Varoquaux&amp;rft.date=2023-10-10"></span>"#))
    }

    @Test func jsonLDCannotCloseItsScriptElement() throws {
        var site = SiteFixture.site()
        site.papers[0].title = "</script><script>alert(1)</script> & more"
        let html = try #require(try renderSite(site).files["papers/mistral-7b/index.html"])
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.components(separatedBy: "</script>").count == html.components(separatedBy: "<script").count)
        #expect(try Self.jsonLD(in: html)["headline"] as? String == "</script><script>alert(1)</script> & more")
        #expect(html.contains(#""headline":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u0026 more""#))
    }
}
