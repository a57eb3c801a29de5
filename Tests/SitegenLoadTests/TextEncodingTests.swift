import Foundation
import SitegenLoad
import SitegenModel
import Testing

/// A profile, Markdown file or `site.yml` saved in another encoding than UTF-8 reads as the same
/// text, with a warning naming the encoding used; no U+FFFD ever reaches a name or a title.
@Suite struct TextEncodingTests {
    static let page = """
    Éloïse Dupont
    CL
    CLJan 5, 2024Code
    Café Models at Scale — “Quoted” 50 €
    Éloïse Dupont, Bob Stone et al.
    An abstract about cafés.

    """

    /// `text` in Windows-1252 (every character of these tests has a byte there).
    static func windows1252(_ text: String) -> [UInt8] {
        let high: [Character: UInt8] = ["€": 0x80, "—": 0x97, "“": 0x93, "”": 0x94, "’": 0x92]
        return text.map { high[$0] ?? UInt8($0.unicodeScalars.first!.value) }
    }

    static func utf16(_ text: String, littleEndian: Bool, byteOrderMark: Bool) -> [UInt8] {
        let units = (byteOrderMark ? [0xFEFF] : []) + Array(text.utf16)
        return units.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    /// Loads a content folder whose only profile holds `bytes`, with extra raw `files`.
    static func load(profile bytes: [UInt8], files: [String: [UInt8]] = [:]) throws -> Site {
        let content = try TemporaryContent(profiles: [:])
        try Data(bytes).write(to: content.root.appendingPathComponent("profiles/a.txt"))
        for (path, bytes) in files {
            let url = content.root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return try content.load()
    }

    /// Every name and title the site holds.
    static func texts(_ site: Site) -> [String] {
        site.authors.map(\.name) + site.papers.flatMap { [$0.title, $0.abstract ?? ""] + $0.authors }
    }

    static let reference = try! load(profile: Array(page.utf8))

    @Test func utf8ReadsWithoutAWarning() {
        #expect(Self.texts(Self.reference).contains("Éloïse Dupont"))
        #expect(Self.texts(Self.reference).contains("Café Models at Scale — “Quoted” 50 €"))
        #expect(!Self.reference.diagnostics.contains { $0.message.contains("UTF-8") })
    }

    @Test(arguments: [
        (windows1252(page), "Windows-1252 (Latin-1)"),
        (utf16(page, littleEndian: true, byteOrderMark: true), "UTF-16 little-endian (it starts with a byte-order mark)"),
        (utf16(page, littleEndian: false, byteOrderMark: true), "UTF-16 big-endian (it starts with a byte-order mark)"),
        (utf16(page, littleEndian: true, byteOrderMark: false), "UTF-16 little-endian (every other byte is zero)"),
        (utf16(page, littleEndian: false, byteOrderMark: false), "UTF-16 big-endian (every other byte is zero)"),
    ])
    func otherEncodingsReadAsTheSameTextWithAWarningNamingThem(bytes: [UInt8], encoding: String) throws {
        let site = try Self.load(profile: bytes)
        #expect(Self.texts(site) == Self.texts(Self.reference))
        #expect(!Self.texts(site).joined().contains("\u{FFFD}"))
        let warning = try #require(site.diagnostics.first { $0.file.hasSuffix("profiles/a.txt") })
        #expect(warning.message == "not UTF-8: read as \(encoding); save it as UTF-8")
    }

    /// A UTF-8 file with a few Latin-1 bytes pasted in keeps its UTF-8 and reads the rest as Windows-1252.
    @Test func strayBytesInUTF8ReadAsWindows1252() throws {
        let mixed = Array("Éloïse Dupont\nCL\nCLJan 5, 2024Code\nCaf".utf8) + [0xE9] + Array(" Models — at Scale\nÉloïse Dupont, Bob Stone et al.\n".utf8)
        let site = try Self.load(profile: mixed)
        #expect(site.papers.map(\.title) == ["Café Models — at Scale"])
        #expect(site.authors.map(\.name).contains("Éloïse Dupont"))
    }

    /// A lone surrogate or an odd last byte is dropped and counted, never shown as U+FFFD.
    @Test func invalidUTF16IsDroppedAndCounted() throws {
        let bytes = Self.utf16(Self.page, littleEndian: true, byteOrderMark: true) + [0x00, 0xD8, 0x41]
        let site = try Self.load(profile: bytes)
        #expect(!Self.texts(site).joined().contains("\u{FFFD}"))
        #expect(site.diagnostics.contains { $0.message.contains("2 invalid UTF-16 code units dropped") })
    }

    @Test func markdownAndSettingsShareTheReader() throws {
        let author = Self.windows1252("---\naffiliation: École normale supérieure\n---\nÉloïse’s bio.\n")
        let settings = Self.utf16("title: Café Lab\ncaptureYear: 2026\n", littleEndian: true, byteOrderMark: true)
        let site = try Self.load(profile: Array(Self.page.utf8), files: ["authors/eloise-dupont.md": author, "site.yml": settings])
        #expect(site.config.title == "Café Lab")
        let details = try #require(site.authors.first { $0.id == "eloise-dupont" }?.details)
        #expect(details.affiliation == "École normale supérieure" && details.bio == "Éloïse’s bio.\n")
        #expect(site.diagnostics.contains { $0.file.hasSuffix("eloise-dupont.md") && $0.message.contains("Windows-1252") })
        #expect(site.diagnostics.contains { $0.file.hasSuffix("site.yml") && $0.message.contains("UTF-16 little-endian") })
    }
}
