/// Templates that use one another as partials and parents, parsed, checked and linked once, before
/// anything is rendered: a template that does not parse, uses what sitegen's renderer does not
/// support, or names a partial the set does not hold is refused here, with its file and line.
///
/// Rendering runs the linked `TemplateProgram` (`TemplateRenderer`): the bytes swift-mustache 2.1
/// would render from the same texts and context, many times faster.
public struct TemplateSet: Sendable {
    private let program: TemplateProgram
    /// Template name → its text and the partials it names.
    private let templates: [String: (text: String, partials: [String])]

    /// The templates of `sources` (name → text), which name one another as partials by those names.
    public init(_ sources: [String: TemplateSource]) throws(TemplateError) {
        var parsed: [String: ParsedTemplate] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                parsed[name] = try TemplateParser.parse(source.text)
            } catch {
                throw TemplateError(error, file: source.path)
            }
        }
        for (name, template) in parsed.sorted(by: { $0.key < $1.key }) {
            for partial in template.partials where parsed[partial] == nil {
                throw .missingPartial(file: sources[name]?.path ?? name, partial: partial)
            }
        }
        program = TemplateProgram(parsed.mapValues(\.nodes))
        templates = Dictionary(uniqueKeysWithValues: parsed.map { name, template in
            (name, (text: sources[name]?.text ?? "", partials: template.partials))
        })
    }

    /// The name and text of every template `name` uses: its own, and the partials and parents it
    /// reaches, sorted by name (what a page made from it depends on).
    public func sources(usedBy name: String) -> [(name: String, text: String)] {
        var used: Set = [name]
        var pending = [name]
        while let name = pending.popLast() {
            for partial in templates[name]?.partials ?? [] where used.insert(partial).inserted {
                pending.append(partial)
            }
        }
        return used.sorted().map { ($0, templates[$0]?.text ?? "") }
    }

    /// The template `name` rendered with `context`, as UTF-8; nothing if the set has no such template.
    public func render(_ name: String, _ context: Context) -> [UInt8] {
        TemplateRenderer.render(name, in: program, context: context)
    }
}
