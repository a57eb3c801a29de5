import SitegenModel
import SitegenSupport

/// The pages one load merged (`ModelAssembler.Merged`), for the next load of a long-lived process
/// (`sitegen serve`): taken back when every profile page has the same name and bytes, in the same
/// order, and what else merging reads (the capture year, site.yml's page owners, the author files'
/// aliases) is the same, since merging would then give the same. So an edit of a Markdown file (a
/// paper's or an author's notes, a free page) or of another setting does not merge the pages again.
/// When only pages changed, what the merge found (`MergeState`) lets the next merge take in just the
/// edit; the authors gathered (`GatheredAuthors`) are kept while the papers name the same people,
/// and the papers' date order (`DateOrder`) while it still orders them.
public final class MergedModelCache: Sendable {
    private let kept = KeptForNextBuild<ContentDigest, ModelAssembler.Merged>()
    private let state = KeptForNextBuild<ContentDigest, MergeState>()
    /// The authors the last load gathered from the merged pages.
    let gatheredAuthors = GatheredAuthors()
    /// The order the last load put the papers in.
    let dateOrder = DateOrder()

    public init() {}

    /// The digest of what the pages kept were merged from, if any are kept.
    var key: ContentDigest? {
        kept.key
    }

    /// The pages merged, if merged from what has digest `key` (`key(pages:…)`); none is kept after.
    func take(madeFrom key: ContentDigest) -> ModelAssembler.Merged? {
        kept.take(madeFrom: key)
    }

    /// Keeps `merged`, merged from what has digest `key`, for the next load.
    func keep(_ merged: ModelAssembler.Merged, madeFrom key: ContentDigest) {
        kept.keep(merged, madeFrom: key)
    }

    /// What the last merge found, if it merged with settings of digest `settings` (`settingsKey`); none is kept after.
    func takeState(mergedWith settings: ContentDigest) -> MergeState? {
        state.take(madeFrom: settings)
    }

    /// Keeps what a merge with settings of digest `settings` found, for the next load.
    func keepState(_ found: MergeState, mergedWith settings: ContentDigest) {
        state.keep(found, madeFrom: settings)
    }

    /// The digest of everything merging reads: the pages (`pages`, in load order) and the
    /// settings (`settingsKey`). Each text is preceded by its length, so no two lists of texts
    /// give the same bytes.
    static func key(pages: [ParsedPageCache.Key], settings: ContentDigest) -> ContentDigest {
        var bytes: [UInt8] = []
        func add(_ text: String) {
            bytes += Array(String(text.utf8.count).utf8) + [0x3A] + Array(text.utf8)
        }
        add(settings.hex)
        add(String(pages.count))
        for page in pages {
            add(page.name)
            add(page.digest.hex)
        }
        return ContentDigest(of: bytes)
    }

    /// The digest of what merging reads besides the pages: the year yearless dates are read in,
    /// each page's site.yml settings, the author files' aliases (by slug) and how paths are shown
    /// in warnings.
    static func settingsKey(captureYear: Int, profileSettings: [String: SiteConfig.ProfileOverride],
                            aliases: [String: [String]], displayRoot: String) -> ContentDigest {
        var bytes: [UInt8] = []
        func add(_ text: String) {
            bytes += Array(String(text.utf8.count).utf8) + [0x3A] + Array(text.utf8)
        }
        add(displayRoot)
        add(String(captureYear))
        add(String(profileSettings.count))
        for (file, settings) in profileSettings.sorted(by: { $0.key < $1.key }) {
            add(file)
            add(String(describing: settings))
        }
        // An author file without aliases folds nothing: it is left out, so adding one merges nothing again.
        let aliases = aliases.filter { !$0.value.isEmpty }
        add(String(aliases.count))
        for (slug, names) in aliases.sorted(by: { $0.key < $1.key }) {
            add(slug)
            add(String(names.count))
            names.forEach(add)
        }
        return ContentDigest(of: bytes)
    }
}
