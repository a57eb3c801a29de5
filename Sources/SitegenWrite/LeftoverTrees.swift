import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The trees a killed build may leave beside the output, and what the next build does with them.
///
/// `.<name>.staging-<pid>` is a half-written new site, or (after an exchange) the old site that
/// was being removed: either way it is deleted. `.<name>.previous-<pid>` is the old site moved
/// aside by the two-rename fallback: if the build died before the new site took its place, the
/// output is missing and the previous tree is put back; otherwise it is deleted. Only trees
/// whose pid is not a running process (or is this process, from an earlier build) are touched,
/// and any other name is left alone. Removal is best effort: a tree that cannot be deleted
/// (a read-only folder, say) stays and does not stop the build.
struct LeftoverTrees {
    let output: URL
    let fileManager: FileManager

    var parent: URL { output.deletingLastPathComponent() }

    func stagingName(pid: Int32) -> String { ".\(output.lastPathComponent).staging-\(pid)" }
    func previousName(pid: Int32) -> String { ".\(output.lastPathComponent).previous-\(pid)" }

    /// Restores or removes what dead builds left. Call with the build lock held.
    func clean() throws {
        var outputExists = fileManager.fileExists(atPath: output.path)
        for (name, pid) in try leftovers().sorted(by: { $0.name < $1.name }) where !Self.isRunning(pid) || pid == getpid() {
            let leftover = parent.appendingPathComponent(name)
            if !outputExists && name == previousName(pid: pid) {
                try fileManager.moveItem(at: leftover, to: output)
                outputExists = true
            } else {
                try? fileManager.removeItem(at: leftover)
            }
        }
    }

    /// Names beside the output that are exactly a staging or previous tree, with their pid.
    private func leftovers() throws -> [(name: String, pid: Int32)] {
        let prefixes = [stagingName(pid: 0).dropLast(), previousName(pid: 0).dropLast()]
        return try fileManager.contentsOfDirectory(atPath: parent.path).compactMap { name in
            guard let prefix = prefixes.first(where: { name.hasPrefix($0) }),
                  let pid = Int32(name.dropFirst(prefix.count)), pid > 0,
                  name == stagingName(pid: pid) || name == previousName(pid: pid) else { return nil }
            return (name, pid)
        }
    }

    /// Whether `pid` names a live process (`kill(pid, 0)`; EPERM means it exists but is not ours).
    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
