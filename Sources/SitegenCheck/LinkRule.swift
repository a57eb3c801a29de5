/// Every internal `href` and `src` names a file of the site, and every `#fragment` an id on the
/// page it points to (fragments are checked on HTML targets only).
enum LinkRule {
    static func findings(in site: CheckedSite) -> [Finding] {
        var findings: [Finding] = []
        for (page, links) in site.links {
            for link in links {
                let reference = link.reference
                switch link.target {
                case .external:
                    continue
                case .outsideSite:
                    findings.append(Finding(page, "link leaves the site: \(reference)"))
                case .local(let path, let fragment):
                    guard let target = site.tree.file(at: path) else {
                        findings.append(Finding(page, "broken link: \(reference)"))
                        continue
                    }
                    if let fragment, !fragment.isEmpty, let targetFacts = site.pages[target],
                       !targetFacts.anchors.contains(fragment) {
                        findings.append(Finding(page, "missing anchor: \(reference)"))
                    }
                }
            }
        }
        return findings
    }
}
