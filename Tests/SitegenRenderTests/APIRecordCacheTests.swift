import Foundation
import SitegenModel
import Testing
@testable import SitegenRender

/// `sitegen serve` keeps the paper records of `api/papers.json` (`APIRecordCache`): the file made
/// with the records of the last render is the file made from nothing, and a paper's record is made
/// again only when what it is made from changed.
@Suite struct APIRecordCacheTests {
    static func papersFile(_ site: Site, cache: APIRecordCache?) -> [UInt8] {
        APIExport.papers(SiteIndex(site), cache: cache).joined().contents
    }

    /// Whether the file made with `cache` is the one made without (a Bool: a failure prints no megabytes).
    static func sameWithCache(_ site: Site, _ cache: APIRecordCache) -> Bool {
        papersFile(site, cache: cache) == papersFile(site, cache: nil)
    }

    @Test func keptRecordsGiveTheFileMadeFromNothing() {
        var site = SearchRunCacheTests.site(papers: 300)
        let cache = APIRecordCache()
        #expect(Self.sameWithCache(site, cache))
        #expect(Self.sameWithCache(site, cache), "every record from the cache")
        site.papers[100].abstract = "A new abstract on zymurgy."
        #expect(Self.sameWithCache(site, cache), "one paper changed")
        site.authors.removeAll { $0.id == "albert-q-jiang" }
        #expect(Self.sameWithCache(site, cache), "an author page gone: a record's ids")
        site.papers.append(Paper(id: "mistral-7b-2", title: "Mistral 7B", authors: ["Albert Q. Jiang"], authorsTruncated: false,
                                 hasPrintedByline: true, organizations: [], category: "CL", date: PaperDate(year: 2023, month: 10, day: 10),
                                 hasCode: false, venues: [], sources: ["000_a.txt"], altTitles: [], abstract: nil, knownAuthors: []))
        #expect(Self.sameWithCache(site, cache), "BibTeX keys shared: a record's key")
        site.config.baseURL = "https://example.org/lab/"
        #expect(Self.sameWithCache(site, cache), "another address: every record's url")
    }

    /// That records are taken from the cache: a record marked in it is written as it is, until its paper changes.
    @Test func unchangedRecordsAreNotMadeAgain() throws {
        var site = SearchRunCacheTests.site(papers: 30)
        let cache = APIRecordCache()
        _ = Self.papersFile(site, cache: cache)
        let render = cache.render()
        let record = try #require(render.last["paper-7"])
        render.add(APIRecordCache.Record(paper: record.paper, bibTeXKey: record.bibTeXKey, authorIDs: record.authorIDs, url: record.url,
                                         bytes: Array("\"marked\"".utf8)))
        render.finish()
        #expect(String(decoding: Self.papersFile(site, cache: cache), as: UTF8.self).contains("\"marked\""))
        #expect(String(decoding: Self.papersFile(site, cache: cache), as: UTF8.self).contains("\"marked\""), "kept again")
        site.papers[site.papers.firstIndex { $0.id == "paper-7" }!].title += " Revisited"
        #expect(!String(decoding: Self.papersFile(site, cache: cache), as: UTF8.self).contains("\"marked\""))
    }
}
