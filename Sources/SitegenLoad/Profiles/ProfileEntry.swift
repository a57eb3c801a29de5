import SitegenModel

/// One paper as a single page lists it, before merging with the other pages.
struct ProfileEntry: Equatable {
    /// The profile file it came from, and the 1-based line where the entry starts.
    var file: String
    var line: Int
    var layout: Layout
    var title: String
    /// Byline names as printed (spellings not yet folded). Empty for layout B.
    var names: [String]
    var truncated: Bool
    var organizations: [String]
    var category: String?
    var date: PaperDate?
    var hasCode: Bool
    var venue: String?
    var abstract: String?
}

/// What a parser read from one file, before owners are settled and papers merged.
struct ParsedProfile {
    var file: String
    var layout: Layout
    /// The owner the page itself names (header of A, `Last, First` of B), as printed.
    var statedOwner: String?
    var stats: ProfileStats?
    /// The paper count the header claims (`28 Papers`), to compare with the entries found.
    var claimedEntryCount: Int?
    var entries: [ProfileEntry]
    var diagnostics: [Diagnostic]
}
