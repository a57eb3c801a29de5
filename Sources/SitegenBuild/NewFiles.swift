import Foundation
import SitegenLoad
import SitegenOutput
import SitegenSupport

/// Writes files that must not exist yet, as `sitegen new` and `sitegen init` do: every one, or,
/// when one of them is there already, none.
enum NewFiles {
    /// Writes each file at its path below `root`, creating folders; `exists` is the reason given
    /// when a file is there already.
    static func write(_ files: [(path: String, bytes: [UInt8])], in root: URL, exists: String) throws(BuildError) {
        for file in files {
            let url = root.appendingPathComponent(file.path)
            if (try? FileManager.default.attributesOfItem(atPath: url.path)) != nil {
                throw .io(path: url.path, reason: exists)
            }
        }
        for file in files {
            let url = root.appendingPathComponent(file.path)
            do {
                try Folders.make(url.deletingLastPathComponent())
            } catch {
                throw .io(path: error.path, reason: "cannot create the folder: \(error.reason)")
            }
            do {
                try Data(file.bytes).write(to: url)
            } catch {
                throw .io(path: url.path, reason: "cannot write: \(SystemReason.describing(error))")
            }
        }
    }
}
