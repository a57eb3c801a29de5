import CCMarkGFM

/// Turns every raw-HTML node of a parsed cmark document into plain text.
///
/// cmark's safe mode would replace `<script>` with an invisible `<!-- raw HTML omitted -->`;
/// readers should instead see exactly what was written, so each HTML node becomes a text
/// node (escaped by the HTML renderer) and each HTML block a paragraph holding one.
enum RawHTMLAsText {
    static func apply(to document: OpaquePointer) {
        for node in rawHTMLNodes(in: document) {
            replace(node)
        }
    }

    /// Collected first: the tree must not change while an iterator walks it.
    private static func rawHTMLNodes(in document: OpaquePointer) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return nodes }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                  let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                nodes.append(node)
            }
        }
        return nodes
    }

    private static func replace(_ node: OpaquePointer) {
        let isBlock = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
        var literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        if isBlock {
            while literal.last?.isNewline == true { literal.removeLast() }
        }
        guard let text = cmark_node_new(CMARK_NODE_TEXT) else { return }
        cmark_node_set_literal(text, literal)
        var replacement = text
        if isBlock, let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) {
            cmark_node_append_child(paragraph, text)
            replacement = paragraph
        }
        cmark_node_replace(node, replacement)
        cmark_node_free(node)
    }
}
