import Foundation

/// A context value sorted by its concrete type, once, with plain casts ordered by how often each
/// type occurs, so rendering never needs swift-mustache's protocol casts or `Mirror`.
///
/// These are every type the `PageContext`/`ItemContext` code puts in a `Context`. Any other type
/// stops the build with its name (swift-mustache would read it through `Mirror`): add it here
/// rather than let the two renderers differ silently.
enum ContextValue {
    case string(String)
    /// Any dictionary with `String` keys (`[String: Bool]` arrives converted).
    case dictionary([String: Any])
    case bool(Bool)
    case int(Int)
    /// Any array (`[Context]`, `[String]` arrive converted).
    case list([Any])
    case double(Double)
    /// `NSNull`: absent when a name is looked up; an ordinary object when a transform returns it.
    case null

    init(_ value: Any) {
        if let string = value as? String {
            self = .string(string)
        } else if let dictionary = value as? [String: Any] {
            self = .dictionary(dictionary)
        } else if let bool = value as? Bool {
            self = .bool(bool)
        } else if let int = value as? Int {
            self = .int(int)
        } else if let list = value as? [Any] {
            self = .list(list)
        } else if let double = value as? Double {
            self = .double(double)
        } else if value is NSNull {
            self = .null
        } else {
            preconditionFailure("sitegen: a template context holds a \(type(of: value)), which the renderer does not support")
        }
    }

    /// The value's own text, as swift-mustache prints it (`String(describing:)`), before escaping.
    var text: String {
        switch self {
        case .string(let string): string
        case .dictionary(let dictionary): String(describing: dictionary)
        case .bool(let bool): String(describing: bool)
        case .int(let int): String(describing: int)
        case .list(let list): String(describing: list)
        case .double(let double): String(describing: double)
        case .null: String(describing: NSNull())
        }
    }
}
