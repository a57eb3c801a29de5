import SitegenModel
import SitegenSupport

/// What the other pages already tell about names and titles: the clues used to cut a
/// compact-list line (layout C) where its title ends and its byline starts. Equal when the keys
/// are (a load that finds the same clues cuts every compact page as the last one did).
struct CorpusKnowledge: Equatable {
    /// Fold keys (`PersonName.foldKey`) of every name seen where names are clearly delimited.
    var nameKeys: Set<String> = [] {
        didSet { nameKeyOpenings = NameKeyOpenings(nameKeys) }
    }
    /// The openings of `nameKeys`, for passing over places that open no known name.
    private(set) var nameKeyOpenings = NameKeyOpenings([])
    /// Fold keys (`TitleKey.make`) of every title seen on its own line.
    var titleKeys: Set<String> = []

    /// Gathers clues from pages whose titles and bylines are on lines of their own, and from the
    /// unambiguous tail of every glued line (the names after the first author are comma-delimited).
    /// Keys are made on every core.
    init(parsed: [ParsedProfile], compactLines: [String]) {
        let fromLines = ParallelRuns.map(compactLines) { Self.trailingNames(of: $0) }
        // Names recur across pages: each is folded once. They are gathered where they are (by
        // their bytes, `OrderedTally`), with no list of them all made first; titles come with
        // their keys (`ProfileEntry.titleKey`).
        var names = OrderedTally()
        for profile in parsed {
            if let owner = profile.statedOwner { names.add(owner) }
            for entry in profile.entries {
                for name in entry.names { names.add(name) }
                titleKeys.insert(entry.titleKey)
            }
        }
        for lineNames in fromLines {
            for name in lineNames { names.add(name) }
        }
        nameKeys = Set(ParallelRuns.map(names.counts()) { PersonName.foldKey($0.value) })
        nameKeyOpenings = NameKeyOpenings(nameKeys)
    }

    init() {}

    static func == (a: CorpusKnowledge, b: CorpusKnowledge) -> Bool {
        a.nameKeys == b.nameKeys && a.titleKeys == b.titleKeys
    }

    /// Whether `name`, the name that opens `tail` (`Byline.Tails.firstName` of it), is one seen
    /// elsewhere; most are told not to be from their opening bytes alone.
    func knows(_ name: @autoclosure () -> String?, opening tail: Substring.UTF8View) -> Bool {
        guard nameKeyOpenings.mayHaveKey(tail), let name = name() else { return false }
        return nameKeys.contains(PersonName.foldKey(name))
    }

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
