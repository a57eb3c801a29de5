import Foundation
import SitegenLoad
import SitegenModel
import Testing

/// Whole pages with capture noise, each layout, read field by field.
@Suite struct ProfileParsingTests {
    /// A full profile captured on Windows: BOM, CRLF, trailing and no-break spaces, thousands
    /// separators, a missing abstract (also on the last entry), no final newline.
    static let noisyFullProfile = "\u{FEFF}Gaël Varoquaux  \r\n\r\nLG\r\nh-index95\r\n1,024papers\r\n120,500citations\r\nNovelty40%\r\nAI Score70\r\n \r\n3 Papers\r\n\r\n"
        + "LGJun 1, 2011Code\r\nScikit-learn: Machine Learning in Python\r\nFabian Pedregosa, Gaël Varoquaux, Alexandre Gramfort et al.\u{00A0}· inria\r\n\r\n"
        + "Scikit-learn is a Python module integrating a wide range of machine learning algorithms.\r\n\r\n"
        + "MLMar 3\r\nA Paper With No Abstract\r\nGael Varoquaux, Bertrand Thirion\r\n\r\n"
        + "12.5CVFeb 9, 2014\r\nLast Entry Without Abstract\r\nBertrand Thirion, Gaël Varoquaux"

    @Test func noisyFullProfileReadsCleanly() throws {
        let site = try TemporaryContent(profiles: ["a.txt": Self.noisyFullProfile]).load()
        let profile = try #require(site.profiles.first)
        #expect(profile.layout == .fullProfile)
        #expect(profile.owner == "Gaël Varoquaux")
        #expect(profile.ownerSource == .header)
        #expect(profile.stats == ProfileStats(primaryCategory: "LG", hIndex: 95, paperCount: 1024, citations: 120_500, novelty: 40, aiScore: 70))
        #expect(profile.entryCount == 3)
        let sklearn = try #require(site.papers.first { $0.title == "Scikit-learn: Machine Learning in Python" })
        #expect(sklearn.authors == ["Fabian Pedregosa", "Gaël Varoquaux", "Alexandre Gramfort"])
        #expect(sklearn.authorsTruncated)
        #expect(sklearn.organizations == ["inria"])
        #expect(sklearn.hasCode)
        #expect(sklearn.date?.description == "2011-06-01")
        #expect(sklearn.abstract == "Scikit-learn is a Python module integrating a wide range of machine learning algorithms.")
        let noAbstract = try #require(site.papers.first { $0.title == "A Paper With No Abstract" })
        #expect(noAbstract.abstract == nil)
        #expect(noAbstract.date?.description == "2026-03-03")
        #expect(noAbstract.authors == ["Gaël Varoquaux", "Bertrand Thirion"], "accent-less spelling folds into the owner's")
        let last = try #require(site.papers.first { $0.title == "Last Entry Without Abstract" })
        #expect(last.abstract == nil)
        #expect(last.category == "CV")
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
    }

    @Test func headerCountThatDiffersIsAWarning() throws {
        let text = "Ann Owner\nCL\n5 Papers\nCLJan 1, 2020\nOnly Paper\nAnn Owner, Bob Two\nAbstract text."
        let site = try TemporaryContent(profiles: ["x.txt": text]).load()
        #expect(site.diagnostics.map(\.message) == ["the header says 5 papers but 1 entries were read"])
    }

    @Test func collaboratorsListWithoutDoubleBlankLines() throws {
        let text = "Collaborating Authors\n\u{00A0}de la Torre, Fernando\nFirst Title\narXiv.org Computer Vision\n"
            + "This abstract is long enough to read as prose. It describes a method and its results in detail, as abstracts do, over many words.\n"
            + "Second Title Without Abstract\narXiv.org Machine Learning\nThird Title\narXiv.org Robotics\n"
            + "Another abstract that reads like prose. We propose a thing and show it works on benchmarks of note.\n"
        let site = try TemporaryContent(profiles: ["b.txt": text]).load()
        let profile = try #require(site.profiles.first)
        #expect(profile.layout == .collaborators)
        #expect(profile.owner == "Fernando de la Torre")
        #expect(profile.ownerSource == .byline)
        #expect(profile.entryCount == 3)
        let second = try #require(site.papers.first { $0.title == "Second Title Without Abstract" })
        #expect(second.venues == ["arXiv.org Machine Learning"])
        #expect(second.abstract == nil)
        #expect(second.authors == ["Fernando de la Torre"])
        #expect(second.authorsTruncated)
        #expect(second.category == nil && second.date == nil)
    }

