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
        var papers: [PaperNames]

        /// Whether gathering from these would read the same: compared where they are, with no
        /// list made of the papers' names.
        func match(_ papers: [Paper], profiles: [Profile], identity: AuthorIdentity) -> Bool {
            self.identity == identity.generation && self.papers.count == papers.count && self.profiles == profiles
                && zip(self.papers, papers).allSatisfy { $0 == PaperNames($1) }
        }
    }

    /// A paper's id and names, as gathering reads them (`Paper.allAuthors` is made from the two lists).
    private struct PaperNames: Equatable, Sendable {
        var id: String
        var authors: [String]
        var knownAuthors: [String]

        init(_ paper: Paper) {
            (id, authors, knownAuthors) = (paper.id, paper.authors, paper.knownAuthors)
        }
    }

    private let kept = KeptForNextBuild<Inputs, [Author]>()

    /// The authors of `papers` the last load gathered from the same, else `gather()`'s; kept for the next load.
    func authors(of papers: [Paper], profiles: [Profile], identity: AuthorIdentity, gather: () -> [Author]) -> [Author] {
        let found = kept.take(where: { $0.match(papers, profiles: profiles, identity: identity) })
            ?? (Inputs(identity: identity.generation, profiles: profiles, papers: papers.map(PaperNames.init)), gather())
        kept.keep(found.value, madeFrom: found.key)
        return found.value
    }
}
