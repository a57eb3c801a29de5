import Foundation
import SitegenLoad
import SitegenModel
import Testing

/// The reading of the five seed pages equals `seeds-gold.json`, field by field.
@Suite struct SeedsGoldTests {
    static let gold = GoldReading.load(Fixtures.seedsGold)
    static let site: Site = try! SiteLoader(contentDirectory: Fixtures.seedsContent).load()

    @Test func uniquePaperCount() {
        #expect(Self.site.papers.count == Self.gold.papers.count)
        #expect(Self.site.papers.count == 69)
    }

    @Test(arguments: gold.papers.map(\.title))
    func paper(title: String) throws {
        GoldReading.compare(try #require(Self.gold.papers.first { $0.title == title }), in: Self.site)
    }

    @Test(arguments: gold.profiles.map(\.file))
    func profile(file: String) throws {
        GoldReading.compare(try #require(Self.gold.profiles.first { $0.file == file }), in: Self.site)
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
