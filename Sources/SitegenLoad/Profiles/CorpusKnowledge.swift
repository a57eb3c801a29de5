import SitegenModel
import SitegenSupport

/// What the other pages already tell about names and titles: the clues used to cut a
/// compact-list line (layout C) where its title ends and its byline starts.
struct CorpusKnowledge {
    /// Fold keys (`PersonName.foldKey`) of every name seen where names are clearly delimited.
    var nameKeys: Set<String> = []
    /// Fold keys (`TitleKey.make`) of every title seen on its own line.
    var titleKeys: Set<String> = []

    /// Gathers clues from pages whose titles and bylines are on lines of their own, and from the
    /// unambiguous tail of every glued line (the names after the first author are comma-delimited).
    /// Keys are made on every core.
    init(parsed: [ParsedProfile], compactLines: [String]) {
        let fromPages = ParallelRuns.map(parsed) { profile in
            (names: (profile.statedOwner.map { [$0] } ?? []) + profile.entries.flatMap(\.names),
             titles: profile.entries.map(\.title))
        }
        let fromLines = ParallelRuns.map(compactLines) { Self.trailingNames(of: $0) }
        // Names and titles recur across pages: each is folded once.
        let names = Set(fromPages.flatMap(\.names) + fromLines.joined())
        let titles = Set(fromPages.flatMap(\.titles))
        nameKeys = Set(ParallelRuns.map(Array(names), PersonName.foldKey))
        titleKeys = Set(ParallelRuns.map(Array(titles), TitleKey.make))
    }

    init() {}

    /// Names after the first comma of a glued line that look like names, read from the end
    /// back to the first segment that does not.
    static func trailingNames(of line: String) -> [String] {
        let byline = Byline(line)
        var names: [String] = []
        for name in byline.names.dropFirst().reversed() {
            guard PersonName.plausibility(name) != nil else { break }
            names.append(name)
        }
        return names
    }
}
