import Foundation
import SitegenModel

/// Reads what researchers write by hand next to the captures: `authors/<slug>.md`,
/// `papers/<slug>.md` and `pages/<slug>.md`, each Markdown with YAML front matter.
/// Slugs are checked against the model later (`ModelAssembler`), which warns about strays.
struct ContentOverlayLoader {
    let contentDirectory: URL
    let displayRoot: String

    static let authorKeys: Set<String> = ["photo", "affiliation", "homepage", "orcid", "scholar", "github", "email", "aliases"]
    static let paperKeys: Set<String> = ["arxiv", "doi", "pdf", "code", "slides", "video", "venue", "type", "date", "authors", "tags"]
    static let pageKeys: Set<String> = ["title"]

    /// Author details by slug, with the alias spellings they declare.
    struct Authors {
        var details: [String: AuthorDetails] = [:]
        var aliases: [String: [String]] = [:]
        /// Where each slug's file is, for warnings.
        var files: [String: String] = [:]
    }

    func authors(diagnostics: inout [Diagnostic]) -> Authors {
        var result = Authors()
        let photos = AuthorPhoto(staticDirectory: contentDirectory.appendingPathComponent("static"),
                                 displayStatic: "\(displayRoot)/static")
        for (slug, path, matter) in read(folder: .authors, known: Self.authorKeys, lists: ["aliases"], diagnostics: &diagnostics) {
            let photo = matter.text("photo").flatMap {
                photos.resolve($0, file: path, line: matter.lines["photo"], diagnostics: &diagnostics)
            }
            result.details[slug] = AuthorDetails(
                photo: photo, affiliation: matter.text("affiliation"),
                homepage: link(matter, "homepage", path, &diagnostics), orcid: matter.text("orcid"),
                scholar: matter.text("scholar"), github: matter.text("github"), email: matter.text("email"),
                bio: bio(matter, path, &diagnostics), source: path)
            result.aliases[slug] = matter.values["aliases"] ?? []
            result.files[slug] = path
        }
        return result
    }

    func papers(diagnostics: inout [Diagnostic]) -> [String: PaperLinks] {
        var result: [String: PaperLinks] = [:]
        for (slug, path, matter) in read(folder: .papers, known: Self.paperKeys, lists: ["tags", "authors"], diagnostics: &diagnostics) {
            result[slug] = PaperLinks(
                arxiv: identifier(matter, "arxiv", PaperIdentifiers.arXiv, expected: "an arXiv id such as 2310.06825",
                                  path, &diagnostics),
                doi: identifier(matter, "doi", PaperIdentifiers.doi, expected: "a DOI such as 10.48550/arXiv.2310.06825",
                                path, &diagnostics),
                pdf: link(matter, "pdf", path, &diagnostics),
                code: link(matter, "code", path, &diagnostics), slides: link(matter, "slides", path, &diagnostics),
                video: link(matter, "video", path, &diagnostics), venue: matter.text("venue"),
                type: venueKind(matter, path, &diagnostics), date: date(matter, path, &diagnostics),
                authors: Self.nonEmptyItems(matter.values["authors"]), tags: Self.nonEmptyItems(matter.values["tags"]), notes: Self.nonEmpty(matter.body), source: path)
        }
        return result
    }

    /// Top-level folders the site uses itself, which a free page cannot take.
    static let reservedPageSlugs: Set<String> = ["papers", "authors", "categories", "api", "assets", "search"]

    func pages(diagnostics: inout [Diagnostic]) -> [FreePage] {
        read(folder: .pages, known: Self.pageKeys, diagnostics: &diagnostics).compactMap { slug, path, matter in
            guard !Self.reservedPageSlugs.contains(slug) else {
                diagnostics.append(Diagnostic(.warning, file: path, "`\(slug)` is a folder the site uses itself; rename the page"))
                return nil
            }
            if let line = StarterText.line(in: matter.body, firstLine: matter.bodyLine, where: StarterText.isPageBody) {
                diagnostics.append(Diagnostic(.warning, file: path, line: line, "still the starter text of `sitegen new page`; write the page"))
            }
            return FreePage(id: slug, title: matter.text("title") ?? slug.replacingOccurrences(of: "-", with: " ").capitalized,
                            body: matter.body, source: path)
        }
    }