    @Test func ownerFromSiteSettingsWins() throws {
        let text = "CLJan 1, 2020\nSome TitleAnn Writer, Bob Two et al.\nAn abstract.\n"
        let yaml = "captureYear: 2026\nprofiles:\n  c.txt:\n    owner: Carol Owner\n"
        let site = try TemporaryContent(siteYAML: yaml, profiles: ["c.txt": text]).load()
        let profile = try #require(site.profiles.first)
        #expect(profile.owner == "Carol Owner")
        #expect(profile.ownerSource == .config)
        #expect(site.papers.first?.knownAuthors == ["Carol Owner"])
        #expect(site.authors.contains { $0.name == "Carol Owner" && $0.paperIDs.count == 1 })
    }

    @Test func unreadableLinesAreWarningsWithFileAndLine() throws {
        let text = "Ann Owner\nCL\nh-indexZZ\nCLJan 1, 2020\nGood Title\nAnn Owner, Bob Two\nAbstract.\nCLJan 2, 2020\n"
        let site = try TemporaryContent(profiles: ["w.txt": text]).load()
        let descriptions = site.diagnostics.map(\.description)
        #expect(descriptions.contains { $0.hasPrefix("Content/profiles/w.txt:3: warning: expected a header line") })
        #expect(descriptions.contains { $0.hasPrefix("Content/profiles/w.txt:8: warning: expected a title after the head line") })
        #expect(site.papers.map(\.title) == ["Good Title"])
    }

    @Test func linesBeforeTheFirstEntryOfACompactListAreWarnings() throws {
        let text = "Some navigation text\nCLJan 1, 2020\nA TitleAnn Writer, Bob Two\nAn abstract.\n"
        let site = try TemporaryContent(profiles: ["c.txt": text]).load()
        #expect(site.papers.map(\.title) == ["A Title"])
        #expect(site.diagnostics.map(\.description).contains("Content/profiles/c.txt:1: warning: expected an entry's head line (such as `CLOct 10, 2023`); line ignored"))
    }

    @Test func junkFilesNeverCrashTheLoader() throws {
        var junk = ""
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 { junk.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 1...127, using: &generator))) }
        let profiles = ["empty.txt": "", "junk.txt": junk, "long.txt": String(repeating: "Ab", count: 200_000),
                        "header-only.txt": "Ann Owner\nCL\nh-index3\n"]
        let site = try TemporaryContent(profiles: profiles).load()
        #expect(site.profiles.count == 4)
        let headerOnly = try #require(site.profiles.first { $0.file == "header-only.txt" })
        #expect(headerOnly.layout == .fullProfile)
        #expect(headerOnly.owner == "Ann Owner")
        #expect(headerOnly.stats?.hIndex == 3)
        #expect(site.authors.contains { $0.name == "Ann Owner" && $0.paperIDs.isEmpty })
        #expect(site.diagnostics.contains { $0.file.hasSuffix("empty.txt") && $0.message.contains("empty") })
    }

    @Test func missingContentFolderIsAnError() {
        let loader = SiteLoader(contentDirectory: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"), displayRoot: "Nope")
        #expect(throws: LoadError.self) { try loader.load() }
    }

    @Test func badSettingsNameTheLine() throws {
        let content = try TemporaryContent(siteYAML: "title: X\ncaptureYear: soon\n", profiles: [:])
        do {
            _ = try content.load()
            Issue.record("expected an error")
        } catch let error as LoadError {
            #expect(error.diagnostic.line == 2)
            #expect(error.diagnostic.message.contains("captureYear"))
        }
    }
}
