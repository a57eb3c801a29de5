import Foundation
import SitegenLoad
import SitegenMarkdown
import SitegenModel
import Testing
@testable import SitegenRender
import SitegenTemplates

/// Every page of real sites, rendered from the repository's templates by sitegen's renderer and by
/// swift-mustache from the same texts and contexts: the bytes must be identical.
@Suite("Pages against swift-mustache")
struct PageRenderingDifferentialTests {
    /// The seeds the loader tests read, found from this file's path.
    static let seedsContent = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SitegenLoadTests/Fixtures/seeds-content")

    /// The repository's own example content (it has a free page).
    static let exampleContent = templatesDirectory.deletingLastPathComponent().appendingPathComponent("Content")

    func expectEveryPageSame(_ site: Site, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let oracle = try MustacheOracle(sources: TemplateSource.files(in: templatesDirectory).mapValues(\.text))
        let pages = PageBuilder(site)
        let jobs = PageJob.all(in: site)
        var kinds = Set<PageTemplate>()
        for job in jobs {
            let page = job.page(pages, citation: job.citation(pages))
            kinds.insert(page.template)
            oracle.expectSameOutput(page.template.rawValue, page.context, page.path, sourceLocation: sourceLocation)
        }
        #expect(kinds.isSuperset(of: PageTemplate.allCases.filter { $0 != .page }), sourceLocation: sourceLocation)
    }

    @Test func seedsSite() throws {
        try expectEveryPageSame(try SiteLoader(contentDirectory: Self.seedsContent).load())
    }

    @Test func exampleSiteWithItsFreePage() throws {
        let site = try SiteLoader(contentDirectory: Self.exampleContent).load()
        #expect(!site.pages.isEmpty)
        try expectEveryPageSame(site)
    }

    @Test func exampleSiteWithABaseURL() throws {
        var site = try SiteLoader(contentDirectory: Self.exampleContent).load()
        site.config.baseURL = "https://lab.example.org/x/"
        try expectEveryPageSame(site)
    }
}
