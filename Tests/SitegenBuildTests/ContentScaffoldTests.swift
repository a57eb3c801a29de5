import Foundation
import SitegenLoad
import SitegenModel
import SitegenBuild
import Testing

/// `sitegen new` writes files the loader reads with no warning but its placeholders', and never overwrites.
@Suite struct ContentScaffoldTests {
    @Test func scaffoldsLoadAndAttachWarningOnlyOfTheirPlaceholders() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: BuildFixture.content, to: content)
        let scaffold = ContentScaffold(contentDirectory: content)
        let author = try scaffold.author(named: "Teven Le Scao")
        #expect(author.lastPathComponent == "teven-le-scao.md")
        _ = try scaffold.page(titled: "About the lab")
        let site = try SiteLoader(contentDirectory: content).load()
        let warnings = site.diagnostics.map(\.description).filter { !$0.contains("no owner") }
        #expect(site.diagnostics.count == warnings.count + 1, "the seeds' ownerless page: \(site.diagnostics)")
        #expect(warnings == [
            "\(content.path)/authors/teven-le-scao.md:12: warning: the bio is still the starter text of `sitegen new author`; "
                + "left out of the page until you write one",
            "\(content.path)/pages/about-the-lab.md:4: warning: still the starter text of `sitegen new page`; write the page",
        ])
        let details = try #require(site.authors.first { $0.id == "teven-le-scao" }?.details)
        #expect(details == AuthorDetails(source: details.source), "every starter value is empty")
        #expect(site.pages.map(\.id).contains("about-the-lab"))
        #expect(throws: BuildError.self) { try scaffold.page(titled: "About the lab") }
    }
}
