import SitegenModel
import SitegenSupport

/// Each paper's listing texts (`PaperListing.Texts`), kept by a long-lived process (`sitegen
/// serve`) for its next render with what they were read from: a paper whose title, abstract,
/// first printed author and year are the same is not read again. Only the last render's texts are held.
public final class PaperTextCache: Sendable {
    /// A paper's texts and what they were read from.
    struct Entry: Sendable {
        let title: String
        let abstract: String?
        let firstAuthor: String?
        let year: Int?
        let texts: PaperListing.Texts

        init(_ paper: Paper, texts: PaperListing.Texts) {
            (title, abstract, firstAuthor, year) = (paper.title, paper.abstract, paper.printedAuthors.first, paper.date?.year)
            self.texts = texts
        }

        /// Whether `paper` has what these texts were read from.
        func isRead(from paper: Paper) -> Bool {
            title == paper.title && abstract == paper.abstract && firstAuthor == paper.printedAuthors.first && year == paper.date?.year
        }
    }

    /// The entries by paper id. The texts depend on nothing but their paper, compared paper by
    /// paper, so the entries are kept under one key.
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
            entries[paper.id] = Entry(paper, texts: texts)
        }
        kept.keep(entries, madeFrom: Self.key)
    }
}
