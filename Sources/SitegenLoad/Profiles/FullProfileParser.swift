import SitegenModel

/// Reads layout A: an owner header with stats, then entries of head line, title, byline, abstract.
struct FullProfileParser {
    let captureYear: Int

    /// `blocks` are the page's entries (`EntryBlocks.split` of its content lines);
    /// `afterTitle` what `LayoutDetector` found of the first ones' bylines, not read again.
    func parse(_ text: SourceText, blocks: [EntryBlocks.Block], file: String, afterTitle: [LayoutDetector.AfterTitle?] = []) -> ParsedProfile {
        let lines = text.contentLines
        var diagnostics: [Diagnostic] = []
        let header = ProfileHeader(lines: Array(EntryBlocks.leadingLines(lines, blocks: blocks)))
        var entries: [ProfileEntry] = []
        for (index, block) in blocks.enumerated() {
            let head = block.head
            var rest = block.body
            guard !rest.isEmpty else {
                diagnostics.append(Diagnostic(.warning, file: file, line: block.headLine.number,
                                              "expected a title after the head line; entry skipped"))
                continue
            }
            let title = rest.removeFirst()
            var byline = Byline("")
            var bylineFound = false
            // Title, byline, abstract: with three lines the second is the byline whatever it looks
            // like; with two, it is the byline only if it reads as names (else the byline is missing).
            let candidate = rest.first.map { line -> (SourceText.Line, Byline, Bool) in
                switch index < afterTitle.count ? afterTitle[index] : nil {
                case .names(let byline)?:
                    return (line, byline, true)
                case .other?:
                    return (line, Byline(line.text), false)
                case nil:
                    let parsed = Byline(line.text)
                    return (line, parsed, parsed.looksLikeNames)
                }
            }
            if let (line, parsed, looksLikeNames) = candidate, rest.count >= 2 || looksLikeNames {
                if rest.count >= 2, !looksLikeNames {
                    diagnostics.append(Diagnostic(.warning, file: file, line: line.number,
                                                  "this byline has parts that do not read as names; kept as printed"))
                }
                byline = parsed
                bylineFound = true
                rest.removeFirst()
            } else {
                diagnostics.append(Diagnostic(.warning, file: file, line: title.number + 1,
                                              "expected a byline (`Name, Name et al. · org`) after the title; authors left empty"))
            }
            entries.append(ProfileEntry(
                file: file, line: block.headLine.number, layout: .fullProfile, title: title.text,
                names: bylineFound ? byline.names : [], truncated: byline.truncated,
                organizations: byline.organizations, category: head.category,
                date: block.date(captureYear: captureYear, file: file, diagnostics: &diagnostics),
                hasCode: head.hasCode, venue: nil,
                abstract: EntryBlocks.abstract(from: rest, file: file, diagnostics: &diagnostics)))
        }
        if header.owner == nil {
            diagnostics.append(Diagnostic(.warning, file: file, line: lines.first?.number,
                                          "expected the owner's name on the first line of the profile header"))
        }
        diagnostics += header.diagnostics(file: file)
        return ParsedProfile(file: file, layout: .fullProfile, statedOwner: header.owner, stats: header.stats,
                             claimedEntryCount: header.claimedEntryCount, entries: entries, diagnostics: diagnostics)
    }
}
