/// The settings in `Content/site.yml`.
public struct SiteConfig: Sendable, Equatable {
    /// Per-page settings, keyed by profile file name under `profiles:`.
    public struct ProfileOverride: Sendable, Equatable {
        /// The page's owner, for pages whose header does not say (or says wrongly).
        public var owner: String?
        public init(owner: String? = nil) { self.owner = owner }
    }

    public var title: String
    /// Absolute URL the site is published at (used for canonical links and feeds); may be empty.
    public var baseURL: String
    /// The year a yearless date (`Mar 26`) belongs to.
    public var captureYear: Int
    public var profiles: [String: ProfileOverride]
    /// Extra menu entries (free pages, outside links), in order.
    public var menu: [MenuItem]

    public init(title: String = "Research", baseURL: String = "", captureYear: Int,
                profiles: [String: ProfileOverride] = [:], menu: [MenuItem] = []) {
        self.title = title
        self.baseURL = baseURL
        self.captureYear = captureYear
        self.profiles = profiles
        self.menu = menu
    }
}
