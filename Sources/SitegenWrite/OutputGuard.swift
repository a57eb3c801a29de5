import Foundation

/// Decides whether an output directory may be replaced by a build.
///
/// sitegen replaces its output wholesale, so it refuses places whose loss would hurt: `/`, the
/// home directory, the current directory, the content or templates folders or anything that
/// contains them, and any non-empty directory it did not create (one without `ownershipMarker`).
enum OutputGuard {
    /// A file sitegen leaves in every tree it writes, so it knows the tree is its own.
    static let ownershipMarker = ".sitegen-output"

    static func check(_ options: BuildOptions, fileManager: FileManager = .default) throws(BuildError) {
        let output = options.outputDirectory.resolvingSymlinksInPath().path
        let forbidden: [(String, String)] = [
            ("/", "it is the file system root"),
            (fileManager.homeDirectoryForCurrentUser.resolvingSymlinksInPath().path, "it is the home directory"),
            (URL(fileURLWithPath: fileManager.currentDirectoryPath).resolvingSymlinksInPath().path, "it is the current (project) directory"),
        ]
        for (path, reason) in forbidden where output == path {
            throw .unsafeOutput(path: output, reason: reason)
        }
        for (input, name) in [(options.contentDirectory, "content"), (options.templatesDirectory, "templates")] {
            let inputPath = input.resolvingSymlinksInPath().path
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
}
