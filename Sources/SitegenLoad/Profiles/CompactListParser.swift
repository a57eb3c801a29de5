import SitegenModel

/// Reads layout C: no header, entries of three lines: head line, title glued to byline, abstract.
/// The glued line is cut by `GluedLineSplitter`, with clues from the rest of the corpus.
struct CompactListParser {
    let captureYear: Int
    let splitter: GluedLineSplitter

    func parse(_ page: ProfilePasses.CompactPage) -> ParsedProfile {
        let file = page.file
        var diagnostics: [Diagnostic] = []
        var entries: [ProfileEntry] = []
        for line in page.leadingLines {
            diagnostics.append(Diagnostic(.warning, file: file, line: line.number,
                                          "expected an entry's head line (such as `CLOct 10, 2023`); line ignored"))
        }
        for block in page.blocks {
            var body = block.body
            guard !body.isEmpty else {
                diagnostics.append(Diagnostic(.warning, file: file, line: block.headLine.number,
                                              "expected a title and byline after the head line; entry skipped"))
                continue
            }
            let glued = body.removeFirst()
            var (title, titleKey) = (glued.text, String?.none)
            var byline = Byline("")
            switch splitter.split(glued.text) {
            case .clear(let reading):
                (title, titleKey) = (reading.title, reading.titleKey)
                byline = Byline(reading.byline)
            case .ambiguous(let taken, let other):
                (title, titleKey) = (taken.title, taken.titleKey)
                byline = Byline(taken.byline)
                diagnostics.append(Diagnostic(.warning, file: file, line: glued.number,
                    "title and byline can be cut two ways: title \"\(taken.title)\" (taken) or \"\(other.title)\"; set it right by fixing the line"))
            case .none:
                diagnostics.append(Diagnostic(.warning, file: file, line: glued.number,
                    "expected a title glued to a byline (`TitleName Surname, Name et al.`); no author name found, whole line taken as the title"))
            }
            entries.append(ProfileEntry(
                file: file, line: block.headLine.number, layout: .compact, title: title, titleKey: titleKey, names: byline.names,
                truncated: byline.truncated, organizations: byline.organizations, category: block.head.category,
                date: block.date(captureYear: captureYear, file: file, diagnostics: &diagnostics),
                hasCode: block.head.hasCode, venue: nil,
                abstract: EntryBlocks.abstract(from: body, file: file, diagnostics: &diagnostics)))
        }
        return ParsedProfile(file: file, layout: .compact, statedOwner: nil, stats: nil, claimedEntryCount: nil,
                             entries: entries, diagnostics: diagnostics)
    }
}
