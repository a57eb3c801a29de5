import SitegenTemplates

/// A JSON value of the Mustache spec's `data`, decoded as is, then turned into a context.
enum SpecValue: Decodable {
    case bool(Bool), integer(Int), decimal(Double), string(String), null
    case array([SpecValue]), object([String: SpecValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let integer = try? container.decode(Int.self) {
            self = .integer(integer)
        } else if let decimal = try? container.decode(Double.self) {
            self = .decimal(decimal)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([SpecValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: SpecValue].self))
        }
    }

    /// An object as a context; nil for any other value.
    var context: Context? {
        guard case .object(let members) = self else { return nil }
        var context: Context = [:]
        for (name, value) in members.sorted(by: { $0.key < $1.key }) { context[ContextName(name)] = value.templateValue }
        return context
    }

    /// The value as a context holds it (decimals as text: the tests that have them are skipped).
    var templateValue: TemplateValue {
        switch self {
        case .bool(let bool): .flag(bool)
        case .integer(let integer): .number(integer)
        case .decimal(let decimal): .text("\(decimal)")
        case .string(let string): .text(string)
        case .null: .nothing
        case .array(let items): .list(items.map(\.templateValue))
        case .object: .context(context)
        }
    }
}
