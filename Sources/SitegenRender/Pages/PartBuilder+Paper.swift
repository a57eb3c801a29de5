import Foundation
import SitegenModel
import SitegenTemplates

extension PartBuilder {
    /// Bylines in lists show this many names, then `+N more authors`.
    static let bylineLimit = 8

    /// A paper as lists show it: `{id, title (plain text: TeX read as Unicode), href, date, category, venueName, venueKind, byline,
    /// buttons, finds, hasFinds, abstractText}`; `venueKind` in words (`Preprint`…), each venue key
    /// null when not known; `buttons` and `finds` are `{label, href, hint}` (see `PaperButtons`;
    /// `hint` may be null); `abstractText`, the abstract as plain text, only `withAbstract` (for
    /// the toggle an owner's list shows: on every list it would double the site), else null.
    /// Built on demand rather than cached: each paper appears on a handful of pages, and caching
    /// 100k of these dictionaries would cost far more memory than rebuilding them costs time.
    func paperSummary(_ paper: Paper, withAbstract: Bool = false) -> Context {
        paperSummary(paper, listing: index.listing(of: paper), withAbstract: withAbstract)
    }

    /// `paperSummary(_:withAbstract:)` of a paper whose listing is known (`SiteIndex.listing(at:)`).
    private func paperSummary(_ paper: Paper, listing: PaperListing, withAbstract: Bool) -> Context {
        let venue = listing.venue
        let buttons = PaperButtons(paper, query: listing.query, config: index.site.config)
        return ["id": .text(paper.id), "title": .text(listing.title), "href": .text(href(SitePath.paper(paper.id))),
                "date": .context(Self.date(paper.date)), "category": .context(category(code: paper.category)),
                "venueName": .text(venue?.name), "venueKind": .text(venue.flatMap { Self.venueKindLabels[$0.kind] }),
                "byline": .context(byline(paper, listing: listing, limit: Self.bylineLimit)),
                "buttons": .list(buttons.links.map(button)), "finds": .list(buttons.finds.map(button)),
                "hasFinds": .flag(!buttons.finds.isEmpty), "abstractText": withAbstract ? .text(listing.abstractText) : .nothing]
    }

    /// How pages name each kind of venue.
    static let venueKindLabels: [VenueKind: String] = [.preprint: "Preprint", .proceedings: "Conference", .journal: "Journal"]

    private func button(_ button: PaperButtons.Button) -> Context {
        ["label": .text(button.label), "href": .text(button.isSiteFile ? href(button.href) : button.href), "hint": .text(button.hint)]
    }

    func paperSummaries(_ papers: PaperSelection, withAbstracts: Bool = false) -> [Context] {
        papers.positions.map { paperSummary(papers.all[$0], listing: index.listing(at: $0), withAbstract: withAbstracts) }
    }

    /// `{authors, hasAuthors, moreAuthors, authorsTruncated, unlistedKnownAuthors, hasUnlistedKnownAuthors}`:
    /// the byline as shown (people, in order, the first `limit`), how many more it names (`1,234`,
    /// null when none), whether it was cut (`et al.`), and the page owners who wrote the paper but are not shown
    /// (missing from the cut byline, or the highlighted person past `limit`).
    /// `listing` is this very paper's (`SiteIndex.listing(of:)`; made anew for a paper changed since).
    func byline(_ paper: Paper, listing: PaperListing, limit: Int = .max) -> Context {
        let names = paper.authors
        let shownCount = min(limit, names.count)
        let shown = (0..<shownCount).map { bylinePerson(at: $0, of: paper, listing: listing) }
        let hiddenSelf = (shownCount..<names.count).filter { isSelf(at: $0, of: paper, listing: listing) }
            .map { PaperListing.Person(name: names[$0], author: listing.authorLinks[$0]) }
        let unlisted = hiddenSelf + listing.unlistedKnownAuthors
        return ["authors": .list(shown), "hasAuthors": .flag(!shown.isEmpty),
                "moreAuthors": .text(shownCount == names.count ? nil : PartBuilder.groupedThousands(names.count - shownCount)),
                "authorsTruncated": .flag(paper.authorsTruncated),
                "unlistedKnownAuthors": .list(unlisted.map { person($0.name, author: $0.author) }),
                "hasUnlistedKnownAuthors": .flag(!unlisted.isEmpty)]
    }

    /// `person` of the byline name at `offset` of `paper` (whose listing is `listing`), taken made
    /// from the listing where it can be.
    private func bylinePerson(at offset: Int, of paper: Paper, listing: PaperListing) -> Context {
        if root == SitePath.sectionRoot, let inSection = listing.bylineInSection[offset], !isSelf(at: offset, of: paper, listing: listing) {
            return inSection
        }
        return person(paper.authors[offset], author: listing.authorLinks[offset])
    }

    /// `isSelf` of the byline name at `offset`: for an author's own name (`PaperListing.bylineInSection`)
    /// without looking at the author, as name and canonical name are the same, and lengths first (a
    /// name's bytes are elsewhere in memory too).
    private func isSelf(at offset: Int, of paper: Paper, listing: PaperListing) -> Bool {
        guard let highlight else { return false }
        let name = paper.authors[offset]
        if listing.bylineInSection[offset] != nil { return name.utf8.count == highlight.utf8.count && name == highlight }
        return isSelf(name, canonical: listing.authorLinks[offset]?.name)
    }
}
