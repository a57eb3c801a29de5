/// Google Scholar's `citation_…` tags on paper pages (`papers/<slug>/index.html`, or any page with
/// one): a title once the site has any; with `.scholar` (`--require-citation-tags`) also an author
/// and a date in Scholar's form, opt-in because a paper whose byline or date nobody printed rightly
/// has none.
enum CitationTagRule {
    /// The tags every paper page needs whenever citation tags are checked, and those Scholar needs too.
    static let requiredTags = ["citation_title"]
    static let scholarTags = ["citation_title", "citation_author"]
    /// Either gives the date Scholar requires.
    static let dateTags = ["citation_publication_date", "citation_date"]

    static func findings(in site: CheckedSite, _ check: CheckReport.CitationTags) -> [Finding] {
        guard check != .skipped else { return [] }
        var findings: [Finding] = []
        for (page, facts) in site.pages where isPaperPage(page) || facts.metas.contains(where: { $0.name.hasPrefix("citation_") }) {
            for tag in check == .scholar ? scholarTags : requiredTags where facts.metaContents(tag).isEmpty {
                findings.append(Finding(page, "no <meta name=\"\(tag)\">"))
            }
            if check == .scholar {
                findings += dateFindings(facts).map { Finding(page, $0) }
            }
        }
        return findings
    }

    /// What keeps Scholar from reading the page's date: none is given, or none is in its form.
    private static func dateFindings(_ facts: PageFacts) -> [String] {
        let dates = dateTags.flatMap { tag in facts.metaContents(tag).map { (tag, $0) } }
        if dates.isEmpty {
            return ["no <meta name=\"citation_publication_date\"> (or citation_date), which Google Scholar requires"]
        }
        guard !dates.contains(where: { isScholarDate($0.1) }) else { return [] }
        return dates.map { tag, date in
            "<meta name=\"\(tag)\"> is \"\(date)\", not a full date or a year (2023/10/10 or 2023) as Google Scholar requires"
        }
    }

    /// `2023/10/10` (month and day may have one digit) or `2023`.
    static func isScholarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
        switch parts.count {
        case 1: return true
        case 3: return parts[1].count <= 2 && parts[2].count <= 2 && (1...12).contains(Int(parts[1])!) && (1...31).contains(Int(parts[2])!)
        default: return false
        }
    }

    /// `papers/<slug>/index.html`, not the `papers/index.html` list.
    static func isPaperPage(_ page: String) -> Bool {
        let parts = page.split(separator: "/")
        return parts.count == 3 && parts[0] == "papers" && parts[2] == "index.html"
    }
}
