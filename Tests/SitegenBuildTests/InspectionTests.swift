import Foundation
import SitegenBuild
import Testing

/// `sitegen inspect` shows, per file, how it was read, and every merge, folding and conflict.
@Suite struct InspectionTests {
    static let inspection = try! SiteInspection(contentDirectory: BuildFixture.content)

    @Test func textNamesEachFileWithLayoutOwnerAndSource() {
        let text = Self.inspection.text
        #expect(text.contains("000_ccd6bb956600ebde.txt: layout A, owner Arthur Mensch (header), 27 entries"))
        #expect(text.contains("003_47b10732c520c09c.txt: layout C, owner Teven Le Scao (inferred), 22 entries"))
        #expect(text.contains("002_eb8ec50d2665267a.txt: layout C, owner none, 17 entries\n    Content/profiles/002_eb8ec50d2665267a.txt: warning: no owner"))
        #expect(text.contains("\"Online Sinkhorn: optimal transportation distances from sample streams\" → \"Online Sinkhorn: Optimal Transport distances from sample streams\" (similarity 0.8"))
        #expect(text.contains("Carles Domingo-Enrich ← Carles Domingo Enrich ×1, Carles Domingo-Enrich ×2"))
        #expect(text.contains("\"Mistral 7B\" abstract: kept \"We introduce Mistral 7B v0.1"))
    }

    @Test func jsonCarriesTheSameFacts() throws {
        let object = try JSONSerialization.jsonObject(with: Data(Self.inspection.json.utf8)) as? [String: Any]
        let profiles = try #require(object?["profiles"] as? [[String: Any]])
        #expect(profiles.map { $0["ownerSource"] as? String } == ["header", "byline", "none", "inferred", "header"])
        #expect((object?["merges"] as? [Any])?.count == 2)
        #expect((object?["foldings"] as? [Any])?.count == 2)
        #expect(object?["papers"] as? Int == 69)
    }

    /// Papers Scholar would drop are listed, never given a made-up date or author: Pixtral 12B is
    /// only on the collaborators page (no date, no byline); Mistral 7B has both.
    @Test func papersWithoutDateOrBylineAreListed() throws {
        let text = Self.inspection.text
        let undated = try #require(text.components(separatedBy: "Papers without a date (").dropFirst().first)
        let parts = undated.components(separatedBy: "Papers without a printed byline (")
        try #require(parts.count == 2)
        let (listed, withoutByline) = (parts[0], parts[1])
        #expect(listed.contains("\n  pixtral-12b: \"Pixtral 12B\" (001_8ea4ceacf51a9478.txt)\n"))
        #expect(withoutByline.contains("\n  pixtral-12b: \"Pixtral 12B\" (001_8ea4ceacf51a9478.txt)\n"))
        #expect(!undated.contains("mistral-7b:"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Self.inspection.json.utf8)) as? [String: Any])
        let ids = try #require(object["undatedPapers"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(ids.contains("pixtral-12b") && !ids.contains("mistral-7b"))
        #expect(ids.count == Self.inspection.site.papers.count { $0.date == nil } && !ids.isEmpty)
        #expect(listed.hasPrefix("\(ids.count)):"))
    }

    @Test func unreadableContentIsAnError() {
        #expect(throws: BuildError.self) {
            try SiteInspection(contentDirectory: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
        }
    }
}