    /// Every `*.md` in `folder`, sorted, as (slug, display path, front matter). A file name that
    /// is not a valid slug is a warning.
    private func read(folder: ContentFiles.MarkdownFolder, known: Set<String>, lists: Set<String> = [],
                      diagnostics: inout [Diagnostic]) -> [(String, String, FrontMatter)] {
        let (url, folder) = (contentDirectory.appendingPathComponent(folder.rawValue), folder.rawValue)
        let listing: ContentFiles.Listing
        do {
            listing = try ContentFiles.names(in: url, suffix: ".md", display: "\(displayRoot)/\(folder)")
        } catch {
            // An optional folder may be missing; one that is there must be readable.
            if FileManager.default.fileExists(atPath: url.path) {
                diagnostics.append(Diagnostic(.warning, file: "\(displayRoot)/\(folder)", "cannot read this folder: \(error); its files skipped"))
            }
            return []
        }
        diagnostics += listing.skipped
        var result: [(String, String, FrontMatter)] = []
        for name in listing.names {
            let path = "\(displayRoot)/\(folder)/\(name)"
            let slug = String(name.dropLast(3))
            guard Slug.make(slug) == slug else {
                diagnostics.append(Diagnostic(.warning, file: path, "expected a file name that is a slug (lower case, digits, hyphens), such as `\(Slug.make(slug)).md`; file ignored"))
                continue
            }
            let file: TextFile
            do {
                file = try TextFile(path: url.appendingPathComponent(name).path)
            } catch {
                diagnostics.append(TextFile.unreadable(path, error))
                continue
            }
            if let warning = file.warning(file: path) { diagnostics.append(warning) }
            let matter = FrontMatter(file.text, file: path, known: known, lists: lists)
            diagnostics += matter.diagnostics
            result.append((slug, path, matter))
        }
        return result
    }

    /// The body as a bio. A line still holding the starter text of `sitegen new author` is a
    /// warning; a bio of nothing else is left out.
    private func bio(_ matter: FrontMatter, _ path: String, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let bio = Self.nonEmpty(matter.body) else { return nil }
        guard let line = StarterText.line(in: bio, firstLine: matter.bodyLine, where: StarterText.isAuthorBio) else { return bio }
        let trimmed = bio.trimmingCharacters(in: .whitespacesAndNewlines)
        let alone = !trimmed.contains("\n") && StarterText.isAuthorBio(Substring(trimmed))
        diagnostics.append(Diagnostic(.warning, file: path, line: line, alone
            ? "the bio is still the starter text of `sitegen new author`; left out of the page until you write one"
            : "still the starter text of `sitegen new author`; replace or delete this line"))
        return alone ? nil : bio
    }

    /// A link value, kept only if it is an http(s) URL (or a relative path without a scheme).
    private func link(_ matter: FrontMatter, _ key: String, _ path: String, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let value = matter.text(key) else { return nil }
        let lower = value.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || (!lower.contains(":") && !lower.hasPrefix("//")) {
            return value
        }
        diagnostics.append(Diagnostic(.warning, file: path, "`\(key)` must be an http(s) link or a relative path; `\(value)` ignored"))
        return nil
    }

    /// An identifier key, in the form `normalized` gives (from a link or a prefixed form too);
    /// anything else is a warning naming the line and what was expected.
    private func identifier(_ matter: FrontMatter, _ key: String, _ normalized: (String) -> String?, expected: String,
                            _ path: String, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let value = matter.text(key) else { return nil }
        if let identifier = normalized(value) { return identifier }
        diagnostics.append(Diagnostic(.warning, file: path, line: matter.lines[key], "expected `\(key)` to be \(expected), got `\(value)`; ignored"))
        return nil
    }

    /// A list's items, trimmed, empty ones left out.
    private static func nonEmptyItems(_ items: [String]?) -> [String] {
        (items ?? []).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// `type:`, one of `VenueKind`'s names; anything else is a warning naming the line.
    private func venueKind(_ matter: FrontMatter, _ path: String, _ diagnostics: inout [Diagnostic]) -> VenueKind? {
        guard let value = matter.text("type") else { return nil }
        if let kind = VenueKind(rawValue: value.lowercased()) { return kind }
        let kinds = VenueKind.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
        diagnostics.append(Diagnostic(.warning, file: path, line: matter.lines["type"],
                                      "expected `type` to be one of \(kinds), got `\(value)`; ignored"))
        return nil
    }

    /// `date:` as `YYYY-MM-DD`, a real calendar day; anything else (a year alone included: sitegen
    /// never makes up a month or day) is a warning naming the line.
    private func date(_ matter: FrontMatter, _ path: String, _ diagnostics: inout [Diagnostic]) -> PaperDate? {
        guard let value = matter.text("date") else { return nil }
        if let date = PaperDate(iso: value) { return date }
        diagnostics.append(Diagnostic(.warning, file: path, line: matter.lines["date"],
                                      "expected `date` as YYYY-MM-DD (such as 2023-10-10), got `\(value)`; ignored"))
        return nil
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
    }
}
