import Foundation
import SitegenModel
import SitegenSupport

/// Loads `Content/`: reads `site.yml` and every profile page, and assembles the clean model.
///
/// The steps, in order:
/// 1. settings (`SiteConfigLoader`);
/// 2. each page's layout (`LayoutDetector`), then the pages with titles on their own lines
///    (A, B), whose names and titles become clues for cutting the glued lines of C pages;
/// 3. spellings of one person folded (`AuthorIdentity`), owners settled (site.yml, header,
///    `Last, First`, or `OwnerInference`);
/// 4. entries merged into papers (`PaperMerger`) and their fields settled (`PaperResolver`);
/// 5. authors and categories gathered, slugs assigned (`ModelAssembler`);
/// 6. hand-written Markdown (`ContentOverlayLoader`): author and paper files attached by slug,
///    free pages.
public struct SiteLoader: Sendable {
    public let contentDirectory: URL
    /// How paths are shown in messages (the content directory as the user named it).
    public let displayRoot: String
    /// The address the site is published at when given on the command line (`--base-url`),
    /// in place of `site.yml`'s `baseURL`.
    public let baseURL: String?
    /// The pages the last load of a long-lived process parsed, to parse only those changed since; nil for none.
    public let cache: ParsedPageCache?
    /// The pages the last load of a long-lived process merged, taken back when they are the same
    /// (with `cache` only: its pages' keys tell); nil for none.
    public let merged: MergedModelCache?

    public init(contentDirectory: URL, displayRoot: String? = nil, baseURL: String? = nil, cache: ParsedPageCache? = nil,
                merged: MergedModelCache? = nil) {
        self.contentDirectory = contentDirectory
        self.displayRoot = displayRoot ?? contentDirectory.path
        self.baseURL = baseURL
        self.cache = cache
        self.merged = merged
    }

    public static let settingsFile = ContentFiles.settingsFile
    public static let profilesFolder = ContentFiles.profilesFolder

    /// Loads everything. Throws only when nothing sensible can be built (no content folder,
    /// unreadable settings); every problem with a single line is a warning in `Site.diagnostics`.
    public func load() throws(LoadError) -> Site {
        var settings = try SiteConfigLoader.load(contentDirectory.appendingPathComponent(Self.settingsFile),
                                                 displayPath: "\(displayRoot)/\(Self.settingsFile)")
        let listing = try profileNames()
        let names = listing.names
        var diagnostics = settings.diagnostics + listing.skipped
        // Each page's path is joined as text, not through a `URL` made for every page and turned
        // back into a path (Foundation parses and escapes the name both ways).
        let (folder, root) = (contentDirectory.appendingPathComponent(Self.profilesFolder).path, displayRoot)
        let read = { @Sendable (index: Int) in
            Self.readProfile(path: "\(folder)/\(names[index])", name: names[index],
                             display: "\(root)/\(Self.profilesFolder)/\(names[index])")
        }
        let statedYear = settings.captureYear
        let captureYear = statedYear ?? Self.newestYear(in: names.count, read: read) ?? 2000
        settings.captureYear = captureYear
        let config = SiteConfig(title: settings.title, baseURL: baseURL ?? settings.baseURL, captureYear: captureYear,
                                profiles: settings.profiles, menu: settings.menu, featured: settings.featured,
                                findLinks: settings.findLinks, profileScores: settings.profileScores,
                                feedLimit: settings.feedLimit, outputs: settings.outputs)
        var (parsed, readWarnings, keys) = ProfilePasses.parse(count: names.count, captureYear: captureYear, cache: cache,
                                                               stamp: { FileStamp.of("\(folder)/\(names[$0])") }, read: read)
        diagnostics += readWarnings
        if statedYear == nil {
            diagnostics.append(Diagnostic(.warning, file: "\(displayRoot)/\(Self.settingsFile)",
                "no `captureYear`; yearless dates taken to be in \(captureYear), the newest year the pages show"))
        }
        for index in parsed.indices {
            parsed[index].diagnostics = parsed[index].diagnostics.map { d in
                var d = d
                d.file = "\(displayRoot)/\(Self.profilesFolder)/\(d.file)"
                return d
            }
        }
        let overlays = ContentOverlayLoader(contentDirectory: contentDirectory, displayRoot: displayRoot)
        var assembler = ModelAssembler(config: config, displayRoot: displayRoot)
        assembler.authorFiles = overlays.authors(diagnostics: &diagnostics)
        assembler.paperFiles = overlays.papers(diagnostics: &diagnostics)
        let pages = overlays.pages(diagnostics: &diagnostics)
        let pageDiagnostics = parsed.flatMap(\.diagnostics)
        let assembled: ModelAssembler.Output
        if let merged, let keys {
            let settings = MergedModelCache.settingsKey(captureYear: captureYear, profileSettings: config.profiles,
                                                        aliases: assembler.authorFiles.aliases, displayRoot: displayRoot)
            let key = MergedModelCache.key(pages: keys, settings: settings)
            // Not `??`: its right side is a closure, and a closure must not consume the pages.
            let mergedPages: ModelAssembler.Merged
            if let kept = merged.take(madeFrom: key) {
                mergedPages = kept
            } else {
                var state = merged.takeState(mergedWith: settings)
                mergedPages = assembler.merge(parsed, updating: &state)
                if let state { merged.keepState(state, mergedWith: settings) }
            }
            merged.keep(mergedPages, madeFrom: key)
            assembled = assembler.finish(mergedPages, kept: merged)
        } else {
            assembled = assembler.assemble(consume parsed)
        }
        diagnostics += Self.unknownFeatured(settings, authors: assembled.authors, file: "\(displayRoot)/\(Self.settingsFile)")
        return Site(config: config, profiles: assembled.profiles, papers: assembled.papers,
                    authors: assembled.authors, categories: assembled.categories,
                    mergedEntries: assembled.mergedEntries,
                    diagnostics: diagnostics + pageDiagnostics + assembled.diagnostics,
                    report: assembled.report, pages: pages)
    }

