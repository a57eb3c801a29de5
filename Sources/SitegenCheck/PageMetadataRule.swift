/// Every page has a non-empty `<title>` and `<meta name="description">`.
enum PageMetadataRule {
    static func findings(in site: CheckedSite) -> [Finding] {
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
        }
        return findings
    }
}
