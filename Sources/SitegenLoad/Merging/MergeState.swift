import SitegenModel
import SitegenSupport

/// What one merge found, kept by a long-lived process (`MergedModelCache`) so that the next merge
/// of an edit that changes no page's names, titles or owner does again only what the edit touches
/// (`ModelAssembler.merge(_:updating:)`), with the same result as a merge from nothing.
struct MergeState: Sendable {
    /// The pages as parsed, to tell which changed.
    var pages: [ParsedProfile]
    var identity: AuthorIdentity
    var settled: [ModelAssembler.SettledPage]
    /// Every page's entries as merged (a collaborators list's names set to its owner), one page
    /// after the other; `pageStarts` says where each page's entries start.
    var entries: [ProfileEntry]
    var pageStarts: [Int]
    var merger: PaperMerger
    var plan: PaperMerger.Plan
    /// Each paper of `plan` as resolved, slug given, and its conflicts.
    var papers: [Paper]
    var conflicts: [[LoadReport.Conflict]]
}

extension ModelAssembler {
    /// As `merge(_:)`, keeping in `state` what the next merge needs. With a state kept from pages
    /// of the same names, in the same order, each with the same owner, and whose entries have the
    /// same titles (by `TitleKey`) and names, only the edited entries are taken in: the clusters
    /// they reach are compared again (`PaperMerger.update`) and only the papers whose entries
    /// changed are resolved again. Otherwise everything is merged.
    func merge(_ parsed: [ParsedProfile], updating state: inout MergeState?) -> Merged {
        if var kept = state.take(), update(&kept, with: parsed) {
            state = kept
        } else {
            state = fullState(parsed)
        }
        let kept = state!
        return merged(identity: kept.identity, settled: kept.settled, entryCount: kept.entries.count, merges: kept.plan.merges,
                      papers: kept.papers, conflicts: kept.conflicts.flatMap { $0 })
    }

    /// Merges `parsed` from nothing, keeping what an update needs.
    private func fullState(_ parsed: [ParsedProfile]) -> MergeState {
        let identity = identity(of: parsed)
        let settled = ParallelRuns.map(parsed) { settle($0, identity: identity) }
        var entries: [ProfileEntry] = []
        var pageStarts: [Int] = []
        for (page, settledPage) in zip(parsed, settled) {
            pageStarts.append(entries.count)
            entries += Self.entriesAsMerged(page, settledPage)
        }
        let owners = Self.owners(settled)
        let merger = PaperMerger(entries, owners: owners, foldKey: { [identity] in identity.foldKey($0) }, updatable: true)
        let plan = merger.plan(entries)
        let resolver = PaperResolver(identity: identity, owners: owners)
        let resolved = ParallelRuns.map(plan.papers) { [entries] range in resolver.resolve(ArraySlice(plan.order[range].map { entries[$0] })) }
        var papers = resolved.map(\.0)
        assignPaperIDs(&papers)
        return MergeState(pages: parsed, identity: identity, settled: settled, entries: entries, pageStarts: pageStarts,
                          merger: merger, plan: plan, papers: papers, conflicts: resolved.map(\.1))
    }

    /// Takes the edit into `state` if it changes no page's names, titles or owner (see
    /// `merge(_:updating:)`); false, and `state` untouched, otherwise.
    private func update(_ state: inout MergeState, with parsed: [ParsedProfile]) -> Bool {
        guard parsed.count == state.pages.count else { return false }
        var edited: [Int] = []
        for (index, (old, new)) in zip(state.pages, parsed).enumerated() {
            guard old.file == new.file else { return false }
            if old.entries == new.entries, old.statedOwner == new.statedOwner, old.layout == new.layout, old.stats == new.stats,
               old.claimedEntryCount == new.claimedEntryCount { continue }
            guard old.statedOwner == new.statedOwner, old.layout == new.layout, old.entries.count == new.entries.count,
                  zip(old.entries, new.entries).allSatisfy({ $0.titleKey == $1.titleKey && $0.names == $1.names }) else { return false }
            edited.append(index)
        }
        let settled = edited.map { settle(parsed[$0], identity: state.identity) }
        guard zip(edited, settled).allSatisfy({ state.settled[$0].profile.owner == $1.profile.owner }) else { return false }

        var changed: [Int] = []
        for (index, settledPage) in zip(edited, settled) {
            state.pages[index] = parsed[index]
            state.settled[index] = settledPage
            for (offset, entry) in Self.entriesAsMerged(parsed[index], settledPage).enumerated() {
                let position = state.pageStarts[index] + offset
                if entry != state.entries[position] {
                    state.entries[position] = entry
                    changed.append(position)
                }
            }
        }
        let (identity, owners, entries) = (state.identity, Self.owners(state.settled), state.entries)
        state.merger.update(entries, changed: changed, owners: owners, foldKey: { [identity] in identity.foldKey($0) })
        let (plan, old) = (state.merger.plan(entries), state.plan)
        let resolver = PaperResolver(identity: identity, owners: owners)
        let resolve = { @Sendable (positions: ArraySlice<Int>) in resolver.resolve(ArraySlice(positions.map { entries[$0] })) }
        var paperOfPosition = [Int](repeating: 0, count: entries.count)
        for (paper, range) in plan.papers.enumerated() { for position in plan.order[range] { paperOfPosition[position] = paper } }
        let again = Set(changed.map { paperOfPosition[$0] }).sorted()
        if plan.order == old.order && plan.papers == old.papers {
            // The same papers, each in its place: those with a changed entry are resolved again, in
            // place. Slugs are given from each paper's title, date and first source, in order: the
            // same again unless one of those changed.
            let resolved = ParallelRuns.map(again) { resolve(plan.order[plan.papers[$0]]) }
            let sameSlugs = zip(again, resolved).allSatisfy { index, made in
                let before = state.papers[index]
                return made.0.title == before.title && made.0.date == before.date && made.0.sources.first == before.sources.first
            }
            for (index, made) in zip(again, resolved) {
                let id = state.papers[index].id
                (state.papers[index], state.conflicts[index]) = made
                state.papers[index].id = id
            }
            if !sameSlugs { assignPaperIDs(&state.papers) }
        } else {
            // Papers joined or parted: each is resolved again unless it is an earlier paper, entry for
            // entry, with none changed.
            let oldPaper = Dictionary(uniqueKeysWithValues: old.papers.enumerated().map { (old.order[$1.lowerBound], $0) })
            let (oldPapers, oldConflicts, changedPapers) = (state.papers, state.conflicts, Set(again))
            let made = ParallelRuns.map(count: plan.papers.count) { index in
                let positions = plan.order[plan.papers[index]]
                if !changedPapers.contains(index), let paper = oldPaper[positions[positions.startIndex]],
                   old.order[old.papers[paper]].elementsEqual(positions) {
                    return (oldPapers[paper], oldConflicts[paper])
                }
                return resolve(positions)
            }
            state.papers = made.map(\.0)
            state.conflicts = made.map(\.1)
            assignPaperIDs(&state.papers)
        }
        state.plan = plan
        return true
    }

    /// A page's entries as merged: a collaborators list's names are its owner.
    private static func entriesAsMerged(_ page: ParsedProfile, _ settled: SettledPage) -> [ProfileEntry] {
        guard let owner = collaboratorsOwner(page.layout, settled) else { return page.entries }
        return page.entries.map { entry in
            var entry = entry
            entry.names = [owner]
            return entry
        }
    }
}
