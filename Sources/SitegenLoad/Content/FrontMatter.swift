import SitegenModel
import Yams

/// A Markdown file with YAML front matter: `---`, settings, `---`, then the Markdown body.
///
/// Front matter is untrusted: anchors and aliases (the way to a "billion laughs" bomb) and
/// front matter over `maxLength` are refused with a warning, keys must be known, and values
/// must be plain text (or a list of text for list keys). Every problem names `file:line`.
struct FrontMatter {
    /// Setting name → text values (one for plain keys, several for lists).
    var values: [String: [String]]
    /// Setting name → its 1-based line in the file, for messages about its value.
    var lines: [String: Int] = [:]
    var body: String
    /// The 1-based file line `body` starts on.
    var bodyLine = 1
    var diagnostics: [Diagnostic]

    static let maxLength = 16_384

    /// Splits and reads `text`; `known` lists the keys allowed, `lists` those that take a list.
    init(_ text: String, file: String, known: Set<String>, lists: Set<String> = []) {
        values = [:]
        diagnostics = []
        let lines = InvisibleControls.removed(from: text, keepingLineBreaks: true)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first?.trimmingSpaces() == "---" else {
            body = lines.joined(separator: "\n")
            return
        }
        let end: Int
        if let closing = lines.dropFirst().firstIndex(where: { $0.trimmingSpaces() == "---" || $0.trimmingSpaces() == "..." }) {
            end = closing
            body = lines[(end + 1)...].joined(separator: "\n")
            bodyLine = end + 2
        } else {
            end = Self.endOfUnclosed(lines, known: known)
            body = lines[end...].joined(separator: "\n")
            bodyLine = end + 1
            let reading = end > 1 ? "line\(end > 2 ? "s 2–\(end)" : " 2") read as settings and the rest as the text"
                                  : "no setting follows it; the rest read as the text"
            diagnostics.append(Diagnostic(.warning, file: file, line: 1,
                "front matter opened here is never closed (no `---` line after it); \(reading); add a `---` line after the settings"))
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        guard yaml.utf8.count <= Self.maxLength else {
            diagnostics.append(Diagnostic(.warning, file: file, line: 2, "front matter longer than \(Self.maxLength) bytes; ignored"))
            return
        }
        if let anchor = Self.firstAnchorOrAlias(in: lines[1..<end]) {
            diagnostics.append(Diagnostic(.warning, file: file, line: anchor,
                                          "YAML anchors and aliases (`&name`, `*name`) are not allowed in front matter; front matter ignored"))
            return
        }
        read(yaml, file: file, known: known, lists: lists)
    }

    private mutating func read(_ yaml: String, file: String, known: Set<String>, lists: Set<String>) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            diagnostics.append(Diagnostic(.warning, file: file, line: 2, "expected valid YAML front matter: \(error); front matter ignored"))
            return
        }
        guard let mapping = root?.mapping else {
            if root != nil { diagnostics.append(Diagnostic(.warning, file: file, line: 2, "expected `key: value` lines in the front matter")) }
            return
        }
        for (keyNode, value) in mapping {
            // Node marks are 1-based within the YAML; the YAML starts on the file's second line.
            let line = keyNode.mark.map { $0.line + 1 }
            let key = keyNode.string ?? ""
            guard known.contains(key) else {
                diagnostics.append(Diagnostic(.warning, file: file, line: line,
                    "unknown front-matter key `\(key)`; expected one of: \(known.sorted().joined(separator: ", "))"))
                continue
            }
            lines[key] = line
            if lists.contains(key), let sequence = value.sequence {
                values[key] = sequence.compactMap { $0.scalar?.string }
            } else if let text = value.scalar?.string {
                values[key] = lists.contains(key) ? text.split(separator: ",").map { String($0).trimmingSpaces() } : [text]
            } else {
                diagnostics.append(Diagnostic(.warning, file: file, line: line,
                    "expected `\(key)` to be \(lists.contains(key) ? "a list of text" : "text"); ignored"))
            }
        }
    }

    /// The single value of `key`, if set and not empty.
    func text(_ key: String) -> String? {
        values[key]?.first.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Where the front matter of `lines` ends when no `---` closes it: after the settings that
    /// follow the opening line (known `key:` lines, the indented or `- ` lines under them, and
    /// comments between them), at the first blank line or any other line.
    private static func endOfUnclosed(_ lines: [String], known: Set<String>) -> Int {
        var end = 1
        var index = 1
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingSpaces()
            let key = trimmed.prefix { $0 != ":" }
            if trimmed.isEmpty { break }
            if known.contains(String(key)) && key.count < trimmed.count || (line.first == " " || trimmed.hasPrefix("- ")) && end > 1 {
                end = index + 1
            } else if !trimmed.hasPrefix("#") {
                break
            }
            index += 1
        }
        return end
    }

    /// The 1-based file line of the first `&anchor` or `*alias` outside quotes, if any.
    private static func firstAnchorOrAlias(in lines: ArraySlice<String>) -> Int? {
        for (offset, line) in lines.enumerated() {
            var quote: Character?
            var previous: Character = " "
            for c in line {
                if let open = quote {
                    if c == open { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == "#" && previous == " " {
                    break
                } else if (c == "&" || c == "*") && " [{,:-".contains(previous) {
                    return offset + 2
                }
                previous = c
            }
        }
        return nil
    }
}
