import Foundation
import SitegenModel

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
public struct SiteLoader {
    public let contentDirectory: URL
    /// How paths are shown in messages (the content directory as the user named it).
    public let displayRoot: String

    public init(contentDirectory: URL, displayRoot: String? = nil) {
        self.contentDirectory = contentDirectory
        self.displayRoot = displayRoot ?? contentDirectory.path
    }

    public static let settingsFile = "site.yml"
    public static let profilesFolder = "profiles"

    /// Loads everything. Throws only when nothing sensible can be built (no content folder,
    /// unreadable settings); every problem with a single line is a warning in `Site.diagnostics`.
    public func load() throws(LoadError) -> Site {
        var settings = try SiteConfigLoader.load(contentDirectory.appendingPathComponent(Self.settingsFile),
                                                 displayPath: "\(displayRoot)/\(Self.settingsFile)")
        var diagnostics = settings.diagnostics
        let files = try readProfiles(diagnostics: &diagnostics)
        let captureYear = settings.captureYear ?? Self.newestYear(in: files.map(\.text)) ?? 2000
        if settings.captureYear == nil {
            diagnostics.append(Diagnostic(.warning, file: "\(displayRoot)/\(Self.settingsFile)",
                "no `captureYear`; yearless dates taken to be in \(captureYear), the newest year the pages show"))
        }
        settings.captureYear = captureYear
        let config = SiteConfig(title: settings.title, baseURL: settings.baseURL, captureYear: captureYear,
                                profiles: settings.profiles, menu: settings.menu)
        var parsed = Self.parseProfiles(files, captureYear: captureYear)
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
        let assembled = assembler.assemble(parsed)
        return Site(config: config, profiles: assembled.profiles, papers: assembled.papers,
                    authors: assembled.authors, categories: assembled.categories,
                    mergedEntries: assembled.mergedEntries,
                    diagnostics: diagnostics + parsed.flatMap(\.diagnostics) + assembled.diagnostics,
                    report: assembled.report, pages: pages)
    }

    /// A profile file's name and normalised text.
    struct ProfileFile {
        var name: String
        var text: SourceText
    }

    private func readProfiles(diagnostics: inout [Diagnostic]) throws(LoadError) -> [ProfileFile] {
        let folder = contentDirectory.appendingPathComponent(Self.profilesFolder)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw LoadError(Diagnostic(.error, file: "\(displayRoot)/\(Self.profilesFolder)",
                                       "expected a folder of profile pages (.txt): \(error.localizedDescription)"))
        }
        let root = displayRoot
        let read = OrderedParallelMap.map(names.sorted().filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }) { name in
            Self.readProfile(folder.appendingPathComponent(name), name: name, display: "\(root)/\(Self.profilesFolder)/\(name)")
        }
        diagnostics += read.compactMap(\.1)
        return read.compactMap(\.0)
    }

    /// One file's text (nil if unreadable) and what is wrong with it, if anything.
    private static func readProfile(_ url: URL, name: String, display: String) -> (ProfileFile?, Diagnostic?) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (nil, Diagnostic(.warning, file: display, "cannot read this file; skipped"))
        }
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let valid = String(validating: bytes, as: UTF8.self) {
                return (ProfileFile(name: name, text: SourceText(valid)), nil)
            }
            return (ProfileFile(name: name, text: SourceText(String(decoding: bytes, as: UTF8.self))),
                    Diagnostic(.warning, file: display, "not valid UTF-8; bad bytes shown as \u{FFFD}"))
        }
    }

    /// What the first pass made of a page: read, or left for the second pass with its entries
    /// already grouped.
    private enum FirstPass {
        case parsed(ParsedProfile)
        case compact([EntryBlocks.Block])
    }

    /// Parses pages with separate title lines first, then the compact ones with their clues;
    /// each pass runs on every core, results in file order. A page's lines are grouped into
    /// entries once (`EntryBlocks`), for the layout and for its parser.
    static func parseProfiles(_ files: [ProfileFile], captureYear: Int) -> [ParsedProfile] {
        let firstPass = OrderedParallelMap.map(files) { file -> FirstPass in
            let blocks = EntryBlocks.split(file.text.contentLines)
            return switch LayoutDetector.detect(file.text, blocks: blocks) {
            case .fullProfile: .parsed(FullProfileParser(captureYear: captureYear).parse(file.text, blocks: blocks, file: file.name))
            case .collaborators: .parsed(CollaboratorsParser().parse(file.text, file: file.name))
            case .compact: .compact(blocks)
            case nil: .parsed(unreadable(file))
            }
        }
        var parsed: [ParsedProfile?] = []
        var compact: [(index: Int, blocks: [EntryBlocks.Block])] = []
        for (index, page) in firstPass.enumerated() {
            switch page {
            case .parsed(let profile): parsed.append(profile)
            case .compact(let blocks):
                parsed.append(nil)
                compact.append((index, blocks))
            }
        }
        let glued = compact.flatMap { $0.blocks.compactMap { $0.body.first?.text } }
        let knowledge = CorpusKnowledge(parsed: parsed.compactMap { $0 }, compactLines: glued)
        let parser = CompactListParser(captureYear: captureYear, splitter: GluedLineSplitter(knowledge: knowledge))
        let secondPass = OrderedParallelMap.map(compact) { page in
            parser.parse(files[page.index].text, blocks: page.blocks, file: files[page.index].name)
        }
        for (page, profile) in zip(compact, secondPass) { parsed[page.index] = profile }
        return parsed.map { $0! }
    }

    /// A page in none of the three layouts: no entries, one warning for the whole file.
    private static func unreadable(_ file: ProfileFile) -> ParsedProfile {
        let lines = file.text.contentLines
        let message = lines.isEmpty ? "empty file; no entries"
            : "expected a profile page (an owner header, `Collaborating Authors`, or entries opening with a head line such as `CLOct 10, 2023`); no entries found, all \(lines.count) non-blank lines ignored"
        return ParsedProfile(file: file.name, layout: .compact, statedOwner: nil, stats: nil, claimedEntryCount: nil,
                             entries: [], diagnostics: [Diagnostic(.warning, file: file.name, line: lines.first?.number, message)])
    }

    /// The newest explicit year on any head line, for pages loaded without a `captureYear`.
    static func newestYear(in texts: [SourceText]) -> Int? {
        texts.flatMap { $0.contentLines.compactMap { HeadLine($0.text)?.year } }.max()
    }
}
