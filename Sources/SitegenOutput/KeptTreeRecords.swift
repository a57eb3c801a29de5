import SitegenSupport

/// The manifests and page records of the trees a long-lived process (`sitegen serve`) committed
/// last, kept in memory for its next build instead of read back: the output's records and
/// manifest (which becomes the spare's), and the spare's manifest. Each is used only when the tree
/// on disk has the same manifest header (inputs' digest and file count): builds are deterministic,
/// so any tree made from the same inputs holds the same; another tree (another build ran since) is read.
public final class KeptTreeRecords: Sendable {
    /// The output's manifest and page records.
    let output = KeptForNextBuild<OutputManifest.Header, (manifest: OutputManifest, records: PageRecords)>()
    /// The spare's manifest.
    let spare = KeptForNextBuild<OutputManifest.Header, OutputManifest>()

    public init() {}
}
