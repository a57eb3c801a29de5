import Foundation
import SitegenModel

/// Contexts for the small parts pages repeat: a person, a date, a category, header stats.
/// Each has the same keys wherever it appears, so one partial renders it everywhere.
enum ItemContext {
    /// `{name, linked, href}`: `href` is the author page, `""` when the name has no page.
    static func person(_ name: String, _ index: SiteIndex) -> Context {
        guard let author = index.authorsByName[name] else {
            return ["name": name, "linked": false, "href": ""]
        }
        return ["name": name, "linked": true, "href": SitePath.author(author.id)]
    }

    /// `{iso, long, year}` (`2022-04-29`, `29 April 2022`, `2022`), or null.
    static func date(_ date: PaperDate?) -> Any {
        orNull(date.map { ["iso": $0.description, "long": $0.longForm, "year": $0.year] as Context })
    }

    /// `{code, id, name, arxivID, href, paperCount}` for a category code, or null when there is none.
    static func category(code: String?, _ index: SiteIndex) -> Any {
        guard let code else { return NSNull() }
        return category(index.categoriesByCode[code] ?? Category(code: code, paperIDs: []))
    }

    static func category(_ category: Category) -> Context {
        ["code": category.code, "id": category.id, "name": category.name, "arxivID": orNull(category.arxivID),
         "href": SitePath.category(category.id), "paperCount": category.paperIDs.count]
    }

    /// A profile header's numbers, each null when the page did not show it; citations with
    /// thousands separators (`20,263`).
    static func stats(_ stats: ProfileStats?) -> Any {
        guard let stats else { return NSNull() }
        return ["hIndex": orNull(stats.hIndex), "citations": orNull(stats.citations.map(groupedThousands)),
                "paperCount": orNull(stats.paperCount.map(groupedThousands)), "novelty": orNull(stats.novelty),
                "aiScore": orNull(stats.aiScore), "primaryCategory": orNull(stats.primaryCategory)] as Context
    }

    /// `{name, href, paperCount, isOwner, stats}` for lists of authors.
    static func author(_ author: Author) -> Context {
        ["name": author.name, "href": SitePath.author(author.id), "paperCount": author.paperIDs.count,
         "isOwner": author.isOwner, "stats": stats(author.profile)]
    }

    /// `20263` → `20,263`, the same on every machine (no locale).
    static func groupedThousands(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return number < 0 ? "-" + grouped : grouped
    }
}
