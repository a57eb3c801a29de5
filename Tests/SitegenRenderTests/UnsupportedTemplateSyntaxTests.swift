import Foundation
import Testing
@testable import SitegenRender

/// Valid Mustache that sitegen's renderer does not support is refused at load, with file and line,
/// instead of rendering differently from swift-mustache.
@Suite("Unsupported template syntax")
struct UnsupportedTemplateSyntaxTests {
    /// The line and reason `text` is refused with, or nil if it compiles.
    func refusal(_ text: String) -> TemplateSyntaxError? {
        do {
            _ = try TemplateParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("a\nb\n{{=<% %>=}}\n<% x %>", 3, "set delimiters"),
        ("{{%CONTENT_TYPE:TEXT}}", 1, "pragmas"),
        ("a\n{{>*dynamic}}", 2, "dynamic partials"),
        ("x\n\n{{<*parent}}{{/*parent}}", 3, "dynamic parents"),
        ("{{#list}}\n{{reversed(list)}}\n{{/list}}", 2, "'reversed()'"),
        ("{{#sorted(list)}}{{/sorted(list)}}", 1, "'sorted()'"),
        ("\r\n\r\n{{shout(name)}}", 3, "'shout()'"),
        ("{{#items}}{{^enumerated()}}{{/enumerated()}}{{/items}}", 1, "'enumerated()'"),
    ])
    func isRefusedWithItsLine(text: String, line: Int, reasonPart: String) {
        let error = refusal(text)
        #expect(error?.line == line)
        #expect(error?.reason.contains(reasonPart) == true, "\(error?.reason ?? "compiled")")
    }

    @Test func theRealTemplatesAreAllSupported() throws {
        for (name, text) in try TemplateSet.readSources(in: templatesDirectory) {
            #expect(refusal(text) == nil, "\(name): \(refusal(text)?.reason ?? "")")
        }
    }

    @Test func aLoadErrorNamesTheFileAndLine() throws {
        let loading = TemplateLoadingTests()
        try loading.withTemplatesCopy({ dir in
            try "<p>\n{{#items}}{{.}}{{^last()}}, {{/last()}}{{/items}}\n{{=| |=}}\n"
                .write(to: dir.appendingPathComponent("partials/custom.mustache"), atomically: true, encoding: .utf8)
        }) { dir in
            let file = dir.appendingPathComponent("partials/custom.mustache").path
            let error = loading.loadError(dir)
            guard case .unsupportedSyntax(file, 3, _) = error else {
                Issue.record("expected unsupported syntax at \(file):3, got \(String(describing: error))")
                return
            }
            #expect(error?.description.hasPrefix("\(file):3: error: not supported by sitegen's renderer: set delimiters") == true)
        }
    }
}
