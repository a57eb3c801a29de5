import Foundation
@testable import SitegenBuild
@testable import SitegenOutput
import SitegenSupport
import Testing

/// `sitegen serve` keeps the manifests and page records of the trees it wrote (`KeptTreeRecords`)
/// instead of reading them back: used while the trees on disk are the ones it wrote, read from disk
/// once another build has replaced them; each tree is a clean build's either way.
@Suite struct KeptTreeRecordsTests {
    @Test func keptRecordsAreUsedUntilAnotherBuildReplacesTheTrees() throws {
        let project = try IncrementalBuildTests.Project()
        defer { project.remove() }
        let builder = SiteBuilder(options: BuildOptions(contentDirectory: project.content, templatesDirectory: project.templates,
                                                        outputDirectory: project.output))
        let loaded = LoadedSite()
        let profile = "profiles/000_ccd6bb956600ebde.txt"
        _ = try builder.build(keeping: loaded)
        try project.edit(project.content, profile, replacing: "Apache 2.0 license", with: "Apache 3.0 license")
        #expect(try builder.build(keeping: loaded).pagesKept > 0)
        #expect(TreeSnapshot(project.output).changed(since: try project.reference("second")).isEmpty)

        // Every kept page record marked as made from other inputs: the next build keeps no page, so it used them.
        let header = try #require(OutputManifest.header(ofTreeAt: project.output))
        let output = try #require(loaded.trees.output.take(madeFrom: header))
        var marked = PageRecords()
        for page in output.records.inputsByPage().keys {
            let entry = try #require(output.records.entry(page))
            marked.record(page: page, PageRecords.Entry(inputs: ContentDigest(of: [0]), files: entry.files))
        }
        #expect(marked.pageCount == output.records.pageCount && marked.pageCount > 0)
        loaded.trees.output.keep((output.manifest, marked), madeFrom: header)
        try project.edit(project.content, profile, replacing: "Apache 3.0 license", with: "Apache 4.0 license")
        #expect(try builder.build(keeping: loaded).pagesKept == 0)
        #expect(TreeSnapshot(project.output).changed(since: try project.reference("third")).isEmpty)

        // A `sitegen build` in between replaces both trees: serve's next build reads them from disk.
        try project.edit(project.content, profile, replacing: "Apache 4.0 license", with: "Apache 5.0 license")
        _ = try project.build()
        try project.edit(project.content, profile, replacing: "Apache 5.0 license", with: "Apache 6.0 license")
        #expect(try builder.build(keeping: loaded).pagesKept > 0)
        #expect(TreeSnapshot(project.output).changed(since: try project.reference("fifth")).isEmpty)
        try project.edit(project.content, profile, replacing: "Apache 6.0 license", with: "Apache 7.0 license")
        #expect(try builder.build(keeping: loaded).pagesKept > 0)
        #expect(TreeSnapshot(project.output).changed(since: try project.reference("sixth")).isEmpty)
    }
}
