/// What `sitegen check` found, and the line it prints at the end.
public struct CheckReport: Sendable {
    /// Every problem, sorted; the site passes when there is none.
    public var findings: [Finding]
    public var pages: Int
    public var files: Int
    /// How paper pages' citation tags were checked.
    public var citationTags: CitationTags
    public var seconds: Double

    /// How far `CitationTagRule` checks paper pages.
    public enum CitationTags: String, Sendable {
        /// Not at all: no page of the site has a citation tag.
        case skipped = "skipped: none in the site"
        /// The title, as the site has citation tags.
        case present = "included"
        /// Everything Google Scholar requires, authors and the date too (`--require-citation-tags`).
        case scholar = "as Google Scholar requires"
    }

    public var passed: Bool { findings.isEmpty }

    /// `1204 files, 1180 pages checked (citation tags included): 2 problems; 0.31 s`.
    public var description: String {
        let time = (seconds * 100).rounded() / 100
        let problems = findings.count == 1 ? "1 problem" : "\(findings.count) problems"
        return "\(files) files, \(pages) pages checked (citation tags \(citationTags.rawValue)): \(problems); \(time) s"
    }
}
