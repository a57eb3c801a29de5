import Foundation
import SitegenBuild
import Testing

/// Rebuilds write only what changes: nothing when no input changed, else only the files whose
/// bytes differ from the spare tree's, and the result is always the tree a clean build of the
/// same inputs gives, byte for byte (the manifest included).
@Suite struct IncrementalBuildTests {
    /// sitegen's own records in every tree, not files of the site.
    static let bookkeeping: Set = [".sitegen-output", ".sitegen-manifest", ".sitegen-pages"]

    /// A scratch project: copies of `Content/` and `Templates/` to edit, and the output path.
    struct Project {
        let root = BuildFixture.scratch()
        var content: URL { root.appendingPathComponent("Content") }
        var templates: URL { root.appendingPathComponent("Templates") }
        var output: URL { root.appendingPathComponent("Site") }
        var spare: URL { root.appendingPathComponent(".Site.spare") }

        init() throws {
            try FileManager.default.copyItem(at: BuildFixture.content, to: content)
            try FileManager.default.copyItem(at: BuildFixture.templates, to: templates)
        }

        func build(force: Bool = false, keepsSpare: Bool = true) throws -> BuildSummary {
            try BuildFixture.build(content: content, templates: templates, into: output, force: force, keepsSpare: keepsSpare)
        }

        /// A clean build of the current inputs into a folder of its own.
        func reference(_ name: String) throws -> TreeSnapshot {
            let folder = root.appendingPathComponent("reference-\(name)")
            _ = try BuildFixture.build(content: content, templates: templates, into: folder)
            return TreeSnapshot(folder)
        }

        /// Replaces `old` with `new` in the file at `path` below `folder`; the file must hold `old`.
        func edit(_ folder: URL, _ path: String, replacing old: String, with new: String) throws {
            let url = folder.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            try #require(text.contains(old), "\(path) has no \(old)")
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
        }

        /// Two builds, the first profile edited between them, so the first site is now the spare.
        func buildWithASpare() throws {
            _ = try build()
            try edit(content, "profiles/000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "Apache 3.0 license")
            _ = try build()
        }

        /// Edits the first profile again and builds from the spare (after `buildWithASpare`).
        func editAgainAndBuild() throws {
            try edit(content, "profiles/000_ccd6bb956600ebde.txt", replacing: "Apache 3.0 license", with: "Apache 4.0 license")
            _ = try build()
        }

        /// A file beside the project's folders (outside the output) holding `text`, which a safe
        /// build must never change.
        func fileOutside(_ name: String, holding text: String) throws -> URL {
            let file = root.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            return file
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func noOpRebuildWritesNothingAndLoadsNothing() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        let before = TreeSnapshot(project.output)
        // Beside the output only the input digests may be saved (once their files have settled).
        let besides = { try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0 != ".Site.inputs" }.sorted() }
        let beside = try besides()
        var steps: [BuildProgress] = []
        let summary = try SiteBuilder(options: BuildOptions(contentDirectory: project.content, templatesDirectory: project.templates,
                                                            outputDirectory: project.output),
                                      progress: { steps.append($0) }).build()
        #expect(summary.upToDate)
        #expect(summary.filesWritten == 0)
        #expect(summary.filesUnchanged == before.bytes.count - Self.bookkeeping.count)
        #expect(steps.isEmpty, "an up-to-date build loads and renders nothing: \(steps)")
        #expect(summary.phases.isEmpty && summary.peakMemory == nil)
        #expect(summary.description.hasPrefix("up to date ("))
        let after = TreeSnapshot(project.output)
        #expect(after.identities == before.identities)
        #expect(after.bytes == before.bytes)
        #expect(try besides() == beside)
    }

    /// Paper, author and category pages and the pages of the papers and authors indexes: those a
    /// build can take from the last one.
    static func isReusablePage(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard path.hasSuffix(".html"), let top = parts.first, ["papers", "authors", "categories"].contains(top) else { return false }
        return parts.count == 3 || parts.count == 2 && top != "categories" && parts[1].hasPrefix("index")
    }

