import Foundation
import SitegenLoad
import SitegenModel
import SitegenOutput

/// Writes starter Markdown files for `sitegen new`: an author file or a free page, with every
/// front-matter key the loader knows, commented, so people see what they can set.
public struct ContentScaffold {
    public let contentDirectory: URL

    public init(contentDirectory: URL) {
        self.contentDirectory = contentDirectory
    }

    /// `Content/authors/<slug>.md` for `name`; returns its path. Never overwrites.
    public func author(named name: String) throws(BuildError) -> URL {
        let slug = Slug.make(name)
        let text = """
        ---
        # Everything here is optional. Delete what you do not use.
        affiliation: ""
        homepage: ""        # https://…
        photo: ""           # https://… or a path under Content/static/
        orcid: ""           # 0000-0000-0000-0000
        scholar: ""         # Google Scholar user id
        github: ""          # GitHub user name
        email: ""
        aliases: []         # other spellings of the name, e.g. ["\(Self.initialled(name))"]
        ---
        \(StarterText.authorBio(for: name))
        """
        return try write(text + "\n", to: "authors", slug: slug, for: name)
    }

    /// `Content/pages/<slug>.md` titled `title`; returns its path. Never overwrites.
    public func page(titled title: String) throws(BuildError) -> URL {
        let text = """
        ---
        title: \(title)
        ---
        \(StarterText.pageBody)

            menu:
              - title: \(title)
                url: \(Slug.make(title))/
        """
        return try write(text + "\n", to: "pages", slug: Slug.make(title), for: title)
    }

    private func write(_ text: String, to folder: String, slug: String, for name: String) throws(BuildError) -> URL {
        guard !slug.isEmpty else { throw .io(path: folder, reason: "`\(name)` has no letters or digits to name a file after") }
        let path = "\(folder)/\(slug).md"
        try NewFiles.write([(path, Array(text.utf8))], in: contentDirectory, exists: "already exists; not overwritten")
        return contentDirectory.appendingPathComponent(path)
    }

    /// `Ann Marie Lee` → `A. M. Lee`, an example alias.
    private static func initialled(_ name: String) -> String {
        let parts = name.split(separator: " ")
        guard parts.count > 1 else { return name }
        return (parts.dropLast().compactMap { $0.first.map { "\($0)." } } + [String(parts.last!)]).joined(separator: " ")
    }
}
