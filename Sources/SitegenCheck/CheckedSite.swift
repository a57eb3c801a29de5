import Foundation
import SitegenSupport

/// A built site read for checking: its files, and the facts and resolved links of every HTML page.
struct CheckedSite: Sendable {
    /// One distinct `href` or `src` of a page, as written and as resolved.
    struct Link: Sendable {
        var reference: String
        var target: SiteLink
    }

    let tree: SiteTree
    /// Facts of every HTML page, by site path.
    let pages: [String: PageFacts]
    /// The distinct links of every HTML page, resolved once for all rules.
    let links: [String: [Link]]
    /// The page that is allowed to be unreachable and outside the sitemap.
    static let notFoundPage = "404.html"

    /// Reads and resolves `tree`'s pages, on every core.
    init(tree: SiteTree) {
        self.tree = tree
        let paths = tree.pages
        let scanned = OrderedParallelMap.map(paths) { path in
            let facts = HTMLScanner.scan(tree.bytes(of: path) ?? [])
            return (facts, Set(facts.links).map { Link(reference: $0, target: SiteLink($0, on: path)) })
        }
        pages = Dictionary(uniqueKeysWithValues: zip(paths, scanned.map(\.0)))
        links = Dictionary(uniqueKeysWithValues: zip(paths, scanned.map(\.1)))
    }

    /// The files the links on `page` lead to (a folder's `index.html`), skipping external and broken ones.
    func linkedFiles(from page: String) -> [String] {
        (links[page] ?? []).compactMap { link in
            guard case .local(let path, _) = link.target else { return nil }
            return tree.file(at: path)
        }
    }

    /// True when any page carries a `citation_…` meta tag.
    var hasCitationTags: Bool {
        pages.values.contains { $0.metas.contains { $0.name.hasPrefix("citation_") } }
    }
}
