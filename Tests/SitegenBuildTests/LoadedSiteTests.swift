import Foundation
@testable import SitegenBuild
import SitegenRender
import Testing

/// `sitegen serve` keeps the site each build loaded, indexed, for the next (`LoadedSite`): used as it is
/// when the content did not change (a template edited), let go of and loaded again when it did;
/// the tree is a clean build's either way.
@Suite struct LoadedSiteTests {
    @Test func aTemplateEditUsesTheLastSiteAndAContentEditLoadsAgain() throws {
        let project = try IncrementalBuildTests.Project()
        defer { project.remove() }
        let builder = SiteBuilder(options: BuildOptions(contentDirectory: project.content, templatesDirectory: project.templates,
                                                        outputDirectory: project.output))
        let loaded = LoadedSite()
        _ = try builder.build(keeping: loaded)
        let first = try #require(loaded.inputs)

        try project.edit(project.templates, "paper.mustache", replacing: "<article class=\"paper\">", with: "<article class=\"paper\" data-a>")
        _ = try builder.build(keeping: loaded)
        #expect(loaded.inputs == first)
        #expect(TreeSnapshot(project.output).changed(since: try project.reference("template")).isEmpty)

        try project.edit(project.content, "profiles/000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "MIT license")
        _ = try builder.build(keeping: loaded)
        let second = try #require(loaded.inputs)
        #expect(second != first)
        #expect(TreeSnapshot(project.output).changed(since: try project.reference("content")).isEmpty)
        #expect(try BuildFixture.text(project.output, "api/papers.json").contains("MIT license"))

        // That the site kept is used, not loaded again: one whose title no content gives shows.
        var marked = try #require(loaded.take(loadedFrom: second)).site
        #expect(loaded.inputs == nil && loaded.take(loadedFrom: second) == nil, "taken once")
        marked.config.title = "Handed on"
        loaded.keep(SiteIndex(marked), loadedFrom: second)
        try project.edit(project.templates, "paper.mustache", replacing: "data-a", with: "data-b")
        _ = try builder.build(keeping: loaded)
        #expect(try BuildFixture.text(project.output, "index.html").contains("Handed on"))
        #expect(loaded.take(loadedFrom: second)?.site.config.title == "Handed on")
    }
}
