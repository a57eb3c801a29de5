/// What the checker needs to know about one HTML page, as read by `HTMLScanner`.
struct PageFacts: Sendable {
    /// Every `href` and `src` value, entity-decoded, in document order.
    var links: [String] = []
    /// Every `id`, and every `name` of an `<a>`: the targets of `#fragment` links.
    var anchors: Set<String> = []
    /// The text of `<title>`, or nil when the page has none.
    var title: String?
    /// `<meta name=… content=…>` pairs; names lower-cased. Repeated names (`citation_author`) are kept.
    var metas: [(name: String, content: String)] = []
    /// The `href` of `<link rel="canonical">`, if any.
    var canonicalURL: String?

    /// The non-blank contents of the `<meta>` tags called `name`.
    func metaContents(_ name: String) -> [String] {
        metas.filter { $0.name == name && !$0.content.allSatisfy(\.isWhitespace) }.map(\.content)
    }
}
