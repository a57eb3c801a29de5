import Foundation
import SitegenBuild
import Testing

/// Builds the repository's own `Content/` with `Templates/` and checks every page kind and the data API.
@Suite struct EndToEndBuildTests {
    /// One build shared by every test of the suite (Swift Testing makes a suite instance per test).
    static let built: (output: URL, summary: BuildSummary) = {
        let output = BuildFixture.scratch().appendingPathComponent("Site")
        return (output, try! BuildFixture.build(into: output))
    }()

    var output: URL { Self.built.output }
    var summary: BuildSummary { Self.built.summary }

    @Test func summaryCountsTheSeeds() {
        #expect(summary.profiles == 5)
        #expect(summary.papers == 69)
        #expect(summary.mergedEntries == 104 - 69)
        #expect(summary.pages == BuildFixture.files(in: output).filter { $0.hasSuffix(".html") }.count)
        #expect(summary.pages > summary.papers + summary.authors + summary.categories + 4)
        #expect(summary.warnings == 1)
    }

    /// `--verbose` times each step: all of them, in order, within the build's own time.
    @Test func summaryTimesEveryStep() throws {
        #expect(summary.phases.map(\.name) == ["inputs", "load", "site index", "pages", "API", "feeds and sitemap", "search", "finish"])
        #expect(summary.phases.allSatisfy { $0.seconds >= 0 })
        #expect(summary.phases.reduce(0) { $0 + $1.seconds } <= summary.seconds)
        #expect(summary.timings.hasPrefix("inputs "))
        #expect(summary.timings.components(separatedBy: " · ").count == 8)
        let peaks = summary.phases.map(\.peakResidentBytes)
        #expect(peaks.first! > 1_000_000 && peaks == peaks.sorted(), "a peak never goes down: \(peaks)")
        let peak = try #require(summary.peakMemory)
        #expect(peak.hasSuffix(" GiB, reached during " + summary.phases.first { $0.peakResidentBytes == peaks.last }!.name))
    }

    @Test func everyPageKindIsWritten() throws {
        let files = Set(BuildFixture.files(in: output))
        for page in ["index.html", "404.html", "authors/index.html", "papers/index.html", "categories/index.html",
                     "authors/arthur-mensch/index.html", "authors/teven-le-scao/index.html", "categories/cl/index.html",
                     "papers/mistral-7b/index.html", "api/papers.json", "api/authors.json", "assets/style.css"] {
            #expect(files.contains(page), "missing \(page)")
        }
        #expect(files.filter { $0.hasPrefix("papers/") && $0.hasSuffix("/index.html") && $0 != "papers/index.html" }.count == 69)
    }

    @Test func paperPageShowsTheMergedPaper() throws {
        let html = try BuildFixture.text(output, "papers/mistral-7b/index.html")
        #expect(html.contains("Mistral 7B"))
        #expect(html.contains("href=\"../../authors/albert-q-jiang/index.html\""))
        #expect(html.contains("Teven Le Scao"), "owner known to be an author though cut from the byline")
        #expect(html.contains("2023-10-10"))
        #expect(html.contains("Computation and Language"))
        #expect(html.contains("cambridge"))
        #expect(!html.contains("href=\"/"), "links must be relative")
    }

    @Test func authorPageListsPapersNewestFirst() throws {
        let html = try BuildFixture.text(output, "authors/arthur-mensch/index.html")
        let magistral = try #require(html.range(of: "Magistral"))
        let oldest = try #require(html.range(of: "Compressed Online Dictionary Learning"))
        #expect(magistral.lowerBound < oldest.lowerBound)
        #expect(html.contains("20,263"), "owner's header stats")
    }

    @Test func dataAPIExposesTheModel() throws {
        let papersData = try Data(contentsOf: output.appendingPathComponent("api/papers.json"))
        let papers = try #require((try JSONSerialization.jsonObject(with: papersData) as? [String: Any])?["papers"] as? [[String: Any]])
        #expect(papers.count == 69)
        let mistral = try #require(papers.first { $0["id"] as? String == "mistral-7b" })
        #expect(mistral["sources"] as? [String] == ["000_ccd6bb956600ebde.txt", "001_8ea4ceacf51a9478.txt",
                                                    "002_eb8ec50d2665267a.txt", "003_47b10732c520c09c.txt", "004_8fbc228d6ee0bde4.txt"])
        #expect(mistral["hasCode"] as? Bool == true)
        #expect(mistral["date"] as? String == "2023-10-10")
        let authorsData = try Data(contentsOf: output.appendingPathComponent("api/authors.json"))
        let authors = try #require((try JSONSerialization.jsonObject(with: authorsData) as? [String: Any])?["authors"] as? [[String: Any]])
        let arthur = try #require(authors.first { $0["id"] as? String == "arthur-mensch" })
        #expect((arthur["papers"] as? [String])?.count == 28)
        #expect((arthur["profile"] as? [String: Any])?["citations"] as? Int == 20263)
    }

    /// Built again from a copy of `Content/` elsewhere; thread counts vary in `SitegenTrustTests`.
    @Test func sameInputGivesTheSameBytes() throws {
        let scratch = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let content = scratch.appendingPathComponent("copied/Content")
        try FileManager.default.createDirectory(at: content.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BuildFixture.content, to: content)
        let second = scratch.appendingPathComponent("Other")
        _ = try BuildFixture.build(content: content, into: second)
        let files = BuildFixture.files(in: output)
        #expect(files == BuildFixture.files(in: second))
        for file in files {
            let a = try Data(contentsOf: output.appendingPathComponent(file))
            let b = try Data(contentsOf: second.appendingPathComponent(file))
            #expect(a == b, "\(file) differs between two builds")
        }
    }
}
