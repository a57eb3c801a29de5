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
    public var diagnostics: [Diagnostic]
    public var seconds: Double

    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// `5 profiles → 69 papers, 261 authors, 11 categories; 350 pages written (…)`.
    public var description: String {
        let time = (seconds * 100).rounded() / 100
        return "\(profiles) profiles → \(papers) papers (\(mergedEntries) entries merged), \(authors) authors, "
            + "\(categories) categories; \(pagesWritten) pages (\(filesWritten) files) written; "
            + "\(warnings) warning\(warnings == 1 ? "" : "s"); \(time) s"
    }
}
