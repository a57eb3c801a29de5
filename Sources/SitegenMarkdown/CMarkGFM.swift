import CCMarkGFM
import Foundation

/// The one gateway to libcmark-gfm: parses Markdown with the GFM extensions attached
/// and renders it to HTML, with raw HTML turned into visible text (`RawHTMLAsText`).
///
/// Debian's cmark-gfm keeps global tables (the extension registry, the inline parser's
/// special-character table) that extensions modify while a document is parsed, so two
/// threads parsing at once can corrupt each other. Every parse and render therefore runs
/// under one process-wide lock; the core extensions are registered exactly once, when
/// `shared` is first touched (Swift runs static initialisers once, thread-safely).
final class CMarkGFM: @unchecked Sendable {
    static let shared = CMarkGFM()

    /// GFM extensions attached to every parser. `tagfilter` is deliberately absent:
    /// raw HTML never reaches the renderer as HTML, so there is nothing for it to filter.
    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Smart punctuation. Safe mode (no raw HTML, no `javascript:` and similar links)
    /// is this library version's default; `CMARK_OPT_UNSAFE` is never set.
    private static let options = CMARK_OPT_SMART

    private let lock = NSLock()
    private let extensions: [OpaquePointer]

    private init() {
        cmark_gfm_core_extensions_ensure_registered()
        extensions = Self.extensionNames.map { name in
            guard let found = cmark_find_syntax_extension(name) else {
                fatalError("libcmark-gfm-extensions has no '\(name)' extension")
            }
            return found
        }
    }

    /// HTML for `markdown`, parsed as GitHub-flavoured Markdown.
    func renderHTML(_ markdown: String) -> String {
        var source = markdown
        return lock.withLock {
            guard let parser = cmark_parser_new(Self.options) else { return "" }
            defer { cmark_parser_free(parser) }
            for syntaxExtension in extensions {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
            source.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
            guard let document = cmark_parser_finish(parser) else { return "" }
            defer { cmark_node_free(document) }
            RawHTMLAsText.apply(to: document)
            guard let html = cmark_render_html(document, Self.options, cmark_parser_get_syntax_extensions(parser)) else {
                return ""
            }
            defer { free(html) }
            return String(cString: html)
        }
    }
}
