import SitegenModel

/// Groups lines into entries, each opening with a head line (layouts A and C); lines before
/// the first head line are left to the caller.
enum EntryBlocks {
    /// One entry's lines: its head line, then everything up to the next head line.
    struct Block {
        var headLine: SourceText.Line
        var head: HeadLine
        /// A slice of the page's lines, not a copy of them.
        var body: ArraySlice<SourceText.Line>

        /// The entry's date; an impossible one (`Feb 30`) is a warning and no date.
        func date(captureYear: Int, file: String, diagnostics: inout [Diagnostic]) -> PaperDate? {
            let date = head.date(captureYear: captureYear)
            if date == nil {
                diagnostics.append(Diagnostic(.warning, file: file, line: headLine.number, "impossible date; date left empty"))
            }
            return date
        }
    }

    static func split(_ lines: [SourceText.Line]) -> [Block] {
        var blocks: [Block] = []
        for index in lines.indices {
            guard let head = HeadLine(lines[index].text) else { continue }
            if !blocks.isEmpty { blocks[blocks.count - 1].body = lines[blocks[blocks.count - 1].body.startIndex..<index] }
            blocks.append(Block(headLine: lines[index], head: head, body: lines[(index + 1)...]))
        }
        return blocks
    }

    /// The lines before the first entry (all of them when there is none).
    static func leadingLines(_ lines: [SourceText.Line], blocks: [Block]) -> ArraySlice<SourceText.Line> {
        guard let first = blocks.first else { return lines[...] }
        return lines.prefix { $0.number < first.headLine.number }
    }

    /// The abstract from the lines left after title and byline: one line, or nil when missing.
    /// More lines than one are kept (joined as paragraphs) with a warning at the first extra one.
    static func abstract(from lines: ArraySlice<SourceText.Line>, file: String, diagnostics: inout [Diagnostic]) -> String? {
        if lines.count > 1 {
            diagnostics.append(Diagnostic(.warning, file: file, line: lines[lines.startIndex + 1].number,
                                          "expected a new entry (a head line such as `CLOct 10, 2023`); extra line joined to the abstract"))
        }
        // One line (most entries) is returned as it is: joining would copy it.
        return lines.count == 1 ? lines.first!.text : lines.isEmpty ? nil : lines.map(\.text).joined(separator: "\n\n")
    }
}