    @Test func rebuildsWriteOnlyChangedFilesAndMatchACleanBuild() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        let changes: [(label: String, apply: () throws -> Void)] = [
            ("a profile, no spare yet", {
                try project.edit(project.content, "profiles/000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "MIT license")
            }),
            ("a profile's blank lines", {
                // Profile 001 then gives more papers, which every page counts.
                try project.edit(project.content, "profiles/001_8ea4ceacf51a9478.txt", replacing: "\n\n", with: "\n\n\n")
            }),
            ("an author overlay", {
                let authors = project.content.appendingPathComponent("authors")
                try FileManager.default.createDirectory(at: authors, withIntermediateDirectories: true)
                try Data("---\naffiliation: Mistral AI\n---\nCo-founder of Mistral AI.\n".utf8)
                    .write(to: authors.appendingPathComponent("arthur-mensch.md"))
            }),
            ("a paper overlay", {
                let papers = project.content.appendingPathComponent("papers")
                try FileManager.default.createDirectory(at: papers, withIntermediateDirectories: true)
                try Data("---\ndoi: 10.48550/arXiv.2310.06825\ntags: [llm]\n---\nOur 7B model.\n".utf8)
                    .write(to: papers.appendingPathComponent("mistral-7b.md"))
            }),
            ("a template", {
                try project.edit(project.templates, "paper.mustache", replacing: "<article class=\"paper\">",
                                 with: "<article class=\"paper\" data-edited>")
            }),
            ("an alias", {
                // "Mistral AI" becomes a spelling of Arthur Mensch: bylines link elsewhere, one author fewer.
                try Data("---\naffiliation: Mistral AI\naliases: [Mistral AI]\n---\nCo-founder of Mistral AI.\n".utf8)
                    .write(to: project.content.appendingPathComponent("authors/arthur-mensch.md"))
            }),
            ("the site's title", {
                try project.edit(project.content, "site.yml", replacing: "title: Mistral & friends", with: "title: Mistral and friends")
            }),
            ("a removed profile", {
                try FileManager.default.removeItem(at: project.content.appendingPathComponent("profiles/004_8fbc228d6ee0bde4.txt"))
            }),
        ]
        // Pages a build takes from the last one rather than building them: most of them when the
        // change touches a few papers or people (with no spare, or a spare two builds back that
        // differs, their files are linked from the last build); none when every page shows what
        // changed: the site's counts (an alias, a removed profile), its title.
        let keepsMost: Set = ["a profile, no spare yet", "an author overlay", "a paper overlay"]
        var trees = [TreeSnapshot(project.output)]
        for (index, change) in changes.enumerated() {
            try change.apply()
            let summary = try project.build()
            let tree = TreeSnapshot(project.output)
            let reference = try project.reference("\(index)")
            #expect(Set(tree.bytes.keys) == Set(reference.bytes.keys), "\(change.label): other files than a clean build")
            #expect(tree.changed(since: reference).isEmpty, "\(change.label): other bytes than a clean build")
            #expect(!summary.upToDate)
            let reusable = tree.bytes.keys.filter(Self.isReusablePage).count
            if keepsMost.contains(change.label) {
                #expect(summary.pagesKept > reusable * 9 / 10 && summary.pagesKept < reusable, "\(change.label): \(summary.pagesKept) of \(reusable) kept")
            } else if change.label == "a template" {
                // paper.mustache: paper pages are built again, the others can be kept.
                let paperPages = tree.bytes.keys.filter { Self.isReusablePage($0) && $0.hasPrefix("papers/") && $0.split(separator: "/").count == 3 }.count
                #expect(summary.pagesKept > 0 && summary.pagesKept <= reusable - paperPages, "\(summary.pagesKept) kept")
            } else {
                #expect(summary.pagesKept == 0, "\(change.label): \(summary.pagesKept) kept")
            }
            #expect(summary.filesWritten + summary.filesUnchanged == tree.bytes.count - Self.bookkeeping.count)
            if index == 0 {
                // No spare: every file is written into an empty tree, but those of kept pages,
                // which are the last build's files, linked.
                #expect(summary.filesUnchanged == summary.filesLinked && summary.filesLinked > 0)
                #expect(tree.written(since: trees[0]).subtracting(Self.bookkeeping).count == summary.filesWritten)
            } else {
                // The spare is the tree two builds back; what differs from it is written, or linked
                // from the last build for a kept page; the rest is left as it is.
                let spare = trees[index - 1]
                let changed = tree.changed(since: spare).subtracting(Self.bookkeeping)
                #expect(!changed.isEmpty, "\(change.label) changed no file")
                #expect(tree.written(since: spare).subtracting(Self.bookkeeping) == changed, "\(change.label)")
                #expect(summary.filesWritten + summary.filesLinked == changed.count, "\(change.label)")
            }
            trees.append(tree)
        }
        let removed = trees[trees.count - 2].bytes.keys.filter { trees.last!.bytes[$0] == nil }
        #expect(!removed.isEmpty, "removing a profile removes its pages")
    }

