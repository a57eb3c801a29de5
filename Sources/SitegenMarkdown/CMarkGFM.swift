import CCMarkGFM
import Foundation

/// The one gateway to libcmark-gfm: parses Markdown with the GFM extensions attached
/// (`GFMExtensions`) and renders it to HTML, with raw HTML turned into visible text (`RawHTMLAsText`).
///
/// Every call has a parser of its own and runs on its own thread, but for one step: cmark-gfm 0.29
/// keeps the characters that open an extension's inline syntax (`~`, `:`, `w`) in a global table,
/// which each parse's inline pass (in `cmark_parser_finish`) sets when it starts and clears when it
/// ends, so a pass ending on one thread would hide `~~strike~~` from a pass under way on another.
/// That pass runs under `inlinePass`; block parsing and rendering do not read the table.
enum CMarkGFM {
    /// Smart punctuation. Safe mode (no raw HTML, no `javascript:` and similar links)
    /// is this library version's default; `CMARK_OPT_UNSAFE` is never set.
    private static let options = CMARK_OPT_SMART

    /// Held by the one inline pass running at a time.
    private static let inlinePass = NSLock()

    /// HTML for `markdown`, parsed as GitHub-flavoured Markdown.
    static func renderHTML(_ markdown: String) -> String {
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        GFMExtensions.attach(to: parser)
        var source = markdown
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = inlinePass.withLock({ cmark_parser_finish(parser) }) else { return "" }
        defer { cmark_node_free(document) }
        RawHTMLAsText.apply(to: document)
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(html) }
        return String(cString: html)
    }
}
