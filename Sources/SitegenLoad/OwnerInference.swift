/// Decides the owner of a page with no header (layout C) from its bylines.
///
/// The rule: the owner is an author of every paper on their page, so they must appear in every
/// byline that is not cut (`et al.`). A person is inferred as owner when the page has at least
/// two uncut bylines, they appear in all of them, and no one appears in more of the page's
/// bylines than they do. Otherwise the page has no owner (and the loader says how to set one).
enum OwnerInference {
    static let minimumCompleteBylines = 2

    /// The inferred owner (a canonical name), or nil.
    static func infer(entries: [ProfileEntry], identity: AuthorIdentity) -> String? {
        let complete = entries.filter { !$0.truncated && !$0.names.isEmpty }
        guard complete.count >= minimumCompleteBylines else { return nil }
        var inAll = Set(identity.canonical(complete[0].names))
        for entry in complete.dropFirst() { inAll.formIntersection(identity.canonical(entry.names)) }
        guard inAll.count == 1, let candidate = inAll.first else { return nil }
        var counts: [String: Int] = [:]
        for entry in entries {
            for name in Set(identity.canonical(entry.names)) { counts[name, default: 0] += 1 }
        }
        let best = counts[candidate] ?? 0
        return counts.allSatisfy { $0.key == candidate || $0.value < best } ? candidate : nil
    }
}
