import SitegenModel

/// Reads layout B: a `Collaborating Authors` header naming the owner as `Last, First`, then
/// entries of title, venue and abstract. Entries are set apart by two or more blank lines when
/// the capture kept them; otherwise the shape of the lines decides (see `isAbstractLike`).
struct CollaboratorsParser {
    static let marker = "Collaborating Authors"

    func parse(_ text: SourceText, file: String) -> ParsedProfile {
        var diagnostics: [Diagnostic] = []
        let lines = text.lines
        guard let markerIndex = lines.firstIndex(where: { $0.text == Self.marker }) else {
            return ParsedProfile(file: file, layout: .collaborators, statedOwner: nil, stats: nil,
                                 claimedEntryCount: nil, entries: [], diagnostics: [])
        }
        var index = markerIndex + 1
        while index < lines.count, lines[index].isBlank { index += 1 }
        var owner: String?
        if index < lines.count, lines[index].text.utf8.contains(UInt8(ascii: ",")) {
            owner = lines[index].text
            index += 1
        } else {
            diagnostics.append(Diagnostic(.warning, file: file, line: lines[min(index, lines.count - 1)].number,
                                          "expected the owner as `Last, First` after `\(Self.marker)`"))
        }
        let usesDoubleBlanks = Self.hasDoubleBlankRuns(lines[index...])
        var entries: [ProfileEntry] = []
        var current: [SourceText.Line] = []
        var blankRun = 0
        func flush() {
            if let entry = makeEntry(current, file: file, diagnostics: &diagnostics) { entries.append(entry) }
            current = []
        }
        for line in lines[index...] {
            if line.isBlank {
                blankRun += 1
                continue
            }
            let startsEntry: Bool
            if current.isEmpty {
                startsEntry = false
            } else if usesDoubleBlanks {
                startsEntry = blankRun >= 2
            } else {
                // Without blank-line structure: title, venue, then an abstract only if it reads like one.
                startsEntry = current.count >= 3 || (current.count == 2 && !Self.isAbstractLike(line.text))
            }
            if startsEntry { flush() }
            current.append(line)
            blankRun = 0
        }
        flush()
        return ParsedProfile(file: file, layout: .collaborators, statedOwner: owner, stats: nil,
                             claimedEntryCount: nil, entries: entries, diagnostics: diagnostics)
    }

    private func makeEntry(_ lines: [SourceText.Line], file: String, diagnostics: inout [Diagnostic]) -> ProfileEntry? {
        guard let title = lines.first else { return nil }
        var venue: String?
        var abstractLines = Array(lines.dropFirst())
        if let second = abstractLines.first, !Self.isAbstractLike(second.text) {
            venue = second.text
            abstractLines.removeFirst()
        }
        if abstractLines.count > 1 {
            diagnostics.append(Diagnostic(.warning, file: file, line: abstractLines[1].number,
                                          "expected title, venue and abstract; extra line joined to the abstract"))
        }
        let abstract = abstractLines.isEmpty ? nil : abstractLines.map(\.text).joined(separator: "\n\n")
        return ProfileEntry(file: file, line: title.number, layout: .collaborators, title: title.text, names: [],
                            truncated: true, organizations: [], category: nil, date: nil, hasCode: false,
                            venue: venue, abstract: abstract)
    }

    /// An abstract is prose: long, or a sentence ending in a full stop.
    static func isAbstractLike(_ text: String) -> Bool {
        text.count > 160 || (text.count > 60 && (text.hasSuffix(".") || text.contains(". ")))
    }

    private static func hasDoubleBlankRuns(_ lines: ArraySlice<SourceText.Line>) -> Bool {
        var run = 0
        var seenContent = false
        for line in lines {
            if line.isBlank {
                run += 1
                if run >= 2 && seenContent { return true }
            } else {
                run = 0
                seenContent = true
            }
        }
        return false
    }
}
