import Foundation
import SitegenModel
import Testing
@testable import SitegenRender

/// What `site.yml` changes on pages: featured people, searches for papers without a link, the
/// profile site's own scores; and what stays the same size however big the site grows.
@Suite("Site settings on pages")
struct SiteSettingsPagesTests {
    /// The fixture with `count` more owners, each with `count - n` papers of their own.
    static func crowdedSite(owners count: Int) -> Site {
        var site = SiteFixture.site()
        for n in 0..<count {
            let id = "p\(n)"
            site.papers.append(Paper(id: id, title: "Paper \(n)", authors: ["Owner \(n)"], authorsTruncated: false,
                                     hasPrintedByline: true, organizations: [], category: "CL",
                                     date: PaperDate(year: 2020, month: 1, day: 1), hasCode: false, venues: [], sources: ["o\(n).txt"],
                                     altTitles: [], abstract: nil, knownAuthors: []))
            site.authors.append(Author(id: "owner-\(n)", name: "Owner \(n)", otherSpellings: [], profile: nil,
                                       ownedFiles: ["o\(n).txt"], paperIDs: Array(repeating: id, count: count - n)))
        }
        return site
    }

    @Test func homeFeaturesTheOwnersWithMostPapersAndCapsItsLists() throws {
        let site = Self.crowdedSite(owners: 40)
        let html = try #require(try renderSite(site).files["index.html"])
        let featured = html.matches(of: #/<a class="person-name" href="authors/([^/]+)/index.html">/#).map { String($0.output.1) }
        #expect(featured == (0..<SiteIndex.featuredCount).map { "owner-\($0)" })
        #expect(html.contains(#"<a href="authors/index.html">All 45 people</a>"#))
        #expect(html.matches(of: #/<li class="paper-item">/#).count == PageBuilder.newestPaperCount)
        #expect(html.contains("40 papers · h-index") == false && html.contains("40 papers</span>"))
    }

    @Test func featuredPeopleAreTheOnesSiteYmlNames() throws {
        var site = Self.crowdedSite(owners: 20)
        site.config.featured = ["Gaël Varoquaux", "Mensch, Arthur", "owner-7", "Nobody", "arthur-mensch"]
        let html = try #require(try renderSite(site).files["index.html"])
        let featured = html.matches(of: #/<a class="person-name" href="authors/([^/]+)/index.html">/#).map { String($0.output.1) }
        #expect(featured == ["gael-varoquaux", "arthur-mensch", "owner-7"])
    }

    @Test func findLinksFollowSiteYmlAndCanBeSwitchedOff() throws {
        var site = SiteFixture.site()
        site.config.findLinks = [.googleScholar]
        var html = try #require(try renderSite(site).files["authors/arthur-mensch/index.html"])
        #expect(html.contains(#"Find it on <a href="https://scholar.google.com/scholar?q=Mistral+7B">Google Scholar</a></span>"#))
        #expect(!html.contains("semanticscholar.org"))
        site.config.findLinks = []
        html = try #require(try renderSite(site).files["authors/arthur-mensch/index.html"])
        #expect(!html.contains("Find it on"))
    }

    @Test func profileScoresShowOnlyWhenAskedFor() throws {
        var site = SiteFixture.site()
        site.config.profileScores = true
        let html = try #require(try renderSite(site).files["authors/arthur-mensch/index.html"])
        #expect(html.contains("<dt>Novelty</dt><dd>58%</dd>") && html.contains("<dt>AI score</dt><dd>51</dd>"))
    }

    @Test func ownersListsHaveAbstractTogglesOthersDoNot() throws {
        let files = try renderSite(SiteFixture.site()).files
        let owner = try #require(files["authors/arthur-mensch/index.html"])
        #expect(owner.contains(#"<details class="abstract-toggle"><summary>Abstract</summary><p>Building models with x² parameters.</p></details>"#))
        #expect(owner.contains("<p>We introduce Pixtral.</p></details>"))
        let coauthor = try #require(files["authors/jeff-donahue/index.html"])
        #expect(coauthor.contains("Flamingo") && !coauthor.contains("abstract-toggle"))
    }

    @Test func categoryPagesDoNotRepeatTheirCategoryOnEachPaper() throws {
        let html = try #require(try renderSite(SiteFixture.site()).files["categories/cv/index.html"])
        let list = try #require(html.firstMatch(of: #/<ul class="paper-list">.*?</ul>/#.dotMatchesNewlines())).output
        #expect(list.contains("Flamingo") && !list.contains(#"class="category""#))
    }

    @Test func queriesAreEncodedForAnyTitle() {
        #expect(PaperButtons.queryEncoded("Attention & \"all\" you need: 100%") == "Attention+%26+%22all%22+you+need%3A+100%25")
        #expect(PaperButtons.queryEncoded("Ødegaard’s x²") == "%C3%98degaard%E2%80%99s+x%C2%B2")
    }
}
