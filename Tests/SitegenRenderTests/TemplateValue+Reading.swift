import SitegenTemplates

/// Reading values back out of page contexts, for tests: `.nothing` where a name or item is absent.
extension TemplateValue {
    /// The value of `name` when this is a context.
    subscript(name: ContextName) -> TemplateValue {
        if case .context(let context) = self { context[name] ?? .nothing } else { .nothing }
    }

    /// The text when this is text.
    var text: String? {
        if case .text(let text) = self { text } else { nil }
    }

    /// The items when this is a list.
    var items: [TemplateValue] {
        if case .list(let items) = self { items } else { [] }
    }
}
