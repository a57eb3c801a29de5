import SitegenModel
import SitegenSupport

/// Each paper's listing texts (`PaperListing.Texts`), kept by a long-lived process (`sitegen
/// serve`) for its next render with the title and abstract they were read from: a paper whose
/// title and abstract are the same is not read again. Only the last render's texts are held.
public final class PaperTextCache: Sendable {
    /// A paper's texts and what they were read from.
    struct Entry: Sendable {
        let title: String
        let abstract: String?
        let texts: PaperListing.Texts
    }

    /// The entries by paper id. The texts depend on nothing but the title and abstract, compared
    /// paper by paper, so the entries are kept under one key.
    private let kept = KeptForNextBuild<Int, [String: Entry]>()
    private static let key = 0

    public init() {}

    /// The entries kept; none is kept after.
    func take() -> [String: Entry] {
        kept.take(madeFrom: Self.key) ?? [:]
    }

    /// Keeps the texts of `papers` (`texts`, in the same order) for the next render.
    func keep(_ texts: [PaperListing.Texts], of papers: [Paper]) {
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(papers.count)
        for (paper, texts) in zip(papers, texts) {
            entries[paper.id] = Entry(title: paper.title, abstract: paper.abstract, texts: texts)
        }
        kept.keep(entries, madeFrom: Self.key)
    }
}
