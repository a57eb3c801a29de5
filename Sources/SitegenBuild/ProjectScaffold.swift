import Foundation
import SitegenOutput
import SitegenTheme

/// Writes what `sitegen init` starts a project with: `Content/` (settings, an example profile in
/// the full-profile layout, an about page), a `.gitignore` for the output, and on request the
/// built-in theme as `Templates/` to restyle. Never overwrites a file.
public struct ProjectScaffold {
    public let root: URL
    /// The year written as `captureYear:`, the year of the example's dates.
    public let year: Int

    public init(root: URL, year: Int) {
        self.root = root
        self.year = year
    }

    /// Writes the starter content; refuses, writing nothing, when any of its files exists.
    /// Returns the files written, relative to `root`.
    public func writeContent() throws(BuildError) -> [String] {
        try write(starterFiles)
    }

    /// Writes the built-in theme into `Templates/`; refuses, writing nothing, when that folder
    /// holds anything already. Returns the files written, relative to `root`.
    public func writeTheme() throws(BuildError) -> [String] {
        let folder = root.appendingPathComponent(Self.templatesFolder)
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path), !entries.isEmpty {
            throw .io(path: folder.path, reason: "already holds templates; nothing written (move it away to write the built-in theme again)")
        }
        return try write(BuiltInTheme.files.map { ("\(Self.templatesFolder)/\($0.path)", $0.bytes) })
    }

    public static let templatesFolder = "Templates"

    private func write(_ files: [(path: String, bytes: [UInt8])]) throws(BuildError) -> [String] {
        try NewFiles.write(files, in: root, exists: "already exists; nothing written (sitegen init starts a new site; run it in an empty folder)")
        return files.map(\.path)
    }

    private var starterFiles: [(path: String, bytes: [UInt8])] {
        [
            (".gitignore", Self.gitignore),
            ("Content/site.yml", siteSettings),
            ("Content/profiles/ada-example.txt", exampleProfile),
            ("Content/pages/about.md", Self.aboutPage),
        ].map { ($0.0, Array($0.1.utf8)) }
    }

    private static let gitignore = """
    # What sitegen writes: the site, and what a killed build may leave beside it.
    /Site/
    /.Site.*

    """

    private var siteSettings: String {
        """
        # Site settings; README.md ("Content") lists every key.
        title: Ada Example's group
        # The address the site is published at (https://…/), for canonical links, feeds and the
        # sitemap; empty keeps every link relative. `sitegen build --base-url URL` overrides it.
        baseURL: ""
        # The year of dates printed without one ("Mar 26"): when the pages were captured.
        captureYear: \(year)
        # Per-page settings, keyed by file name in Content/profiles/, such as the owner of a page
        # that does not say whose it is:
        #   002_eb8ec50d2665267a.txt:
        #     owner: Jane Doe
        profiles: {}
        # Extra menu entries: free pages from Content/pages/, or outside links.
        menu:
          - title: About
            url: about/

        """
    }

    /// A page in the full-profile layout (FORMATS.md, layout A), for a made-up researcher.
    private var exampleProfile: String {
        """
        Ada Example

        CL
        h-index3
        3papers
        42citations

        3 Papers

        CLMar 3, \(year)Code
        Reading Captured Profile Pages with Fewer Mistakes
        Ada Example, Ben Sample · examplelab
        We show how a careful reader of researchers' profile pages can merge the same paper seen on several pages and fold the names a person is written under.

        LGSep 12, \(year - 1)
        Small Models for Citation Data
        Chen Placeholder, Ada Example, Ben Sample · examplelab
        We train small models that tell a reference manager what a paper is, from its title and byline alone.

        CLJan 20, \(year - 2)
        A Survey of Static Websites for Research Groups
        Ada Example
        Static websites are cheap to host and fast to read; we survey how research groups publish their papers with them.

        """
    }

    private static let aboutPage = """
    ---
    title: About
    ---
    This site lists the papers of the researchers whose profile pages are in `Content/profiles/`:
    each paper once, however many pages show it, and each person once, however their name is written.

    To make it yours:

    - Put captured profile pages into `Content/profiles/` (and delete `ada-example.txt`).
    - Set the site's `title` and `baseURL` in `Content/site.yml`.
    - Add a bio, a photo and links to an author page with `sitegen new author "Name"`, and free pages
      like this one with `sitegen new page "Title"`.
    - Preview with `sitegen serve`; publish the `Site/` folder `sitegen build` writes.

    """
}
