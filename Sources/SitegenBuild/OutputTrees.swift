import Foundation
import SitegenLoad
import SitegenOutput

/// What beside an output is the output's: the output itself, its spare (`SpareTree`), its lock
/// (`BuildLock`), its input digests (`InputDigestCache`), and the staging and previous trees of
/// builds (`LeftoverTrees`). Reading the inputs never enters them: a link in `Content/static/`
/// back to the project is not followed, but `static` itself may be a link to anywhere, and
/// every one of them changes with each build.
struct OutputTrees {
    /// The folder holding the output, and the output's own folder (through a link), by identity.
    private let parent: FileIdentity?
    private let folder: FileIdentity?
    private let names: Set<String>
    private let leftovers: LeftoverTrees

    init(output: URL) {
        parent = FileIdentity(path: output.deletingLastPathComponent().path)
        folder = FileIdentity(path: output.path)
        names = [output.lastPathComponent, SpareTree.name(of: output), BuildLock.name(of: output), InputDigestCache.name(of: output)]
        leftovers = LeftoverTrees(output: output, fileManager: .default)
    }

    /// Whether the entry `name` of the folder `container` is one of the output's, or the folder
    /// `entry` (when it is one) is the output's.
    func owns(_ name: String, in container: FileIdentity?, entry: FileIdentity?) -> Bool {
        (container != nil && container == parent && (names.contains(name) || leftovers.isLeftover(name)))
            || (entry != nil && entry == folder)
    }
}
