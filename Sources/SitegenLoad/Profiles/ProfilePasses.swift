import SitegenModel
import SitegenSupport

/// A profile file's name and normalised text.
struct ProfileFile {
    var name: String
    var text: SourceText
}

/// Reads and parses the profile pages in two passes, each on every core with results in file
/// order: pages with titles on their own lines (A, B) first, then the compact ones (C), cut with
/// the clues the first pass gathered (`CorpusKnowledge`).
///
/// Memory: a page is read on the worker that parses it and its text is dropped once parsed, so
/// the corpus is never in memory as a whole; a compact page keeps only its grouped entries
/// (`CompactPage`) for the second pass. The same paper is printed on many pages: titles,
/// abstracts and names are shared (`SharedStringInterner`) as pages are parsed.
enum ProfilePasses {
    /// What the second pass needs of a compact page.
    struct CompactPage {
        var file: String
        /// The non-blank lines before the first entry.
        var leadingLines: [SourceText.Line]
        var blocks: [EntryBlocks.Block]
    }

    /// What the first pass made of a page: read, or left for the second pass.
    private enum FirstPass {
        case parsed(ParsedProfile)
        case compact(CompactPage)
    }

    /// The pages `0..<count`, parsed. `read(i)` reads page `i` (called on a worker thread): its
    /// file, nil when it cannot be read (the page is then skipped), and a warning about reading
    /// it, if any; the warnings are returned in page order.
    static func parse(count: Int, captureYear: Int,
                      read: @escaping @Sendable (Int) -> (ProfileFile?, Diagnostic?)) -> (profiles: [ParsedProfile], readWarnings: [Diagnostic]) {
        let interner = SharedStringInterner()
        var readWarnings: [Diagnostic] = []
        var parsed: [ParsedProfile?] = []
        var compact: [(index: Int, page: CompactPage)] = []
        OrderedParallelMap.run(count: count, make: { index -> (FirstPass?, Diagnostic?) in
            let (file, warning) = read(index)
            return (file.map { firstPass($0, captureYear: captureYear, interner: interner) }, warning)
        }, consume: { page, warning in
            if let warning { readWarnings.append(warning) }
            switch page {
            case .parsed(let profile)?:
                parsed.append(profile)
            case .compact(let page)?:
                compact.append((parsed.count, page))
                parsed.append(nil)
            case nil:
                break
            }
        })
        let glued = compact.flatMap { $0.page.blocks.compactMap { $0.body.first?.text } }
        let knowledge = CorpusKnowledge(parsed: parsed.compactMap { $0 }, compactLines: glued)
        let parser = CompactListParser(captureYear: captureYear, splitter: GluedLineSplitter(knowledge: knowledge))
        let pages = compact
        var next = 0
        OrderedParallelMap.run(count: pages.count, make: { index in
            var profile = parser.parse(pages[index].page)
            interner.intern(&profile.entries)
            return profile
        }, consume: { profile in
            parsed[pages[next].index] = profile
            next += 1
        })
        return (parsed.map { $0! }, readWarnings)
    }

    /// A page's lines grouped into entries once (`EntryBlocks`), for the layout and its parser;
    /// a parsed page's strings shared through `interner`.
    private static func firstPass(_ file: ProfileFile, captureYear: Int, interner: SharedStringInterner) -> FirstPass {
        let blocks = EntryBlocks.split(file.text.contentLines)
        let detection = LayoutDetector.detect(file.text, blocks: blocks)
        func interned(_ profile: ParsedProfile) -> FirstPass {
            var profile = profile
            interner.intern(&profile.entries)
            return .parsed(profile)
        }
        return switch detection.layout {
        case .fullProfile: interned(FullProfileParser(captureYear: captureYear).parse(file.text, blocks: blocks, file: file.name,
                                                                                       afterTitle: detection.afterTitle))
        case .collaborators: interned(CollaboratorsParser().parse(file.text, file: file.name))
        case .compact: .compact(CompactPage(file: file.name, leadingLines: Array(EntryBlocks.leadingLines(file.text.contentLines, blocks: blocks)),
                                            blocks: blocks))
        case nil: .parsed(unreadable(file))
        }
    }

    /// A page in none of the three layouts: no entries, one warning for the whole file.
    private static func unreadable(_ file: ProfileFile) -> ParsedProfile {
        let lines = file.text.contentLines
        let message = lines.isEmpty ? "empty file; no entries"
            : "expected a profile page (an owner header, `Collaborating Authors`, or entries opening with a head line such as `CLOct 10, 2023`); no entries found, all \(lines.count) non-blank lines ignored"
        return ParsedProfile(file: file.name, layout: .compact, statedOwner: nil, stats: nil, claimedEntryCount: nil,
                             entries: [], diagnostics: [Diagnostic(.warning, file: file.name, line: lines.first?.number, message)])
    }
}
