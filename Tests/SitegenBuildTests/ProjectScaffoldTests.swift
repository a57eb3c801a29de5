import Foundation
import SitegenTheme
import SitegenBuild
import Testing

/// `sitegen init`: a starter project that builds with the built-in theme alone, the theme written
/// out to restyle, a templates folder that replaces only the files it holds, and nothing overwritten.
@Suite struct ProjectScaffoldTests {
    /// Every file of a built site but the build's own bookkeeping (`.sitegen-*`), path → bytes.
    func published(_ site: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in BuildFixture.files(in: site) where !path.hasPrefix(".sitegen-") {
            files[path] = try Data(contentsOf: site.appendingPathComponent(path))
        }
        return files
    }

    @Test func aNewSiteBuildsWithTheBuiltInThemeAndNoWarning() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let written = try ProjectScaffold(root: root, year: 2026).writeContent()
        #expect(written == [".gitignore", "Content/site.yml", "Content/profiles/ada-example.txt", "Content/pages/about.md"])
        let site = root.appendingPathComponent("Site")
        let summary = try BuildFixture.build(content: root.appendingPathComponent("Content"), templates: nil, into: site)
        #expect(summary.diagnostics.map(\.description) == [])
        #expect((summary.profiles, summary.papers, summary.authors, summary.categories) == (1, 3, 3, 2))
        let author = try BuildFixture.text(site, "authors/ada-example/index.html")
        #expect(author.contains("<h1") && author.contains("Ada Example"))
        #expect(author.contains("Reading Captured Profile Pages with Fewer Mistakes"))
        #expect(try BuildFixture.text(site, "about/index.html").contains("Content/profiles/"))
        for asset in BuiltInTheme.assets {
            #expect(try Array(Data(contentsOf: site.appendingPathComponent("assets/\(asset.path)"))) == asset.bytes)
        }
    }

    /// `--templates` writes the built-in theme as it is: building with it changes no published byte.
    @Test func theThemeWrittenOutBuildsTheSameSite() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let scaffold = ProjectScaffold(root: root, year: 2026)
        _ = try scaffold.writeContent()
        let theme = try scaffold.writeTheme()
        #expect(theme.count == BuiltInTheme.files.count)
        #expect(theme.contains("Templates/layout.mustache") && theme.contains("Templates/assets/style.css"))
        let content = root.appendingPathComponent("Content")
        let builtIn = root.appendingPathComponent("built-in"), fromFolder = root.appendingPathComponent("from-folder")
        _ = try BuildFixture.build(content: content, templates: nil, into: builtIn)
        _ = try BuildFixture.build(content: content, templates: root.appendingPathComponent("Templates"), into: fromFolder)
        let (a, b) = (try published(builtIn), try published(fromFolder))
        #expect(a.count > 100)
        #expect(a == b)
    }

    /// A folder holding one restyled asset: that one replaces the built-in file, the others stay.
    @Test func aTemplatesFolderReplacesOnlyTheFilesItHolds() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try ProjectScaffold(root: root, year: 2026).writeContent()
        let templates = root.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("body { color: teal }\n".utf8).write(to: templates.appendingPathComponent("assets/style.css"))
        let site = root.appendingPathComponent("Site")
        _ = try BuildFixture.build(content: root.appendingPathComponent("Content"), templates: templates, into: site)
        #expect(try BuildFixture.text(site, "assets/style.css") == "body { color: teal }\n")
        let search = try #require(BuiltInTheme.assets.first { $0.path == "search.js" })
        #expect(try Array(Data(contentsOf: site.appendingPathComponent("assets/search.js"))) == search.bytes)
    }

    @Test func nothingIsOverwrittenNorHalfWritten() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let about = root.appendingPathComponent("Content/pages/about.md")
        try FileManager.default.createDirectory(at: about.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: about)
        let scaffold = ProjectScaffold(root: root, year: 2026)
        let error = #expect(throws: BuildError.self) { try scaffold.writeContent() }
        #expect(error?.description == "\(about.path): error: already exists; nothing written (sitegen init starts a new site; run it in an empty folder)")
        #expect(try BuildFixture.text(root, "Content/pages/about.md") == "mine")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Content/site.yml").path))
        _ = try scaffold.writeTheme()
        #expect(throws: BuildError.self) { try scaffold.writeTheme() }
    }
}
