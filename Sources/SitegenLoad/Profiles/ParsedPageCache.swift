import SitegenModel
import SitegenSupport

/// The profile pages one load parsed, for the next load in a long-lived process (`sitegen
/// serve`): a page whose name and bytes are the same is not decoded nor parsed again, and a
/// compact page is not cut again while the clues the other pages give (`CorpusKnowledge`) are
/// the same; the clues are not gathered again when every page is the same, or the pages edited
/// changed none (`ProfilePasses.givesSameClues`). A page whose file's
/// `FileStamp` is the one it had, settled, is not even read. Only the last load's pages are held.
public final class ParsedPageCache: Sendable {
    /// A page: its file name and the digest of its bytes.
    struct Key: Hashable {
        let name: String
        let digest: ContentDigest
    }

    /// What the first pass made of a page, and the warning decoding it gave.
    struct Page {
        let firstPass: ProfilePasses.FirstPass
        let decodeWarning: Diagnostic?
    }

    /// One load's pages (also in load order), the clues they gave, and its compact pages as cut
    /// with those clues; the key of each page whose file was settled when read, by its stamp,
    /// so that the next load need not read it.
    struct Pages {
        var pages: [Key: Page] = [:]
        var order: [Key] = []
        var keysByStamp: [FileStamp: Key] = [:]
        var knowledge: CorpusKnowledge?
        var cuts: [Key: ParsedProfile] = [:]
    }

    private let kept = KeptForNextBuild<Int, Pages>()

    public init() {}

    /// The pages kept, if parsed with dates read in `captureYear` (they depend on it); none is kept after.
    func take(parsedIn captureYear: Int) -> Pages? {
        kept.take(madeFrom: captureYear)
    }

    /// Keeps `pages`, parsed with dates read in `captureYear`, for the next load.
    func keep(_ pages: Pages, parsedIn captureYear: Int) {
        kept.keep(pages, madeFrom: captureYear)
    }
}
