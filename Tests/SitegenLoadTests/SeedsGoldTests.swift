import Foundation
import SitegenLoad
import SitegenModel
import Testing

/// The reading of the five seed pages equals `seeds-gold.json`, field by field.
@Suite struct SeedsGoldTests {
    struct Gold: Decodable {
        struct Profile: Decodable {
            var file: String
            var owner: String?
            var stats: ProfileStats?
            var layout: String
            var ownerSource: String
            var entries: Int
        }

        struct Paper: Decodable {
            var title: String
            var authors: [String]
            var authorsTruncated: Bool
            var organizations: [String]
            var category: String?
            var date: String?
            var hasCode: Bool
            var sources: [String]
            var altTitles: [String]
            var venues: [String]
            var abstract_prefix: String?
            var knownAuthors: [String]
        }

        var captureYear: Int
        var profiles: [Profile]
        var papers: [Paper]
    }

    static let gold: Gold = {
        let data = try! Data(contentsOf: Fixtures.seedsGold)
        return try! JSONDecoder().decode(Gold.self, from: data)
    }()

    static let site: Site = try! SiteLoader(contentDirectory: Fixtures.seedsContent).load()

    @Test func uniquePaperCount() {
        #expect(Self.site.papers.count == Self.gold.papers.count)
        #expect(Self.site.papers.count == 69)
    }

    @Test(arguments: gold.papers.map(\.title))
    func paper(title: String) throws {
        let expected = try #require(Self.gold.papers.first { $0.title == title })
        let paper = try #require(Self.site.papers.first { $0.title == title }, "no paper titled \(title)")
        #expect(paper.authors == expected.authors)
        #expect(paper.authorsTruncated == expected.authorsTruncated)
        #expect(paper.organizations == expected.organizations)
        #expect(paper.category == expected.category)
        #expect(paper.date?.description == expected.date)
        #expect(paper.hasCode == expected.hasCode)
        #expect(paper.sources == expected.sources)
        #expect(paper.altTitles == expected.altTitles)
        #expect(paper.venues == expected.venues)
        #expect(paper.knownAuthors == expected.knownAuthors)
        if let prefix = expected.abstract_prefix {
            #expect(paper.abstract?.hasPrefix(prefix) == true)
        } else {
            #expect(paper.abstract == nil)
        }
    }

    @Test(arguments: gold.profiles.map(\.file))
    func profile(file: String) throws {
        let expected = try #require(Self.gold.profiles.first { $0.file == file })
        let profile = try #require(Self.site.profiles.first { $0.file == file })
        #expect(profile.owner == expected.owner)
        #expect(profile.ownerSource.rawValue == expected.ownerSource)
        #expect(profile.layout.rawValue == expected.layout)
        #expect(profile.stats == expected.stats)
        #expect(profile.entryCount == expected.entries)
    }

    @Test(arguments: [("Arthur Mensch", 28), ("Alexandre Sablayrolles", 28), ("Teven Le Scao", 22)])
    func ownerPaperCount(name: String, count: Int) throws {
        let author = try #require(Self.site.authors.first { $0.name == name })
        #expect(author.paperIDs.count == count)
        #expect(author.isOwner)
    }

    @Test func spellingsOfOnePersonFold() throws {
        let carles = Self.site.authors.filter { $0.name.hasPrefix("Carles Domingo") }
        #expect(carles.map(\.name) == ["Carles Domingo-Enrich"])
        #expect(carles.first?.otherSpellings == ["Carles Domingo Enrich"])
        #expect(Self.site.authors.contains { $0.id == "arthur-mensch" })
    }

    @Test func reportRecordsMergesFoldingsAndConflicts() throws {
        let report = Self.site.report
        let extragradient = try #require(report.merges.first { $0.title.hasPrefix("Extra-gradient") })
        #expect(extragradient.intoTitle == "Extragradient with player sampling for faster Nash equilibrium finding")
        #expect(extragradient.file == "001_8ea4ceacf51a9478.txt")
        #expect(extragradient.similarity >= 0.68)
        #expect(report.merges.map(\.title).sorted() == ["Extra-gradient with player sampling for provable fast convergence in n-player games",
                                                        "Online Sinkhorn: optimal transportation distances from sample streams"])
        #expect(report.foldings.contains(LoadReport.Folding(canonical: "Carles Domingo-Enrich",
                                                            spellings: ["Carles Domingo-Enrich": 2, "Carles Domingo Enrich": 1])))
        #expect(report.foldings.contains { $0.canonical == "Arthur Mensch" && $0.spellings["Mensch, Arthur"] == 1 })
        #expect(report.conflicts.contains { $0.paperTitle == "Mistral 7B" && $0.field == "abstract" })
    }

    /// The only thing to say about the seeds: `002_…` has no owner, and how to set one.
    @Test func onlyWarningIsTheOwnerlessPage() throws {
        let diagnostic = try #require(Self.site.diagnostics.first)
        #expect(Self.site.diagnostics.count == 1)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.file.hasSuffix("profiles/002_eb8ec50d2665267a.txt"))
        #expect(diagnostic.message.contains("owner: Name"))
    }
}
