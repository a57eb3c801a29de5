import SitegenModel
import Testing
@testable import SitegenRender

/// Category pages (description, chart, top authors, related categories) and the front page.
@Suite("Category and home pages")
struct CategoryAndHomeTests {
    let files: [String: String]

    init() throws {
        files = try renderSite(SiteFixture.site()).files
    }

    @Test func everyKnownCodeHasADescription() {
        #expect(Set(Category.descriptions.keys) == Set(Category.known.keys))
        #expect(Category(code: "ZZ", paperIDs: []).summary == nil)
    }

    @Test func categoryPageDescribesChartsAndRanksAuthors() throws {
        let html = try #require(files["categories/cl/index.html"])
        #expect(html.contains("<p class=\"summary\">\(Category.descriptions["CL"]!)</p>"))
        #expect(html.contains("<span class=\"code\">cs.CL</span> · 1 paper</p>"))
        // One paper, one year: no chart of a single bar.
        #expect(!html.contains("<svg") && !html.contains("Papers per year"))
        let top = try #require(html.firstMatch(of: #/<h2 id="top-authors">.*?</ol>/#.dotMatchesNewlines())).output
        let names = top.matches(of: #/>([^<>]+)</a> <span class="count">1/#).map { String($0.output.1) }
        #expect(names == ["Albert Q. Jiang", "Arthur Mensch", "Gaël Varoquaux"])
    }

    @Test func relatedCategoriesCountAuthorsWhoPublishInBoth() throws {
        let html = try #require(files["categories/cl/index.html"])
        #expect(html.contains(#"<li><a href="../../categories/cv/index.html">Computer Vision and Pattern Recognition</a> <span class="count">1<span class="visually-hidden"> shared authors</span>"#))
        let index = SiteIndex(SiteFixture.site())
        let facts = CategoryFacts(site: SiteFixture.site(), people: { index.paper(id: $0).map { index.listing(of: $0).people } },
                                  category: { index.paper(id: $0)?.category })
        #expect(facts.related["CV"]?.map(\.value) == ["CL"])
        #expect(facts.topAuthors["CV"]?.map(\.value) == ["Arthur Mensch", "Jean-Baptiste Alayrac", "Jeff Donahue"])
    }

    @Test func homeHasAPlainSearchFormThatWorksWithoutJavaScript() throws {
        let html = try #require(files["index.html"])
        #expect(html.contains(#"<form class="search-form" action="search/index.html" method="get" role="search">"#))
        #expect(html.contains(#"<input type="search" id="q" name="q""#))
        #expect(html.contains("3 papers by 5 people in 2 research categories."))
    }
}
