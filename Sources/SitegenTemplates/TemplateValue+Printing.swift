/// How `{{name}}` prints a value: as swift-mustache prints the value it stands for
/// (`String(describing:)`), so a list or context printed whole looks the same in both; except that
/// a context of several names lists them in the order given, where swift-mustache prints a Swift
/// dictionary, whose order changes from run to run.
extension TemplateValue {
    /// The text `{{name}}` shows, before escaping.
    var printed: String {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        case .flag(let flag): String(flag)
        case .list(let items): "[" + items.map(\.printedInCollection).joined(separator: ", ") + "]"
        case .context(let context):
            context.isEmpty ? "[:]"
                : "[" + context.values.map { "\(String(reflecting: $0.name)): \($0.value.printedInCollection)" }
                    .joined(separator: ", ") + "]"
        case .nothing: "<null>"  // as Foundation prints `NSNull`, what swift-mustache was given
        }
    }

    /// As Swift prints the value inside an array or dictionary: texts quoted and escaped.
    private var printedInCollection: String {
        if case .text(let text) = self { String(reflecting: text) } else { printed }
    }
}
