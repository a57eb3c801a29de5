@testable import SitegenLoad
import SitegenModel
import Testing

/// Authors are gathered again only when what gathering reads changed: the papers' ids, authors and
/// known authors, the pages, or the folding of spellings.
@Suite struct GatheredAuthorsTests {
    @Test func authorsAreGatheredAgainOnlyWhenTheirInputsChange() throws {
        let site = try SiteLoader(contentDirectory: Fixtures.seedsContent).load()
        let cache = GatheredAuthors()
        var identity = AuthorIdentity()
        identity.settle()
        var gathered = 0
        func authors(_ papers: [Paper], _ profiles: [Profile], _ identity: AuthorIdentity) -> [Author] {
            cache.authors(of: papers, profiles: profiles, identity: identity) {
                gathered += 1
                return site.authors
            }
        }
        #expect(authors(site.papers, site.profiles, identity) == site.authors)
        #expect(authors(site.papers, site.profiles, identity) == site.authors)
        #expect(gathered == 1)
        var papers = site.papers
        papers[0].abstract = "Another abstract."
        _ = authors(papers, site.profiles, identity)
        #expect(gathered == 1)
        papers[0].authors.append("Someone New")
        _ = authors(papers, site.profiles, identity)
        #expect(gathered == 2)
        var profiles = site.profiles
        profiles[0].owner = "Someone Else"
        _ = authors(papers, profiles, identity)
        #expect(gathered == 3)
        identity.see("Someone New")
        _ = authors(papers, profiles, identity)
        #expect(gathered == 4)
        _ = authors(papers, profiles, identity)
        #expect(gathered == 4)
        // Each of what gathering reads of a paper: its known authors, its id; then one paper fewer.
        papers[1].knownAuthors.append("Someone Known")
        _ = authors(papers, profiles, identity)
        #expect(gathered == 5)
        papers[1].id = "another-id"
        _ = authors(papers, profiles, identity)
        #expect(gathered == 6)
        _ = authors(Array(papers.dropLast()), profiles, identity)
        #expect(gathered == 7)
    }
}
