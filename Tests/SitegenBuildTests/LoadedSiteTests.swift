import Foundation
@testable import SitegenBuild
import Testing

/// `sitegen serve` hands each build the site the last one loaded (`LoadedSite`): used as it is
/// when the content did not change (a template edited), loaded again when it did; the tree is a
/// clean build's either way.
@Suite struct LoadedSiteTests {
    @Test func aTemplateEditUsesTheLastSiteAndAContentEditLoadsAgain() throws {
        let project = try IncrementalBuildTests.Project()
        defer { project.remove() }
        let builder = SiteBuilder(options: BuildOptions(contentDirectory: project.content, templatesDirectory: project.templates,
                                                        outputDirectory: project.output))
        let first = try builder.build(reusing: nil)
        let loaded = try #require(first.site)

        try project.edit(project.templates, "paper.mustache", replacing: "<article class=\"paper\">", with: "<article class=\"paper\" data-a>")
        let second = try builder.build(reusing: loaded)
        #expect(second.site?.inputs == loaded.inputs)
        #expect(TreeSnapshot(project.output).changed(since: try project.reference("template")).isEmpty)

        try project.edit(project.content, "profiles/000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "MIT license")
        let third = try builder.build(reusing: second.site)
        let reloaded = try #require(third.site)
        #expect(reloaded.inputs != loaded.inputs)
        #expect(TreeSnapshot(project.output).changed(since: try project.reference("content")).isEmpty)
        #expect(try BuildFixture.text(project.output, "api/papers.json").contains("MIT license"))

        // That the site handed on is used, not loaded again: one whose title no content gives shows.
        var marked = reloaded.site
        marked.config.title = "Handed on"
        try project.edit(project.templates, "paper.mustache", replacing: "data-a", with: "data-b")
        let fourth = try builder.build(reusing: LoadedSite(inputs: reloaded.inputs, site: marked))
        #expect(try BuildFixture.text(project.output, "index.html").contains("Handed on"))
        #expect(fourth.site?.site.config.title == "Handed on")
    }
}
