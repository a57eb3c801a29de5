import SitegenModel

extension PageContext {
    /// `authors/<id>/index.html`. Keys: `name`, `otherSpellings` (strings), `isOwner`, `stats`
    /// (see `ItemContext.stats`, or null), `ownedProfiles` (`{file, entryCount}`), `papers`
    /// (paper summaries, newest first), `paperCount`, `coauthors` (people with `sharedPapers`),
    /// each list with a `has…` flag.
    func author(_ author: Author) -> Page {
        let papers = index.papers(author.paperIDs)
        let coauthors = CoAuthorRanking.rank(author, papers: papers, index: index).map { coauthor -> Context in
            var person = ItemContext.person(coauthor.name, index)
            person["sharedPapers"] = coauthor.sharedPapers
            return person
        }
        let own: Context = [
            "name": author.name,
            "otherSpellings": author.otherSpellings, "hasOtherSpellings": !author.otherSpellings.isEmpty,
            "isOwner": author.isOwner,
            "stats": ItemContext.stats(author.profile),
            "ownedProfiles": author.ownedFiles.map { ["file": $0, "entryCount": orNull(index.profilesByFile[$0]?.entryCount)] as Context },
            "hasOwnedProfiles": !author.ownedFiles.isEmpty,
            "papers": ItemContext.paperSummaries(papers, index), "paperCount": papers.count,
            "coauthors": coauthors, "hasCoauthors": !coauthors.isEmpty,
        ]
        return page(.author, at: SitePath.author(author.id), section: .authors, own)
    }
}
