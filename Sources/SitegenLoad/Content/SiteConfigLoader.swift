import Foundation
import SitegenModel
import Yams

/// Reads `site.yml`: `title`, `baseURL`, `captureYear`, `profiles:` keyed by file name, `menu`,
/// `featured`, `findLinks`, `profileScores`, `feedLimit` and `outputs`. Unknown keys are warnings; a value of the wrong
/// type (or a `baseURL` that is not an absolute http(s) URL) is an error naming its line, the
/// type expected and what is there. A missing file gives defaults.
enum SiteConfigLoader {
    static let knownKeys: Set<String> = ["title", "baseURL", "captureYear", "profiles", "menu", "featured",
                                         "findLinks", "profileScores", "feedLimit", "outputs"]
    static let knownProfileKeys: Set<String> = ["owner"]

    /// The settings, with `captureYear` nil when the file does not give it.
    struct Result {
        var title: String
        var baseURL: String
        var captureYear: Int?
        var profiles: [String: SiteConfig.ProfileOverride]
        var menu: [MenuItem] = []
        var featured: [String] = []
        /// The line of each `featured` entry, for warnings about names no author has.
        var featuredLines: [Int?] = []
        var findLinks = FindService.allCases
        var profileScores = false
        var feedLimit = SiteConfig.defaultFeedLimit
        var outputs = Set(OutputFamily.allCases)
        var diagnostics: [Diagnostic]
    }

