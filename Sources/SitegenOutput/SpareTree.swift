import Foundation
import SitegenSupport

/// The previous site, kept beside the output after a swap (`.<name>.spare`) so the next build
/// can update it into the new site, writing only the files whose bytes change, instead of
/// writing every file into an empty folder and deleting the old tree.
///
/// A spare is always a whole tree that was live, with the manifest it was built with. A build
/// first moves it to its staging path and deletes the manifest there, before changing any
/// file: if that build dies, the half-updated tree is a staging leftover (`LeftoverTrees`), not
/// a spare whose manifest lies. A spare without a readable manifest is deleted. The price is the
/// files that differ from the site's (the others are hard links to the same files once pages
/// are kept; `--no-spare` drops it).
public struct SpareTree {
    let url: URL
    private let fileManager: FileManager

    public init(output: URL, fileManager: FileManager) {
        url = output.deletingLastPathComponent().appendingPathComponent(Self.name(of: output))
        self.fileManager = fileManager
    }

    /// The spare's name, beside `output`.
    public static func name(of output: URL) -> String {
        ".\(output.lastPathComponent).spare"
    }

    /// Moves the spare to `staging` and returns what it holds; nil, with the spare deleted,
    /// when there is none or its manifest does not read. Its manifest is taken from `kept` when
    /// that holds one with the same header.
    func take(to staging: URL, kept: KeptForNextBuild<OutputManifest.Header, OutputManifest>? = nil) -> OutputManifest? {
        guard fileManager.fileExists(atPath: url.path) else { return nil }
        guard (try? fileManager.moveItem(at: url, to: staging)) != nil else {
            discard()
            return nil
        }
        let keptManifest = kept.flatMap { kept in OutputManifest.header(ofTreeAt: staging).flatMap { kept.take(madeFrom: $0) } }
        let manifest = keptManifest ?? OutputManifest(readingTreeAt: staging)
        let manifestFile = staging.appendingPathComponent(OutputManifest.fileName)
        guard let manifest, (try? fileManager.removeItem(at: manifestFile)) != nil else {
            try? fileManager.removeItem(at: staging)
            return nil
        }
        return manifest
    }

    /// Makes `tree`, the site just replaced, the spare; deletes it instead when it has no
    /// manifest (a site written before manifests) or cannot be moved.
    func keep(_ tree: URL) {
        let hasManifest = fileManager.fileExists(atPath: tree.appendingPathComponent(OutputManifest.fileName).path)
        guard hasManifest, (try? fileManager.moveItem(at: tree, to: url)) != nil else {
            try? fileManager.removeItem(at: tree)
            return
        }
    }

    /// Deletes the spare, if any.
    public func discard() {
        try? fileManager.removeItem(at: url)
    }
}
