import SitegenModel
import SitegenSupport

/// A site as a build loaded it, with the digest of everything it was loaded from
/// (`InputFingerprint`'s `site` digest). `sitegen serve` hands it from one build to the next,
/// which then loads nothing when only the templates changed (`SiteBuilder.build(reusing:)`).
public struct LoadedSite: Sendable {
    let inputs: ContentDigest
    let site: Site
}
