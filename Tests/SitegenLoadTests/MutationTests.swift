import Foundation
@testable import SitegenLoad
import SitegenModel
import SitegenTestSupport
import Testing

/// Thousands of randomly broken versions of the seed pages: the loader never crashes or hangs,
/// and every non-blank line ends up in an entry, a profile header, or a warning.
@Suite struct MutationTests {
    static let seeds: [String] = {
        let folder = Fixtures.seedsContent.appendingPathComponent("profiles")
        return try! FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            try! String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
    }()

    static let junk = ["", " ", "\u{00A0}", "CLJan 1", "CLFeb 30, 2024Code", "et al.", " · ", ",", "Collaborating Authors",
                       "h-index", "1,024papers", "\u{FEFF}", "\r", "$\\frac{", "{{title}}", "<script>", "Ł", "\u{0301}", "..",
                       String(repeating: "A", count: 3_000), "Name Surname, Other Person et al. · org"]

    /// One random edit of a page's lines.
    static func mutate(_ text: String, using rng: inout SplitMix) -> String {
        var lines = text.components(separatedBy: "\n")
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            guard !lines.isEmpty else { lines = [junk.randomElement(using: &rng)!]; continue }
            let index = Int.random(in: 0..<lines.count, using: &rng)
            switch Int.random(in: 0..<8, using: &rng) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[Int.random(in: 0..<lines.count, using: &rng)], at: index)
            case 2: lines.swapAt(index, Int.random(in: 0..<lines.count, using: &rng))
            case 3: lines.insert(junk.randomElement(using: &rng)!, at: index)
            case 4:
                var scalars = Array(lines[index].unicodeScalars)
                if !scalars.isEmpty {
                    scalars[Int.random(in: 0..<scalars.count, using: &rng)] = Unicode.Scalar(UInt32.random(in: 0x20...0x2FF, using: &rng)) ?? "?"
                }
                lines[index] = String(String.UnicodeScalarView(scalars))
            case 5: lines[index] = String(lines[index].prefix(Int.random(in: 0...max(0, lines[index].count), using: &rng)))
            case 6 where index + 1 < lines.count: lines[index] += lines.remove(at: index + 1)
            default: lines = Array(lines.prefix(index))
            }
        }
        return lines.joined(separator: Bool.random(using: &rng) ? "\n" : "\r\n")
    }

    /// Whether line `number` (text `text`) of a parsed page is accounted for.
    static func accounted(_ number: Int, _ text: String, in page: ParsedProfile) -> Bool {
        if page.diagnostics.contains(where: { $0.line == number || $0.message.contains("non-blank lines ignored") }) { return true }
        if page.entries.contains(where: { $0.line == number }) { return true }
        let header = [page.statedOwner, page.stats?.primaryCategory].compactMap { $0 }
        if header.contains(text) || ProfileHeader.number(in: text, suffix: " Papers") != nil { return true }
        if let stats = page.stats, stats != ProfileStats(), ProfileHeader(lines: [SourceText.Line(number: 2, text: text)]).stats != ProfileStats() {
            return true
        }
        if page.layout == .collaborators, !page.entries.contains(where: { $0.line < number }) { return true }
        return page.entries.contains { entry in
            entry.title == text || entry.venue == text || (entry.abstract?.contains(text) ?? false)
                || (text.hasPrefix(entry.title) && entry.names.allSatisfy(text.contains))
                || (!entry.names.isEmpty && entry.names.allSatisfy(text.contains))
        }
    }

    /// The time limit catches a parse that runs away (quadratic or worse), not a slow machine: speed is `make bench`'s.
    @Test(.timeLimit(.minutes(5)))
    func mutatedSeedsNeverCrashAndLoseNoLine() {
        var rng = SplitMix(state: 20_261_124)
        var checkedLines = 0
        for round in 0..<1_500 {
            let original = Self.seeds[round % Self.seeds.count]
            let mutated = Self.mutate(original, using: &rng)
            let files = [ProfileFile(name: "m\(round).txt", bytes: Array(mutated.utf8), display: "m\(round).txt")]
            guard let page = ProfilePasses.parse(count: 1, captureYear: 2026, read: { _ in (files[0], nil) }).profiles.first else {
                Issue.record("round \(round): nothing parsed")
                continue
            }
            for line in files[0].decoded().0.contentLines {
                checkedLines += 1
                if !Self.accounted(line.number, line.text, in: page) {
                    Issue.record("round \(round): line \(line.number) `\(line.text.prefix(80))` is in no entry, header or warning")
                    return
                }
            }
        }
        #expect(checkedLines > 50_000)
    }

    @Test func wholeLoaderSurvivesMutatedCorpora() throws {
        var rng = SplitMix(state: 7)
        for _ in 0..<40 {
            var profiles: [String: String] = [:]
            for (index, seed) in Self.seeds.enumerated() { profiles["\(index).txt"] = Self.mutate(seed, using: &rng) }
            let site = try TemporaryContent(profiles: profiles).load()
            #expect(site.profiles.count == 5)
            #expect(Set(site.papers.map(\.id)).count == site.papers.count, "paper ids are unique")
            #expect(Set(site.authors.map(\.id)).count == site.authors.count, "author ids are unique")
        }
    }

    /// As above, the limit catches a runaway, not a slow machine.
    @Test(.timeLimit(.minutes(3)))
    func fiftyMegabyteLineIsRead() throws {
        let line = String(repeating: "Ab, ", count: 12_500_000)
        let site = try TemporaryContent(profiles: ["huge.txt": "CLJan 1, 2020\n" + line + "\nabstract"]).load()
        #expect(site.profiles.count == 1)
    }
}
