/// Why `TemplateParser` cannot compile a template, at a 1-based line and column (in `Character`s)
/// of its text: invalid Mustache, or Mustache that sitegen's renderer refuses on purpose.
struct TemplateSyntaxError: Error, Equatable {
    enum Kind: Equatable {
        /// Not valid Mustache (an unfinished tag, a section never closed…).
        case invalid
        /// Valid Mustache that sitegen does not render: set delimiters, pragmas, dynamic names,
        /// transforms outside `TemplateTransform`.
        case unsupported
    }

    let kind: Kind
    let line: Int
    let column: Int
    let reason: String
}
