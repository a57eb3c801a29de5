import Foundation
import SitegenModel
import Testing
@testable import SitegenRender

/// `sitegen serve` keeps the runs of search documents each render tokenized (`SearchRunCache`): an
/// index made with the runs of the last render is the index made from nothing, and only runs whose
/// documents changed are tokenized again.
@Suite struct SearchRunCacheTests {
    /// The fixture's site with `count` more papers, so the documents fill several runs.
    static func site(papers count: Int) -> Site {
        var site = SiteFixture.site()
        let topics = ["sparse attention", "graph kernels", "protein folding", "speech synthesis", "robust control"]
        site.papers += (0..<count).map { number in
            Paper(id: "paper-\(number)", title: "On \(topics[number % topics.count]) \(number)", authors: ["Author \(number % 37)", "Other \(number % 11)"],
                  authorsTruncated: false, hasPrintedByline: true, organizations: [], category: number % 3 == 0 ? "CL" : nil,
                  date: PaperDate(year: 2000 + number % 24, month: 1 + number % 12, day: 1), hasCode: false, venues: [],
                  sources: ["000_a.txt"], altTitles: [], abstract: "We study \(topics[(number + 2) % topics.count]) at scale \(number).",
                  knownAuthors: [])
        }
        return site
    }

    /// The search files of `site`, made with `cache` (when given).
    static func files(_ site: Site, cache: SearchRunCache?) -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: SearchFiles.all(SearchIndex(SiteIndex(site), cache: cache)).map { ($0.path, $0.contents) })
    }

    /// Whether the files made with `cache` are those made without (a Bool: a failure prints no megabytes).
    static func sameWithCache(_ site: Site, _ cache: SearchRunCache) -> Bool {
        files(site, cache: cache) == files(site, cache: nil)
    }

    @Test func keptRunsGiveTheIndexMadeFromNothing() {
        var site = Self.site(papers: 1_300)
        let cache = SearchRunCache()
        #expect(Self.sameWithCache(site, cache))
        #expect(Self.sameWithCache(site, cache), "every run from the cache")
        site.papers[700].abstract = "A new abstract on zymurgy."
        #expect(Self.sameWithCache(site, cache), "one run changed")
        site.papers.remove(at: 10)
        #expect(Self.sameWithCache(site, cache), "every later document renumbered")
        site.authors[0].otherSpellings.append("Jiang, A.")
        #expect(Self.sameWithCache(site, cache), "an author's run changed")
    }

    /// That runs are taken from the cache: a token put into every kept run shows in the next index
    /// but for the run whose document changed.
    @Test func unchangedRunsAreNotTokenizedAgain() throws {
        var site = Self.site(papers: 1_300)
        let cache = SearchRunCache()
        _ = SearchIndex(SiteIndex(site), cache: cache)
        var runs = cache.take(runLength: SearchIndex.runLength)
        let documents = site.papers.count + site.authors.count
        #expect(runs.count == (documents + SearchIndex.runLength - 1) / SearchIndex.runLength && runs.count > 2)
        for digest in runs.keys {
            runs[digest]?.append((token: "zzmarked", postings: SearchIndex.Postings(strong: [SearchIndex.Posting(document: 0, position: 0)])))
        }
        cache.keep(runs, runLength: SearchIndex.runLength)
        #expect(SearchIndex(SiteIndex(site), cache: cache).postings["zzmarked"]?.strong.count == runs.count)
        site.papers[700].abstract = "A new abstract on zymurgy."
        let index = SearchIndex(SiteIndex(site), cache: cache)
        #expect(index.postings["zzmarked"]?.strong.count == runs.count - 1)
        #expect(index.postings["zymurgy"]?.weak.count == 1)
    }
}
