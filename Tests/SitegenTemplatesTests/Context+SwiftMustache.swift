import Foundation
@testable import SitegenTemplates

/// Contexts as swift-mustache takes them (the oracle): dictionaries, arrays and `NSNull`.
extension Context {
    var dictionary: [String: Any] {
        Dictionary(values.map { ($0.name, $0.value.plain) }, uniquingKeysWith: { _, last in last })
    }
}

extension TemplateValue {
    var plain: Any {
        switch self {
        case .text(let text): text
        case .number(let number): number
        case .flag(let flag): flag
        case .list(let items): items.map(\.plain)
        case .context(let context): context.dictionary
        case .nothing: NSNull()
        }
    }
}
