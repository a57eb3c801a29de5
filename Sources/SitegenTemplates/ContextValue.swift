import Foundation

/// A context value sorted by its concrete type, once, so rendering never needs swift-mustache's
/// protocol casts or `Mirror`. The types the context code builds are recognised by their exact
/// dynamic type (a pointer comparison, no failed casts); arrays keep their element type, so
/// iterating `[Context]` or `[String]` needs no cast per item.
///
/// These are every type the `PageContext`/`ItemContext` code puts in a `Context`. Any other type
/// stops the build with its name (swift-mustache would read it through `Mirror`): add it here
/// rather than let the two renderers differ silently.
enum ContextValue {
    case string(String)
    /// A `Context`, or any dictionary with `String` keys (converted to one).
    case dictionary(Context)
    case bool(Bool)
    case int(Int)
    case list(ContextList)
    case double(Double)
    /// `NSNull`: absent when a name is looked up; an ordinary object when a transform returns it.
    case null

    init(_ value: Any) {
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == ObjectIdentifier(String.self) {
            self = .string(value as! String)
        } else if type == ObjectIdentifier(Context.self) {
            self = .dictionary(value as! Context)
        } else if type == ObjectIdentifier(Bool.self) {
            self = .bool(value as! Bool)
        } else if type == ObjectIdentifier([Context].self) {
            self = .list(.dictionaries(value as! [Context]))
        } else if type == ObjectIdentifier(Int.self) {
            self = .int(value as! Int)
        } else if type == ObjectIdentifier(NSNull.self) {
            self = .null
        } else if type == ObjectIdentifier([String].self) {
            self = .list(.strings(value as! [String]))
        } else if type == ObjectIdentifier(Double.self) {
            self = .double(value as! Double)
        } else {
            self.init(converting: value)
        }
    }

    /// The rarer types, and those that arrive as another dictionary or array type, by cast.
    private init(converting value: Any) {
        if let dictionary = value as? [String: Any] {
            self = .dictionary(Context(dictionary))
        } else if let list = value as? [Any] {
            self = .list(.values(list.map { ContextValue($0) }))
        } else {
            preconditionFailure("sitegen: a template context holds a \(Swift.type(of: value)), which the renderer does not support")
        }
    }

    /// The value under `name` (whose key is `key`) when this is a context that has the name
    /// (`.null` if it is null).
    func child(named name: String, key: NameKey) -> ContextValue? {
        if case .dictionary(let context) = self { context.value(named: name, key: key) } else { nil }
    }

    /// The value as swift-mustache takes it: `Context`s as dictionaries.
    var plain: Any {
        switch self {
        case .dictionary(let context): context.dictionary
        case .list(let list): list.plain
        default: given
        }
    }

    /// The value as the context code gave it (`NSNull` for `.null`).
    var given: Any {
        switch self {
        case .string(let string): string
        case .dictionary(let context): context
        case .bool(let bool): bool
        case .int(let int): int
        case .list(let list): list.given
        case .double(let double): double
        case .null: NSNull()
        }
    }

    /// The value's own text, as swift-mustache prints it (`String(describing:)`), before escaping.
    var text: String {
        switch self {
        case .string(let string): string
        case .dictionary(let context): String(describing: context.dictionary)
        case .bool(let bool): String(describing: bool)
        case .int(let int): String(describing: int)
        case .list(let list): list.text
        case .double(let double): String(describing: double)
        case .null: String(describing: NSNull())
        }
    }
}

/// An array in a context, in its own element type.
enum ContextList {
    case dictionaries([Context])
    case strings([String])
    case values([ContextValue])

    var count: Int {
        switch self {
        case .dictionaries(let items): items.count
        case .strings(let items): items.count
        case .values(let items): items.count
        }
    }

    subscript(index: Int) -> ContextValue {
        switch self {
        case .dictionaries(let items): .dictionary(items[index])
        case .strings(let items): .string(items[index])
        case .values(let items): items[index]
        }
    }

    /// The array as the context code gave it (`[Any]` for arrays of other types).
    var given: Any {
        switch self {
        case .dictionaries(let items): items
        case .strings(let items): items
        case .values(let items): items.map(\.given)
        }
    }

    /// The array as swift-mustache takes it.
    var plain: [Any] {
        switch self {
        case .dictionaries(let items): items.map(\.dictionary)
        case .strings(let items): items
        case .values(let items): items.map(\.plain)
        }
    }

    /// `String(describing:)` of the array, as swift-mustache prints it.
    var text: String {
        switch self {
        case .dictionaries(let items): String(describing: items.map(\.dictionary))
        case .strings(let items): String(describing: items)
        case .values(let items): String(describing: items.map(\.plain))
        }
    }
}
