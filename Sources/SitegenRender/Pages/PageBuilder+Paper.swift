import SitegenModel
import SitegenTemplates

extension PageBuilder {
    /// `papers/<id>/index.html`. Keys: those of `PartBuilder.paperSummary` (`title`, `date`,
    /// `category`, `venue`, `byline`, `buttons`, `finds`, …) plus `abstractHTML` (safe HTML from
    /// Markdown, for `{{{abstractHTML}}}`; null when there is no abstract), `abstractExcerpt` (plain
    /// text for the meta description, or null), `titleText` (the title as plain text, for `<title>`
    /// and the meta tags), `titleHTML` (the title with its TeX and Markdown rendered, for `{{{…}}}`), `organizations`, `altTitles` (strings), `otherVenues` (venues listings
    /// named besides it), `foundOn` (people whose profile pages list the paper), each list with a
    /// `has…` flag; for the head, `citationTags` (`{name, content}`, Highwire tags), `coins`
    /// (COinS title) and `jsonLD`; for the Cite block, `bibTeX` (the entry's text) and `downloads`
    /// (`bib`, `ris`, `json` links); from `Content/papers/<id>.md`: `tags` (strings, with
    /// `hasTags`) and `notesHTML` (or null).
    func paper(_ paper: Paper, citation: Citation) -> Page {
        page(.paper, at: SitePath.paper(paper.id), section: .papers) { items in
            var own = items.paperSummary(paper)
            own["byline"] = .context(items.byline(paper, listing: index.listing(of: paper)))
            own["abstractHTML"] = .text(paper.abstract.map { markdown.render($0) })
            own["abstractExcerpt"] = .text(citation.abstractText.map { Self.excerpt(of: $0) })
            own["organizations"] = .list(paper.organizations)
            own["hasOrganizations"] = .flag(!paper.organizations.isEmpty)
            own["altTitles"] = .list(paper.altTitles)
            own["hasAltTitles"] = .flag(!paper.altTitles.isEmpty)
            var owners: [String] = []
            for owner in paper.sources.compactMap({ index.profilesByFile[$0]?.owner }) where !owners.contains(owner) {
                owners.append(owner)
            }
            own["foundOn"] = .list(owners.map(items.person))
            own["hasFoundOn"] = .flag(!owners.isEmpty)
            own["titleText"] = .text(citation.titleText)
            own["titleHTML"] = .text(markdown.renderInline(paper.title))
            let otherVenues = paper.venues.filter { $0 != citation.venue?.name }
            own["otherVenues"] = .list(otherVenues)
            own["hasOtherVenues"] = .flag(!otherVenues.isEmpty)
            own["tags"] = .list(paper.links?.tags ?? [])
            own["hasTags"] = .flag(!(paper.links?.tags ?? []).isEmpty)
            own["notesHTML"] = .text(paper.links?.notes.map { markdown.render($0) })
            own["ogType"] = "article"
            own["citationTags"] = .list(HighwireTags.tags(citation))
            own["coins"] = .text(COinS.title(citation))
            own["jsonLD"] = .text(JSONLD.scholarlyArticle(paper, citation: citation, items: items))
            own["bibTeX"] = .text(texts.bibTeX(of: paper, citation: citation))
            own["downloads"] = CitationFiles.paperLinks(folder: SitePath.directory(of: SitePath.paper(paper.id)), items: items)
            return own
        }
    }

    /// The start of `text` on one line, cut at a word near `limit` characters, with `…` when cut.
    static func excerpt(of text: String, limit: Int = 200) -> String {
        var oneLine = PlainText.oneLine(text)
        // Never more characters than bytes. When the first `limit + 1` bytes are ASCII (one line
        // holds no `\r\n`), each is a `Character` of its own: cut bytes and count no clusters.
        guard oneLine.utf8.count > limit else { return oneLine }
        let asciiCut: String? = oneLine.withUTF8 { bytes in
            guard !bytes[...limit].contains(where: { $0 >= 0x80 }) else { return nil }
            let end = bytes[..<limit].lastIndex(of: UInt8(ascii: " ")) ?? limit
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        }
        if let asciiCut { return asciiCut + "…" }
        guard let end = oneLine.index(oneLine.startIndex, offsetBy: limit, limitedBy: oneLine.endIndex),
              end != oneLine.endIndex else { return oneLine }
        let cut = oneLine[..<end]
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return words + "…"
    }
}
