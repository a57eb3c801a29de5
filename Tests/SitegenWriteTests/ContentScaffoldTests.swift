import Foundation
import SitegenLoad
import SitegenWrite
import Testing

/// `sitegen new` writes files the loader reads without a warning, and never overwrites.
@Suite struct ContentScaffoldTests {
    @Test func scaffoldsLoadCleanlyAndAttach() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: BuildFixture.content, to: content)
        let scaffold = ContentScaffold(contentDirectory: content)
        let author = try scaffold.author(named: "Teven Le Scao")
        #expect(author.lastPathComponent == "teven-le-scao.md")
        _ = try scaffold.page(titled: "About the lab")
        let site = try SiteLoader(contentDirectory: content).load()
        #expect(site.diagnostics.count == 1, "only the seeds' ownerless page: \(site.diagnostics)")
        #expect(site.authors.first { $0.id == "teven-le-scao" }?.details?.bio == "A few sentences about Teven Le Scao, in Markdown.\n")
        #expect(site.pages.map(\.id).contains("about-the-lab"))
        #expect(throws: BuildError.self) { try scaffold.page(titled: "About the lab") }
    }
}
