import SitegenModel
import SitegenSupport

/// The authors one load gathered from its papers (`ModelAssembler.finish`, before the author
/// files are attached), for the next load of a long-lived process (`sitegen serve`): taken back
/// when the papers, in their order, have the same ids and authors, the pages the same owners and
/// statistics, and the spellings were folded by the same `AuthorIdentity` (its `generation`),
/// since gathering would give the same. So an edited abstract gathers no author again.
final class GatheredAuthors: Sendable {
    /// What gathering reads.
    private struct Inputs: Equatable, Sendable {
        var identity: Int
        var profiles: [Profile]
        var paperIDs: [String]
        var paperAuthors: [[String]]
    }

    private let kept = KeptForNextBuild<Inputs, [Author]>()

    /// The authors of `papers` the last load gathered from the same, else `gather()`'s; kept for the next load.
    func authors(of papers: [Paper], profiles: [Profile], identity: AuthorIdentity, gather: () -> [Author]) -> [Author] {
        let inputs = Inputs(identity: identity.generation, profiles: profiles, paperIDs: papers.map(\.id), paperAuthors: papers.map(\.allAuthors))
        let authors = kept.take(madeFrom: inputs) ?? gather()
        kept.keep(authors, madeFrom: inputs)
        return authors
    }
}
