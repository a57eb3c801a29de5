import Foundation

/// The trees a killed build may leave beside the output, and what the next build does with them.
///
/// `.<name>.staging-<pid>` is a half-written new site, or (after an exchange) the old site that
/// was being removed: either way it is deleted. `.<name>.previous-<pid>` is the old site moved
/// aside by the two-rename fallback: if the build died before the new site took its place, the
/// output is missing and the previous tree is put back; otherwise it is deleted.
///
/// They are recognised by the lock their build held: a build makes them only while it holds
/// the output's `BuildLock`, which the kernel releases when that build ends, however it ends.
/// So a build holding the lock knows every such tree is a leftover, whichever process has its
/// pid now (pids are reused: a pid alone would keep a dead build's tree forever); the pid only
/// keeps the names of different builds apart. Any other name is left alone. Removal is best
/// effort: a tree that cannot be deleted (a read-only folder, say) stays and does not stop the build.
public struct LeftoverTrees {
    let output: URL
    let fileManager: FileManager

    public init(output: URL, fileManager: FileManager) {
        self.output = output
        self.fileManager = fileManager
    }

    var parent: URL { output.deletingLastPathComponent() }

    func stagingName(pid: Int32) -> String { ".\(output.lastPathComponent).staging-\(pid)" }
    func previousName(pid: Int32) -> String { ".\(output.lastPathComponent).previous-\(pid)" }

    /// Restores or removes what earlier builds left. Call with the build lock held.
    public func clean() throws {
        var outputExists = fileManager.fileExists(atPath: output.path)
        for name in try fileManager.contentsOfDirectory(atPath: parent.path).filter(isLeftover).sorted() {
            let leftover = parent.appendingPathComponent(name)
            if !outputExists && name.hasPrefix(previousName(pid: 0).dropLast()) {
                try fileManager.moveItem(at: leftover, to: output)
                outputExists = true
            } else {
                try? fileManager.removeItem(at: leftover)
            }
        }
    }

    /// Whether `name` (beside the output) is exactly a staging or previous tree's.
    public func isLeftover(_ name: String) -> Bool {
        let prefixes = [stagingName(pid: 0).dropLast(), previousName(pid: 0).dropLast()]
        guard let prefix = prefixes.first(where: { name.hasPrefix($0) }), let pid = Int32(name.dropFirst(prefix.count)), pid > 0 else {
            return false
        }
        return name == stagingName(pid: pid) || name == previousName(pid: pid)
    }
}
