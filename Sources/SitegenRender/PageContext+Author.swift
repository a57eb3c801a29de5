import SitegenModel

extension PageContext {
    /// `authors/<id>/index.html`. Keys: `name`, `otherSpellings` (strings), `isOwner`, `stats`
    /// (see `ItemContext.stats`, or null), `ownedProfiles` (`{file, entryCount}`), `papers`
    /// (paper summaries, newest first), `paperCount`, `coauthors` (people with `sharedPapers`),
    /// each list with a `has…` flag; `jsonLD` (a `ProfilePage`); `downloads` (`bib`, `json`: every paper);
    /// `pageFeed`.
    func author(_ author: Author) -> Page {
        page(.author, at: SitePath.author(author.id), section: .authors) { items in
            let facts = AuthorFacts(author, index: index)
            let folder = SitePath.directory(of: SitePath.author(author.id))
            let papers = facts.papers
            let coauthors = CoAuthorRanking.rank(author, papers: papers, index: index).map { coauthor -> Context in
                var person = items.person(coauthor.name)
                person["sharedPapers"] = coauthor.sharedPapers
                return person
            }
            let ownedProfiles = author.ownedFiles.map { file -> Context in
                ["file": file, "entryCount": orNull(index.profilesByFile[file]?.entryCount)]
            }
            return [
                "name": author.name,
                "otherSpellings": author.otherSpellings, "hasOtherSpellings": !author.otherSpellings.isEmpty,
                "isOwner": author.isOwner,
                "stats": ItemContext.stats(author.profile),
                "ownedProfiles": ownedProfiles, "hasOwnedProfiles": !ownedProfiles.isEmpty,
                "papers": items.paperSummaries(papers), "paperCount": papers.count,
                "coauthors": coauthors, "hasCoauthors": !coauthors.isEmpty,
                "ogType": "profile",
                "downloads": CitationFiles.listLinks(folder: folder, items: items),
                "pageFeed": AtomFeed.pageLink(folder: folder, name: author.name, items: items),
                "jsonLD": JSONLD.profilePage(author, knowsAbout: facts.categories.map { Category(code: $0.value, paperIDs: []).name },
                                             affiliations: facts.organizations.map(\.value), items: items),
            ]
        }
    }
}
