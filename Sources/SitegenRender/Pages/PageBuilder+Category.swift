import Foundation
import SitegenModel
import SitegenTemplates

extension PageBuilder {
    /// `categories/<id>/index.html` and its next pages (`ListPagination`). Keys: those of
    /// `PartBuilder.category` (`code`, `name`, `arxivID`, `paperCount`, …) plus `summary` (one line,
    /// or null), `papersText` (`1 paper`, `1,234 papers`), `papers` (this page's paper summaries, newest
    /// first), `pagination`, `pageLabel`,
    /// `downloads` (`bib`, `json`), `pageFeed`, `jsonLD`; on the first page only (null or empty on
    /// the others): `yearChart` (see `ChartContext`), `topAuthors` (people with `paperCount`),
    /// `related` (category items with `sharedAuthors`: categories the same authors publish in;
    /// counts as `1,234`),
    /// each list with a `has…` flag.
    func category(_ category: Category, page number: Int) -> Page {
        let firstPath = SitePath.category(category.id)
        let pagination = ListPagination(number: number, itemCount: category.paperIDs.count, perPage: ListPagination.papersPerPage,
                                        firstPath: firstPath)
        return page(.category, at: pagination.path, section: .categories) { items in
            // Only this page's papers: a big category has hundreds of pages.
            let papers = index.papers(Array(pagination.slice(category.paperIDs)))
            let folder = SitePath.directory(of: firstPath)
            let isFirst = number == 1
            let topAuthors = !isFirst ? [] : (index.categoryFacts.topAuthors[category.code] ?? []).map { ranked -> Context in
                var person = items.person(ranked.value)
                person["paperCount"] = .text(PartBuilder.groupedThousands(ranked.count))
                return person
            }
            let related = !isFirst ? [] : (index.categoryFacts.related[category.code] ?? []).map { ranked -> Context in
                var other = items.category(index.categoriesByCode[ranked.value] ?? Category(code: ranked.value, paperIDs: []))
                other["sharedAuthors"] = .text(PartBuilder.groupedThousands(ranked.count))
                return other
            }
            var own = items.category(category)
            own["summary"] = .text(category.summary)
            own["papersText"] = .text(PartBuilder.papersText(category.paperIDs.count))
            own["papers"] = .list(items.paperSummaries(papers).map { summary -> Context in
                var summary = summary
                summary["category"] = .nothing  // the page's own: not repeated on every item
                return summary
            })
            own["pagination"] = .context(pagination.context(items: items))
            own["pageLabel"] = .text(pagination.titleSuffix)
            own["yearChart"] = .context(!isFirst ? nil
                : ChartContext.years(Tally.perYear(index.papers(category.paperIDs).compactMap { $0.date?.year }), caption: "Papers per year"))
            own["topAuthors"] = .list(topAuthors)
            own["hasTopAuthors"] = .flag(!topAuthors.isEmpty)
            own["related"] = .list(related)
            own["hasRelated"] = .flag(!related.isEmpty)
            own["downloads"] = CitationFiles.listLinks(folder: folder, paperIDs: category.paperIDs, items: items)
            own["pageFeed"] = AtomFeed.pageLink(folder: folder, name: category.name, items: items)
            own["jsonLD"] = .text(JSONLD.collectionPage(category.name, at: pagination.path,
                                                        trail: [("Home", SitePath.home), ("Categories", SitePath.categoriesIndex)],
                                                        items: items))
            return own
        }
    }
}
