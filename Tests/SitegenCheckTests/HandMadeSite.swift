import Foundation
import SitegenCheck

/// Small sites written file by file into a scratch folder, and the checker run on them.
struct HandMadeSite {
    let root: URL

    /// Writes `files` (site path → contents) into a new scratch folder; the caller calls `remove()`.
    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-check-\(UUID().uuidString)")
        for (path, contents) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
    }

    func check(_ options: SiteChecker.Options = .init()) throws -> CheckReport {
        try SiteChecker(output: root, options: options).check()
    }

    /// The findings as the command prints them.
    func lines(_ options: SiteChecker.Options = .init()) throws -> [String] {
        try check(options).findings.map(\.description)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// A page with a title, a description, extra head markup and a body.
    static func page(title: String? = "Page", description: String? = "About it.", head: String = "", body: String) -> String {
        let titleTag = title.map { "<title>\($0)</title>" } ?? ""
        let descriptionTag = description.map { "<meta name=\"description\" content=\"\($0)\">" } ?? ""
        return "<!DOCTYPE html>\n<html><head>\(titleTag)\(descriptionTag)\(head)</head>\n<body>\(body)</body></html>\n"
    }
}
