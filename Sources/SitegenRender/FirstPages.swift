/// The pages a preview has open in a browser (`sitegen serve`): built before every other page and
/// handed over at once, so the browser can show an edit while the rest of the site is built, as
/// Hugo's server does. They are built again, to the same bytes, with the rest.
public struct FirstPages: Sendable {
    /// The open pages' paths in the output (`papers/slug/index.html`); a path no page has is passed over.
    public let paths: Set<String>
    /// Gets the open pages, built, once, before any other page is built.
    public let deliver: @Sendable ([RenderedFile]) -> Void

    public init(paths: Set<String>, deliver: @escaping @Sendable ([RenderedFile]) -> Void) {
        self.paths = paths
        self.deliver = deliver
    }
}
