/// A value a template can show. Each case is one kind of value Mustache knows, so a value of any
/// other kind cannot be put in a context: a compile error, never a surprise while rendering.
///
/// Literals stand for themselves: `"text"`, `3`, `true`, `["a", "b"]` (a list), `["name": "x"]` (a context).
public enum TemplateValue: Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    /// Printed by `{{name}}` (HTML-escaped) and `{{{name}}}` (as it is); `{{#name}}` pushes it.
    case text(String)
    case number(Int)
    /// `{{#name}}` renders its section when true, `{{^name}}` when false.
    case flag(Bool)
    /// `{{#name}}` renders its section once per item, `{{^name}}` when it is empty.
    case list([TemplateValue])
    /// Names of its own: `{{#name}}` pushes it, `{{name.title}}` descends into it.
    case context(Context)
    /// A name that holds nothing: prints nothing and counts as false. Unlike a missing name, it is
    /// not looked for in the enclosing contexts (a paper without a `date` does not show the page's).
    case nothing

    /// `text`, or `.nothing` when there is none.
    public static func text(_ text: String?) -> TemplateValue {
        text.map { .text($0) } ?? .nothing
    }

    /// `number`, or `.nothing` when there is none.
    public static func number(_ number: Int?) -> TemplateValue {
        number.map { .number($0) } ?? .nothing
    }

    /// `context`, or `.nothing` when there is none.
    public static func context(_ context: Context?) -> TemplateValue {
        context.map { .context($0) } ?? .nothing
    }

    /// A list of contexts (items a partial renders).
    public static func list(_ contexts: [Context]) -> TemplateValue {
        .list(contexts.map { .context($0) })
    }

    /// A list of texts.
    public static func list(_ texts: [String]) -> TemplateValue {
        .list(texts.map { .text($0) })
    }

    public init(stringLiteral text: String) {
        self = .text(text)
    }

    public init(integerLiteral number: Int) {
        self = .number(number)
    }

    public init(booleanLiteral flag: Bool) {
        self = .flag(flag)
    }

    public init(arrayLiteral items: TemplateValue...) {
        self = .list(items)
    }

    public init(dictionaryLiteral elements: (ContextName, TemplateValue)...) {
        self = .context(Context(elements))
    }

    /// The value under `name` when this is a context that has the name.
    func child(named name: ContextName) -> TemplateValue? {
        if case .context(let context) = self { context.value(named: name) } else { nil }
    }
}
