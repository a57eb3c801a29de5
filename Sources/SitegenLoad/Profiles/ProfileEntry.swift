import SitegenModel

/// One paper as a single page lists it, before merging with the other pages.
struct ProfileEntry: Equatable, Sendable {
    /// The profile file it came from, and the 1-based line where the entry starts.
    var file: String
    var line: Int
    var layout: Layout
    /// Replaced only by an equal string (the interner's), so `titleKey` stays its key.
    var title: String {
        didSet { assert(TitleKey.make(title) == titleKey, "a ProfileEntry's title changed under its titleKey") }
    }
    /// `TitleKey.make(title)`, made once where the entry is read: the corpus's clues, merging and
    /// resolving all ask it.
    let titleKey: String
    /// Byline names as printed (spellings not yet folded). Empty for layout B.
    var names: [String]
    var truncated: Bool
    var organizations: [String]
    var category: String?
    var date: PaperDate?
    var hasCode: Bool
    var venue: String?
    var abstract: String?

    /// `titleKey` is `TitleKey.make(title)`, made here unless the caller has it already.
    init(file: String, line: Int, layout: Layout, title: String, titleKey: String? = nil, names: [String], truncated: Bool,
         organizations: [String], category: String?, date: PaperDate?, hasCode: Bool, venue: String?, abstract: String?) {
        (self.file, self.line, self.layout, self.title, self.titleKey) = (file, line, layout, title, titleKey ?? TitleKey.make(title))
        (self.names, self.truncated, self.organizations, self.category) = (names, truncated, organizations, category)
        (self.date, self.hasCode, self.venue, self.abstract) = (date, hasCode, venue, abstract)
    }
}

/// What a parser read from one file, before owners are settled and papers merged.
struct ParsedProfile: Sendable {
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
