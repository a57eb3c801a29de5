import Foundation
import SitegenModel
import SitegenTemplates

extension PartBuilder {
    /// Bylines in lists show this many names, then `+N more authors`.
    static let bylineLimit = 8

    /// A paper as lists show it: `{id, title (plain text: TeX read as Unicode), href, date, category, venueName, venueKind, byline,
    /// buttons, finds, hasFinds, abstractText}` (`abstractText` null: see `paperSummaryWithAbstract`);
    /// `venueKind` in words (`Preprint`…), each venue key null when not
    /// known; `buttons` and `finds` are `{label, href, hint}` (see `PaperButtons`; `hint` may be null).
    /// Built on demand rather than cached: each paper appears on a handful of pages, and caching
    /// 100k of these dictionaries would cost far more memory than rebuilding them costs time.
    func paperSummary(_ paper: Paper) -> Context {
        let listing = index.listings[paper.id] ?? PaperListing(paper, canonicalName: index.canonicalName)
        let venue = listing.venue
        let buttons = PaperButtons(paper, query: listing.query, config: index.site.config)
        return ["id": .text(paper.id), "title": .text(listing.title), "href": .text(href(SitePath.paper(paper.id))),
                "date": .context(Self.date(paper.date)), "category": .context(category(code: paper.category)),
                "venueName": .text(venue?.name), "venueKind": .text(venue.flatMap { Self.venueKindLabels[$0.kind] }),
                "byline": .context(byline(paper, limit: Self.bylineLimit)),
                "buttons": .list(buttons.links.map(button)), "finds": .list(buttons.finds.map(button)),
                "hasFinds": .flag(!buttons.finds.isEmpty), "abstractText": .nothing]
    }

    /// `paperSummary` with `abstractText`: the abstract as plain text, for the toggle an owner's
    /// list shows (null when there is none). Only there: on every list it would double the site.
    func paperSummaryWithAbstract(_ paper: Paper) -> Context {
        var summary = paperSummary(paper)
        summary["abstractText"] = .text(paper.abstract.map(PlainText.readable))
        return summary
    }

    /// How pages name each kind of venue.
    static let venueKindLabels: [VenueKind: String] = [.preprint: "Preprint", .proceedings: "Conference", .journal: "Journal"]

    private func button(_ button: PaperButtons.Button) -> Context {
        ["label": .text(button.label), "href": .text(button.isSiteFile ? href(button.href) : button.href), "hint": .text(button.hint)]
    }

    func paperSummaries(_ papers: [Paper]) -> [Context] {
        papers.map(paperSummary)
    }

    /// `{authors, hasAuthors, moreAuthors, authorsTruncated, unlistedKnownAuthors, hasUnlistedKnownAuthors}`:
    /// the byline as shown (people, in order, the first `limit`), how many more it names (`1,234`,
    /// null when none), whether it was cut (`et al.`), and the page owners who wrote the paper but are not shown
    /// (missing from the cut byline, or the highlighted person past `limit`).
    func byline(_ paper: Paper, limit: Int = .max) -> Context {
        let shown = paper.authors.prefix(limit)
        let hidden = paper.authors.dropFirst(limit)
        let hiddenSelf = hidden.filter(isSelf)
        let unlisted = hiddenSelf + paper.unlistedKnownAuthors
        return ["authors": .list(shown.map(person)), "hasAuthors": .flag(!shown.isEmpty),
                "moreAuthors": .text(hidden.isEmpty ? nil : PartBuilder.groupedThousands(hidden.count)),
                "authorsTruncated": .flag(paper.authorsTruncated),
                "unlistedKnownAuthors": .list(unlisted.map(person)), "hasUnlistedKnownAuthors": .flag(!unlisted.isEmpty)]
    }
}
