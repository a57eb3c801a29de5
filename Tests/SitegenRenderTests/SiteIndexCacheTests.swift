import Foundation
import SitegenModel
import Testing
@testable import SitegenRender

/// `sitegen serve` keeps what each `SiteIndex` made (`SiteIndexCache`): an index made with the last
/// render's work is the index made from nothing, field by field, across edits of every kind, and
/// a kept part is taken only while what it was made from is equal.
@Suite struct SiteIndexCacheTests {
    /// Everything `index` holds that pages read, as lines of text: each paper's listing and page
    /// digest, the BibTeX keys, the names' links, the authors index, the year starts, the rankings.
    static func snapshot(_ index: SiteIndex) -> [String] {
        let site = index.site
        func link(_ link: AuthorLink?) -> String {
            link.map { "\($0.id)|\($0.name)|\($0.path)|\($0.sortKey)" } ?? "-"
        }
        func people(_ people: [PaperListing.Person]) -> String {
            people.map { "\($0.name)=\(link($0.author))" }.joined(separator: ",")
        }
        var lines: [String] = []
        let digests = index.pageDigests
        for (position, paper) in site.papers.enumerated() {
            let listing = index.listing(at: position)
            lines.append([paper.id, listing.title, listing.abstractText ?? "-", listing.query, listing.bibTeXBase,
                          listing.venue.map { "\($0)" } ?? "-", listing.authorLinks.map(link).joined(separator: ","),
                          listing.bylineInSection.map { $0 == nil ? "0" : "1" }.joined(), people(listing.unlistedKnownAuthors),
                          people(listing.people), index.bibTeXKeys[paper.id] ?? "-", "\(digests.papers[paper.id].map { "\($0)" } ?? "-")"]
                .joined(separator: " ; "))
        }
        lines += index.authorsByName.sorted { $0.key < $1.key }.map { "name \($0.key) → \(link($0.value))" }
        lines += index.authorsBySortKey.map { "sorted \($0.author.id) \($0.key) \($0.author.paperIDs)" }
        lines += index.initialStarts.map { "initial \($0.key) \($0.position)" }
        lines += index.yearStarts.map { "year \($0.key.map(String.init) ?? "-") \($0.position)" }
        for code in site.categories.map(\.code) {
            lines.append("top \(code) \(index.categoryFacts.topAuthors[code]?.map { "\($0.value):\($0.count)" } ?? [])")
            lines.append("related \(code) \(index.categoryFacts.related[code]?.map { "\($0.value):\($0.count)" } ?? [])")
            lines.append("category \(code) \(digests.categories[code].map { "\($0)" } ?? "-")")
        }
        return lines
    }

    /// Records an issue, naming `edit` and the first line that differs, unless `site` indexed with
    /// `cache` is `site` indexed from nothing.
    static func expectSame(_ site: Site, _ cache: SiteIndexCache, _ edit: String) {
        let (cached, fresh) = (snapshot(SiteIndex(site, cache: cache)), snapshot(SiteIndex(site)))
        if let (line, expected) = zip(cached, fresh).first(where: { $0 != $1 }) {
            Issue.record("\(edit): kept \(line)\nfresh \(expected)")
        } else if cached.count != fresh.count {
            Issue.record("\(edit): \(cached.count) lines kept, \(fresh.count) fresh")
        }
    }

    /// The search tests' site (many papers, a few authors), with the owner's spelling on some bylines.
    static func site() -> Site {
        var site = SearchRunCacheTests.site(papers: 60)
        for position in stride(from: 3, to: site.papers.count, by: 7) {
            site.papers[position].authors.append("Mensch, Arthur")
        }
        return site
    }

    @Test func keptWorkGivesTheIndexMadeFromNothing() throws {
        var site = Self.site()
        let cache = SiteIndexCache()
        Self.expectSame(site, cache, "nothing kept")
        Self.expectSame(site, cache, "everything kept")
        site.papers[5].abstract = "An abstract on $\\alpha$-zymurgy."
        Self.expectSame(site, cache, "an abstract")
        site.papers[6].title = "Scaling $\\alpha$-Entmax to \\emph{Many} Heads"
        Self.expectSame(site, cache, "a title")
        site.papers[7].authors.insert("Albert Q. Jiang", at: 0)
        site.papers[8].authors.removeLast()
        Self.expectSame(site, cache, "author lists")
        site.papers[9].category = "CV"
        site.papers[10].category = nil
        Self.expectSame(site, cache, "categories")
        site.categories[1].paperIDs.append(site.papers[9].id)
        Self.expectSame(site, cache, "a category's papers")
        site.papers[11].date = PaperDate(year: 1999, month: 6, day: 1)
        Self.expectSame(site, cache, "a date")
        // Same first author, year and first title word as paper 12: the keys take suffixes.
        site.papers[13].title = site.papers[12].title + " Again"
        site.papers[13].date = site.papers[12].date
        site.papers[13].authors = site.papers[12].authors
        Self.expectSame(site, cache, "a BibTeX key collision")
        site.papers[13].title = "Unrelated"
        Self.expectSame(site, cache, "the collision undone")
        site.authors[1].name = "Arthur R. Mensch"
        Self.expectSame(site, cache, "an author renamed")
        site.authors[1].otherSpellings.append("Arthur Mensch")
        Self.expectSame(site, cache, "a spelling added")
        site.authors[2].paperIDs.append(site.papers[20].id)
        Self.expectSame(site, cache, "an author's papers")
        site.profiles[2].owner = "Gaël Varoquaux"
        Self.expectSame(site, cache, "a page's owner")
        site.authors.insert(Author(id: "zoe-zhang", name: "Zoë Zhang", otherSpellings: ["Author 3"], profile: nil,
                                   ownedFiles: [], paperIDs: [site.papers[3].id]), at: 0)
        Self.expectSame(site, cache, "an author added")
        site.papers.remove(at: 15)
        site.papers.insert(site.papers.removeLast(), at: 0)
        Self.expectSame(site, cache, "papers removed and moved")
        site.papers.append(site.papers[0])
        site.papers[site.papers.count - 1].title = "A Twin by Id"
        Self.expectSame(site, cache, "two papers with one id")
    }

    /// That kept work is taken: a listing is the kept object until its paper or a name on it changes,
    /// and a page digest changed in the cache shows until its paper changes.
    @Test func unchangedPapersAreTakenFromTheCache() throws {
        var site = Self.site()
        let cache = SiteIndexCache()
        let first = SiteIndex(site, cache: cache)
        _ = first.pageDigests
        let second = SiteIndex(site, cache: cache)
        #expect(site.papers.indices.allSatisfy { first.listing(at: $0) === second.listing(at: $0) })
        _ = second.pageDigests
        site.papers[4].abstract = "Changed."
        site.authors[1].name = "Arthur R. Mensch"
        let third = SiteIndex(site, cache: cache)
        _ = third.pageDigests
        let renamed = Set(site.papers.indices.filter { site.papers[$0].allAuthors.contains { $0.hasPrefix("Mensch") || $0 == SiteFixture.owner } })
        #expect(renamed.contains(3) && !renamed.contains(5))
        for position in site.papers.indices {
            let kept = second.listing(at: position) === third.listing(at: position)
            #expect(kept == (position != 4 && !renamed.contains(position)), "paper \(position)")
        }
    }
}