    /// The API, the site feed, sitemap, robots.txt, llms.txt and search depend on the site alone:
    /// after a template edit they are the last build's files (kept, not made again), after a
    /// content edit they are made again; either way the tree is a clean build's.
    @Test func siteWideFilesAreKeptWhenOnlyTemplatesChange() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        let first = TreeSnapshot(project.output)
        // `search/index.html` is the search page, made with a template.
        let siteWide = first.bytes.keys.filter {
            $0.hasPrefix("api/") || $0.hasPrefix("search/") && !$0.hasSuffix(".html") || ["sitemap.xml", "feed.xml", "robots.txt", "llms.txt"].contains($0)
        }
        #expect(siteWide.count > 10 && siteWide.contains("api/papers.json") && siteWide.contains("feed.xml"))
        let madeAgain: Set = ["API", "feeds and sitemap", "search"]

        try project.edit(project.templates, "paper.mustache", replacing: "<article class=\"paper\">", with: "<article class=\"paper\" data-edited>")
        let afterTemplate = try project.build()
        let second = TreeSnapshot(project.output)
        #expect(second.written(since: first).intersection(siteWide).isEmpty)
        #expect(afterTemplate.phases.filter { madeAgain.contains($0.name) }.isEmpty, "\(afterTemplate.phases.map(\.name))")
        #expect(second.changed(since: try project.reference("template")).isEmpty)
        #expect(second.changed(since: first).contains { $0.hasPrefix("papers/") })

        try project.edit(project.content, "profiles/000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "MIT license")
        let afterContent = try project.build()
        let third = TreeSnapshot(project.output)
        #expect(Set(afterContent.phases.map(\.name)).isSuperset(of: madeAgain))
        #expect(third.changed(since: second).contains("api/papers.json"))
        #expect(third.changed(since: try project.reference("content")).isEmpty)
    }

    /// Kept pages' files are shared (hard links) between the live site and the spare the next
    /// build writes into: writing must replace a file, never change it in place, or the live site
    /// would change under its readers while the next one is built.
    @Test func theLiveSiteIsNeverChangedWhileTheNextIsWritten() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        // Mistral 7B's abstract: its pages are built, every other page is linked from the first site.
        try project.edit(project.content, "profiles/000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "MIT license")
        #expect(try project.build().filesLinked > 0)
        let live = TreeSnapshot(project.output)
        // Another paper's abstract: its files, shared by the live site and the spare, are written.
        try project.edit(project.content, "profiles/002_eb8ec50d2665267a.txt",
                         replacing: "A shared goal of several machine learning communities", with: "A goal shared by several communities")
        _ = try project.build()
        let replaced = TreeSnapshot(project.spare)
        #expect(!TreeSnapshot(project.output).changed(since: live).isEmpty)
        #expect(Set(replaced.bytes.keys) == Set(live.bytes.keys))
        #expect(replaced.changed(since: live).isEmpty, "the site a build replaced was changed: \(replaced.changed(since: live).sorted().prefix(5))")
    }

