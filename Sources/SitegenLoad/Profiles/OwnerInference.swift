/// Decides the owner of a page with no header (layout C) from its bylines.
///
/// The owner is an author of every paper on their page, but bylines are cut after a few names,
/// so the owner often hides behind `et al.`. The most frequent author of the page is inferred
/// as its owner when either
/// - the page has at least two uncut bylines, they appear in every one of them, and in more of
///   the page's bylines than anyone else; or
/// - they appear in at least `minimumShare` of the entries, at least `minimumCount` times, and
///   at least `dominance` times as often as the runner-up.
/// Otherwise the page has no owner (and the loader says how to set one).
enum OwnerInference {
    static let minimumCompleteBylines = 2
    static let minimumShare = 0.2
    static let minimumCount = 3
    static let dominance = 1.5

    /// The inferred owner (a canonical name), or nil.
    static func infer(entries: [ProfileEntry], identity: AuthorIdentity) -> String? {
        // Each byline's canonical names, each once (`AuthorIdentity.canonical`), found once.
        let bylines = entries.map { identity.canonical($0.names) }
        var counts: [String: Int] = [:]
        for byline in bylines {
            for name in byline { counts[name, default: 0] += 1 }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let (candidate, count) = ranked.first.map({ ($0.key, $0.value) }) else { return nil }
        let runnerUp = ranked.dropFirst().first?.value ?? 0
        let complete = entries.indices.filter { !entries[$0].truncated && !entries[$0].names.isEmpty }
        if complete.count >= minimumCompleteBylines, count > runnerUp,
           complete.allSatisfy({ bylines[$0].contains(candidate) }) {
            return candidate
        }
        if count >= minimumCount, Double(count) >= dominance * Double(runnerUp),
           Double(count) >= minimumShare * Double(entries.count) {
            return candidate
        }
        return nil
    }
}
