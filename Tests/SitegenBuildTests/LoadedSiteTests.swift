import Foundation
@testable import SitegenBuild
import SitegenRender
import Testing

/// `sitegen serve` keeps the site each build loaded, indexed, for the next (`LoadedSite`): used as it is
/// when the content did not change (a template edited), let go of and loaded again when it did;
/// the tree is a clean build's either way.
@Suite struct LoadedSiteTests {
    /// A copy of the fixture project built once as `sitegen serve` builds it, with what that build kept.
    static func served() throws -> (IncrementalBuildTests.Project, SiteBuilder, LoadedSite) {
        let project = try IncrementalBuildTests.Project()
        let builder = SiteBuilder(options: BuildOptions(contentDirectory: project.content, templatesDirectory: project.templates,
                                                        outputDirectory: project.output))
        let loaded = LoadedSite()
        _ = try builder.build(keeping: loaded)
        return (project, builder, loaded)
    }

    @Test func aTemplateEditUsesTheLastSiteAndAContentEditLoadsAgain() throws {
        let (project, builder, loaded) = try Self.served()
        defer { project.remove() }
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

    /// Content edits of each kind whose work a rebuild keeps from the last (`SiteIndexCache`): the
    /// tree is a clean build's after each, and the edit shows.
    @Test func contentEditsUnderServeGiveACleanBuildsTree() throws {
        let (project, builder, loaded) = try Self.served()
        defer { project.remove() }
        let profile = "profiles/000_ccd6bb956600ebde.txt"
        let edits: [(name: String, old: String, new: String, shows: String)] = [
            ("abstract", "Apache 2.0 license", "MIT license", "MIT license"),
            ("title", "\nMistral 7B\n", "\nMistral 7B Revisited\n", "Mistral 7B Revisited"),
            ("byline", "Albert Q. Jiang, Alexandre Sablayrolles, Arthur Mensch et al. · cambridge",
             "Alexandre Sablayrolles, Albert Q. Jiang, Arthur Mensch et al. · cambridge", "sablayrolles2023mistral"),
            ("category", "CLOct 10, 2023Code", "CVOct 10, 2023Code", "Mistral 7B Revisited"),
            ("date", "CLNov 8, 2022", "CLNov 8, 2019", "2019"),
            // The same first author, year and first title word as Mistral 7B: one key takes a suffix.
            ("key", "CLNov 8, 2019\nSelf-conditioned Embedding Diffusion for Text Generation\n\nRobin Strudel,",
             "CLNov 8, 2023\nMistral Embedding Diffusion for Text Generation\n\nAlexandre Sablayrolles, Robin Strudel,",
             "sablayrolles2023mistralb"),
        ]
        for edit in edits {
            try project.edit(project.content, profile, replacing: edit.old, with: edit.new)
            _ = try builder.build(keeping: loaded)
            #expect(TreeSnapshot(project.output).changed(since: try project.reference(edit.name)).isEmpty, "\(edit.name)")
            #expect(try BuildFixture.text(project.output, "api/papers.json").contains(edit.shows), "\(edit.name)")
        }
    }
}
