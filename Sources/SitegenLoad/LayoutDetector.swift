import SitegenModel

/// Tells which of the three layouts a file is in, from its first lines.
enum LayoutDetector {
    /// B if a `Collaborating Authors` line opens the page; C if the first content line is already
    /// an entry's head line (no header); A otherwise (an owner header precedes the first head line).
    /// Nil when the file has neither a header nor any entry.
    static func detect(_ text: SourceText) -> Layout? {
        let lines = text.contentLines
        if lines.prefix(5).contains(where: { $0.text == CollaboratorsParser.marker }) { return .collaborators }
        guard let firstHead = lines.firstIndex(where: { HeadLine($0.text) != nil }) else { return nil }
        return firstHead == 0 ? .compact : .fullProfile
    }
}
