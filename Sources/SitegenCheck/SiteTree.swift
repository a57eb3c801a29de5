import Foundation

/// The files of a built site, as paths relative to its root (`papers/x/index.html`).
struct SiteTree: Sendable {
    let root: URL
    /// Every regular file below the root.
    let files: Set<String>
    /// Every folder below the root (not the root itself).
    let folders: Set<String>

    /// Lists `root`; throws when it is not a readable folder.
    init(root: URL, fileManager: FileManager = .default) throws(CheckError) {
        self.root = root.standardizedFileURL
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: self.root.path, isDirectory: &isFolder), isFolder.boolValue,
              let enumerator = fileManager.enumerator(atPath: self.root.path) else {
            throw .unreadableOutput(self.root.path)
        }
        var files: Set<String> = []
        var folders: Set<String> = []
        while let path = enumerator.nextObject() as? String {
            if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                folders.insert(path)
            } else {
                files.insert(path)
            }
        }
        self.files = files
        self.folders = folders
    }

    /// The HTML pages, sorted.
    var pages: [String] { files.filter { $0.hasSuffix(".html") }.sorted() }

    /// The file a site path names: itself, or the `index.html` of a folder; nil when neither exists.
    func file(at path: String) -> String? {
        if path.isEmpty || path.hasSuffix("/") || folders.contains(path) {
            let index = (path.isEmpty || path.hasSuffix("/") ? path : path + "/") + "index.html"
            return files.contains(index) ? index : nil
        }
        return files.contains(path) ? path : nil
    }

    func bytes(of path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map(Array.init)
    }
}
