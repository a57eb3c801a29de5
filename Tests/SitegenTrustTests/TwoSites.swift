import Foundation

/// Two contents whose sites differ on every page (`A` is `Content/`, `B` the same with another
/// site title), each built once with the binary into `good-0`, `good-1`: the known-good trees
/// any later output must equal, whole.
struct TwoSites {
    let contents: [URL]
    let manifests: [TreeManifest]
    /// The faster of the two known-good builds.
    let seconds: Double
    /// What `root` holds besides the output under test.
    static let folders: Set<String> = ["A", "B", "good-0", "good-1", ".good-0.inputs", ".good-1.inputs"]

    init(in root: URL, title: String) async throws {
        contents = [root.appendingPathComponent("A"), root.appendingPathComponent("B")]
        try TrustFixture.copyContent(to: contents[0])
        try TrustFixture.copyContent(to: contents[1], title: title)
        var manifests: [TreeManifest] = []
        var seconds = Double.infinity
        for (index, content) in contents.enumerated() {
            let folder = root.appendingPathComponent("good-\(index)")
            let started = Date()
            let outcome = try await SitegenBinary.build(content: content, output: folder)
            seconds = min(seconds, Date().timeIntervalSince(started))
            guard outcome.status == 0 else { throw BuildFailed(errors: outcome.errors) }
            manifests.append(TreeManifest(folder))
        }
        self.manifests = manifests
        self.seconds = seconds
    }

    /// A known-good build did not succeed.
    struct BuildFailed: Error {
        var errors: String
    }
}
