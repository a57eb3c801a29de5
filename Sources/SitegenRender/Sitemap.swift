/// `sitemap.xml` (sitemaps.org): every page's absolute URL, in emit order. Past `limit` URLs (the
/// protocol's 50,000) it becomes a sitemap index pointing at `sitemap-1.xml`, `sitemap-2.xml`, ….
/// Sitemaps need absolute URLs, so a site without a `baseURL` gets none.
enum Sitemap {
    static let limit = 50_000
    static let fileName = "sitemap.xml"
    private static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"

    /// `pages`: paths from the site root (`papers/x/index.html`), listed as their folder URLs.
    static func files(pages: [String], baseURL: String, limit: Int = limit) -> [RenderedFile] {
        guard !baseURL.isEmpty else { return [] }
        let locations = pages.map { SitePath.absolute(SitePath.directory(of: $0), baseURL: baseURL) }
        guard locations.count > limit else {
            return [RenderedFile(path: fileName, text: urlSet(locations[...]))]
        }
        let chunks = stride(from: 0, to: locations.count, by: limit).map { locations[$0..<min($0 + limit, locations.count)] }
        let parts = chunks.indices.map { "sitemap-\($0 + 1).xml" }
        var index = XMLText.declaration + "<sitemapindex xmlns=\"\(namespace)\">\n"
        for part in parts {
            index += "<sitemap><loc>\(XMLText.escaped(SitePath.absolute(part, baseURL: baseURL)))</loc></sitemap>\n"
        }
        return [RenderedFile(path: fileName, text: index + "</sitemapindex>\n")]
            + zip(parts, chunks).map { RenderedFile(path: $0, text: urlSet($1)) }
    }

    private static func urlSet(_ locations: ArraySlice<String>) -> String {
        XMLText.declaration + "<urlset xmlns=\"\(namespace)\">\n"
            + locations.map { "<url><loc>\(XMLText.escaped($0))</loc></url>\n" }.joined() + "</urlset>\n"
    }
}
