import Foundation

/// When the site has `sitemap.xml`, it is well-formed and lists every HTML page but `404.html`
/// exactly once (under one URL, never repeated), and nothing else. A sitemap index
/// (`<sitemapindex>`) is followed into the sitemaps it lists.
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
        var entries = read.rootElement == "sitemapindex" ? [] : read.texts.map { (sitemap, $0) }
        if read.rootElement == "sitemapindex" {
            for location in read.texts {
                guard let child = file(at: location, base: base, in: site), child.hasSuffix(".xml"),
                      let childBytes = site.tree.bytes(of: child) else {
                    findings.append(Finding(sitemap, "lists \(location), which is not a sitemap of the site"))
                    continue
                }
                let childRead = XMLReader.read(Data(childBytes), collecting: ["loc"])
                if let error = childRead.error { findings.append(Finding(child, error)) }
                entries += childRead.texts.map { (child, $0) }
            }
        }
        var locationsOf: [String: Set<String>] = [:]
        var (seen, repeated): (Set<String>, Set<String>) = ([], [])
        for (listing, location) in entries {
            guard seen.insert(location).inserted else {
                if repeated.insert(location).inserted { findings.append(Finding(listing, "lists \(location) more than once")) }
                continue
            }
            if let page = file(at: location, base: base, in: site), site.pages[page] != nil, page != CheckedSite.notFoundPage {
                locationsOf[page, default: []].insert(location)
            } else {
                findings.append(Finding(listing, "lists \(location), which is not a page of the site"))
            }
        }
        for page in site.pages.keys where page != CheckedSite.notFoundPage {
            let locations = locationsOf[page]?.sorted() ?? []
            if locations.isEmpty {
                findings.append(Finding(page, "not listed in sitemap.xml"))
            } else if locations.count > 1 {
                findings.append(Finding(page, "listed in sitemap.xml under \(locations.count) URLs: \(locations.joined(separator: ", "))"))
            }
        }
        return findings
    }

    /// The file of the site an absolute URL under `base` names, if any.
    private static func file(at location: String, base: String, in site: CheckedSite) -> String? {
        guard location.hasPrefix(base) else { return nil }
        return site.tree.file(at: String(location.dropFirst(base.count)).removingPercentEncoding ?? "")
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
