import Foundation
import SitegenRender
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

    @Test func aMissingPageTemplateIsNamed() throws {
        try withTemplatesCopy({ try FileManager.default.removeItem(at: $0.appendingPathComponent("paper.mustache")) }) { dir in
            let error = loadError(dir)
            #expect(error == .missingTemplate(file: dir.appendingPathComponent("paper.mustache").path))
            #expect(error?.description.hasSuffix("paper.mustache: error: required template is missing") == true)
        }
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

    @Test func aMissingLayoutIsAMissingPartial() throws {
        try withTemplatesCopy({ try FileManager.default.removeItem(at: $0.appendingPathComponent("layout.mustache")) }) { dir in
            guard case .missingPartial(_, let partial) = loadError(dir) else {
                Issue.record("expected a missing partial")
                return
            }
            #expect(partial == "layout")
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
