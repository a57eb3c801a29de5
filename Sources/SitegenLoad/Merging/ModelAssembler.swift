import SitegenModel
import SitegenSupport

/// Turns parsed pages into the model: owners, merged papers, authors, categories, slugs.
struct ModelAssembler {
    let config: SiteConfig
    let displayRoot: String
    /// Hand-written author files (details and alias spellings), by slug.
    var authorFiles = ContentOverlayLoader.Authors()
    /// Hand-written paper files, by slug.
    var paperFiles: [String: PaperLinks] = [:]

    struct Output {
        var profiles: [Profile]
        var papers: [Paper]
        var authors: [Author]
        var categories: [Category]
        var mergedEntries: Int
        var diagnostics: [Diagnostic]
        var report: LoadReport
    }

    /// The pages merged: the model before the hand-written paper and author files are attached.
    /// Made from the parsed pages, site.yml's page owners and the author files' aliases alone, so a
    /// long-lived process keeps it while those are the same (`MergedModelCache`).
    struct Merged: Sendable {
        var identity: AuthorIdentity
        var profiles: [Profile]
        /// With their slugs, in order of first appearance.
        var papers: [Paper]
        var mergedEntries: Int
        var merges: [LoadReport.Merge]
        var conflicts: [LoadReport.Conflict]
        var diagnostics: [Diagnostic]
    }

    /// `parsed` is consumed: its entries are released as soon as they are gathered for merging.
    func assemble(_ parsed: consuming [ParsedProfile]) -> Output {
        finish(merge(parsed))
    }

    /// A page's owner and `Profile` as merging settles them, with the warnings it gives about the page.
    struct SettledPage: Sendable {
        var profile: Profile
        var diagnostics: [Diagnostic]
    }

    /// Settles owners and spellings, merges the entries into papers and gives them slugs.
    /// `parsed` is consumed: its entries are released as soon as they are gathered for merging.
    func merge(_ parsed: consuming [ParsedProfile]) -> Merged {
        let identity = identity(of: parsed)
        let settled = ParallelRuns.map(parsed) { settle($0, identity: identity) }
        for index in parsed.indices {
            // The page's entries are changed in place: a copy of the page would hold its entries,
            // and the names set would then copy them all.
            if let owner = Self.collaboratorsOwner(parsed[index].layout, settled[index]) {
                for entry in parsed[index].entries.indices { parsed[index].entries[entry].names = [owner] }
            }
        }
        let owners = Self.owners(settled)
        let entries = Self.takeEntries(from: &parsed)
        parsed = []
        let grouping = PaperMerger.group(consume entries, owners: owners, foldKey: { [identity] in identity.foldKey($0) })
        let resolver = PaperResolver(identity: identity, owners: owners)
        return merged(identity: identity, settled: settled, entryCount: grouping.entries.count, merges: grouping.merges,
                      resolved: ParallelRuns.map(count: grouping.papers.count) { resolver.resolve(grouping.entries[grouping.papers[$0]]) })
    }

    /// Every spelling of every name, including owners, folded, before choosing canonical spellings;
    /// then the author files' aliases.
    func identity(of parsed: [ParsedProfile]) -> AuthorIdentity {
        var identity = AuthorIdentity()
        identity.see(nameSightings(parsed))
        identity.settle()
        applyAliases(to: &identity)
        return identity
    }

    /// A page's owner and profile, and the warnings: no owner, or not the paper count the header claims.
    func settle(_ page: ParsedProfile, identity: AuthorIdentity) -> SettledPage {
        let (owner, source, warning) = settleOwner(page, identity: identity)
        var diagnostics = warning.map { [$0] } ?? []
        if let claimed = page.claimedEntryCount, claimed != page.entries.count {
            diagnostics.append(Diagnostic(.warning, file: path(page.file),
                "the header says \(claimed) papers but \(page.entries.count) entries were read"))
        }
        return SettledPage(profile: Profile(file: page.file, layout: page.layout, owner: owner, ownerSource: source,
                                            stats: page.stats, entryCount: page.entries.count),
                           diagnostics: diagnostics)
    }

