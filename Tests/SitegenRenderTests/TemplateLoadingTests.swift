import Foundation
import SitegenRender
import SitegenTemplates
import SitegenTheme
import Testing

@Suite("Loading templates")
struct TemplateLoadingTests {
    /// A private copy of the real templates, changed by `edit`, removed afterwards.
    func withTemplatesCopy(_ edit: (URL) throws -> Void, check: (URL) throws -> Void) throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: templatesDirectory, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        try edit(copy)
        try check(copy)
    }

    func loadError(_ directory: URL) -> TemplateError? {
        do {
            _ = try SiteRenderer(templatesDirectory: directory)
            return nil
        } catch {
            return error as? TemplateError
        }
    }

    @Test func theRealTemplatesLoad() throws {
        _ = try SiteRenderer(templatesDirectory: templatesDirectory)
    }

    /// The binary carries `Templates/` as it was when sitegen was compiled: every file, byte for byte.
    @Test func theBuiltInThemeIsTheTemplatesFolder() throws {
        let folder = try FileManager.default.subpathsOfDirectory(atPath: templatesDirectory.path).sorted().compactMap { path -> (String, [UInt8])? in
            let file = templatesDirectory.appendingPathComponent(path)
            guard try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true, !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { return nil }
            return (path, Array(try Data(contentsOf: file)))
        }
        #expect(BuiltInTheme.files.map(\.path) == folder.map(\.0))
        #expect(BuiltInTheme.files.map(\.bytes) == folder.map(\.1))
        #expect(BuiltInTheme.assets.map(\.path).contains("style.css"))
        #expect(BuiltInTheme.templates["partials/byline"] != nil)
    }

    /// No templates folder: the built-in theme makes the same site as the project's `Templates/`.
    @Test func theBuiltInThemeAloneRendersTheSameSite() throws {
        let site = SiteFixture.site()
        var builtIn: [String: [UInt8]] = [:]
        try SiteRenderer(templatesDirectory: nil).render(site) { builtIn[$0.path] = $0.contents }
        let fromFolder = try renderSite(site).files
        #expect(builtIn.count == fromFolder.count)
        #expect(builtIn.mapValues { String(decoding: $0, as: UTF8.self) } == fromFolder)
    }

    /// A folder holding only the templates someone restyled: those replace the built-in ones of the
    /// same name, every other template comes from the built-in theme.
    @Test func aFolderOfSomeTemplatesOverridesOnlyThose() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("partials"), withIntermediateDirectories: true)
        try "<footer class=\"mine\">Lab of {{siteTitle}}</footer>\n"
            .write(to: folder.appendingPathComponent("partials/footer.mustache"), atomically: true, encoding: .utf8)
        let files = try renderSite(SiteFixture.site(), templates: folder).files
        let paper = try #require(files["papers/mistral-7b/index.html"])
        #expect(paper.contains(#"<footer class="mine">Lab of Mensch Lab</footer>"#))
        #expect(paper.contains("<h1"))
        #expect(try renderSite(SiteFixture.site()).files["papers/mistral-7b/index.html"]?.contains(#"class="mine""#) == false)
    }

    @Test func aMissingPartialIsNamedWithTheFileThatUsesIt() throws {
        try withTemplatesCopy({ dir in
            let page = dir.appendingPathComponent("category.mustache")
            let text = try String(contentsOf: page, encoding: .utf8)
            try text.replacingOccurrences(of: "{{> partials/paper-list}}", with: "{{> partials/no-such-list}}")
                .write(to: page, atomically: true, encoding: .utf8)
        }) { dir in
            #expect(loadError(dir) == .missingPartial(file: dir.appendingPathComponent("category.mustache").path,
                                                      partial: "partials/no-such-list"))
        }
    }

    @Test func aTemplateThatDoesNotParseIsNamedWithItsLine() throws {
        try withTemplatesCopy({ dir in
            try "<p>\n{{#open}}never closed\n".write(to: dir.appendingPathComponent("partials/broken.mustache"),
                                                   atomically: true, encoding: .utf8)
        }) { dir in
            guard case .parseFailed(let file, let line, _, _) = loadError(dir) else {
                Issue.record("expected a parse failure")
                return
            }
            #expect(file == dir.appendingPathComponent("partials/broken.mustache").path)
            #expect(line >= 2)
        }
    }

    @Test func anUnreadableFolderIsNamed() {
        let missing = URL(fileURLWithPath: "/nonexistent/sitegen-templates")
        guard case .unreadableDirectory(let path, _) = loadError(missing) else {
            Issue.record("expected an unreadable folder")
            return
        }
        #expect(path == missing.path)
    }
}
