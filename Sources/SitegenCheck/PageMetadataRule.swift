/// Every page has a non-empty `<title>` and `<meta name="description">`; paper pages
/// (`papers/<slug>/index.html`) have the citation tags Google Scholar reads, when asked to.
enum PageMetadataRule {
    /// The tags each paper page must carry when citation tags are required; otherwise only the
    /// title (a paper without a printed byline rightly has no `citation_author`).
    static let citationTags = ["citation_title", "citation_author"]

    static func findings(in site: CheckedSite, checkCitations: Bool, requireAll: Bool) -> [Finding] {
        let required = requireAll ? citationTags : ["citation_title"]
        var findings: [Finding] = []
        for (page, facts) in site.pages {
            switch facts.title {
            case nil: findings.append(Finding(page, "no <title>"))
            case let title? where title.allSatisfy(\.isWhitespace): findings.append(Finding(page, "empty <title>"))
            default: break
            }
            if facts.metaContents("description").isEmpty {
                findings.append(Finding(page, "no <meta name=\"description\"> or it is empty"))
            }
            if checkCitations, isPaperPage(page) {
                for tag in required where facts.metaContents(tag).isEmpty {
                    findings.append(Finding(page, "no <meta name=\"\(tag)\">"))
                }
            }
        }
        return findings
    }

    /// `papers/<slug>/index.html`, not the `papers/index.html` list.
    static func isPaperPage(_ page: String) -> Bool {
        let parts = page.split(separator: "/")
        return parts.count == 3 && parts[0] == "papers" && parts[2] == "index.html"
    }
}
