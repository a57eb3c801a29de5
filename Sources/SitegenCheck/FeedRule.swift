import Foundation

/// Every `*.xml` file but the sitemaps (`sitemap*.xml`, read by `SitemapRule`) is well-formed XML: Atom feeds.
enum FeedRule {
    static func findings(in site: CheckedSite) -> [Finding] {
        site.tree.files
            .filter { $0.hasSuffix(".xml") && !$0.hasPrefix("sitemap") }
            .compactMap { path in
                let data = Data(site.tree.bytes(of: path) ?? [])
                return XMLReader.read(data).error.map { Finding(path, $0) }
            }
    }
}
