import SitegenModel

/// `sitemap.xml` (sitemaps.org): every page's absolute URL once, in emit order, with its `lastmod`
/// when the content dates it. Past `limit` URLs (the protocol's 50,000) it becomes a sitemap index
/// pointing at `sitemap-1.xml`, `sitemap-2.xml`, …. Sitemaps need absolute URLs, so a site without
/// a `baseURL` gets none.
enum Sitemap {
    static let limit = 50_000
    static let fileName = "sitemap.xml"
    private static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"

    /// One page to list.
    struct Entry: Sendable, Equatable {
        /// From the site root (`papers/x/index.html`), listed as `SitePath.location` gives it.
        let path: String
        /// W3C date (`YYYY-MM-DD`) of the page's newest dated content (`PageJob.lastModified`).
        let lastModified: PaperDate?
    }

    static func files(pages: [Entry], baseURL: String, limit: Int = limit) -> [RenderedFile] {
        guard !baseURL.isEmpty else { return [] }
        guard pages.count > limit else {
            return [RenderedFile(path: fileName, text: urlSet(pages[...], baseURL: baseURL))]
        }
        let chunks = stride(from: 0, to: pages.count, by: limit).map { pages[$0..<min($0 + limit, pages.count)] }
        let parts = chunks.indices.map { "sitemap-\($0 + 1).xml" }
        var index = XMLText.declaration + "<sitemapindex xmlns=\"\(namespace)\">\n"
        for (part, chunk) in zip(parts, chunks) {
            index += element("sitemap", location: SitePath.absolute(part, baseURL: baseURL),
                             lastModified: chunk.lazy.compactMap(\.lastModified).max())
        }
        return [RenderedFile(path: fileName, text: index + "</sitemapindex>\n")]
            + zip(parts, chunks).map { RenderedFile(path: $0, text: urlSet($1, baseURL: baseURL)) }
    }

    private static func urlSet(_ pages: ArraySlice<Entry>, baseURL: String) -> String {
        XMLText.declaration + "<urlset xmlns=\"\(namespace)\">\n"
            + pages.map { page in
                element("url", location: SitePath.absolute(SitePath.location(of: page.path), baseURL: baseURL),
                        lastModified: page.lastModified)
            }.joined() + "</urlset>\n"
    }

    /// `<url>` or `<sitemap>`: its `loc`, and its `lastmod` when known.
    private static func element(_ name: String, location: String, lastModified: PaperDate?) -> String {
        "<\(name)><loc>\(XMLText.escaped(location))</loc>" + (lastModified.map { "<lastmod>\($0)</lastmod>" } ?? "") + "</\(name)>\n"
    }
}