    /// A warning for each `featured:` entry that is no author's name, spelling or page id.
    private static func unknownFeatured(_ settings: SiteConfigLoader.Result, authors: [Author], file: String) -> [Diagnostic] {
        guard !settings.featured.isEmpty else { return [] }
        var known = Set(authors.lazy.map(\.id))
        for author in authors {
            known.insert(author.name)
            known.formUnion(author.otherSpellings)
        }
        return zip(settings.featured, settings.featuredLines).compactMap { name, line in
            known.contains(name) ? nil
                : Diagnostic(.warning, file: file, line: line, "`featured:` names `\(name)`, who has no page; expected an author's name or page id")
        }
    }

    /// The profile pages' file names (`.txt`, not hidden), sorted: the order of everything after.
    private func profileNames() throws(LoadError) -> ContentFiles.Listing {
        let display = "\(displayRoot)/\(Self.profilesFolder)"
        do {
            return try ContentFiles.names(in: contentDirectory.appendingPathComponent(Self.profilesFolder), suffix: ".txt", display: display)
        } catch {
            throw LoadError(Diagnostic(.error, file: display, "expected a folder of profile pages (.txt): \(error)"))
        }
    }

    /// One file's bytes, or the warning that it cannot be read.
    private static func readProfile(path: String, name: String, display: String) -> (ProfileFile?, Diagnostic?) {
        do {
            return (ProfileFile(name: name, bytes: try FileBytes.read(path), display: display), nil)
        } catch {
            return (nil, TextFile.unreadable(display, error))
        }
    }

    /// The newest explicit year on any head line, for pages loaded without a `captureYear`.
    /// The pages are read once more for it, one at a time on every core.
    static func newestYear(in count: Int, read: @escaping @Sendable (Int) -> (ProfileFile?, Diagnostic?)) -> Int? {
        OrderedParallelMap.map(Array(0..<count)) { index in
            read(index).0?.decoded().0.contentLines.compactMap { HeadLine($0.text)?.year }.max()
        }.compactMap { $0 }.max()
    }
}
