/// One template as `TemplateParser` reads it: its nodes, and the partials and parents it names
/// (each once, in order), which `TemplateSet` checks exist and follows for `sources(usedBy:)`.
struct ParsedTemplate: Sendable {
    let nodes: [TemplateNode]
    let partials: [String]
}
