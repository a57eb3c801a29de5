import SitegenModel

/// Turns parsed pages into the model: owners, merged papers, authors, categories, slugs.
struct ModelAssembler {
    let config: SiteConfig
    let displayRoot: String

    struct Output {
        var profiles: [Profile]
        var papers: [Paper]
        var authors: [Author]
        var categories: [Category]
        var mergedEntries: Int
        var diagnostics: [Diagnostic]
        var report: LoadReport
    }

    func assemble(_ parsedProfiles: [ParsedProfile]) -> Output {
        var parsed = parsedProfiles
        var diagnostics: [Diagnostic] = []
        // Every spelling of every name, including owners, before choosing canonical spellings.
        var identity = AuthorIdentity()
        for profile in parsed {
            if let owner = profile.statedOwner { identity.see(owner) }
            if let owner = config.profiles[profile.file]?.owner { identity.see(owner) }
            for entry in profile.entries { for name in entry.names { identity.see(name) } }
        }
        identity.settle()

        var profiles: [Profile] = []
        var owners: [String: String] = [:]
        for index in parsed.indices {
            let page = parsed[index]
            let (owner, source) = settleOwner(page, identity: identity, diagnostics: &diagnostics)
            owners[page.file] = owner
            if page.layout == .collaborators, let owner {
                // A collaborators list has no bylines: its owner is the one author it names.
                for entry in parsed[index].entries.indices { parsed[index].entries[entry].names = [owner] }
            }
            if let claimed = page.claimedEntryCount, claimed != page.entries.count {
                diagnostics.append(Diagnostic(.warning, file: path(page.file),
                    "the header says \(claimed) papers but \(page.entries.count) entries were read"))
            }
            profiles.append(Profile(file: page.file, layout: page.layout, owner: owner, ownerSource: source,
                                    stats: page.stats, entryCount: page.entries.count))
        }

        let grouping = PaperMerger.group(parsed.flatMap(\.entries), owners: owners)
        let resolver = PaperResolver(identity: identity, owners: owners)
        var papers: [Paper] = []
        var conflicts: [LoadReport.Conflict] = []
        for entries in grouping.papers {
            let (paper, found) = resolver.resolve(entries)
            papers.append(paper)
            conflicts += found
        }
        papers = assignPaperIDs(papers).sorted(by: Self.newestFirst)
        let authors = gatherAuthors(papers: papers, profiles: profiles, identity: identity)
        let categories = gatherCategories(papers: papers)
        let entryCount = parsed.reduce(0) { $0 + $1.entries.count }
        return Output(profiles: profiles, papers: papers, authors: authors, categories: categories,
                      mergedEntries: entryCount - papers.count, diagnostics: diagnostics,
                      report: LoadReport(merges: grouping.merges, foldings: identity.foldings, conflicts: conflicts))
    }

    private func path(_ file: String) -> String { "\(displayRoot)/\(SiteLoader.profilesFolder)/\(file)" }

    /// site.yml first, then what the page states, then inference for pages without a header.
    private func settleOwner(_ page: ParsedProfile, identity: AuthorIdentity,
                             diagnostics: inout [Diagnostic]) -> (String?, OwnerSource) {
        if let configured = config.profiles[page.file]?.owner {
            return (identity.canonical(configured), .config)
        }
        if let stated = page.statedOwner {
            return (identity.canonical(stated), page.layout == .collaborators ? .byline : .header)
        }
        if let inferred = OwnerInference.infer(entries: page.entries, identity: identity) {
            return (inferred, .inferred)
        }
        if !page.entries.isEmpty {
            diagnostics.append(Diagnostic(.warning, file: path(page.file),
                "no owner: the page has no header and no author clearly dominates its bylines; set it in site.yml as `profiles:` / `\(page.file):` / `owner: Name`"))
        }
        return (nil, .none)
    }

    /// Slugs from titles; on a collision the older paper keeps the plain slug.
    private func assignPaperIDs(_ papers: [Paper]) -> [Paper] {
        let slugs = papers.map { Slug.make($0.title) }
        let latest = PaperDate(year: 9999, month: 12, day: 31)
        let order = papers.indices.sorted { a, b in
            if slugs[a] != slugs[b] { return slugs[a] < slugs[b] }
            let (pa, pb) = (papers[a], papers[b])
            if pa.date != pb.date { return (pa.date ?? latest) < (pb.date ?? latest) }
            return (pa.sources.first ?? "", pa.title) < (pb.sources.first ?? "", pb.title)
        }
        let unique = Slug.unique(order.map { slugs[$0] }, fallback: "paper")
        var result = papers
        for (position, index) in order.enumerated() { result[index].id = unique[position] }
        return result
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
        var paperIDs: [String: [String]] = [:]
        var order: [String] = []
        func note(_ name: String) { if paperIDs[name] == nil { paperIDs[name] = []; order.append(name) } }
        for profile in profiles { if let owner = profile.owner { note(owner) } }
        for paper in papers {
            for name in paper.allAuthors {
                note(name)
                paperIDs[name]!.append(paper.id)
            }
        }
        let slugOf = Dictionary(uniqueKeysWithValues: order.map { ($0, Slug.make($0)) })
        let names = order.sorted { (slugOf[$0]!, $0) < (slugOf[$1]!, $1) }
        let ids = Slug.unique(names.map { slugOf[$0]! }, fallback: "author")
        var owned: [String: [Profile]] = [:]
        for profile in profiles { if let owner = profile.owner { owned[owner, default: []].append(profile) } }
        return zip(names, ids).map { name, id in
            let pages = owned[name] ?? []
            return Author(id: id, name: name, otherSpellings: identity.otherSpellings(of: name),
                          profile: pages.lazy.compactMap(\.stats).first,
                          ownedFiles: pages.map(\.file), paperIDs: paperIDs[name] ?? [])
        }.sorted { $0.id < $1.id }
    }

    private func gatherCategories(papers: [Paper]) -> [Category] {
        var byCode: [String: [String]] = [:]
        for paper in papers { if let code = paper.category { byCode[code, default: []].append(paper.id) } }
        return byCode.keys.sorted().map { Category(code: $0, paperIDs: byCode[$0]!) }
    }
}
