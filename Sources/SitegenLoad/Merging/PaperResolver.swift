import SitegenModel

/// Settles each field of a paper from the entries that describe it.
///
/// Entries are ranked: the richer layout first (A, then C, then B: B has no date, category or
/// byline), then the longer byline, then the earlier file.
/// - Title: the title most entries use (titles compared by `TitleKey`), and within it the
///   spelling most entries use; ties go to the better-ranked entry. Other titles (different
///   keys) are `altTitles`; mere case or hyphenation variants are not.
/// - Byline and `authorsTruncated`: the best entry with a byline; organisations, category, date
///   and abstract: the best entry that has them.
/// - `hasCode` holds if any page says so; venues, sources and known authors are the union.
/// When entries disagree on the date or category, the disagreement is recorded as a `Conflict`.
struct PaperResolver {
    let identity: AuthorIdentity
    /// Canonical owner of each file.
    let owners: [String: String]

    func resolve(_ entries: ArraySlice<ProfileEntry>) -> (Paper, [LoadReport.Conflict]) {
        // The entries are ranked by their positions, not copied; one entry is its own ranking.
        let ranked = entries.count < 2 ? Array(entries.indices) : entries.indices.sorted { Self.ranksBefore(entries[$0], entries[$1]) }
        let keys = ranked.map { entries[$0].titleKey }
        let (title, key) = Self.title(of: ranked.map { entries[$0].title }, keys: keys)
        // The best entry with a byline, read where it is (a copy would take a reference to each of its strings).
        let withByline = ranked.first { !entries[$0].names.isEmpty }
        var titles: [String] = []
        var seenKeys = [key]
        for (position, key) in zip(ranked, keys) where !seenKeys.contains(key) {
            seenKeys.append(key)
            titles.append(entries[position].title)
        }
        var venues: [String] = []
        for entry in entries { if let venue = entry.venue, !venues.contains(venue) { venues.append(venue) } }
        let sources = Self.uniqueSorted(entries.map(\.file))
        let known = Self.uniqueSorted(sources.compactMap { owners[$0] })
        let category = ranked.lazy.compactMap { entries[$0].category }.first
        let date = ranked.lazy.compactMap { entries[$0].date }.first
        let abstract = ranked.lazy.compactMap { entries[$0].abstract }.first
        var conflicts: [LoadReport.Conflict] = []
        // One entry cannot disagree with itself; entries that agree are not written out to be compared.
        if ranked.count > 1 {
            let dates = ranked.compactMap { entries[$0].date }
            if dates.contains(where: { $0 != dates[0] }) {
                conflicts += conflict("date", dates.map(\.description), chosen: date?.description, title: title)
            }
            conflicts += conflict("category", ranked.compactMap { entries[$0].category }, chosen: category, title: title)
            let printed = ranked.filter { entries[$0].layout != .collaborators && !entries[$0].names.isEmpty }
            if let first = printed.first,
               printed.contains(where: { entries[$0].names != entries[first].names || entries[$0].truncated != entries[first].truncated }) {
                conflicts += conflict("byline", printed.map { Self.bylineText(entries[$0]) }, chosen: withByline.map { Self.bylineText(entries[$0]) }, title: title)
            }
            // Abstracts are long: shortened only when they differ (equal ones cannot conflict).
            let abstracts = ranked.compactMap { entries[$0].abstract }
            if abstracts.contains(where: { $0 != abstracts[0] }) {
                conflicts += conflict("abstract", abstracts.map(Self.shortened), chosen: abstract.map(Self.shortened), title: title)
            }
        }
        let paper = Paper(
            id: "", title: title,
            authors: withByline.map { identity.canonical(entries[$0].names) } ?? [],
            authorsTruncated: withByline.map { entries[$0].truncated } ?? true,
            hasPrintedByline: withByline.map { entries[$0].layout != .collaborators } ?? false,
            organizations: ranked.first { !entries[$0].organizations.isEmpty }.map { entries[$0].organizations } ?? [],
            category: category, date: date, hasCode: entries.contains { $0.hasCode },
            venues: venues, sources: sources, altTitles: titles,
            abstract: abstract,
            knownAuthors: known)
        return (paper, conflicts)
    }

    /// The most used title (by key, then by spelling), and its key; ties to the better-ranked
    /// entry. `titles` and `keys` are the ranked entries' titles and `TitleKey`s.
    private static func title(of titles: [String], keys: [String]) -> (String, key: String) {
        // One entry's title is the only one.
        if titles.count == 1 { return (titles[0], keys[0]) }
        let key = mostUsed(keys)
        return (mostUsed(zip(titles, keys).filter { $0.1 == key }.map(\.0)), key)
    }

    /// `values` each once (the first of equal ones), sorted: a few are compared with each other,
    /// more hashed into a set.
    static func uniqueSorted(_ values: [String]) -> [String] {
        guard values.count <= 16 else { return Array(Set(values)).sorted() }
        var unique: [String] = []
        for value in values where !unique.contains(value) { unique.append(value) }
        return unique.sorted()
    }

    /// The value `values` hold most often, the first of those when several are. A few values
    /// (most papers are on a few pages) are counted against each other, more in a dictionary.
    static func mostUsed(_ values: [String]) -> String {
        guard values.count <= 16 else {
            var counts: [String: Int] = [:]
            for value in values { counts[value, default: 0] += 1 }
            let highest = counts.values.max()
            return values.first { counts[$0] == highest }!
        }
        var (best, bestCount) = (0, 0)
        for index in values.indices where !values[..<index].contains(values[index]) {
            let count = values[index...].lazy.filter { $0 == values[index] }.count
            if count > bestCount { (best, bestCount) = (index, count) }
        }
        return values[best]
    }

    /// How the field was decided, in words, for the conflict record.
    static let rule = "richer layout (A, then C, then B), then longer byline, then earlier file"

    private func conflict(_ field: String, _ values: [String], chosen: String?, title: String) -> [LoadReport.Conflict] {
        var distinct: [String] = []
        for value in values where !distinct.contains(value) { distinct.append(value) }
        guard distinct.count > 1, let chosen else { return [] }
        return [LoadReport.Conflict(paperTitle: title, field: field, values: distinct, chosen: chosen, rule: Self.rule)]
    }

    /// The first 80 characters of an abstract, and `…` when there are more.
    private static func shortened(_ abstract: String) -> String {
        String(abstract.prefix(80)) + (abstract.prefix(81).count > 80 ? "…" : "")
    }

    /// A byline as text, for comparing and reporting: `A, B, C et al.`.
    private static func bylineText(_ entry: ProfileEntry) -> String {
        entry.names.joined(separator: ", ") + (entry.truncated ? " et al." : "")
    }

    private static func layoutRank(_ layout: Layout) -> Int {
        switch layout {
        case .fullProfile: 0
        case .compact: 1
        case .collaborators: 2
        }
    }

    private static func ranksBefore(_ a: ProfileEntry, _ b: ProfileEntry) -> Bool {
        if layoutRank(a.layout) != layoutRank(b.layout) { return layoutRank(a.layout) < layoutRank(b.layout) }
        if a.names.count != b.names.count { return a.names.count > b.names.count }
        if a.file != b.file { return a.file < b.file }
        return a.line < b.line
    }
}