    /// A folder of the live site replaced by a symbolic link (by hand) is not followed when kept
    /// pages' files are linked: its page is built, and nothing outside the output is linked in.
    @Test func keptPagesAreNeverLinkedThroughALinkInTheOutput() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        let folder = "papers/bloom-a-176b-parameter-open-access-multilingual-language-model"
        let outside = project.root.appendingPathComponent("outside")
        try FileManager.default.moveItem(at: project.output.appendingPathComponent(folder), to: outside)
        try FileManager.default.createSymbolicLink(at: project.output.appendingPathComponent(folder), withDestinationURL: outside)
        try project.edit(project.content, "profiles/000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "MIT license")
        let summary = try project.build()
        #expect(summary.pagesKept > 0)
        let built = TreeSnapshot(project.output)
        let outsideFiles = TreeSnapshot(outside)
        for (name, identity) in outsideFiles.identities {
            #expect(built.identities[folder + "/" + name]?.inode != identity.inode, "\(name) linked from outside the output")
        }
        #expect(built.bytes == (try project.reference("after")).bytes)
    }

    @Test(arguments: ["missing", "cut short", "garbled"])
    func aBrokenSpareManifestLeavesNothingOfTheSpare(damage: String) throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        try project.edit(project.content, "profiles/000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "MIT license")
        _ = try project.build()
        let manifest = project.spare.appendingPathComponent(".sitegen-manifest")
        let text = try Data(contentsOf: manifest)
        switch damage {
        case "missing": try FileManager.default.removeItem(at: manifest)
        case "cut short": try text.prefix(text.count / 2).write(to: manifest)
        default: try Data(String(decoding: text, as: UTF8.self).replacingOccurrences(of: "files ", with: "files 1").utf8).write(to: manifest)
        }
        try project.edit(project.content, "profiles/000_ccd6bb956600ebde.txt", replacing: "MIT license", with: "BSD license")
        let summary = try project.build()
        // Every file is written, or linked from the last build for a kept page: none is the spare's.
        #expect(summary.filesUnchanged == summary.filesLinked)
        let tree = TreeSnapshot(project.output)
        #expect(summary.filesWritten + summary.filesLinked == tree.bytes.count - Self.bookkeeping.count)
        #expect(tree.bytes == (try project.reference("after")).bytes)
    }

    @Test(arguments: ["page records damaged", "a kept page's file deleted from the output", "--force"])
    func pagesAreBuiltWhenTheLastBuildCannotGiveThem(case label: String) throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        switch label {
        case "page records damaged":
            let records = project.output.appendingPathComponent(".sitegen-pages")
            let text = try Data(contentsOf: records)
            try text.prefix(text.count / 2).write(to: records)
        case "a kept page's file deleted from the output":
            // A paper the edit below does not touch: its page is to be kept, but cannot be linked whole.
            try FileManager.default.removeItem(at: project.output.appendingPathComponent(
                "papers/bloom-a-176b-parameter-open-access-multilingual-language-model/cite.ris"))
        default: break
        }
        try project.edit(project.content, "profiles/000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "MIT license")
        let summary = try project.build(force: label == "--force")
        let pages = TreeSnapshot(project.output).bytes.keys.filter(Self.isReusablePage).count
        if label == "a kept page's file deleted from the output" {
            #expect(summary.pagesKept > 0 && summary.pagesKept < pages)
        } else {
            #expect(summary.pagesKept == 0)
        }
        #expect(TreeSnapshot(project.output).bytes == (try project.reference("after")).bytes)
    }

