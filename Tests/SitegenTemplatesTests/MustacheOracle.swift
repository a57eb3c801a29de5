import Mustache
import Testing
@testable import SitegenTemplates

/// The same template texts loaded twice: into swift-mustache's `MustacheLibrary` (the reference)
/// and compiled for sitegen's `TemplateRenderer`, so a test can demand identical bytes.
struct MustacheOracle {
    let library: MustacheLibrary
    let program: TemplateProgram

    init(sources: [String: String]) throws {
        var library = MustacheLibrary()
        var parsed: [String: [TemplateNode]] = [:]
        for (name, text) in sources {
            library.register(try MustacheTemplate(string: text), named: name)
            parsed[name] = try TemplateParser.parse(text).nodes
        }
        self.library = library
        program = TemplateProgram(parsed)
    }

    /// Renders `name` with both renderers and expects the same bytes; `label` names the case in failures.
    func expectSameOutput(_ name: String, _ context: Context, _ label: String,
                          sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = Array((library.render(context.dictionary, withTemplate: name) ?? "").utf8)
        let actual = TemplateRenderer.render(name, in: program, context: context)
        #expect(actual == expected, """
            \(label): sitegen rendered
            \(String(decoding: actual, as: UTF8.self).debugDescription)
            swift-mustache rendered
            \(String(decoding: expected, as: UTF8.self).debugDescription)
            """, sourceLocation: sourceLocation)
    }
}
