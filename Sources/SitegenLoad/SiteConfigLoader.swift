import Foundation
import SitegenModel
import Yams

/// Reads `site.yml`: `title`, `baseURL`, `captureYear`, `profiles:` keyed by file name, `menu`,
/// `featured`, `findLinks` and `profileScores`. Unknown keys are warnings, wrong types are errors
/// naming the key; a missing file gives defaults.
enum SiteConfigLoader {
    static let knownKeys: Set<String> = ["title", "baseURL", "captureYear", "profiles", "menu", "featured",
                                         "findLinks", "profileScores"]
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
        var diagnostics: [Diagnostic]
    }

    static func load(_ url: URL, displayPath: String) throws(LoadError) -> Result {
        var result = Result(title: "Research", baseURL: "", captureYear: nil, profiles: [:], diagnostics: [])
        guard FileManager.default.fileExists(atPath: url.path) else {
            result.diagnostics.append(Diagnostic(.warning, file: displayPath, "no site settings file; using defaults"))
            return result
        }
        let text: String
        let node: Node?
        do {
            text = try String(contentsOf: url, encoding: .utf8)
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw LoadError(Diagnostic(.error, file: displayPath, line: Self.line(of: error), "expected valid YAML: \(error)"))
        } catch {
            throw LoadError(Diagnostic(.error, file: displayPath, "cannot read: \(error.localizedDescription)"))
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
            case "captureYear":
                guard let year = value.int, (1000...9999).contains(year) else {
                    throw LoadError(Diagnostic(.error, file: displayPath, line: line, "expected `captureYear` to be a four-digit year"))
                }
                result.captureYear = year
            case "profiles":
                for (fileNode, settings) in value.mapping ?? [:] {
                    let file = fileNode.string ?? ""
                    var override = SiteConfig.ProfileOverride()
                    for (settingKey, settingValue) in settings.mapping ?? [:] {
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
                for item in value.sequence ?? [] {
                    let itemLine = item.mark.map(\.line)
                    guard let title = item.mapping?["title"]?.string, let url = item.mapping?["url"]?.string else {
                        result.diagnostics.append(Diagnostic(.warning, file: displayPath, line: itemLine,
                                                             "expected a menu entry as `- title: About` / `url: about/`; ignored"))
                        continue
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
                    throw LoadError(Diagnostic(.error, file: displayPath, line: line, "expected `profileScores` to be true or false"))
                }
                result.profileScores = flag
            default:
                result.diagnostics.append(Diagnostic(.warning, file: displayPath, line: line,
                    "unknown setting `\(key)`; expected one of: \(knownKeys.sorted().joined(separator: ", "))"))
            }
        }
        return result
    }

    private static func scalar(_ node: Node, key: String, file: String, line: Int?) throws(LoadError) -> String {
        guard let value = node.scalar?.string else {
            throw LoadError(Diagnostic(.error, file: file, line: line, "expected `\(key)` to be a single text value"))
        }
        return value
    }

    /// A list of text values (`[a, b]` or one per `- ` line).
    private static func list(_ node: Node, key: String, file: String, line: Int?) throws(LoadError) -> [String] {
        guard let items = node.sequence else {
            throw LoadError(Diagnostic(.error, file: file, line: line, "expected `\(key)` to be a list (`[a, b]` or one `- item` per line)"))
        }
        var values: [String] = []
        for item in items {
            values.append(try scalar(item, key: key, file: file, line: item.mark.map(\.line) ?? line))
        }
        return values
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

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }
}
