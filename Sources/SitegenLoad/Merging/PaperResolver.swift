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

    /// `titleKeys` are the entries' `TitleKey`s, in the same order.
    func resolve(_ entries: ArraySlice<ProfileEntry>, titleKeys: ArraySlice<String>) -> (Paper, [LoadReport.Conflict]) {
        // One entry is its own ranking (and is not copied to be sorted).
        let order = entries.count < 2 ? Array(entries.indices) : entries.indices.sorted { Self.ranksBefore(entries[$0], entries[$1]) }
        let ranked = entries.count < 2 ? entries : ArraySlice(order.map { entries[$0] })
        let keys = order.map { titleKeys[titleKeys.startIndex + $0 - entries.startIndex] }
        let (title, key) = Self.title(of: ranked, keys: keys)
        let withByline = ranked.first { !$0.names.isEmpty }
        var titles: [String] = []
        var titleKeys: Set<String> = [key]
        for (entry, key) in zip(ranked, keys) where titleKeys.insert(key).inserted { titles.append(entry.title) }
        var venues: [String] = []
        for entry in entries { if let venue = entry.venue, !venues.contains(venue) { venues.append(venue) } }
        let sources = Array(Set(entries.map(\.file))).sorted()
        let known = Array(Set(sources.compactMap { owners[$0] })).sorted()
        let category = ranked.lazy.compactMap(\.category).first
        let date = ranked.lazy.compactMap(\.date).first
        let abstract = ranked.lazy.compactMap(\.abstract).first
        var conflicts: [LoadReport.Conflict] = []
        // One entry cannot disagree with itself.
        if ranked.count > 1 {
            conflicts += conflict("date", ranked.compactMap { $0.date?.description }, chosen: date?.description, title: title)
            conflicts += conflict("category", ranked.compactMap(\.category), chosen: category, title: title)
            conflicts += conflict("byline", ranked.filter { $0.layout != .collaborators && !$0.names.isEmpty }.map(Self.bylineText),
                                  chosen: withByline.map(Self.bylineText), title: title)
            // Abstracts are long: shortened only when they differ (equal ones cannot conflict).
            let abstracts = ranked.compactMap(\.abstract)
            if abstracts.contains(where: { $0 != abstracts[0] }) {
                conflicts += conflict("abstract", abstracts.map(Self.shortened), chosen: abstract.map(Self.shortened), title: title)
            }
        }
        let paper = Paper(
            id: "", title: title,
            authors: identity.canonical(withByline?.names ?? []),
            authorsTruncated: withByline?.truncated ?? true,
            hasPrintedByline: withByline.map { $0.layout != .collaborators } ?? false,
            organizations: ranked.first { !$0.organizations.isEmpty }?.organizations ?? [],
            category: category, date: date, hasCode: entries.contains { $0.hasCode },
            venues: venues, sources: sources, altTitles: titles,
            abstract: abstract,
            knownAuthors: known)
        return (paper, conflicts)
    }

    /// The most used title (by key, then by spelling), and its key; ties to the better-ranked
    /// entry. `keys` are the entries' `TitleKey`s.
    private static func title(of ranked: ArraySlice<ProfileEntry>, keys: [String]) -> (String, key: String) {
        func mostUsed(_ values: [String]) -> String {
            var counts: [String: Int] = [:]
            for value in values { counts[value, default: 0] += 1 }
            let highest = counts.values.max()
            return values.first { counts[$0] == highest }!
        }
        let key = mostUsed(keys)
        return (mostUsed(zip(ranked, keys).filter { $0.1 == key }.map(\.0.title)), key)
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
