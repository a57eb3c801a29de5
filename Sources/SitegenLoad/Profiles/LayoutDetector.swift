import SitegenModel

/// Tells which of the three layouts a file is in.
enum LayoutDetector {
    /// B if a `Collaborating Authors` line opens the page. Otherwise the entries decide: in A
    /// the line after an entry's title is a byline of its own; in C the title and byline share
    /// one line and the next line is the abstract. The majority of the first `sampleSize` entries wins (ties: A, whose
    /// header is what separates it from C anyway). A page with no entry is A if it has a
    /// profile header (stats lines), nil otherwise.
    /// How many entries are looked at: enough for a clear majority, few enough to stay cheap.
    static let sampleSize = 15

    /// A page's layout, and what was learnt on the way that layout A's parser asks again.
    struct Detection {
        var layout: Layout?
        /// For each of the first `sampleSize` entries, the line after its title read as a byline
        /// when it reads as names (`Byline.ifNames`), `.other` when not; nil for an entry of fewer
        /// than two lines, or not looked at.
        var afterTitle: [AfterTitle?] = []
    }

    /// What the line after an entry's title was found to be.
    enum AfterTitle {
        case names(Byline)
        case other
    }

    /// `blocks` are the page's entries (`EntryBlocks.split` of its content lines).
    static func detect(_ text: SourceText, blocks: [EntryBlocks.Block]) -> Detection {
        let lines = text.contentLines
        if lines.prefix(5).contains(where: { $0.text == CollaboratorsParser.marker }) { return Detection(layout: .collaborators) }
        guard !blocks.isEmpty else {
            return Detection(layout: ProfileHeader(lines: lines).stats == ProfileStats() ? nil : .fullProfile)
        }
        let sample = blocks.prefix(sampleSize)
        let afterTitle = sample.map { block -> AfterTitle? in
            guard block.body.count >= 2 else { return nil }
            return Byline.ifNames(block.body[block.body.startIndex + 1].text).map(AfterTitle.names) ?? .other
        }
        let separateBylines = afterTitle.filter { if case .names = $0 { true } else { false } }.count
        return Detection(layout: separateBylines * 2 >= sample.count ? .fullProfile : .compact, afterTitle: afterTitle)
    }
}
