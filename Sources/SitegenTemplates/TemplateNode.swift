/// One piece of a parsed template (`TemplateParser`'s output, linked into a `TemplateProgram` for
/// rendering). Comments and the whitespace of standalone tag lines are gone; text keeps its line
/// structure (a text node ends at most one line), because partial indentation is applied per node,
/// as swift-mustache does.
enum TemplateNode: Sendable {
    /// Literal text, already UTF-8.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (not).
    case variable(VariableName, escaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(VariableName, body: [TemplateNode])
    /// `{{^name}}…{{/name}}`.
    case invertedSection(VariableName, body: [TemplateNode])
    /// `{{> name}}`, or `{{< name}}…{{/name}}` with its block overrides. `indentation` is the
    /// whitespace before a standalone tag (always set for a parent), added to every line it renders.
    case partial(name: String, indentation: [UInt8]?, overrides: [String: [TemplateNode]]?)
    /// `{{$name}}default{{/name}}` outside a parent's top level: the parent's override, else the default.
    case block(name: String, defaultBody: [TemplateNode], indentation: [UInt8])
}

/// A tag's name, split into its dotted components and transforms once, at load.
struct VariableName: Sendable {
    /// Where the lookup starts.
    enum Root: Sendable {
        /// Climb the context stack for the first component, then descend (`name`, `a.b`).
        case stack
        /// Descend from the top of the stack only (`.`, `.a.b`).
        case top
        /// The position in the enclosing list: an empty name with a transform (`first()`, `last()`).
        case sequencePosition
    }

    let root: Root
    let components: [String]
    /// In the order they apply: `a(b(x))` applies `b` first.
    let transforms: [TemplateTransform]

    /// `name` and `transforms` as swift-mustache's parser returns them (outermost transform first).
    /// Throws the transform's name when one is not supported.
    init(name: String, transforms: [String]) throws(UnsupportedTransform) {
        var applied: [TemplateTransform] = []
        for transformName in transforms.reversed() {
            guard let transform = TemplateTransform(rawValue: transformName) else {
                throw UnsupportedTransform(name: transformName)
            }
            applied.append(transform)
        }
        self.transforms = applied
        if name == "." {
            (root, components) = (.top, [])
        } else if name.isEmpty, !transforms.isEmpty {
            (root, components) = (.sequencePosition, [])
        } else {
            let split = name.split(separator: ".").map(String.init)
            // An empty split (`""`, `..`) is the top of the stack in swift-mustache too.
            (root, components) = (name.first == "." || split.isEmpty ? .top : .stack, split)
        }
    }

    /// A transform name `TemplateTransform` does not know.
    struct UnsupportedTransform: Error {
        let name: String
    }
}
