import Foundation
import SitegenTestSupport
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

    /// Random edits of abstracts in the synthetic corpus (a word dropped, a sentence added from
    /// another paper, an abstract swapped for another page's, which merges or parts papers), each
    /// loaded with the caches and without: the same reading, merges and conflicts every time.
    /// Most take only the edit in (`MergeState`, marked in the cache to tell: a merge from
    /// nothing drops the mark).
    @Test func randomAbstractEditsReadAsAFreshLoad() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-merge-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("synthetic-content"), to: root)
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("profiles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let (pages, merged) = (ParsedPageCache(), MergedModelCache())
        var generator = SplitMix(state: 2026)
        // The synthetic corpus sets no page owner, and has no author files.
        let settings = MergedModelCache.settingsKey(captureYear: 2026, profileSettings: [:], aliases: [:], displayRoot: "Content")
        let mark = "marked in the cache"
        var taken = 0
        for round in 0..<12 {
            if round > 0, var state = merged.takeState(mergedWith: settings) {
                state.settled[0].diagnostics.append(Diagnostic(.warning, file: "x", mark))
                merged.keepState(state, mergedWith: settings)
            }
            let name = names.randomElement(using: &generator)!
            var lines = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).components(separatedBy: "\n")
            let long = lines.indices.filter { lines[$0].count > 300 }
            let line = try #require(long.randomElement(using: &generator))
            var words = lines[line].components(separatedBy: " ")
            switch round % 3 {
            case 0:
                words.remove(at: Int.random(in: words.indices, using: &generator))
                lines[line] = words.joined(separator: " ")
            case 1:
                let other = try String(contentsOf: folder.appendingPathComponent(names.randomElement(using: &generator)!), encoding: .utf8)
                let sentence = try #require(other.components(separatedBy: ". ").filter { $0.count > 40 && !$0.contains("\n") }.randomElement(using: &generator))
                lines[line] += " " + sentence + "."
            default:
                let other = try String(contentsOf: folder.appendingPathComponent(names.randomElement(using: &generator)!), encoding: .utf8)
                lines[line] = try #require(other.components(separatedBy: "\n").filter { $0.count > 300 }.randomElement(using: &generator))
            }
            try Data(lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent(name))
            var cached = try SiteLoader(contentDirectory: root, displayRoot: "Content", cache: pages, merged: merged).load()
            let fresh = try SiteLoader(contentDirectory: root, displayRoot: "Content").load()
            if cached.diagnostics.contains(where: { $0.message == mark }) { taken += 1 }
            cached.diagnostics.removeAll { $0.message == mark }
            ParsedPageCacheTests.expectSameReading((cached, fresh))
            #expect(cached.report == fresh.report)
            #expect(cached.categories == fresh.categories)
        }
        #expect(taken >= 6)
    }
}
