import SitegenModel

/// What a build did, for the line it prints at the end.
public struct BuildSummary: Sendable {
    public var profiles: Int
    public var papers: Int
    public var authors: Int
    public var categories: Int
    public var filesWritten: Int
    public var pagesWritten: Int
    public var mergedEntries: Int
    /// What the loader decided: retitled merges, names folded, conflicts.
    public var report: LoadReport
    public var diagnostics: [Diagnostic]
    public var seconds: Double

    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// `5 profiles → 69 papers (35 entries merged, 2 under another title), 100 authors (…)`; see `sitegen inspect`.
    public var description: String {
        let time = (seconds * 100).rounded() / 100
        return "\(profiles) profiles → \(papers) papers (\(mergedEntries) entries merged, \(report.merges.count) under another title), "
            + "\(authors) authors (\(report.foldings.count) written several ways), \(categories) categories; "
            + "\(report.conflicts.count) conflicts resolved; \(pagesWritten) pages (\(filesWritten) files) written; "
            + "\(warnings) warning\(warnings == 1 ? "" : "s"); \(time) s"
    }
}
