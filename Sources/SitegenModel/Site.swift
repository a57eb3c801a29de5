/// Everything the loader read: the clean model every later stage works from.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Pages in file-name order.
    public var profiles: [Profile]
    /// Unique papers, newest first (undated last), ties by title then id.
    public var papers: [Paper]
    /// Authors sorted by id.
    public var authors: [Author]
    /// Categories sorted by code.
    public var categories: [Category]
    /// Entries that were folded into a paper seen before (entries read minus unique papers).
    public var mergedEntries: Int
    public var diagnostics: [Diagnostic]
    /// Merges, name foldings and conflicts the loader decided, for auditing.
    public var report: LoadReport
    /// Free pages from `Content/pages/`, sorted by id.
    public var pages: [FreePage]

    public init(config: SiteConfig, profiles: [Profile], papers: [Paper], authors: [Author],
                categories: [Category], mergedEntries: Int, diagnostics: [Diagnostic],
                report: LoadReport = LoadReport(), pages: [FreePage] = []) {
        self.config = config
        self.profiles = profiles
        self.papers = papers
        self.authors = authors
        self.categories = categories
        self.mergedEntries = mergedEntries
        self.diagnostics = diagnostics
        self.report = report
        self.pages = pages
    }
}
