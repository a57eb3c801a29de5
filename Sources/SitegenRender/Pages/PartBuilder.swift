import Foundation
import SitegenModel
import SitegenTemplates

/// Contexts for the small parts pages repeat: a person, a date, a category, header stats, an author
/// in a list. Each has the same keys wherever it appears, so one partial renders it everywhere.
///
/// Links (`href`) are made relative to the page being built, from its `root`, so templates write
/// `{{href}}`: swift-mustache then finds the key at the top of its stack instead of searching every
/// enclosing context for `root` (most of the rendering time on a big site).
struct PartBuilder {
    let index: SiteIndex
    /// The prefix from the page being built back to the site root (`../../`).
    let root: String
    /// The person whose page this is: shown as `isSelf` (not linked, highlighted) in bylines.
    var highlight: String? = nil

    /// The link from the page being built to `path` (a path from the site root).
    func href(_ path: String) -> String {
        root + path
    }

    /// An author's `photo` (`AuthorDetails.photo`) as the page links it: an http(s) URL as it is, a
    /// file of the site relative to the page, percent-encoded (`:` too, so it never reads as a scheme).
    func photo(_ photo: String) -> String {
        let lower = photo.lowercased()
        guard !lower.hasPrefix("http://"), !lower.hasPrefix("https://") else { return photo }
        return href(photo.addingPercentEncoding(withAllowedCharacters: Self.photoPathAllowed) ?? photo)
    }

    private static let photoPathAllowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: ":"))

    /// `path`'s URL for metadata (JSON-LD, feeds): its `SitePath.location` under `baseURL` when the
    /// site has one (`https://x.org/lab/papers/x/`), else the relative link.
    func pageURL(_ path: String) -> String {
        let baseURL = index.site.config.baseURL
        return baseURL.isEmpty ? href(path) : SitePath.absolute(SitePath.location(of: path), baseURL: baseURL)
    }

    /// `{name, linked, href, isSelf}`: `href` is the author page, `""` when the name has no page;
    /// `isSelf` is true for the person whose page is being built.
    func person(_ name: String) -> Context {
        person(name, author: index.authorsByName[name])
    }

    /// `person(name)` when the author `name` stands for is known already (nil: none has a page).
    func person(_ name: String, author: AuthorLink?) -> Context {
        let isSelf = isSelf(name, canonical: author?.name)
        guard let author else {
            return ["name": .text(name), "linked": false, "href": "", "isSelf": .flag(isSelf)]
        }
        if !isSelf && name == author.name && root == SitePath.sectionRoot { return author.personInSection }
        return Self.linkedPerson(name, href: href(author.path), isSelf: isSelf)
    }

    /// A person with a page, as `person(_:author:)` gives them: `href` from the page being built.
    static func linkedPerson(_ name: String, href: String, isSelf: Bool) -> Context {
        ["name": .text(name), "linked": true, "href": .text(href), "isSelf": .flag(isSelf)]
    }

    /// Whether `name`, a spelling of `canonical` (nil: of nobody with a page), is the person whose
    /// page is being built.
    func isSelf(_ name: String, canonical: String?) -> Bool {
        guard let highlight else { return false }
        return name == highlight || canonical == highlight
    }

    /// `{code, id, name, arxivID, href, paperCount}` for a category code, or null when there is none;
    /// `paperCount` with thousands separators, as every count shown (`groupedThousands`).
    func category(code: String?) -> Context? {
        code.map { index.categoryParts[root]?[$0] ?? category(index.categoriesByCode[$0] ?? Category(code: $0, paperIDs: [])) }
    }

    func category(_ category: Category) -> Context {
        Self.category(category, root: root)
    }

    /// `category(_:)` on a page whose way back to the site root is `root`.
    static func category(_ category: Category, root: String) -> Context {
        ["code": .text(category.code), "id": .text(category.id), "name": .text(category.name), "arxivID": .text(category.arxivID),
         "href": .text(root + SitePath.category(category.id)), "paperCount": .text(Self.groupedThousands(category.paperIDs.count))]
    }

    /// `{name, href, paperCount, isOwner, stats}` for lists of authors (`paperCount` as `1,234`).
    func author(_ author: Author) -> Context {
        ["name": .text(author.name), "href": .text(href(SitePath.author(author.id))),
         "paperCount": .text(Self.groupedThousands(author.paperIDs.count)), "isOwner": .flag(author.isOwner),
         "stats": .context(stats(author.profile))]
    }

    /// `{iso, long, year}` (`2022-04-29`, `29 April 2022`, `2022`), or null.
    static func date(_ date: PaperDate?) -> Context? {
        date.map { ["iso": .text($0.description), "long": .text($0.longForm), "year": .number($0.year)] }
    }

    /// A profile header's numbers, each null when the page did not show it, `novelty` and
    /// `aiScore` also unless `profileScores:` asks for them; counts with thousands separators
    /// (`20,263`); `captureYear`, the year they were captured. Null when none is shown.
    func stats(_ stats: ProfileStats?) -> Context? {
        guard let stats else { return nil }
        let scores = index.site.config.profileScores
        let anyShown = stats.hIndex != nil || stats.citations != nil || stats.paperCount != nil
            || (scores && (stats.novelty != nil || stats.aiScore != nil))
        guard anyShown else { return nil }
        return ["hIndex": .number(stats.hIndex), "citations": .text(stats.citations.map(Self.groupedThousands)),
                "paperCount": .text(stats.paperCount.map(Self.groupedThousands)),
                "novelty": .number(scores ? stats.novelty : nil), "aiScore": .number(scores ? stats.aiScore : nil),
                "captureYear": .number(index.site.config.captureYear)]
    }

    /// `1 paper`, `2 papers`, `1,234 papers`.
    static func papersText(_ count: Int) -> String { count == 1 ? "1 paper" : "\(groupedThousands(count)) papers" }

    /// `20263` → `20,263`, the same on every machine (no locale).
    static func groupedThousands(_ number: Int) -> String {
        let digits = String(number.magnitude).utf8
        return ShortASCIIText.make { text in
            if number < 0 { text.append(UInt8(ascii: "-")) }
            for (offset, digit) in digits.enumerated() {
                if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(UInt8(ascii: ",")) }
                text.append(digit)
            }
        }
    }
}
