import Foundation

/// The swift-mustache transforms (`{{name(value)}}`) sitegen supports, with its results on our
/// value types. A transform that does not apply to a value gives nothing (the tag renders as
/// missing), as in swift-mustache. Left out on purpose, and refused at load: `reversed`, `sorted`
/// and `enumerated`, whose results (lazy collections, tuples) have no equivalent here.
enum TemplateTransform: String, Sendable {
    case first, last, index, even, odd
    case empty, count
    case equalzero, plusone, minusone
    case lowercased, uppercased, capitalized

    /// `{{#first()}}`, `{{^last()}}`…: the position of the current item in the enclosing list.
    func apply(to position: SequencePosition) -> ContextValue? {
        switch self {
        case .first: .bool(position.isFirst)
        case .last: .bool(position.isLast)
        case .index: .int(position.index)
        case .even: .bool(position.index & 1 == 0)
        case .odd: .bool(position.index & 1 == 1)
        default: nil
        }
    }

    func apply(to value: ContextValue) -> ContextValue? {
        switch (self, value) {
        case (.first, .list(let items)): items.count == 0 ? nil : items[0]
        case (.last, .list(let items)): items.count == 0 ? nil : items[items.count - 1]
        case (.count, .list(let items)): .int(items.count)
        case (.empty, .list(let items)): .bool(items.count == 0)
        case (.count, .dictionary(let context)): .int(context.count)
        case (.empty, .dictionary(let context)): .bool(context.entries.isEmpty)
        case (.empty, .string(let string)): .bool(string.isEmpty)
        case (.lowercased, .string(let string)): .string(string.lowercased())
        case (.uppercased, .string(let string)): .string(string.uppercased())
        case (.capitalized, .string(let string)): .string(string.capitalized)
        case (.equalzero, .int(let number)): .bool(number == 0)
        case (.plusone, .int(let number)): .int(number + 1)
        case (.minusone, .int(let number)): .int(number - 1)
        case (.even, .int(let number)): .bool(number & 1 == 0)
        case (.odd, .int(let number)): .bool(number & 1 == 1)
        default: nil
        }
    }
}

/// Where the item being rendered sits in the list a section iterates (swift-mustache's
/// `MustacheSequenceContext`).
struct SequencePosition {
    var isFirst: Bool
    var isLast: Bool
    var index: Int
}
