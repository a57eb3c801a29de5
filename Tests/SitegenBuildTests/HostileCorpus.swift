import Foundation

/// A content folder made of hostile input: every string of `Fixtures/hostile/strings.txt` as a
/// paper title, inside bylines and organisations, in abstracts and as page owners; generated
/// extremes (a 10,000-character title, a 200,000-character line, empty and blank titles, broken
/// UTF-8, NUL bytes); hand-written Markdown files (bio, paper notes, free pages) with hostile
/// links and a YAML "billion laughs" front matter; and a hostile site title.
///
/// `strings.txt` holds one string a line; `\u{HEX}` stands for that character and `\\` for a
/// backslash, so control characters, bidi overrides and NUL can be written.
enum HostileCorpus {
    static let folder = BuildFixture.repository.appendingPathComponent("Tests/SitegenBuildTests/Fixtures/hostile")

    /// The decoded strings of `strings.txt`.
    static let strings: [String] = {
        let text = try! String(contentsOf: folder.appendingPathComponent("strings.txt"), encoding: .utf8)
        return text.split(separator: "\n").map { decode(String($0)) }
    }()

    /// Generated strings too long or too empty to keep in a file.
    static let generated: [String] = [
        String(repeating: "A very long title ", count: 556),
        String(repeating: "x", count: 200_000),
        "",
        "   ",
    ]

    static let siteTitle = "</title><script>alert('site')</script> {{title}}"

    /// Writes the hostile content folder at `content`.
    static func write(to content: URL) throws {
        let profiles = content.appendingPathComponent("profiles")
        try FileManager.default.createDirectory(at: profiles, withIntermediateDirectories: true)
        try Data("title: \"\(siteTitle)\"\ncaptureYear: 2026\n".utf8).write(to: content.appendingPathComponent("site.yml"))
        let all = strings + generated
        try Data(page(owner: "Eve Hacker", entries: all.enumerated().map { index, text in
            (title: text, byline: "Eve Hacker, Bob Smith · org", abstract: "Abstract \(index): \(text)")
        }).utf8).write(to: profiles.appendingPathComponent("titles.txt"))
        try Data(page(owner: "Eve Hacker", entries: all.enumerated().map { index, text in
            (title: "Names paper \(index)", byline: "Eve Hacker, \(text), Carol Jones et al. · \(text)", abstract: text)
        }).utf8).write(to: profiles.appendingPathComponent("people.txt"))
        for (index, owner) in strings.prefix(12).enumerated() {
            try Data(page(owner: owner, entries: [(title: "Owner paper \(index)", byline: "\(owner), Bob Smith", abstract: owner)]).utf8)
                .write(to: profiles.appendingPathComponent("owner-\(index).txt"))
        }
        var broken = Data(page(owner: "Mallory Bytes", entries: [(title: "Broken bytes", byline: "Mallory Bytes", abstract: "tail")]).utf8)
        broken.insert(contentsOf: [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, 0x00, 0xF4, 0x90, 0x80, 0x80], at: broken.count / 2)
        try broken.write(to: profiles.appendingPathComponent("broken-utf8.txt"))
        try writeMarkdownFiles(in: content)
    }

    /// A full-profile page (layout A) of `owner` with `entries`.
    static func page(owner: String, entries: [(title: String, byline: String, abstract: String)]) -> String {
        var lines = [owner, "", "CL", "h-index1", "\(entries.count)papers", "1citations", "", "\(entries.count) Papers", ""]
        for (index, entry) in entries.enumerated() {
            lines += ["CLJan \(index % 28 + 1), \(2000 + index % 26)", entry.title, "", entry.byline, "", entry.abstract, ""]
        }
        return lines.joined(separator: "\n")
    }

    private static func writeMarkdownFiles(in content: URL) throws {
        let body = strings.joined(separator: "\n\n")
        let files = [
            "authors/eve-hacker.md": """
                ---
                homepage: "javascript:alert(1)"
                photo: "data:image/svg+xml,<svg onload=alert(1)>"
                affiliation: "<script>alert(1)</script>"
                email: "\\"><img src=x onerror=alert(1)>"
                aliases: ["<b>Eve</b>", "{{title}}"]
                ---
                \(body)
                """,
            "papers/names-paper-0.md": """
                ---
                pdf: " javascript:alert(1)"
                code: "//evil.example/x"
                venue: "</script><script>alert(1)</script>"
                tags: ["<img src=x onerror=alert(1)>", "{{title}}"]
                ---
                \(body)
                """,
            "pages/laughs.md": "---\ntitle: &a [\"lol\",\"lol\"]\nx: &b [*a,*a,*a,*a,*a,*a,*a,*a]\ny: [*b,*b,*b,*b,*b,*b,*b,*b]\n---\n\(body)\n",
            "pages/oversize.md": "---\ntitle: \"\(String(repeating: "<script>", count: 3_000))\"\n---\nbody\n",
            "pages/hostile.md": "---\ntitle: \"<script>alert('page')</script>\"\n---\n\(body)\n",
        ]
        for (path, text) in files {
            let url = content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// `\u{HEX}` → the character, `\\` → a backslash; anything else as written.
    static func decode(_ line: String) -> String {
        var out = ""
        var rest = Substring(line)
        while let slash = rest.firstIndex(of: "\\") {
            out += rest[..<slash]
            rest = rest[slash...]
            if rest.hasPrefix("\\\\") {
                out += "\\"
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("\\u{"), let close = rest.firstIndex(of: "}"),
                      let value = UInt32(rest[rest.index(slash, offsetBy: 3)..<close], radix: 16), let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: close)...]
            } else {
                out += "\\"
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }
}
