import Foundation

/// A small tmpfs mounted for one test, to fill up or to make read-only. Needs root (or
/// CAP_SYS_ADMIN); `available` says whether mounting works here, so tests can be skipped with
/// that reason rather than fail.
struct ScratchMount {
    let folder: URL

    static let available: Bool = {
        guard getuid() == 0, let probe = ScratchMount(megabytes: 1) else { return false }
        probe.unmount()
        return true
    }()

    /// Mounts a tmpfs of `megabytes` on a new scratch folder, or nil if that fails.
    init?(megabytes: Int) {
        folder = BuildFixture.scratch()
        guard Self.run(["mount", "-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", folder.path]) else {
            try? FileManager.default.removeItem(at: folder)
            return nil
        }
    }

    func remountReadOnly() -> Bool {
        Self.run(["mount", "-o", "remount,ro", folder.path])
    }

    func unmount() {
        _ = Self.run(["umount", folder.path])
        try? FileManager.default.removeItem(at: folder)
    }

    private static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
