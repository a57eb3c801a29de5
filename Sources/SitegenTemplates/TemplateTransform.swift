import Foundation

/// The swift-mustache transforms (`{{name(value)}}`) sitegen supports, with its results on
/// `TemplateValue`s. A transform that does not apply to a value gives nothing (the tag renders as
/// missing), as in swift-mustache. Left out on purpose, and refused at load: `reversed`, `sorted`
/// and `enumerated`, whose results (lazy collections, tuples) have no equivalent here.
enum TemplateTransform: String, Sendable {
    case first, last, index, even, odd
    case empty, count
    case equalzero, plusone, minusone
    case lowercased, uppercased, capitalized

    /// `{{#first()}}`, `{{^last()}}`…: the position of the current item in the enclosing list.
    func apply(to position: SequencePosition) -> TemplateValue? {
        switch self {
        case .first: .flag(position.isFirst)
        case .last: .flag(position.isLast)
        case .index: .number(position.index)
        case .even: .flag(position.index & 1 == 0)
        case .odd: .flag(position.index & 1 == 1)
        default: nil
        }
    }

    func apply(to value: TemplateValue) -> TemplateValue? {
        switch (self, value) {
        case (.first, .list(let items)): items.first
        case (.last, .list(let items)): items.last
        case (.count, .list(let items)): .number(items.count)
        case (.empty, .list(let items)): .flag(items.isEmpty)
        case (.count, .context(let context)): .number(context.values.count)
        case (.empty, .context(let context)): .flag(context.isEmpty)
        case (.empty, .text(let string)): .flag(string.isEmpty)
        case (.lowercased, .text(let string)): .text(string.lowercased())
        case (.uppercased, .text(let string)): .text(string.uppercased())
        case (.capitalized, .text(let string)): .text(string.capitalized)
        case (.equalzero, .number(let number)): .flag(number == 0)
        case (.plusone, .number(let number)): .number(number + 1)
        case (.minusone, .number(let number)): .number(number - 1)
        case (.even, .number(let number)): .flag(number & 1 == 0)
        case (.odd, .number(let number)): .flag(number & 1 == 1)
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
