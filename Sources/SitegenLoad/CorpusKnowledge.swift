/// What the other pages already tell about names and titles: the clues used to cut a
/// compact-list line (layout C) where its title ends and its byline starts.
struct CorpusKnowledge {
    /// Fold keys (`PersonName.foldKey`) of every name seen where names are clearly delimited.
    var nameKeys: Set<String> = []
    /// Fold keys (`TitleKey.make`) of every title seen on its own line.
    var titleKeys: Set<String> = []

    /// Gathers clues from pages whose titles and bylines are on lines of their own, and from the
    /// unambiguous tail of every glued line (the names after the first author are comma-delimited).
    init(parsed: [ParsedProfile], compactLines: [String]) {
        for profile in parsed {
            if let owner = profile.statedOwner { nameKeys.insert(PersonName.foldKey(owner)) }
            for entry in profile.entries {
                titleKeys.insert(TitleKey.make(entry.title))
                for name in entry.names { nameKeys.insert(PersonName.foldKey(name)) }
            }
        }
        for line in compactLines {
            for name in Self.trailingNames(of: line) { nameKeys.insert(PersonName.foldKey(name)) }
        }
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
