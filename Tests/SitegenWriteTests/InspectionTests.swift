import Foundation
import SitegenWrite
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

    @Test func unreadableContentIsAnError() {
        #expect(throws: BuildError.self) {
            try SiteInspection(contentDirectory: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
        }
    }
}