    /// The owner a collaborators list names: it has no bylines, so its owner is the one author of each entry.
    static func collaboratorsOwner(_ layout: Layout, _ page: SettledPage) -> String? {
        layout == .collaborators ? page.profile.owner : nil
    }

    /// Each page's owner, by file.
    static func owners(_ settled: [SettledPage]) -> [String: String] {
        var owners: [String: String] = [:]
        for page in settled { owners[page.profile.file] = page.profile.owner }
        return owners
    }

    /// The merged pages from their settled pages and resolved papers (consumed: each paper is
    /// moved, not copied), slugs given. `entryCount` entries were merged.
    func merged(identity: AuthorIdentity, settled: [SettledPage], entryCount: Int, merges: [LoadReport.Merge],
                resolved: consuming [(Paper, [LoadReport.Conflict])]) -> Merged {
        var (papers, conflicts) = Self.takePapers(from: resolved)
        assignPaperIDs(&papers)
        return merged(identity: identity, settled: settled, entryCount: entryCount, merges: merges, papers: papers, conflicts: conflicts)
    }

    /// The merged pages from their settled pages and papers with slugs.
    func merged(identity: AuthorIdentity, settled: [SettledPage], entryCount: Int, merges: [LoadReport.Merge],
                papers: [Paper], conflicts: [LoadReport.Conflict]) -> Merged {
        Merged(identity: identity, profiles: settled.map(\.profile), papers: papers, mergedEntries: entryCount - papers.count,
               merges: merges, conflicts: conflicts, diagnostics: settled.flatMap(\.diagnostics))
    }

    /// The model from the merged pages: paper files attached, papers put in date order (the last
    /// load's when `kept` holds one that still holds), authors and categories gathered (taken from
    /// `kept` when it holds them), author files attached. `merged` is consumed: its papers are
    /// changed in place unless a cache holds them too.
    func finish(_ merged: consuming Merged, kept: MergedModelCache? = nil) -> Output {
        var (papers, diagnostics) = (merged.papers, merged.diagnostics)
        merged.papers = []
        attachPaperFiles(to: &papers, identity: merged.identity, diagnostics: &diagnostics)
        papers.reorder(by: papers.withUnsafeBufferPointer { papers in kept?.dateOrder.positions(of: papers) ?? DateOrder.sorted(papers) })
        let (dated, profiles, identity) = (papers, merged.profiles, merged.identity)
        let gather = { gatherAuthors(papers: dated, profiles: profiles, identity: identity) }
        var authors = kept?.gatheredAuthors.authors(of: dated, profiles: profiles, identity: identity, gather: gather) ?? gather()
        attachAuthorFiles(to: &authors, diagnostics: &diagnostics)
        let categories = gatherCategories(papers: papers)
        return Output(profiles: merged.profiles, papers: papers, authors: authors, categories: categories,
                      mergedEntries: merged.mergedEntries, diagnostics: diagnostics,
                      report: LoadReport(merges: merged.merges, foldings: merged.identity.foldings, conflicts: merged.conflicts))
    }

    /// Every page's entries in one list, in page order, moved out of the pages (each left in its
    /// place an entry with nothing in it), not copied: a copy, on one core, would take a reference
    /// to every string of every entry, and dropping the pages would give them all back.
    private static func takeEntries(from pages: inout [ParsedProfile]) -> [ProfileEntry] {
        let total = pages.reduce(0) { $0 + $1.entries.count }
        let empty = ProfileEntry(file: "", line: 0, layout: .compact, title: "", names: [], truncated: false, organizations: [],
                                 category: nil, date: nil, hasCode: false, venue: nil, abstract: nil)
        return [ProfileEntry](unsafeUninitializedCapacity: total) { taken, count in
            count = 0
            for index in pages.indices {
                pages[index].entries.withUnsafeMutableBufferPointer { page in
                    guard page.count > 0, let source = page.baseAddress else { return }
                    (taken.baseAddress! + count).moveInitialize(from: source, count: page.count)
                    source.initialize(repeating: empty, count: page.count)
                    count += page.count
                }
            }
        }
    }

