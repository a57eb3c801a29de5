/// Every HTML page but `404.html` can be reached by following links from `index.html`.
enum ReachabilityRule {
    static let home = "index.html"

    static func findings(in site: CheckedSite) -> [Finding] {
        guard site.pages[home] != nil else { return [Finding(home, "missing: the site has no home page")] }
        var reached: Set<String> = [home]
        var queue = [home]
        while let page = queue.popLast() {
            for target in site.linkedFiles(from: page) where site.pages[target] != nil && reached.insert(target).inserted {
                queue.append(target)
            }
        }
        return site.pages.keys
            .filter { !reached.contains($0) && $0 != CheckedSite.notFoundPage }
            .map { Finding($0, "orphan: no chain of links leads here from index.html") }
    }
}