    @Test func anEditKeepingSizeAndTimeIsStillSeen() async throws {
        let project = try Project()
        defer { project.remove() }
        // Old enough for the input digests to be saved and trusted.
        try await Task.sleep(for: .seconds(2.1))
        _ = try project.build()
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".Site.inputs").path))
        #expect(try project.build().upToDate)
        let profile = project.content.appendingPathComponent("profiles/000_ccd6bb956600ebde.txt")
        let modified = try FileManager.default.attributesOfItem(atPath: profile.path)[.modificationDate]
        try project.edit(project.content, "profiles/000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "Apache 3.0 license")
        try FileManager.default.setAttributes([.modificationDate: try #require(modified)], ofItemAtPath: profile.path)
        #expect(!(try project.build().upToDate))
        #expect(TreeSnapshot(project.output).bytes == (try project.reference("edited")).bytes)
    }

    /// A profiles folder that is a symbolic link is read through by the loader, so the up-to-date
    /// check reads through it too: an edit behind the link is a change.
    @Test func anEditBehindALinkedFolderIsSeen() throws {
        let project = try Project()
        defer { project.remove() }
        let moved = project.root.appendingPathComponent("profiles-elsewhere")
        try FileManager.default.moveItem(at: project.content.appendingPathComponent("profiles"), to: moved)
        try FileManager.default.createSymbolicLink(at: project.content.appendingPathComponent("profiles"), withDestinationURL: moved)
        _ = try project.build()
        #expect(try project.build().upToDate)
        try project.edit(moved, "000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "Apache 3.0 license")
        #expect(!(try project.build().upToDate))
        #expect(TreeSnapshot(project.output).bytes == (try project.reference("linked")).bytes)
    }

    /// An output tree is sitegen's, but a link put into it by hand (which becomes the spare) is
    /// never written through: replaced when its file changes, else left like any hand edit
    /// (`--force` rebuilds every file).
    @Test func aLinkInTheSpareIsNeverFollowed() throws {
        let project = try Project()
        defer { project.remove() }
        try project.buildWithASpare()
        let target = try project.fileOutside("outside.html", holding: "outside")
        let linked = project.spare.appendingPathComponent("api/papers.json")
        try FileManager.default.removeItem(at: linked)
        try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: target)
        try project.editAgainAndBuild()
        #expect(try String(contentsOf: target, encoding: .utf8) == "outside")
        // The abstract is in the API file, so it is written: the link is gone, the file is right.
        #expect(TreeSnapshot(project.output).bytes == (try project.reference("unlinked")).bytes)
    }

    /// A folder replaced by a link into somewhere else is not written through either: the build
    /// stops and drops the spare (the files it says are below the link are not there), and the
    /// next build writes the site afresh.
    @Test func aLinkedFolderInTheSpareIsNeverFollowed() throws {
        let project = try Project()
        defer { project.remove() }
        try project.buildWithASpare()
        let outside = project.root.appendingPathComponent("outside")
        try FileManager.default.moveItem(at: project.spare.appendingPathComponent("api"), to: outside)
        try Data("outside".utf8).write(to: outside.appendingPathComponent("papers.json"))
        try FileManager.default.createSymbolicLink(at: project.spare.appendingPathComponent("api"), withDestinationURL: outside)
        try project.edit(project.content, "profiles/000_ccd6bb956600ebde.txt", replacing: "Apache 3.0 license", with: "Apache 4.0 license")
        #expect(throws: BuildError.self) { try project.build() }
        #expect(try String(contentsOf: outside.appendingPathComponent("papers.json"), encoding: .utf8) == "outside")
        #expect(!FileManager.default.fileExists(atPath: project.spare.path))
        _ = try project.build()
        #expect(TreeSnapshot(project.output).bytes == (try project.reference("unlinked")).bytes)
    }

    /// Files the new site no longer has are deleted from the spare through its own folders: a
    /// folder there replaced by a link into somewhere else is not followed: the link goes, what
    /// it points to stays (`TreeFiles.remove`).
    @Test func filesLeftBehindAreNotDeletedThroughALinkedFolder() throws {
        let project = try Project()
        defer { project.remove() }
        let docs = project.content.appendingPathComponent("static/docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: docs.appendingPathComponent("notes.txt"))
        try project.buildWithASpare()
        try FileManager.default.removeItem(at: docs)
        let outside = project.root.appendingPathComponent("outside")
        try FileManager.default.moveItem(at: project.spare.appendingPathComponent("docs"), to: outside)
        try FileManager.default.createSymbolicLink(at: project.spare.appendingPathComponent("docs"), withDestinationURL: outside)
        try project.editAgainAndBuild()
        #expect(try String(contentsOf: outside.appendingPathComponent("notes.txt"), encoding: .utf8) == "notes")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: project.output.appendingPathComponent("docs").path)) == nil)
        #expect(TreeSnapshot(project.output).bytes == (try project.reference("no docs")).bytes)
    }

    /// A spare manifest naming a path outside its tree is not trusted (its stale files would be deleted).
    @Test func aManifestNamingAPathOutsideIsRefused() throws {
        let project = try Project()
        defer { project.remove() }
        try project.buildWithASpare()
        let victim = try project.fileOutside("victim.txt", holding: "keep me")
        let manifest = project.spare.appendingPathComponent(".sitegen-manifest")
        var text = try String(contentsOf: manifest, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasSuffix(" index.html") })
        text = text.replacingOccurrences(of: String(line), with: line.dropLast("index.html".count) + "../victim.txt")
        try Data(text.utf8).write(to: manifest)
        try project.editAgainAndBuild()
        #expect(FileManager.default.fileExists(atPath: victim.path))
        #expect(TreeSnapshot(project.output).bytes == (try project.reference("refused")).bytes)
    }

    /// The spare is taken while the content loads; content that does not load puts it back as it
    /// was, so the build after the fix still only writes what changed.
    @Test func contentThatDoesNotLoadLeavesTheSpareAsItWas() throws {
        let project = try Project()
        defer { project.remove() }
        try project.buildWithASpare()
        let (site, spare) = (TreeSnapshot(project.output), TreeSnapshot(project.spare))
        let settings = project.content.appendingPathComponent("site.yml")
        let goodSettings = try Data(contentsOf: settings)
        try Data("title: [not closed\n".utf8).write(to: settings)
        #expect(throws: BuildError.self) { try project.build() }
        let siteIsUntouched = TreeSnapshot(project.output).bytes == site.bytes
        #expect(siteIsUntouched)
        let spareIsBack = TreeSnapshot(project.spare).bytes == spare.bytes
        #expect(spareIsBack, "the spare, its manifest included, is as it was")
        try goodSettings.write(to: settings)
        try project.edit(project.content, "profiles/000_ccd6bb956600ebde.txt", replacing: "Apache 3.0 license", with: "Apache 4.0 license")
        let summary = try project.build()
        #expect(summary.filesWritten < summary.filesUnchanged / 10, "\(summary.filesWritten) written: the spare was used")
        #expect(TreeSnapshot(project.output).bytes == (try project.reference("fixed")).bytes)
    }

    @Test func forceWritesEveryFileAndKeepsNoSpare() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        let clean = TreeSnapshot(project.output)
        try Data("hand edit".utf8).write(to: project.output.appendingPathComponent("index.html"))
        try Data("stale".utf8).write(to: project.output.appendingPathComponent("stale.html"))
        #expect(try project.build().upToDate, "hand edits in the output are not inputs")
        let summary = try project.build(force: true)
        #expect(!summary.upToDate)
        #expect(summary.filesUnchanged == 0)
        #expect(summary.filesWritten == clean.bytes.count - Self.bookkeeping.count)
        #expect(TreeSnapshot(project.output).bytes == clean.bytes)
        #expect(!FileManager.default.fileExists(atPath: project.spare.path))
        #expect(try project.build().upToDate)
    }

    @Test func noSpareKeepsOneCopyOfTheSite() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        try project.edit(project.content, "profiles/000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "MIT license")
        _ = try project.build()
        #expect(FileManager.default.fileExists(atPath: project.spare.path))
        try project.edit(project.content, "profiles/000_ccd6bb956600ebde.txt", replacing: "MIT license", with: "BSD license")
        let summary = try project.build(keepsSpare: false)
        #expect(summary.filesUnchanged > 0, "the spare there is still serves this build")
        #expect(!FileManager.default.fileExists(atPath: project.spare.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.root.path).sorted() .filter { $0 != ".Site.inputs" } == ["Content", "Site", "Templates"])
    }
}