    /// The resolved papers in order, each moved out of `resolved` (taken from the end, where
    /// `popLast` moves it), not copied: a copy would take a reference to each of a paper's
    /// strings, and dropping `resolved` would give them all back. Then every conflict, in order.
    private static func takePapers(from resolved: consuming [(Paper, [LoadReport.Conflict])])
        -> (papers: [Paper], conflicts: [LoadReport.Conflict]) {
        let count = resolved.count
        var conflicts: [[LoadReport.Conflict]] = []
        let papers = [Paper](unsafeUninitializedCapacity: count) { papers, initialized in
            while let (paper, found) = resolved.popLast() {
                (papers.baseAddress! + resolved.count).initialize(to: paper)
                conflicts.append(found)
            }
            initialized = count
        }
        return (papers, conflicts.reversed().flatMap { $0 })
    }

    /// Every name the pages print and every owner they or site.yml state, counted in runs of
    /// pages on every core (where the names are, with no list of a page's names made first);
    /// names in order of first sighting.
    private func nameSightings(_ parsed: [ParsedProfile]) -> OrderedTally {
        let configured = config.profiles
        let runs = OrderedParallelMap.map(ParallelRuns.ranges(count: parsed.count)) { run in
            var tally = OrderedTally()
            for profile in parsed[run] {
                if let owner = profile.statedOwner { tally.add(owner) }
                if let owner = configured[profile.file]?.owner { tally.add(owner) }
                for entry in profile.entries {
                    for name in entry.names { tally.add(name) }
                }
            }
            return tally
        }
        return runs.reduce(into: OrderedTally()) { $0.add($1) }
    }

    /// Folds each author file's `aliases:` into the person the file is about (matched by slug).
    private func applyAliases(to identity: inout AuthorIdentity) {
        guard !authorFiles.aliases.isEmpty else { return }
        var personBySlug: [String: String] = [:]
        for name in identity.canonicalNames.sorted() where personBySlug[Slug.make(name)] == nil { personBySlug[Slug.make(name)] = name }
        for (slug, aliases) in authorFiles.aliases.sorted(by: { $0.key < $1.key }) {
            guard let canonical = personBySlug[slug] else { continue }
            for alias in aliases { identity.alias(alias, to: canonical) }
        }
    }

    /// Each paper file to its paper, by slug; its `date:` replaces the captured date (before papers
    /// are put in date order) and its `authors:` the byline (before authors are gathered, so each
    /// gets a page; spellings folded as any byline's).
    private func attachPaperFiles(to papers: inout [Paper], identity: AuthorIdentity, diagnostics: inout [Diagnostic]) {
        let index = Dictionary(uniqueKeysWithValues: papers.indices.map { (papers[$0].id, $0) })
        for (slug, links) in paperFiles.sorted(by: { $0.key < $1.key }) {
            guard let position = index[slug] else {
                diagnostics.append(Diagnostic(.warning, file: links.source, "no paper has the slug `\(slug)`; file not used (see the paper page URLs for slugs)"))
                continue
            }
            papers[position].links = links
            if let date = links.date { papers[position].date = date }
            if !links.authors.isEmpty {
                papers[position].authors = identity.canonical(links.authors)
                papers[position].authorsTruncated = false
                papers[position].hasPrintedByline = true
            }
        }
    }

    private func attachAuthorFiles(to authors: inout [Author], diagnostics: inout [Diagnostic]) {
        let index = Dictionary(uniqueKeysWithValues: authors.indices.map { (authors[$0].id, $0) })
        for (slug, details) in authorFiles.details.sorted(by: { $0.key < $1.key }) {
            guard let position = index[slug] else {
                diagnostics.append(Diagnostic(.warning, file: details.source, "no author has the slug `\(slug)`; file not used (see the author page URLs for slugs)"))
                continue
            }
            authors[position].details = details
        }
    }

    private func path(_ file: String) -> String { "\(displayRoot)/\(SiteLoader.profilesFolder)/\(file)" }