    static func load(_ url: URL, displayPath: String) throws(LoadError) -> Result {
        var result = Result(title: "Research", baseURL: "", captureYear: nil, profiles: [:], diagnostics: [])
        guard FileManager.default.fileExists(atPath: url.path) else {
            result.diagnostics.append(Diagnostic(.warning, file: displayPath, "no site settings file; using defaults"))
            return result
        }
        let file: TextFile
        do {
            file = try TextFile(path: url.path)
        } catch {
            throw LoadError(Diagnostic(.error, file: displayPath, "cannot read: \(error)"))
        }
        if let warning = file.warning(file: displayPath) { result.diagnostics.append(warning) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: file.text)
        } catch {
            throw LoadError(Diagnostic(.error, file: displayPath, line: (error as? YamlError).flatMap(Self.line(of:)),
                                       "expected valid YAML: \(error)"))
        }
        guard let node else { return result }
        guard let mapping = node.mapping else {
            throw LoadError(Diagnostic(.error, file: displayPath, line: node.mark.map(\.line), "expected a mapping of settings (`title: …`)"))
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark.map(\.line)
            switch key {
            case "title":
                result.title = try scalar(value, key: key, file: displayPath, line: line)
            case "baseURL":
                result.baseURL = try scalar(value, key: key, file: displayPath, line: line)
                if let problem = BaseURL.problem(with: result.baseURL) {
                    throw LoadError(Diagnostic(.error, file: displayPath, line: line, "`baseURL`: \(problem)"))
                }
            case "captureYear":
                guard let year = value.int, (1000...9999).contains(year) else {
                    throw LoadError(Diagnostic(.error, file: displayPath, line: line,
                                               "expected `captureYear` to be a four-digit year, got \(kind(of: value))"))
                }
                result.captureYear = year
            case "profiles":
                let expected = "a mapping of profile file names to settings (`a.txt:` / `  owner: Ann Lee`)"
                for (fileNode, settings) in try pairs(value, key: key, expected: expected, file: displayPath, line: line) {
                    let file = try scalar(fileNode, key: "a profile file name", file: displayPath, line: fileNode.mark.map(\.line))
                    var override = SiteConfig.ProfileOverride()
                    for (settingKey, settingValue) in try pairs(settings, key: file, expected: "settings such as `owner: Ann Lee`",
                                                                   file: displayPath, line: fileNode.mark.map(\.line)) {
                        let settingLine = settingKey.mark.map(\.line)
                        if settingKey.string == "owner" {
                            override.owner = try scalar(settingValue, key: "owner", file: displayPath, line: settingLine)
                        } else {
                            result.diagnostics.append(Diagnostic(.warning, file: displayPath, line: settingLine,
                                "unknown profile setting `\(settingKey.string ?? "")`; expected one of: \(knownProfileKeys.sorted().joined(separator: ", "))"))
                        }
                    }
                    result.profiles[file] = override
                }
            case "menu":
                for item in try sequence(value, key: key, file: displayPath, line: line) {
                    let itemLine = item.mark.map(\.line)
                    let entry = "a menu entry as `- title: About` / `  url: about/`"
                    guard let fields = item.mapping, let title = fields["title"]?.scalar?.string, let url = fields["url"]?.scalar?.string else {
                        throw LoadError(Diagnostic(.error, file: displayPath, line: itemLine, "expected \(entry), got \(kind(of: item))"))
                    }
                    let lower = url.lowercased()
                    guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || !lower.contains(":") else {
                        result.diagnostics.append(Diagnostic(.warning, file: displayPath, line: itemLine,
                                                             "a menu url must be http(s) or a path in the site; `\(url)` ignored"))
                        continue
                    }
                    result.menu.append(MenuItem(title: title, url: url))
                }
            case "featured":
                result.featured = try list(value, key: key, file: displayPath, line: line)
                result.featuredLines = (value.sequence ?? []).map { $0.mark.map(\.line) ?? line }
            case "findLinks":
                result.findLinks = try findLinks(value, file: displayPath, line: line)
            case "profileScores":
                guard let flag = value.bool else {
                    throw LoadError(Diagnostic(.error, file: displayPath, line: line, "expected `profileScores` to be true or false, got \(kind(of: value))"))
                }
                result.profileScores = flag
            case "feedLimit":
                guard let limit = value.int, limit >= 1 else {
                    throw LoadError(Diagnostic(.error, file: displayPath, line: line,
                                               "expected `feedLimit` to be a whole number of entries, 1 or more, got \(kind(of: value))"))
                }
                result.feedLimit = limit
            case "outputs":
                result.outputs = try outputs(value, file: displayPath, line: line)
            default:
                result.diagnostics.append(Diagnostic(.warning, file: displayPath, line: line,
                    "unknown setting `\(key)`; expected one of: \(knownKeys.sorted().joined(separator: ", "))"))
            }
        }
        return result
    }

    /// A single text value (a number or a date reads as its text).
    private static func scalar(_ node: Node, key: String, file: String, line: Int?) throws(LoadError) -> String {
        guard let value = node.scalar?.string else {
            throw LoadError(Diagnostic(.error, file: file, line: line, "expected `\(key)` to be a single text value, got \(kind(of: node))"))
        }
        return value
    }

    /// A mapping's pairs; nothing (`key:` alone) is an empty one.
    private static func pairs(_ node: Node, key: String, expected: String, file: String, line: Int?) throws(LoadError) -> Node.Mapping {
        if let mapping = node.mapping { return mapping }
        guard node.null != nil else {
            throw LoadError(Diagnostic(.error, file: file, line: line, "expected `\(key)` to be \(expected), got \(kind(of: node))"))
        }
        return Node.Mapping([])
    }

    /// A list's items (`[a, b]` or one `- ` line each); nothing (`key:` alone) is an empty list.
    private static func sequence(_ node: Node, key: String, file: String, line: Int?) throws(LoadError) -> [Node] {
        if let items = node.sequence { return Array(items) }
        guard node.null != nil else {
            throw LoadError(Diagnostic(.error, file: file, line: line,
                                       "expected `\(key)` to be a list (`[a, b]` or one `- item` per line), got \(kind(of: node))"))
        }
        return []
    }

    /// A list of text values.
    private static func list(_ node: Node, key: String, file: String, line: Int?) throws(LoadError) -> [String] {
        var values: [String] = []
        for item in try sequence(node, key: key, file: file, line: line) {
            values.append(try scalar(item, key: key, file: file, line: item.mark.map(\.line) ?? line))
        }
        return values
    }

    /// What a value is, in the words of a message (`a list`, `the number 5`, `the text "x"`).
    private static func kind(of node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            if node.null != nil { return "nothing" }
            if let flag = node.bool { return "\(flag)" }
            if node.int != nil || node.float != nil { return "the number \(scalar.string)" }
            return "the text \"\(scalar.string)\""
        }
    }

    /// `findLinks`: a list of services, or `false` (or `[]`) for none.
    private static func findLinks(_ node: Node, file: String, line: Int?) throws(LoadError) -> [FindService] {
        if node.bool == false { return [] }
        let names = FindService.allCases.map(\.rawValue).joined(separator: ", ")
        var services: [FindService] = []
        for name in try list(node, key: "findLinks", file: file, line: line) {
            guard let service = FindService(rawValue: name) else {
                throw LoadError(Diagnostic(.error, file: file, line: line, "unknown `findLinks` service `\(name)`; expected some of: \(names), or false"))
            }
            if !services.contains(service) { services.append(service) }
        }
        return services
    }

    /// `outputs`: a list of file families; `html` is written whether it is listed or not.
    private static func outputs(_ node: Node, file: String, line: Int?) throws(LoadError) -> Set<OutputFamily> {
        var families: Set<OutputFamily> = [.html]
        for item in try sequence(node, key: "outputs", file: file, line: line) {
            let itemLine = item.mark.map(\.line) ?? line
            let name = try scalar(item, key: "outputs", file: file, line: itemLine)
            guard let family = OutputFamily(rawValue: name) else {
                let names = OutputFamily.allCases.map(\.rawValue).joined(separator: ", ")
                throw LoadError(Diagnostic(.error, file: file, line: itemLine, "unknown output `\(name)` in `outputs`; expected some of: \(names)"))
            }
            families.insert(family)
        }
        return families
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }
}
