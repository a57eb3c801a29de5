import Foundation

/// A built site read for checking: its files, and the facts of every HTML page.
struct CheckedSite: Sendable {
    let tree: SiteTree
    /// Facts of every HTML page, by site path.
    let pages: [String: PageFacts]
    /// The page that is allowed to be unreachable and outside the sitemap.
    static let notFoundPage = "404.html"

    /// Reads `tree`'s pages, several at once.
    init(tree: SiteTree) {
        self.tree = tree
        let paths = tree.pages
        let facts = [PageFacts](unsafeUninitializedCapacity: paths.count) { buffer, count in
            let slots = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: paths.count) { index in
                (slots.buffer.baseAddress! + index).initialize(to: HTMLScanner.scan(tree.bytes(of: paths[index]) ?? []))
            }
            count = paths.count
        }
        pages = Dictionary(uniqueKeysWithValues: zip(paths, facts))
    }

    /// The result array shared by the concurrent scans. Unchecked but safe: each iteration
    /// initialises only its own slot, and the array is read only after all iterations end.
    private struct Slots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<PageFacts>
    }

    /// The files the links on `page` lead to (a folder's `index.html`), skipping external and broken ones.
    func linkedFiles(from page: String) -> [String] {
        (pages[page]?.links ?? []).compactMap { reference in
            guard case .local(let path, _) = SiteLink(reference, on: page) else { return nil }
            return tree.file(at: path)
        }
    }

    /// True when any page carries a `citation_…` meta tag.
    var hasCitationTags: Bool {
        pages.values.contains { $0.metas.contains { $0.name.hasPrefix("citation_") } }
    }
}
