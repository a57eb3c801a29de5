/// What `sitegen check` found, and the line it prints at the end.
public struct CheckReport: Sendable {
    /// Every problem, sorted; the site passes when there is none.
    public var findings: [Finding]
    public var pages: Int
    public var files: Int
    /// Whether paper pages were checked for citation tags.
    public var checkedCitationTags: Bool
    public var seconds: Double

    public var passed: Bool { findings.isEmpty }

    /// `1,204 files, 1,180 pages checked (citation tags too): 2 problems; 0.31 s`.
    public var description: String {
        let time = (seconds * 100).rounded() / 100
        let problems = findings.count == 1 ? "1 problem" : "\(findings.count) problems"
        return "\(files) files, \(pages) pages checked (citation tags \(checkedCitationTags ? "included" : "skipped: none in the site")): "
            + "\(problems); \(time) s"
    }
}
