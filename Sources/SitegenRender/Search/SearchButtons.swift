import SitegenModel

/// A paper's buttons (`PaperButtons`, as lists show them) in the form the search index stores:
/// each button is a `Shape`, which the manifest lists once for every paper that has it, and the
/// one part of its link that varies, so a result's buttons cost a few bytes in its document chunk
/// and `assets/search.js` rebuilds them without knowing their rules.
enum SearchButtons {
    /// What a button shares with the same button of other papers. Its link is `before`, then
    /// `fill`, then `after`.
    struct Shape: Hashable, Sendable {
        let label: String
        let hint: String?
        /// A search for the title (`PaperButtons.finds`), shown after the direct links.
        let isFind: Bool
        /// A link from the site root (`PaperButtons.Button.isSiteFile`).
        let isSiteFile: Bool
        let before: String
        let fill: Fill
        let after: String
    }

    /// The varying part of a link.
    enum Fill: String, Sendable {
        /// The paper's title as a URL query (`PaperButtons.queryEncoded`): `search.js` encodes the
        /// title it shows the same way.
        case query = "q"
        /// The paper's slug.
        case slug
        /// A link only this paper has (its PDF, arXiv id, DOI…), stored with it.
        case own = ""
    }

    /// One button of a paper: its shape and, for a `.own` link, the link.
    struct Button: Sendable {
        let shape: Shape
        let link: String?
    }

    /// The buttons `PaperButtons` gives `paper` (`query`: its title encoded, `PaperListing.query`), links then finds.
    static func buttons(of paper: Paper, query: String, config: SiteConfig) -> [Button] {
        let buttons = PaperButtons(paper, query: query, config: config)
        return buttons.links.map { button($0, isFind: false, query: query, slug: paper.id) }
            + buttons.finds.map { button($0, isFind: true, query: query, slug: paper.id) }
    }

    /// `button` split around the title query it ends with, or the slug of a site file, else whole.
    private static func button(_ button: PaperButtons.Button, isFind: Bool, query: String, slug: String) -> Button {
        func shape(_ before: Substring, _ fill: Fill, _ after: Substring) -> Shape {
            Shape(label: button.label, hint: button.hint, isFind: isFind, isSiteFile: button.isSiteFile,
                  before: String(before), fill: fill, after: String(after))
        }
        let href = button.href
        if !query.isEmpty && href.hasSuffix(query) {
            return Button(shape: shape(href.dropLast(query.count), .query, ""), link: nil)
        }
        if button.isSiteFile, let range = href.range(of: slug) {
            return Button(shape: shape(href[..<range.lowerBound], .slug, href[range.upperBound...]), link: nil)
        }
        return Button(shape: shape("", .own, ""), link: href)
    }
}
