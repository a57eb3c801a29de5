import Foundation
@testable import SitegenLoad
import SitegenModel
import Testing

/// Loads with a `MergedModelCache` (`sitegen serve`) read the content exactly as a load without one
/// does, while merging the pages again only when a page or what merging reads besides changed:
/// an edit of a paper's or an author's Markdown file, or a free page, only attaches it again.
@Suite struct MergedModelCacheTests {
    typealias Project = ParsedPageCacheTests.Project

    /// A load with both caches, and a load of the same files without any.
    static func load(_ project: Project, pages: ParsedPageCache, merged: MergedModelCache) throws -> (cached: Site, fresh: Site) {
        (try SiteLoader(contentDirectory: project.root, displayRoot: "Content", cache: pages, merged: merged).load(),
         try SiteLoader(contentDirectory: project.root, displayRoot: "Content").load())
    }

    static func write(_ text: String, to path: String, in project: Project) throws {
        let url = project.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func everyEditReadsAsAFreshLoad() throws {
        let project = try Project()
        defer { project.remove() }
        let (pages, merged) = (ParsedPageCache(), MergedModelCache())
        let load = { try Self.load(project, pages: pages, merged: merged) }
        ParsedPageCacheTests.expectSameReading(try load())
        // A paper's file (its date and byline replace the captured ones), edited, then an author's.
        try Self.write("---\ndate: 2023-10-10\nauthors: [Albert Q. Jiang, Arthur Mensch]\n---\nNotes.\n", to: "papers/mistral-7b.md", in: project)
        let dated = try load()
        ParsedPageCacheTests.expectSameReading(dated)
        #expect(dated.cached.papers.first { $0.id == "mistral-7b" }?.date == PaperDate(year: 2023, month: 10, day: 10))
        try Self.write("---\ndate: 2023-10-11\n---\nOther notes.\n", to: "papers/mistral-7b.md", in: project)
        ParsedPageCacheTests.expectSameReading(try load())
        try Self.write("---\naffiliation: Mistral AI\n---\nA bio.\n", to: "authors/arthur-mensch.md", in: project)
        ParsedPageCacheTests.expectSameReading(try load())
        // Aliases fold spellings: the pages are merged again.
        try Self.write("---\naliases: [A. Mensch]\n---\nA bio.\n", to: "authors/arthur-mensch.md", in: project)
        ParsedPageCacheTests.expectSameReading(try load())
        try Self.write("# About\n\nA free page.\n", to: "pages/about.md", in: project)
        let withPage = try load()
        ParsedPageCacheTests.expectSameReading(withPage)
        #expect(withPage.cached.pages == withPage.fresh.pages && !withPage.cached.pages.isEmpty)
        // A page's owner set in site.yml, then a profile edited.
        let settings = try String(contentsOf: project.root.appendingPathComponent("site.yml"), encoding: .utf8)
        try Self.write(settings + "profiles:\n  002_eb8ec50d2665267a.txt:\n    owner: Someone Else\n", to: "site.yml", in: project)
        ParsedPageCacheTests.expectSameReading(try load())
        try project.edit("000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "MIT license")
        ParsedPageCacheTests.expectSameReading(try load())
    }

    /// That the pages are not merged again: a mark put into the merged pages kept shows in the
    /// next load, through Markdown edits, until a page, an owner setting or an alias changes.
    @Test func unchangedPagesAreNotMergedAgain() throws {
        let project = try Project()
        defer { project.remove() }
        let (pages, merged) = (ParsedPageCache(), MergedModelCache())
        func messages() throws -> [String] {
            try SiteLoader(contentDirectory: project.root, cache: pages, merged: merged).load().diagnostics.map(\.message)
        }
        func mark() throws {
            let key = try #require(merged.key)
            var kept = try #require(merged.take(madeFrom: key))
            kept.diagnostics.append(Diagnostic(.warning, file: "x", "marked in the cache"))
            merged.keep(kept, madeFrom: key)
        }
        _ = try messages()
        try mark()
        #expect(try messages().contains("marked in the cache"))
        try Self.write("---\ndate: 2023-10-10\n---\nNotes.\n", to: "papers/mistral-7b.md", in: project)
        try Self.write("---\naffiliation: Mistral AI\n---\nA bio.\n", to: "authors/arthur-mensch.md", in: project)
        try Self.write("# About\n\nA free page.\n", to: "pages/about.md", in: project)
        #expect(try messages().contains("marked in the cache"))

        try Self.write("---\naliases: [A. Mensch]\n---\nA bio.\n", to: "authors/arthur-mensch.md", in: project)
        #expect(try !messages().contains("marked in the cache"))
        try mark()
        let settings = try String(contentsOf: project.root.appendingPathComponent("site.yml"), encoding: .utf8)
        try Self.write(settings + "profiles:\n  002_eb8ec50d2665267a.txt:\n    owner: Someone Else\n", to: "site.yml", in: project)
        #expect(try !messages().contains("marked in the cache"))
        try mark()
        try project.edit("000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "MIT license")
        #expect(try !messages().contains("marked in the cache"))
    }
}
