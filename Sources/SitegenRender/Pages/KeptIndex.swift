import SitegenModel
import SitegenSupport

/// What one render's `SiteIndex` made, with the papers, authors, categories and profiles it was made
/// from: kept by `sitegen serve` (`SiteIndexCache`) so that the next index takes each part whose
/// inputs are equal (`IndexReuse`) instead of making it again.
struct KeptIndex: Sendable {
    let papers: [Paper]
    /// Paper id → its position in `papers` (the first, as `SiteIndex` has it).
    let paperPositions: [String: Int]
    /// Each paper's listing, in the order of `papers`.
    let listings: [PaperListing]
    let authors: [Author]
    /// Each author's link, in the order of `authors`.
    let links: [AuthorLink]
    let authorsByName: [String: AuthorLink]
    /// Positions in `authors`, in the order the authors index lists them.
    let authorOrder: [Int]
    let bibTeXKeys: [String: String]
    let categories: [Category]
    let categoryFacts: CategoryFacts
    let profilesByFile: [String: Profile]
    /// Paper id → its page digest (`PageInputs.SiteDigests.papers`).
    let paperDigests: [String: ContentDigest]
}
