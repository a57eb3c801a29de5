import Foundation
import SitegenModel
import Testing
@testable import SitegenRender

/// `sitegen serve` keeps each paper's listing texts (`PaperTextCache`): read again only when the
/// paper's title, abstract, first printed author or year changed.
@Suite struct PaperTextCacheTests {
    /// Each paper's listing texts in `site`'s index made with `cache`, and made without one.
    static func texts(_ site: Site, cache: PaperTextCache) -> (cached: [[String?]], fresh: [[String?]]) {
        func texts(_ index: SiteIndex) -> [[String?]] {
            site.papers.map { index.listing(of: $0) }.map { [$0.title, $0.abstractText, $0.query, $0.bibTeXBase] }
        }
        return (texts(SiteIndex(site, cache: cache)), texts(SiteIndex(site)))
    }

    @Test func keptTextsAreThoseReadAgain() {
        var site = SearchRunCacheTests.site(papers: 40)
        let cache = PaperTextCache()
        for _ in 0..<2 {
            let (cached, fresh) = Self.texts(site, cache: cache)
            #expect(cached == fresh)
        }
        site.papers[0].title = "Scaling $\\alpha$-Entmax to \\emph{Many} Heads"
        site.papers[1].abstract = "Bounds of $O(n^2)$ and better."
        site.papers[2].abstract = nil
        site.papers[3].authors.insert("Zoë Zhang", at: 0)
        site.papers[4].date = PaperDate(year: 1999, month: 6, day: 1)
        let (cached, fresh) = Self.texts(site, cache: cache)
        #expect(cached == fresh)
        #expect(cached[0][0] == "Scaling α-Entmax to Many Heads")
        #expect(cached[3][3]?.hasPrefix("zhang") == true && cached[4][3]?.contains("1999") == true)
    }

    /// That texts are taken from the cache: a text marked in it shows until its paper's title changes.
    @Test func unchangedPapersAreNotReadAgain() throws {
        var site = SearchRunCacheTests.site(papers: 5)
        let cache = PaperTextCache()
        _ = SiteIndex(site, cache: cache)
        let marked = PaperListing.Texts(title: "Marked", abstractText: nil, query: "Marked", bibTeXBase: "marked")
        let position = try #require(site.papers.firstIndex { $0.id == "paper-3" })
        cache.keep([marked], of: [site.papers[position]])
        #expect(SiteIndex(site, cache: cache).listing(of: site.papers[position]).title == "Marked")
        #expect(SiteIndex(site, cache: cache).listing(of: site.papers[position]).title == "Marked", "kept again")
        site.papers[position].title += " Revisited"
        #expect(SiteIndex(site, cache: cache).listing(of: site.papers[position]).title != "Marked")
    }
}