    /// site.yml first, then what the page states, then inference for pages without a header;
    /// a warning when the page has entries but no owner.
    private func settleOwner(_ page: ParsedProfile, identity: AuthorIdentity) -> (String?, OwnerSource, Diagnostic?) {
        if let configured = config.profiles[page.file]?.owner {
            return (identity.canonical(configured), .config, nil)
        }
        if let stated = page.statedOwner {
            return (identity.canonical(stated), page.layout == .collaborators ? .byline : .header, nil)
        }
        if let inferred = OwnerInference.infer(entries: page.entries, identity: identity) {
            return (inferred, .inferred, nil)
        }
        guard !page.entries.isEmpty else { return (nil, .none, nil) }
        return (nil, .none, Diagnostic(.warning, file: path(page.file),
            "no owner: the page has no header and no author clearly dominates its bylines; set it in site.yml as `profiles:` / `\(page.file):` / `owner: Name`"))
    }

    /// Slugs from titles; on a collision the older paper keeps the plain slug.
    func assignPaperIDs(_ papers: inout [Paper]) {
        let titles = papers.map(\.title)
        let slugs = ParallelRuns.map(titles) { Slug.make($0) }
        let latest = PaperDate(year: 9999, month: 12, day: 31)
        // Papers are compared where they are, not copied for each comparison.
        let order = papers.withUnsafeBufferPointer { papers in
            papers.indices.sorted { a, b in
                if slugs[a] != slugs[b] { return slugs[a] < slugs[b] }
                let (dateA, dateB) = (papers[a].date, papers[b].date)
                if dateA != dateB { return (dateA ?? latest) < (dateB ?? latest) }
                return (papers[a].sources.first ?? "", papers[a].title) < (papers[b].sources.first ?? "", papers[b].title)
            }
        }
        let unique = Slug.unique(order.map { slugs[$0] }, fallback: "paper")
        for (position, index) in order.enumerated() { papers[index].id = unique[position] }
    }

    /// Newest first, undated last; ties by title, then id.
    static func newestFirst(_ a: Paper, _ b: Paper) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.title != b.title ? a.title < b.title : a.id < b.id
        }
    }

    private func gatherAuthors(papers: [Paper], profiles: [Profile], identity: AuthorIdentity) -> [Author] {
        // Each person's papers, people in order of first appearance (owners first): one look-up a name.
        var slots: [String: Int] = [:]
        var order: [String] = []
        var paperIDs: [[String]] = []
        func slot(_ name: String) -> Int {
            if let slot = slots[name] { return slot }
            slots[name] = order.count
            order.append(name)
            paperIDs.append([])
            return order.count - 1
        }
        for profile in profiles { if let owner = profile.owner { _ = slot(owner) } }
        // Papers are read where they are, not copied to be asked for their authors.
        papers.withUnsafeBufferPointer { papers in
            for index in papers.indices {
                for name in papers[index].allAuthors { paperIDs[slot(name)].append(papers[index].id) }
            }
        }
        let names = order
        let slugs = ParallelRuns.map(names) { Slug.make($0) }
        // People by slug, then name: compared field by field, not as tuples (which take a reference to both strings of each side).
        let people = names.indices.sorted { a, b in slugs[a] != slugs[b] ? slugs[a] < slugs[b] : names[a] < names[b] }
        let ids = Slug.unique(people.map { slugs[$0] }, fallback: "author")
        let owned = Dictionary(grouping: profiles.filter { $0.owner != nil }, by: { $0.owner! })
        let papersOf = paperIDs
        let byID = ids.indices.sorted { ids[$0] < ids[$1] }
        return ParallelRuns.map(byID) { index in
            let (person, id) = (people[index], ids[index])
            let name = names[person]
            let pages = owned[name] ?? []
            return Author(id: id, name: name, otherSpellings: identity.otherSpellings(of: name),
                          profile: pages.lazy.compactMap(\.stats).first,
                          ownedFiles: pages.map(\.file), paperIDs: papersOf[person])
        }
    }

    private func gatherCategories(papers: [Paper]) -> [Category] {
        var byCode: [String: [String]] = [:]
        for index in papers.indices { if let code = papers[index].category { byCode[code, default: []].append(papers[index].id) } }
        return byCode.keys.sorted().map { Category(code: $0, paperIDs: byCode[$0]!) }
    }
}
