import Foundation

/// One template's text and the path its errors name: a file's, or any label for a template that
/// comes from elsewhere (a theme compiled into the binary, a test).
public struct TemplateSource: Sendable {
    public let text: String
    /// Where the text comes from, as error messages show it.
    public let path: String

    /// `text` as it is.
    public init(text: String, path: String) {
        self.text = text
        self.path = path
    }

    /// A template file's contents. Surprising on purpose: one final newline is dropped, so a partial
    /// can be used inline (`{{> person}}, `) without its line end leaking into the text.
    public init(file contents: String, path: String) {
        self.init(text: contents.hasSuffix("\n") ? String(contents.dropLast()) : contents, path: path)
    }

    /// Every `.mustache` file under `directory`, by its path without the extension (`paper`,
    /// `partials/byline`), the name partials use.
    public static func files(in directory: URL) throws(TemplateError) -> [String: TemplateSource] {
        let subpaths: [String]
        do {
            subpaths = try FileManager.default.subpathsOfDirectory(atPath: directory.path)
        } catch {
            throw .unreadableDirectory(path: directory.path, reason: error.localizedDescription)
        }
        var sources: [String: TemplateSource] = [:]
        for subpath in subpaths where subpath.hasSuffix(".mustache") {
            let file = directory.appendingPathComponent(subpath)
            guard let data = FileManager.default.contents(atPath: file.path),
                  let text = String(data: data, encoding: .utf8) else {
                throw .unreadableTemplate(file: file.path, reason: "not readable as UTF-8 text")
            }
            sources[String(subpath.dropLast(".mustache".count))] = TemplateSource(file: text, path: file.path)
        }
        return sources
    }
}
