import SitegenModel
import SitegenSupport

/// A profile file as read: its name, its bytes, and how messages name it. The pass that parses
/// it decodes it (`decoded()`), unless the bytes are those of a page parsed before (`ParsedPageCache`).
struct ProfileFile {
    var name: String
    var bytes: [UInt8]
    var display: String

    /// Its lines, and the warning for a page that was not UTF-8.
    func decoded() -> (SourceText, Diagnostic?) {
        TextFile.lines(bytes, file: display)
    }
}

/// Reads and parses the profile pages in two passes, each on every core with results in file
/// order: pages with titles on their own lines (A, B) first, then the compact ones (C), cut with
/// the clues the first pass gathered (`CorpusKnowledge`).
///
/// Memory: a page is read on the worker that parses it and its text is dropped once parsed, so
/// the corpus is never in memory as a whole; a compact page keeps only its grouped entries
/// (`CompactPage`) for the second pass. The same paper is printed on many pages: titles,
/// abstracts and names are shared (`SharedStringInterner`) as pages are parsed. With a
/// `ParsedPageCache` (a long-lived process) a page whose bytes were parsed last time is not parsed again.
enum ProfilePasses {
    /// A page's name and decoded lines: what the first pass reads.
    struct ProfileText {
        var name: String
        var text: SourceText
    }

    /// What the second pass needs of a compact page.
    struct CompactPage {
        var file: String
        /// The non-blank lines before the first entry.
        var leadingLines: [SourceText.Line]
        var blocks: [EntryBlocks.Block]
    }

    /// What the first pass made of a page: read, or left for the second pass.
    enum FirstPass {
        case parsed(ParsedProfile)
        case compact(CompactPage)
    }

    /// The pages `0..<count`, parsed. `read(i)` reads page `i` (called on a worker thread): its
    /// file, nil when it cannot be read (the page is then skipped), and a warning about reading
    /// it, if any; the warnings (and those of decoding) are returned in page order. With `cache`,
    /// pages parsed by the last load with the same bytes are taken from it, and it is left holding
    /// this load's pages; the pages' keys (name and digest of the bytes read) are returned in order.
    /// `stamp(i)` gives page `i`'s `FileStamp`: with `cache`, a page whose settled stamp is the one
    /// it had is not read.
    static func parse(count: Int, captureYear: Int, cache: ParsedPageCache? = nil,
                      stamp: @escaping @Sendable (Int) -> FileStamp? = { _ in nil },
                      read: @escaping @Sendable (Int) -> (ProfileFile?, Diagnostic?))
        -> (profiles: [ParsedProfile], readWarnings: [Diagnostic], keys: [ParsedPageCache.Key]?) {
        let interner = SharedStringInterner()
        let last = cache?.take(parsedIn: captureYear) ?? ParsedPageCache.Pages()
        let settledBefore = FileStamp.settledBefore()
        var kept = ParsedPageCache.Pages()
        var readWarnings: [Diagnostic] = []
        var parsed: [ParsedProfile?] = []
        var compact: [(index: Int, key: ParsedPageCache.Key?, page: CompactPage)] = []
        var keys: [ParsedPageCache.Key] = []
        OrderedParallelMap.run(count: count, make: { index -> (ParsedPageCache.Key?, ParsedPageCache.Page?, Diagnostic?, FileStamp?) in
            let stamped = cache == nil ? nil : stamp(index)
            if let stamped, let key = last.keysByStamp[stamped], let page = last.pages[key] { return (key, page, nil, stamped) }
            let (file, readWarning) = read(index)
            guard let file else { return (nil, nil, readWarning, nil) }
            let key = cache.map { _ in ParsedPageCache.Key(name: file.name, digest: ContentDigest(of: file.bytes)) }
            if let key, let page = last.pages[key] { return (key, page, readWarning, stamped) }
            let (text, decodeWarning) = file.decoded()
            let page = ParsedPageCache.Page(firstPass: firstPass(ProfileText(name: file.name, text: text), captureYear: captureYear, interner: interner),
                                            decodeWarning: decodeWarning)
            return (key, page, readWarning, stamped)
        }, consume: { key, page, readWarning, stamped in
            for warning in [readWarning, page?.decodeWarning] { if let warning { readWarnings.append(warning) } }
            guard let page else { return }
            if let key {
                kept.pages[key] = page
                keys.append(key)
                if let stamped, stamped.isSettled(before: settledBefore) { kept.keysByStamp[stamped] = key }
            }
            switch page.firstPass {
            case .parsed(let profile):
                parsed.append(profile)
            case .compact(let compactPage):
                compact.append((parsed.count, key, compactPage))
                parsed.append(nil)
            }
        })
        // The same pages in the same order give the same clues, and so do pages edited where no clue is.
        let sameClues = keys.count == last.order.count && zip(keys, last.order).allSatisfy { key, old in
            key == old || (key.name == old.name && givesSameClues(kept.pages[key]!.firstPass, last.pages[old]!.firstPass))
        }
        let knowledge = (sameClues ? last.knowledge : nil)
            ?? CorpusKnowledge(parsed: parsed.compactMap { $0 }, compactLines: compact.flatMap { $0.page.blocks.compactMap(Self.clueLine) })
        kept.knowledge = knowledge
        kept.order = keys
        // A compact page is cut anew only when its bytes or the clues changed.
        let cuts = last.knowledge == knowledge ? last.cuts : [:]
        let parser = CompactListParser(captureYear: captureYear, splitter: GluedLineSplitter(knowledge: knowledge))
        let pages = compact
        var next = 0
        OrderedParallelMap.run(count: pages.count, make: { index in
            if let key = pages[index].key, let profile = cuts[key] { return profile }
            var profile = parser.parse(pages[index].page)
            interner.intern(&profile.entries)
            return profile
        }, consume: { profile in
            parsed[pages[next].index] = profile
            if let key = pages[next].key { kept.cuts[key] = profile }
            next += 1
        })
        cache?.keep(kept, parsedIn: captureYear)
        return (parsed.map { $0! }, readWarnings, cache == nil ? nil : keys)
    }

