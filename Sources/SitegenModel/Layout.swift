/// The three shapes a captured profile page comes in (`FORMATS.md`, beside the repository in `../shared/`).
public enum Layout: String, Sendable, Codable, CaseIterable {
    /// A full profile: owner header with stats, then blank-line separated entries.
    case fullProfile = "A"
    /// A "Collaborating Authors" list: owner as `Last, First`, then title / venue / abstract entries.
    case collaborators = "B"
    /// A compact list: no header, three lines per entry, title and byline glued together.
    case compact = "C"
}
