import Foundation
import SitegenModel
import SitegenTemplates

extension PageBuilder {
    /// `authors/<id>/index.html`. Keys: `name`, `otherSpellings` (strings), `isOwner`, `stats`
    /// (see `PartBuilder.stats`, or null), `years` (paper summaries grouped as on
    /// `papers/index.html`, the author marked `isSelf` in bylines, with abstracts on owners' pages), `paperCount`, `yearChart` and
    /// `categoryChart` (see `ChartContext`, or null), `hasFigures`, `coauthors` (people with
    /// `sharedPapers`, most first), `coauthorGraph` (SVG for `{{{…}}}`, owners only, or null), each
    /// list with a `has…` flag; `downloads` (`bib`, `json`), `pageFeed`, `jsonLD`; from
    /// `Content/authors/<id>.md`: `details` (`affiliation`, `photo`, `email`, `profiles`:
    /// `{label, href}` for homepage, ORCID, Scholar, GitHub; or null) and `bioHTML` (or null).
    func author(_ author: Author) -> Page {
        page(.author, at: SitePath.author(author.id), section: .authors, highlight: author.name) { items in
            let facts = AuthorFacts(author, index: index)
            let folder = SitePath.directory(of: SitePath.author(author.id))
            let ranking = CoAuthorRanking.rank(author, papers: facts.papers, index: index)
            let coauthors = ranking.map { coauthor -> Context in
                var person = items.person(coauthor.name, author: coauthor.author)
                person["sharedPapers"] = .text(PartBuilder.groupedThousands(coauthor.sharedPapers))
                return person
            }
            let graph = author.isOwner
                ? CoAuthorGraph.svg(owner: author.name, coauthors: ranking, papers: facts.papers, items: items) : nil
            let yearChart = ChartContext.years(facts.years, caption: "Papers per year")
            let categoryChart = ChartContext.categories(facts.categories, caption: "Papers per category")
            return [
                "name": .text(author.name),
                "otherSpellings": .list(author.otherSpellings), "hasOtherSpellings": .flag(!author.otherSpellings.isEmpty),
                "isOwner": .flag(author.isOwner),
                "stats": .context(items.stats(author.profile)),
                "years": .list(Self.yearGroups(facts.papers, items: items, withAbstracts: author.isOwner)),
                "paperCount": .text(PartBuilder.groupedThousands(facts.papers.count)),
                "yearChart": .context(yearChart), "categoryChart": .context(categoryChart),
                "hasFigures": .flag(yearChart != nil || categoryChart != nil || graph != nil),
                "coauthors": .list(coauthors), "hasCoauthors": .flag(!coauthors.isEmpty),
                "coauthorGraph": .text(graph),
                "details": .context(author.details.map { Self.details($0, items: items) }),
                "bioHTML": .text(author.details?.bio.map { markdown.render($0) }),
                "ogType": "profile",
                "downloads": CitationFiles.listLinks(folder: folder, paperIDs: author.paperIDs, items: items),
                "pageFeed": AtomFeed.pageLink(folder: folder, name: author.name, items: items),
                "jsonLD": .text(JSONLD.profilePage(author, knowsAbout: facts.categories.map { Category.name(of: $0.value) },
                                                   affiliations: facts.organizations.map(\.value), items: items)),
            ]
        }
    }

    /// The hand-written details of an author, links labelled for the template, the photo linked
    /// from the page (`PartBuilder.photo`).
    static func details(_ details: AuthorDetails, items: PartBuilder) -> Context {
        let labels = ["Homepage", "ORCID", "Google Scholar", "GitHub"]
        let urls = [details.homepage, details.sameAs.first { $0.contains("orcid.org") },
                    details.sameAs.first { $0.contains("scholar.google") }, details.sameAs.first { $0.contains("github.com") }]
        let profiles: [Context] = zip(labels, urls).compactMap { label, url in url.map { ["label": .text(label), "href": .text($0)] } }
        return ["affiliation": .text(details.affiliation), "photo": .text(details.photo.map(items.photo)),
                "email": .text(details.email), "profiles": .list(profiles), "hasLinks": .flag(!profiles.isEmpty || details.email != nil)]
    }
}