    /// The line of a compact entry `CorpusKnowledge` reads: its first, the glued title and byline.
    private static func clueLine(_ block: EntryBlocks.Block) -> String? {
        block.body.first?.text
    }

    /// Whether two first passes of a page give `CorpusKnowledge` the same: a parsed page's stated
    /// owner, names and title keys, a compact page's first line of each entry.
    private static func givesSameClues(_ a: FirstPass, _ b: FirstPass) -> Bool {
        switch (a, b) {
        case let (.parsed(a), .parsed(b)):
            a.statedOwner == b.statedOwner && a.entries.count == b.entries.count
                && zip(a.entries, b.entries).allSatisfy { $0.names == $1.names && $0.titleKey == $1.titleKey }
        case let (.compact(a), .compact(b)):
            a.blocks.lazy.map(clueLine).elementsEqual(b.blocks.lazy.map(clueLine))
        default:
            false
        }
    }

    /// A page's lines grouped into entries once (`EntryBlocks`), for the layout and its parser;
    /// a parsed page's strings shared through `interner`.
    private static func firstPass(_ file: ProfileText, captureYear: Int, interner: SharedStringInterner) -> FirstPass {
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
    private static func unreadable(_ file: ProfileText) -> ParsedProfile {
        let lines = file.text.contentLines
        let message = lines.isEmpty ? "empty file; no entries"
            : "expected a profile page (an owner header, `Collaborating Authors`, or entries opening with a head line such as `CLOct 10, 2023`); no entries found, all \(lines.count) non-blank lines ignored"
        return ParsedProfile(file: file.name, layout: .compact, statedOwner: nil, stats: nil, claimedEntryCount: nil,
                             entries: [], diagnostics: [Diagnostic(.warning, file: file.name, line: lines.first?.number, message)])
    }
}
