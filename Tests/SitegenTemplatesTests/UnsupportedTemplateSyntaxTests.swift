import Foundation
import Testing
@testable import SitegenTemplates

/// Valid Mustache that sitegen's renderer does not support is refused at load, with file and line,
/// instead of rendering differently from swift-mustache.
@Suite("Unsupported template syntax")
struct UnsupportedTemplateSyntaxTests {
    /// The problem `text` is refused with, or nil if it compiles.
    static func refusal(_ text: String) -> TemplateSyntaxError? {
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
        let error = Self.refusal(text)
        #expect(error?.kind == .unsupported)
        #expect(error?.line == line)
        #expect(error?.reason.contains(reasonPart) == true, "\(error?.reason ?? "compiled")")
    }

    @Test func theRealTemplatesAreAllSupported() throws {
        for (name, source) in try TemplateSource.files(in: templatesDirectory) {
            #expect(Self.refusal(source.text) == nil, "\(name): \(Self.refusal(source.text)?.reason ?? "")")
        }
    }

    @Test func aLoadErrorNamesTheFileAndLine() {
        let file = "Templates/partials/custom.mustache"
        let text = "<p>\n{{#items}}{{.}}{{^last()}}, {{/last()}}{{/items}}\n{{=| |=}}\n"
        #expect(throws: TemplateError.unsupportedSyntax(file: file, line: 3, reason: "set delimiters ('{{=<% %>=}}') are not supported")) {
            try TemplateSet(["partials/custom": TemplateSource(file: text, path: file)])
        }
        let error = TemplateError(Self.refusal(text)!, file: file)
        #expect(error.description.hasPrefix("\(file):3: error: not supported by sitegen's renderer: set delimiters"))
    }
}
