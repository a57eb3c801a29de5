import Foundation
import SitegenTemplates

/// One page of a long list (all papers, all authors, a category's papers) split over several pages.
///
/// The first page is at the list's own path (`papers/index.html`); the others are files beside it
/// (`papers/index-2.html`, …), never folders, so no slug can collide with them and every page of a
/// list sits in the same folder (links in them are the same). A page's `pagination` context:
/// `{current, total, previous, next, pages}`, `previous`/`next` `{href}` or null, `pages`
/// `{number, href, isCurrent, isGap}`: the first, the last and the two either side of the current
/// one, with a gap (`…`, no href) where numbers are skipped. Null for a list that fits on one page.
/// Page numbers are text with thousands separators (`1,234`), as in the title's `titleSuffix`.
struct ListPagination: Sendable {
    /// Papers on one page of the papers index or of a category.
    static let papersPerPage = 100
    /// Authors on one page of the authors index (their entries are short).
    static let authorsPerPage = 500

    /// 1 for the first page.
    let number: Int
    let pageCount: Int
    let perPage: Int
    /// The list's first page (`papers/index.html`).
    let firstPath: String

    /// How many pages `itemCount` items fill: at least one, even for an empty list.
    static func pageCount(of itemCount: Int, perPage: Int) -> Int {
        max(1, (itemCount + perPage - 1) / perPage)
    }

    /// Page `number` of the list whose first page is `firstPath`.
    static func path(_ firstPath: String, page number: Int) -> String {
        number == 1 ? firstPath : String(firstPath.dropLast(".html".count)) + "-\(number).html"
    }

    init(number: Int, itemCount: Int, perPage: Int, firstPath: String) {
        self.number = number
        self.perPage = perPage
        self.firstPath = firstPath
        pageCount = Self.pageCount(of: itemCount, perPage: perPage)
    }

    var path: String { Self.path(firstPath, page: number) }

    /// The page (1-based) that shows the item at `position` of the whole list.
    func page(ofItemAt position: Int) -> Int { position / perPage + 1 }

    /// This page's share of `items`.
    func slice<Item>(_ items: [Item]) -> ArraySlice<Item> {
        Self.slice(items, page: number, perPage: perPage)
    }

    /// The items of page `page` of `items`, `perPage` a page.
    static func slice<Item>(_ items: [Item], page: Int, perPage: Int) -> ArraySlice<Item> {
        let start = min(items.count, (page - 1) * perPage)
        return items[start..<min(items.count, start + perPage)]
    }

    /// `" (page 2 of 9)"` for titles, so every page's title is its own; `""` on the first page.
    var titleSuffix: String {
        number == 1 ? "" : " (page \(PartBuilder.groupedThousands(number)) of \(PartBuilder.groupedThousands(pageCount)))"
    }

    /// The link from this page to page `number` of the list, plus `fragment` (`#y2023`) if given;
    /// the fragment alone when it is on this page.
    func href(page number: Int, fragment: String = "", items: PartBuilder) -> String {
        number == self.number && !fragment.isEmpty ? fragment : items.href(Self.path(firstPath, page: number)) + fragment
    }

    /// The `pagination` context described above.
    func context(items: PartBuilder) -> Context? {
        guard pageCount > 1 else { return nil }
        var shown = [1, pageCount] + (max(1, number - 2)...min(pageCount, number + 2))
        shown = Array(Set(shown)).sorted()
        var pages: [Context] = []
        for (offset, shownNumber) in shown.enumerated() {
            if offset > 0 && shownNumber > shown[offset - 1] + 1 {
                pages.append(["number": "…", "href": "", "isCurrent": false, "isGap": true])
            }
            pages.append(["number": .text(PartBuilder.groupedThousands(shownNumber)), "href": .text(href(page: shownNumber, items: items)),
                          "isCurrent": .flag(shownNumber == number), "isGap": false])
        }
        let previous: Context? = number > 1 ? ["href": .text(href(page: number - 1, items: items))] : nil
        let next: Context? = number < pageCount ? ["href": .text(href(page: number + 1, items: items))] : nil
        return ["current": .text(PartBuilder.groupedThousands(number)), "total": .text(PartBuilder.groupedThousands(pageCount)),
                "pages": .list(pages), "previous": .context(previous), "next": .context(next)]
    }
}
