import Testing
@testable import SitegenTemplates

/// What is not Mustache is refused by sitegen's own parser, at the line and column of the tag at fault.
@Suite("Template syntax errors")
struct TemplateSyntaxErrorTests {
    @Test(arguments: [
        ("<p>\n  {{#open}}never closed\n", 2, 3, "'open' is opened here and never closed"),
        ("a {{^x}}\n{{<layout}}{{/layout}}", 1, 3, "'x' is opened here and never closed"),
        ("{{#a}}{{/b}}", 1, 7, "'{{/b}}' closes no open section"),
        ("text\n{{/stray}}", 2, 1, "'{{/stray}}' closes no open section"),
        ("x {{name", 1, 3, "unfinished tag"),
        ("{{{name}}", 1, 1, "unfinished tag"),
        ("{{! never ends", 1, 1, "unfinished tag"),
        ("{{a(b}}", 1, 1, "unfinished tag"),
        ("ab\ncd {", 2, 4, "unfinished tag"),
        ("{{<layout}}{{name}}{{/layout}}", 1, 1, "only blocks ('{{$name}}') may be inside '{{<layout}}'"),
        ("{{$first(block)}}{{/first(block)}}", 1, 1, "a block ('{{$block}}') cannot have a transform"),
    ])
    func isInvalidAt(text: String, line: Int, column: Int, reason: String) {
        let error = UnsupportedTemplateSyntaxTests.refusal(text)
        #expect(error == TemplateSyntaxError(kind: .invalid, line: line, column: column, reason: reason))
    }

    @Test func theErrorNamesFileLineAndColumn() {
        let file = "Templates/partials/broken.mustache"
        #expect(throws: TemplateError.parseFailed(file: file, line: 2, column: 1, reason: "'open' is opened here and never closed")) {
            try TemplateSet(["partials/broken": TemplateSource(file: "<p>\n{{#open}}never closed\n", path: file)])
        }
        #expect(TemplateError.parseFailed(file: file, line: 2, column: 1, reason: "x").description
                == "\(file):2:1: error: invalid Mustache: x")
    }

    @Test func aMissingPartialNamesTheTemplateThatUsesIt() {
        #expect(throws: TemplateError.missingPartial(file: "main.mustache", partial: "partials/none")) {
            try TemplateSet(["main": TemplateSource(text: "{{#a}}{{> partials/none}}{{/a}}", path: "main.mustache")])
        }
    }

    /// What a page's digest includes: the template, and the partials and parents it reaches, each once.
    @Test func sourcesUsedByFollowPartialsAndParents() throws {
        let set = try TemplateSet([
            "page": TemplateSource(text: "{{<layout}}{{$content}}{{> partials/a}}{{>partials/a}}{{/content}}{{/layout}}", path: "page"),
            "layout": TemplateSource(text: "<main>{{$content}}{{/content}}</main>{{> partials/footer}}", path: "layout"),
            "partials/a": TemplateSource(text: "a", path: "a"),
            "partials/footer": TemplateSource(text: "{{! {{> partials/unused}} }}footer", path: "footer"),
            "partials/unused": TemplateSource(text: "never", path: "unused"),
        ])
        #expect(set.sources(usedBy: "page").map(\.name) == ["layout", "page", "partials/a", "partials/footer"])
        #expect(set.sources(usedBy: "partials/a").map(\.text) == ["a"])
    }
}
