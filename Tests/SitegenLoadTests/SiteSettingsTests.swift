import Foundation
import SitegenLoad
import SitegenModel
import Testing

/// `site.yml`'s page settings: `featured`, `findLinks`, `profileScores`; their defaults, and
/// errors and warnings naming the line.
@Suite struct SiteSettingsTests {
    static let page = ContentOverlayTests.page

    func load(_ yaml: String) throws -> Site {
        try TemporaryContent(siteYAML: "captureYear: 2026\n" + yaml, profiles: ["a.txt": Self.page]).load()
    }

    @Test func defaultsSearchEverywhereFeatureNobodyAndHideScores() throws {
        let config = try load("").config
        #expect(config.findLinks == [.arxiv, .semanticScholar, .googleScholar])
        #expect(config.featured.isEmpty && !config.profileScores)
    }

    @Test func settingsAreRead() throws {
        let site = try load("featured:\n  - Ann Lee\n  - bob-stone\nfindLinks: [googleScholar, arxiv, googleScholar]\nprofileScores: true\n")
        #expect(site.config.featured == ["Ann Lee", "bob-stone"])
        #expect(site.config.findLinks == [.googleScholar, .arxiv])
        #expect(site.config.profileScores)
        #expect(!site.diagnostics.contains { $0.message.contains("featured") })
        #expect(try load("findLinks: false\n").config.findLinks.isEmpty)
        #expect(try load("findLinks: []\n").config.findLinks.isEmpty)
    }

    @Test func aFeaturedNameNobodyHasIsAWarningWithItsLine() throws {
        let site = try load("featured:\n  - Ann Lee\n  - Nobody Known\n")
        let warning = try #require(site.diagnostics.first { $0.message.contains("Nobody Known") })
        #expect(warning.line == 4 && warning.file.hasSuffix("site.yml") && warning.severity == .warning)
    }

    @Test(arguments: ["findLinks: [bing]\n", "findLinks: yes please\n", "profileScores: maybe\n", "featured: Ann Lee\n"])
    func wrongValuesAreErrorsWithTheirLine(_ yaml: String) throws {
        #expect(throws: LoadError.self) { try load(yaml) }
        do { _ = try load(yaml) } catch let error as LoadError {
            #expect(error.diagnostic.line == 2 && error.diagnostic.file.hasSuffix("site.yml"), "\(error.diagnostic)")
        }
    }
}
