import Foundation
import Mustache
import SitegenTheme

/// The templates pages are made with, loaded and checked once, before any page is rendered: the
/// built-in theme's, with those of a templates folder in place of the built-in ones of the same name.
///
/// Every `.mustache` file is registered under its path without the extension (`paper`,
/// `partials/byline`), the names `MustacheLibrary(directory:)` would give them. Each file
/// is checked with swift-mustache's parser (`MustacheTemplate(string:)`, for its error messages with
/// line and column), then parsed again by `TemplateParser`; what sitegen's renderer does not support
/// is refused here, with the file and line. All are linked into one `TemplateProgram`, which
/// `TemplateRenderer` runs (the same bytes as swift-mustache, many times faster).
///
/// Surprising on purpose: one trailing newline is dropped from each file, so a partial can be used
/// inline (`{{> person}}, `) without its final newline leaking into the text.
struct TemplateSet: Sendable {
    /// Every template, linked.
    let program: TemplateProgram
    /// Template name → text, as read.
    private let sources: [String: String]

    /// Loads the built-in theme's templates and, over them, `directory`'s; then checks that each
    /// partial referenced exists.
    init(overlaying directory: URL?) throws {
        var sources = BuiltInTheme.templates.mapValues(Self.withoutFinalNewline)
        var files = Dictionary(uniqueKeysWithValues: sources.keys.map { ($0, "(built-in theme)/\($0).mustache") })
        if let directory {
            for (name, text) in try Self.readSources(in: directory) {
                sources[name] = text
                files[name] = directory.appendingPathComponent(name + ".mustache").path
            }
        }
        var templates: [String: [TemplateNode]] = [:]
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            let file = files[name] ?? name
            do {
                _ = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError.parseFailed(file: file, line: error.context.lineNumber,
                                                column: error.context.columnNumber, reason: "\(error.error)")
            }
            do {
                templates[name] = try TemplateParser.parse(text)
            } catch {
                throw TemplateError.unsupportedSyntax(file: file, line: error.line, reason: error.reason)
            }
        }
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            for partial in PartialReferences.names(in: text) where sources[partial] == nil {
                throw TemplateError.missingPartial(file: files[name] ?? name, partial: partial)
            }
        }
        program = TemplateProgram(templates)
        self.sources = sources
    }

    /// The name and text of every template `page` uses: its own, and the partials and parents
    /// it reaches, sorted by name.
    func sources(usedBy page: PageTemplate) -> [(name: String, text: String)] {
        var used: Set = [page.rawValue]
        var pending = [page.rawValue]
        while let name = pending.popLast() {
            for partial in PartialReferences.names(in: sources[name] ?? "") where used.insert(partial).inserted {
                pending.append(partial)
            }
        }
        return used.sorted().map { ($0, sources[$0] ?? "") }
    }

    /// Renders the page template `page` with `context`, as UTF-8.
    func render(_ page: PageTemplate, _ context: Context) -> [UInt8] {
        TemplateRenderer.render(page.rawValue, in: program, context: context)
    }

    /// Template name → text, for every `.mustache` file under `directory`; tests build swift-mustache's
    /// `MustacheLibrary` from the same texts to compare with.
    static func readSources(in directory: URL) throws -> [String: String] {
        let subpaths: [String]
        do {
            subpaths = try FileManager.default.subpathsOfDirectory(atPath: directory.path)
        } catch {
            throw TemplateError.unreadableDirectory(path: directory.path, reason: error.localizedDescription)
        }
        var sources: [String: String] = [:]
        for subpath in subpaths where subpath.hasSuffix(".mustache") {
            let file = directory.appendingPathComponent(subpath)
            guard let data = FileManager.default.contents(atPath: file.path),
                  let text = String(data: data, encoding: .utf8) else {
                throw TemplateError.unreadableTemplate(file: file.path, reason: "not readable as UTF-8 text")
            }
            sources[String(subpath.dropLast(".mustache".count))] = withoutFinalNewline(text)
        }
        return sources
    }

    private static func withoutFinalNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}

/// The templates sitegen renders pages with, `<rawValue>.mustache`; the built-in theme has each.
enum PageTemplate: String, CaseIterable, Sendable {
    case home, paper, author, category, papers, authors, categories, search, page
    case notFound = "not-found"
}
