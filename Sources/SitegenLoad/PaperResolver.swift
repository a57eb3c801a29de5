import SitegenModel

/// Settles each field of a paper from the entries that describe it.
///
/// Entries are ranked: the richer layout first (A, then C, then B: B has no date, category or
/// byline), then the longer byline, then the earlier file. Title, byline, organisations,
/// category, date and abstract come from the best entry that has them; `hasCode` holds if any
/// page says so; venues, sources and known authors are the union. When entries disagree on the
/// date or category, the disagreement is recorded as a `Conflict`.
struct PaperResolver {
    let identity: AuthorIdentity
    /// Canonical owner of each file.
    let owners: [String: String]

    /// Two pages disagree on a field.
    struct Conflict: Equatable {
        var title: String
        var field: String
        var values: [String]
        var chosen: String
    }

    func resolve(_ entries: [ProfileEntry]) -> (Paper, [Conflict]) {
        let ranked = entries.sorted(by: Self.ranksBefore)
        let best = ranked[0]
        let withByline = ranked.first { !$0.names.isEmpty }
        var titles: [String] = []
        for entry in ranked where entry.title != best.title && !titles.contains(entry.title) { titles.append(entry.title) }
        var venues: [String] = []
        for entry in entries { if let venue = entry.venue, !venues.contains(venue) { venues.append(venue) } }
        let sources = Array(Set(entries.map(\.file))).sorted()
        let known = Array(Set(sources.compactMap { owners[$0] })).sorted()
        let category = ranked.lazy.compactMap(\.category).first
        let date = ranked.lazy.compactMap(\.date).first
        var conflicts: [Conflict] = []
        conflicts += conflict("date", ranked.compactMap { $0.date?.description }, chosen: date?.description, title: best.title)
        conflicts += conflict("category", ranked.compactMap(\.category), chosen: category, title: best.title)
        let paper = Paper(
            id: "", title: best.title,
            authors: identity.canonical(withByline?.names ?? []),
            authorsTruncated: withByline?.truncated ?? true,
            organizations: withByline?.organizations ?? [],
            category: category, date: date, hasCode: entries.contains { $0.hasCode },
            venues: venues, sources: sources, altTitles: titles,
            abstract: ranked.lazy.compactMap(\.abstract).first,
            knownAuthors: known)
        return (paper, conflicts)
    }

    private func conflict(_ field: String, _ values: [String], chosen: String?, title: String) -> [Conflict] {
        var distinct: [String] = []
        for value in values where !distinct.contains(value) { distinct.append(value) }
        guard distinct.count > 1, let chosen else { return [] }
        return [Conflict(title: title, field: field, values: distinct, chosen: chosen)]
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
