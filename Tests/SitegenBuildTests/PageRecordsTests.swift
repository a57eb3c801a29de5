import Foundation
@testable import SitegenOutput
import SitegenSupport
import Testing

/// `PageRecords`, packed: what is recorded reads back entry by entry, written and read again
/// from disk, and the pages kept for the next build are those whose every file passes.
@Suite struct PageRecordsTests {
    static func digest(_ text: String) -> ContentDigest {
        ContentDigest(of: Array(text.utf8))
    }

    static func records() -> PageRecords {
        var records = PageRecords()
        for number in 0..<50 {
            let page = "papers/p\(number)/index.html"
            let files = [page, "papers/p\(number)/cite.bib", "papers/p\(number)/cite.ris"]
            let positions = files.map { records.setFile(digest($0 + " bytes"), at: $0) }
            records.record(page: page, inputs: digest("inputs \(number)"), files: number % 2 == 0 ? positions : [positions[0]])
        }
        records.setFile(digest("asset"), at: "assets/site.css")
        return records
    }

    @Test func recordedEntriesReadBackAndRoundTripThroughTheFile() throws {
        let records = Self.records()
        #expect(records.pageCount == 50)
        let entry = try #require(records.entry("papers/p4/index.html"))
        #expect(entry.inputs == Self.digest("inputs 4"))
        #expect(entry.files.map(\.path) == ["papers/p4/index.html", "papers/p4/cite.bib", "papers/p4/cite.ris"])
        #expect(entry.files.allSatisfy { $0.digest == Self.digest($0.path + " bytes") })
        #expect(records.entry("papers/p5/index.html")?.files.map(\.path) == ["papers/p5/index.html"])
        #expect(records.entry("papers/p50/index.html") == nil)

        let tree = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: tree) }
        var bytes: [UInt8] = []
        records.encode(partSize: 100) { bytes += $0 }
        try Data(bytes).write(to: tree.appendingPathComponent(PageRecords.fileName))
        let read = try #require(PageRecords(readingTreeAt: tree))
        #expect(read.inputsByPage() == records.inputsByPage())
        for page in records.inputsByPage().keys {
            let (original, again) = (try #require(records.entry(page)), try #require(read.entry(page)))
            #expect(original.files.map(\.path) == again.files.map(\.path) && original.files.map(\.digest) == again.files.map(\.digest))
        }
    }

    @Test func keptPagesAreThoseWhoseEveryFilePasses() throws {
        let records = Self.records()
        // Every `cite.ris` refused: only the pages recorded without one are kept.
        let kept = records.keepingOnly(filesWhere: { files, position in !files.path(at: position).hasSuffix(".ris") })
        #expect(kept.pageCount == 25)
        for number in 0..<50 {
            let page = "papers/p\(number)/index.html"
            if number % 2 == 0 {
                #expect(kept.entry(page) == nil, "\(page)")
            } else {
                let entry = try #require(kept.entry(page))
                #expect(entry.inputs == Self.digest("inputs \(number)") && entry.files.map(\.path) == [page])
            }
        }
    }
}
