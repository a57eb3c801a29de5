import Foundation

/// When the site has `sitemap.xml`, it is well-formed and lists every HTML page but `404.html`,
/// and nothing else.
///
/// `<loc>` URLs are absolute; the site's own address is `--base-url` when given, else the
/// folder of `index.html`'s canonical link, else the shortest folder URL that starts every `<loc>`.
enum SitemapRule {
    static let sitemap = "sitemap.xml"

    static func findings(in site: CheckedSite, baseURL: String?) -> [Finding] {
        guard let bytes = site.tree.bytes(of: sitemap) else { return [] }
        let read = XMLReader.read(Data(bytes), collecting: ["loc"])
        if let error = read.error { return [Finding(sitemap, error)] }
        guard let base = baseURL ?? canonicalBase(of: site) ?? commonBase(of: read.texts) else {
            return [Finding(sitemap, "cannot tell the site's address from its URLs; pass --base-url")]
        }
        var findings: [Finding] = []
        var listed: Set<String> = []
        for location in read.texts {
            let page = location.hasPrefix(base)
                ? site.tree.file(at: String(location.dropFirst(base.count)).removingPercentEncoding ?? "") : nil
            if let page, site.pages[page] != nil, page != CheckedSite.notFoundPage {
                listed.insert(page)
            } else {
                findings.append(Finding(sitemap, "lists \(location), which is not a page of the site"))
            }
        }
        for page in site.pages.keys where !listed.contains(page) && page != CheckedSite.notFoundPage {
            findings.append(Finding(page, "not listed in sitemap.xml"))
        }
        return findings
    }

    /// `https://x.org/lab/` from a canonical `https://x.org/lab/` or `https://x.org/lab/index.html`.
    private static func canonicalBase(of site: CheckedSite) -> String? {
        site.pages[ReachabilityRule.home]?.canonicalURL.map(folder)
    }

    /// The shortest folder URL that every location starts with.
    private static func commonBase(of locations: [String]) -> String? {
        locations.map(folder).sorted { $0.count < $1.count }.first { base in locations.allSatisfy { $0.hasPrefix(base) } }
    }

    /// The URL up to and including its last `/`.
    private static func folder(_ url: String) -> String {
        url.lastIndex(of: "/").map { String(url[...$0]) } ?? url
    }
}
