import Foundation
import SitegenLoad
import SitegenModel
import Testing

/// The reading of nine pages written like real captures (`Fixtures/realworld-content`, described
/// in its README) equals `realworld-gold.json`, field by field.
@Suite struct RealWorldGoldTests {
    static let content = Fixtures.root.appendingPathComponent("realworld-content")
    static let gold = GoldReading.load(Fixtures.root.appendingPathComponent("realworld-gold.json"))
    static let site: Site = try! SiteLoader(contentDirectory: content).load()

    /// Readings the loader is known to get wrong: `"<title, file or name>|<field>"` → why.
    static let knownIssues: GoldReading.KnownIssues = [:]

    @Test func everyPaperReadOnceAndNoOther() {
        let expected = Set(Self.gold.papers.map(\.title))
        let read = Self.site.papers.map(\.title)
        GoldReading.check("site", "papers", Self.knownIssues) {
            #expect(read.count == Self.gold.papers.count)
            #expect(Set(read).subtracting(expected).sorted() == [], "papers read that should not exist")
            #expect(expected.subtracting(read).sorted() == [], "papers missing")
        }
    }

    @Test func goldCoversAllThreeLayouts() {
        let layouts = Dictionary(grouping: Self.gold.profiles, by: \.layout).mapValues { $0.reduce(0) { $0 + $1.entries } }
        #expect(layouts["A", default: 0] >= 3 * 8)
        #expect(layouts["B", default: 0] >= 2 * 8)
        #expect(layouts["C", default: 0] >= 3 * 8)
        #expect(Self.gold.captureYear == Self.site.config.captureYear)
    }

    @Test(arguments: gold.papers.map(\.title))
    func paper(title: String) throws {
        let expected = try #require(Self.gold.papers.first { $0.title == title })
        GoldReading.compare(expected, in: Self.site, knownIssues: Self.knownIssues)
    }

    @Test(arguments: gold.profiles.map(\.file))
    func profile(file: String) throws {
        let expected = try #require(Self.gold.profiles.first { $0.file == file })
        GoldReading.compare(expected, in: Self.site, knownIssues: Self.knownIssues)
    }

    @Test(arguments: (gold.people ?? []).map(\.name))
    func person(name: String) throws {
        let expected = try #require(Self.gold.people?.first { $0.name == name })
        GoldReading.compare(expected, in: Self.site, knownIssues: Self.knownIssues)
    }

    /// Papers that share most of their words, or differ by a version number, stay apart.
    @Test(arguments: [
        ["Denoising Diffusion Probabilistic Models", "Improved Denoising Diffusion Probabilistic Models"],
        ["Segment Anything", "Segment Anything in High Quality", "SAM 3: Segment Anything with Concepts"],
        ["Swin Transformer: Hierarchical Vision Transformer using Shifted Windows", "Swin Transformer V2: Scaling Up Capacity and Resolution"],
        ["Masked Autoencoders Are Scalable Vision Learners", "Masked Autoencoders As Spatiotemporal Learners"],
        ["Explaining the Explainer: A First Theoretical Analysis of LIME", "Looking Deeper into Tabular LIME"],
        ["Algorithmic Recourse: from Counterfactual Explanations to Interventions",
         "A survey of algorithmic recourse: contrastive explanations and consequential recommendations"],
    ])
    func similarPapersStayApart(titles: [String]) {
        for title in titles {
            GoldReading.check(title, "present", Self.knownIssues) {
                #expect(Self.site.papers.filter { $0.title == title }.count == 1, "\(title)")
            }
        }
    }

    /// Capture noise (CRLF, BOM, trailing and no-break spaces, blank-looking lines, a missing final
    /// newline or abstract) is not worth a word; the ownerless page and the header that claims
    /// more papers than it lists are.
    @Test func onlyWarningsAreTheOwnerlessPageAndTheHeaderCount() {
        let diagnostics = Self.site.diagnostics
        GoldReading.check("site", "diagnostics", Self.knownIssues) {
            #expect(diagnostics.count == 2, "\(diagnostics.map { "\($0.file):\($0.line.map(String.init) ?? "") \($0.message)" })")
        }
        let ownerless = diagnostics.first { $0.file.hasSuffix("profiles/107_2e8f4a6c0b9d1375.txt") }
        #expect(ownerless?.severity == .warning)
        #expect(ownerless?.message.contains("owner: Name") == true)
        let count = diagnostics.first { $0.file.hasSuffix("profiles/100_3f1a9c2e7b5d4810.txt") }
        #expect(count?.severity == .warning)
        #expect(count?.message.contains("14") == true && count?.message.contains("12") == true)
    }
}
