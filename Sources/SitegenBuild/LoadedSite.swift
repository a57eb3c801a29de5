import SitegenLoad
import SitegenOutput
import SitegenRender
import SitegenSupport

/// The site a build loaded, with its `SiteIndex`, kept for the next build of a long-lived process
/// (`sitegen serve`) with the digest of everything it was loaded from (`InputFingerprint`'s `site`
/// digest): that build takes it instead of loading and indexing when its inputs have the same
/// digest (only the templates changed), and lets go of it before loading otherwise, so two sites
/// are never held at once. It also keeps what the next build can reuse of work done on a changed
/// site: the profile pages parsed (`ParsedPageCache`) and merged (`MergedModelCache`), the
/// render's (`RenderCaches`), and the manifests and page records of the trees it wrote (`KeptTreeRecords`).
public final class LoadedSite: Sendable {
    private let kept = KeptForNextBuild<ContentDigest, SiteIndex>()
    /// The pages the last load parsed.
    let pages = ParsedPageCache()
    /// The pages the last load merged.
    let merged = MergedModelCache()
    /// What the last render made that the next can reuse.
    let render = RenderCaches()
    /// The manifests and page records of the output and spare trees.
    let trees = KeptTreeRecords()

    public init() {}

    /// The digest of the inputs of the site kept, if any.
    var inputs: ContentDigest? {
        kept.key
    }

    /// The site kept, indexed, if it was loaded from inputs with digest `inputs`; either way, none
    /// is kept after.
    func take(loadedFrom inputs: ContentDigest) -> SiteIndex? {
        kept.take(madeFrom: inputs)
    }

    /// Keeps `index` (of the site loaded from inputs with digest `inputs`) for the next build.
    func keep(_ index: SiteIndex, loadedFrom inputs: ContentDigest) {
        kept.keep(index, madeFrom: inputs)
    }
}
