/// Renders Markdown with TeX in it — arXiv abstracts, bios, paper titles — to a safe
/// HTML fragment.
///
/// The pipeline: private-use characters are removed from the input (they are reserved for
/// placeholder tokens); `TeXScanner` swaps each TeX construct for a token and builds its
/// HTML (MathML for math); libcmark-gfm renders the rest as GitHub-flavoured Markdown with
/// smart punctuation, raw HTML shown as text; finally the tokens are replaced by their HTML.
/// Safe to call from any number of threads at once.
public struct MarkdownRenderer: Sendable {
    public init() {}

    /// HTML for `markdown`: block elements (`<p>…</p>` and so on), each ending in a newline.
    /// Raw HTML in the input comes out as visible escaped text; `$…$` comes out as MathML.
    public func render(_ markdown: String) -> String {
        let source = Self.removingReservedCharacters(markdown)
        var protected = ProtectedMarkdown(capacity: source.utf8.count)
        TeXScanner.scan(ArraySlice(source.utf8), into: &protected)
        let html = CMarkGFM.renderHTML(protected.markdown)
        return protected.restoringFragments(in: html)
    }

    /// HTML for one line of text such as a paper title, without a `<p>` around it: inline
    /// Markdown (emphasis, code, links) and TeX are rendered, but nothing in `text` can start
    /// a block, so a title like `1. Introduction` stays text. Line breaks become spaces.
    public func renderInline(_ text: String) -> String {
        if InlineSource.isPlainText(text) { return text }
        let html = render(InlineSource.singleParagraph(text))
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>\n") else { return html }
        return String(html.dropFirst("<p>".count).dropLast("</p>\n".count))
    }

    private static func removingReservedCharacters(_ text: String) -> String {
        guard ProtectedMarkdown.mayContainReserved(text) else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.lazy.filter { !ProtectedMarkdown.isReserved($0) })
        return String(kept)
    }
}
