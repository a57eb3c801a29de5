import Foundation
import SitegenModel
import Testing
@testable import SitegenRender
import SitegenTemplates

/// Long lists are split over pages beside the first (`index-2.html`, …), with a navigation between them.
@Suite struct PaginationTests {
    /// 250 papers (newest first, one per month from 2026 back), one author on all of them, in one category.
    static func bigSite() -> Site {
        let ids = (0..<250).map { String(format: "paper-%03d", $0) }
        let papers = ids.enumerated().map { position, id in
            Paper(id: id, title: "Paper \(position)", authors: ["Ada Lovelace"], authorsTruncated: false, hasPrintedByline: true,
                  organizations: [], category: "CL", date: PaperDate(year: 2026 - position / 12, month: 12 - position % 12, day: 1),
                  hasCode: false, venues: [], sources: [], altTitles: [], abstract: nil, knownAuthors: [])
        }
        let author = Author(id: "ada-lovelace", name: "Ada Lovelace", otherSpellings: [], profile: nil, ownedFiles: [], paperIDs: ids)
        return Site(config: SiteConfig(title: "Big Lab", baseURL: "", captureYear: 2026), profiles: [], papers: papers,
                    authors: [author], categories: [Category(code: "CL", paperIDs: ids)], mergedEntries: 0, diagnostics: [])
    }

    @Test func papersIndexAndCategoryPagesSplitEveryHundredPapers() throws {
        let files = try renderSite(Self.bigSite()).files
        for first in ["papers/index.html", "categories/cl/index.html"] {
            let stem = String(first.dropLast(".html".count))
            let pages = [first, stem + "-2.html", stem + "-3.html"]
            #expect(files[stem + "-4.html"] == nil)
            let shown = try pages.map { path in
                try #require(files[path]).components(separatedBy: "class=\"paper-title\"").count - 1
            }
            #expect(shown == [100, 100, 50], "\(first)")
            let second = try #require(files[pages[1]])
            #expect(second.contains("(page 2 of 3) · Big Lab</title>"))
            #expect(second.contains(#"rel="prev">Previous"#) && second.contains(#"rel="next">Next"#))
            #expect(second.contains(#"aria-current="page">2</a>"#))
            let last = try #require(files[pages[2]])
            #expect(last.contains(">Paper 249</a>") && !last.contains(#"rel="next""#))
        }
        let category = try #require(files["categories/cl/index.html"])
        let secondCategoryPage = try #require(files["categories/cl/index-2.html"])
        #expect(category.contains("<svg") && !secondCategoryPage.contains("<svg"))
    }

    @Test func yearLinksPointToThePageWhereTheYearStarts() throws {
        let files = try renderSite(Self.bigSite()).files
        let page = try #require(files["papers/index-3.html"])
        // 12 papers a year: 2026 starts at paper 0 (page 1), 2018 at paper 96 (page 1), 2017 at paper 108 (page 2).
        #expect(page.contains(#"<a href="../papers/index.html#y2026">2026</a>"#) && page.contains(##"<a href="#y2009">2009</a>"##))
        #expect(page.contains(#"<a href="../papers/index-2.html#y2017">2017</a>"#))
        #expect(page.contains(#"<h2 id="y2009">"#) && !page.contains(#"<h2 id="y2026">"#))
    }

    @Test func everyPageIsInTheSitemapListAndOnlyTheFirstHasCompanions() throws {
        let rendered = try renderSite(Self.bigSite())
        #expect(rendered.order.filter { $0.hasPrefix("categories/cl/publications.") }.count == 2)
        #expect(rendered.order.filter { $0.hasPrefix("categories/cl/feed") }.count == 1)
        let llms = try #require(rendered.files["llms.txt"])
        #expect(llms.contains("papers/index.html"))
    }

    @Test func pageWindowShowsTheEndsAndTwoEitherSide() {
        let items = PartBuilder(index: SiteIndex(Self.bigSite()), root: "../")
        let pagination = ListPagination(number: 10, itemCount: 2_000, perPage: 100, firstPath: "papers/index.html")
        let context = TemplateValue.context(pagination.context(items: items))
        #expect(context["pages"].items.map { $0["number"] } == ["1", "…", "8", "9", "10", "11", "12", "…", "20"])
        #expect(ListPagination(number: 1, itemCount: 100, perPage: 100, firstPath: "papers/index.html").context(items: items) == nil)
        #expect(ListPagination.pageCount(of: 0, perPage: 100) == 1)
    }
}
