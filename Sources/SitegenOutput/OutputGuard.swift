import Foundation

/// Decides whether an output directory may be replaced by a build.
///
/// sitegen replaces its output wholesale, so it refuses places whose loss would hurt: `/`, the
/// home directory (the account's and `$HOME`), the current directory, the content or templates folders, anything that
/// contains one of them or lies inside the content or templates, and any non-empty directory it
/// did not create (one without `ownershipMarker`). Paths are compared with symbolic links
/// resolved, so a link to one of these is refused too.
public enum OutputGuard {
    /// A file sitegen leaves in every tree it writes, so it knows the tree is its own.
    public static let ownershipMarker = ".sitegen-output"

    /// Refuses `outputDirectory` when it is one of the places above, or overlaps one of `inputs`
    /// (a folder, and what to call it in the message: "content").
    public static func check(output outputDirectory: URL, inputs: [(folder: URL, name: String)], fileManager: FileManager = .default,
                             environment: [String: String] = ProcessInfo.processInfo.environment) throws(OutputError) {
        let output = resolved(outputDirectory)
        var forbidden: [(path: String, name: String)] = [
            ("/", "the file system root"),
            (resolved(fileManager.homeDirectoryForCurrentUser), "the home directory"),
            (resolved(URL(fileURLWithPath: fileManager.currentDirectoryPath)), "the current (project) directory"),
        ]
        // The home the shell expands `~` to, which may differ from the account's (sudo, containers).
        if let home = environment["HOME"], home.hasPrefix("/") {
            forbidden.append((resolved(URL(fileURLWithPath: home)), "the home directory ($HOME)"))
        }
        for place in forbidden where output == place.path || place.path.hasPrefix(output + "/") {
            throw .unsafeOutput(path: output, reason: "it \(output == place.path ? "is" : "contains") \(place.name)")
        }
        for (input, name) in inputs {
            let inputPath = resolved(input)
            if inputPath == output || inputPath.hasPrefix(output + "/") || output.hasPrefix(inputPath + "/") {
                throw .unsafeOutput(path: output, reason: "it overlaps the \(name) directory \(inputPath)")
            }
        }
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw .unsafeOutput(path: output, reason: "it is a file, not a directory")
        }
        let contents = (try? fileManager.contentsOfDirectory(atPath: output)) ?? []
        if !contents.isEmpty && !contents.contains(ownershipMarker) {
            throw .unsafeOutput(path: output, reason: "it is not empty and sitegen did not create it (no \(ownershipMarker)); empty it or choose another --output")
        }
    }

    /// `url`'s path with every symbolic link resolved, also in a path that does not exist yet:
    /// its deepest existing folder goes through `realpath(3)` and the rest is appended.
    /// (Foundation's `resolvingSymlinksInPath` leaves a missing path's links alone.)
    static func resolved(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while existing.path != "/" {
            if let real = realpath(existing.path, nil) {
                defer { free(real) }
                return rest.reversed().reduce(URL(fileURLWithPath: String(cString: real))) { $0.appendingPathComponent($1) }.path
            }
            rest.append(existing.lastPathComponent)
            existing.deleteLastPathComponent()
        }
        return "/" + rest.reversed().joined(separator: "/")
    }
}
