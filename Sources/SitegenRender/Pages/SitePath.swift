/// Where each page lives, and how a page links to another.
///
/// Every link in the site is relative: a page's context carries `root` (`""`, `"../"`,
/// `"../../"`) and templates write `{{root}}{{href}}`, where `href` is a path from the site root
/// ending in `index.html`, so the tree works under any subpath and when browsed from `file://`.
enum SitePath {
    static let home = "index.html"
    static let papersIndex = "papers/index.html"
    static let authorsIndex = "authors/index.html"
    static let categoriesIndex = "categories/index.html"
    static let notFound = "404.html"
    static let papersAPI = "api/papers.json"
    static let authorsAPI = "api/authors.json"
    static let search = "search/index.html"
    static let feed = "feed.xml"

    static func paper(_ id: String) -> String { "papers/\(id)/index.html" }
    static func author(_ id: String) -> String { "authors/\(id)/index.html" }
    static func category(_ id: String) -> String { "categories/\(id)/index.html" }
    static func freePage(_ id: String) -> String { "\(id)/index.html" }

    /// The way back to the site root from a page of a section (`authors/<id>/index.html`, papers and
    /// categories alike): where most bylines and feed entries are.
    static let sectionRoot = root(of: author("_"))

    /// The prefix that leads from the page at `path` back to the site root: one `../` per folder.
    static func root(of path: String) -> String {
        String(repeating: "../", count: path.utf8.count(where: { $0 == UInt8(ascii: "/") }))
    }

    /// The page's URL as a folder (`papers/x/`), the form the API and canonical links use;
    /// `""` for the home page.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// The page's own address from the site root, as canonical links, the sitemap and metadata
    /// give it: its folder for an `index.html` (`papers/x/`, `""` for the home page), else the file
    /// itself (`papers/index-2.html`, a list's next page, is a page of its own).
    static func location(of path: String) -> String {
        path == "index.html" || path.hasSuffix("/index.html") ? directory(of: path) : path
    }

    /// `path` under `baseURL` with exactly one slash between them; `path` itself when there is no base.
    static func absolute(_ path: String, baseURL: String) -> String {
        guard !baseURL.isEmpty else { return path }
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/" + path
    }
}
