@testable import SitegenLoad
import SitegenModel
import SitegenTestSupport
import Testing

/// Which entries are one paper, and which stay apart.
@Suite struct PaperMergingTests {
    static func entry(_ title: String, abstract: String?, file: String = "a.txt", layout: Layout = .fullProfile,
                      names: [String] = ["Ann Author"]) -> ProfileEntry {
        ProfileEntry(file: file, line: 1, layout: layout, title: title, names: names, truncated: false,
                     organizations: [], category: "CL", date: nil, hasCode: false, venue: nil, abstract: abstract)
    }

    static let sinkhornAbstract = "Optimal Transport (OT) distances are now routinely used as loss functions in ML tasks. Yet, computing OT distances between arbitrary (i.e. not necessarily discrete) probability distributions remains an open problem. This paper introduces a new online estimator of entropy-regularized OT distances between two such arbitrary distributions."

    static func clusters(_ entries: [ProfileEntry]) -> [[String]] {
        let grouping = PaperMerger.group(entries, owners: [:])
        #expect(grouping.entries.allSatisfy { $0.titleKey == TitleKey.make($0.title) })
        return grouping.papers.map { grouping.entries[$0].map(\.title) }
    }

    @Test func caseHyphenationAndPunctuationVariantsMerge() {
        let result = Self.clusters([
            Self.entry("Extra-Gradient With Player Sampling", abstract: nil),
            Self.entry("Extragradient with player sampling", abstract: "Something else entirely.", file: "b.txt"),
            Self.entry("Extragradient with player sampling.", abstract: nil, file: "c.txt"),
        ])
        #expect(result.count == 1)
    }

    @Test func rewordedTitleWithTheSameAbstractMerges() {
        let result = Self.clusters([
            Self.entry("Online Sinkhorn: Optimal Transport distances from sample streams", abstract: Self.sinkhornAbstract),
            Self.entry("Online Sinkhorn: optimal transportation distances from sample streams",
                       abstract: Self.sinkhornAbstract.replacingOccurrences(of: "Yet,", with: "However,"), file: "b.txt"),
        ])
        #expect(result.count == 1)
    }

    @Test func similarTitlesWithDifferentAbstractsStayApart() {
        let result = Self.clusters([
            Self.entry("Voxtral", abstract: "We present Voxtral Mini and Voxtral Small, two multimodal audio chat models."),
            Self.entry("Voxtral TTS", abstract: "We introduce Voxtral TTS, an expressive multilingual text-to-speech model.", file: "b.txt"),
        ])
        #expect(result.count == 2)
    }

    @Test func numberedSequelsStayApartEvenWithOneAbstract() {
        let abstract = "We train a large multimodal model on text, images, audio and video, and evaluate it on many benchmarks."
        let result = Self.clusters([
            Self.entry("Gemini: A Family of Highly Capable Multimodal Models", abstract: abstract),
            Self.entry("Gemini 1.5: A Family of Highly Capable Multimodal Models", abstract: abstract, file: "b.txt"),
        ])
        #expect(result.count == 2)
    }

    @Test func anotherVersionsTitleWithANumberMerges() {
        let result = Self.clusters([
            Self.entry("Lightweight Audio Tokenizers for Multilingual Speech", abstract: Self.sinkhornAbstract),
            Self.entry("Zensolzen 3", abstract: Self.sinkhornAbstract, file: "b.txt"),
        ])
        #expect(result.count == 1)
    }

    @Test func similarTextNeedsASharedAuthorUnlessNearIdentical() {
        let base = "We introduce Arorfal, a certified transformer for super-resolution that scales to many GPUs."
        let other = "We introduce Arorfal, an interpretable approach to retrieval for robotics that scales to many GPUs."
        let apart = Self.clusters([
            Self.entry("Efficient Neural Rendering without Labels", abstract: base, names: ["Ann Author"]),
            Self.entry("Program Synthesis without Labels", abstract: other, file: "b.txt", names: ["Bob Other"]),
        ])
        #expect(apart.count == 2)
    }

    @Test func titleAloneNeverMergesDifferentTitles() {
        let result = Self.clusters([
            Self.entry("Learning to Rank with Deep Networks", abstract: nil),
            Self.entry("Learning to Rank with Deep Neural Networks", abstract: nil, file: "b.txt"),
        ])
        #expect(result.count == 2)
    }

    @Test func richerLayoutDecidesTheFields() {
        let identity = AuthorIdentity()
        let resolver = PaperResolver(identity: identity, owners: ["b.txt": "Owner One"])
        var fromB = Self.entry("Some Paper (v2 title)", abstract: "B abstract", file: "b.txt", layout: .collaborators, names: ["Owner One"])
        fromB.venue = "arXiv.org Machine Learning"
        fromB.category = nil
        var fromA = Self.entry("Some Paper", abstract: "A abstract", file: "z.txt", names: ["Ann Author", "Owner One"])
        fromA.date = PaperDate(year: 2021, month: 5, day: 4)
        let (paper, conflicts) = resolver.resolve([fromB, fromA][...])
        #expect(paper.title == "Some Paper")
        #expect(paper.altTitles == ["Some Paper (v2 title)"])
        #expect(paper.authors == ["Ann Author", "Owner One"])
        #expect(paper.abstract == "A abstract")
        #expect(paper.venues == ["arXiv.org Machine Learning"])
        #expect(paper.sources == ["b.txt", "z.txt"])
        #expect(paper.knownAuthors == ["Owner One"])
        #expect(paper.date?.description == "2021-05-04")
        #expect(conflicts.map(\.field) == ["abstract"])
        #expect(conflicts.first?.values == ["A abstract", "B abstract"])
    }

    /// Candidates are the papers enough lookup words find: the tally gives exactly the values at
    /// least `minimum` lists hold, ascending, and is clean again for the next paper.
    @Test func candidateTallyFindsValuesInEnoughLists() {
        var generator = SystemRandomNumberGenerator()
        var tally = PaperMerger.CandidateTally(count: 500)
        for _ in 0..<300 {
            let lists = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                ArraySlice(Set((0..<Int.random(in: 0...60, using: &generator)).map { _ in Int.random(in: 0..<500, using: &generator) }).sorted())
            }
            let minimum = Int.random(in: 1...3, using: &generator)
            var counts: [Int: Int] = [:]
            for list in lists { for value in list { counts[value, default: 0] += 1 } }
            #expect(tally.values(inAtLeast: minimum, of: lists) == counts.filter { $0.value >= minimum }.keys.sorted())
        }
    }

    /// Papers are put in site order by moving them, not copying: any order gives what `map` gives.
    @Test func reorderingMovesItemsIntoTheGivenOrder() {
        for count in [0, 1, 2, 7, 100] {
            // Long enough to live on the heap, so that a lost or doubled reference would show.
            let items = (0..<count).map { "item \($0) of a list long enough to be counted" }
            for _ in 0..<20 {
                let order = Array(items.indices).shuffled()
                var moved = items
                moved.reorder(by: order)
                #expect(moved == order.map { items[$0] })
            }
        }
    }

    /// The most used title or key: the first of the values held most often, however many there are.
    @Test func mostUsedIsTheFirstOfTheMostFrequent() {
        var generator = SplitMix(state: 5)
        for _ in 0..<3_000 {
            let values = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
                ["a", "b", "c", "é", "e\u{301}", "longer title key"].randomElement(using: &generator)!
            }
            var counts: [String: Int] = [:]
            for value in values { counts[value, default: 0] += 1 }
            let highest = counts.values.max()
            #expect(PaperResolver.mostUsed(values) == values.first { counts[$0] == highest }!, "\(values)")
        }
    }

    /// A byline's canonical names keep the first of each person, in order, however long it is.
    @Test func canonicalNamesKeepTheFirstOfEachPerson() {
        let pool = ["Ann Lee", "Lee, Ann", "A. Lee", "Bo Li", "Carles Domingo-Enrich", "Carles Domingo Enrich", "Zoë Ångström",
                    "Zoe\u{308} Ångström", "Cy Wu"]
        var identity = AuthorIdentity()
        for name in pool { identity.see(name) }
        identity.settle()
        var generator = SplitMix(state: 9)
        for _ in 0..<500 {
            let names = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
            var seen = Set<String>()
            #expect(identity.canonical(names) == names.map(identity.canonical).filter { seen.insert($0).inserted }, "\(names)")
        }
    }

    /// Sources and known authors: each value once, sorted, however many there are.
    @Test func uniqueSortedIsTheSortedSet() {
        var generator = SplitMix(state: 6)
        for _ in 0..<2_000 {
            let values = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                ["b.txt", "a.txt", "c.txt", "é", "e\u{301}", "Ann Lee", "Bo Li"].randomElement(using: &generator)!
            }
            #expect(PaperResolver.uniqueSorted(values) == Array(Set(values)).sorted(), "\(values)")
        }
    }

    @Test func disagreeingDatesAreRecorded() {
        let resolver = PaperResolver(identity: AuthorIdentity(), owners: [:])
        var first = Self.entry("Paper", abstract: nil)
        first.date = PaperDate(year: 2020, month: 1, day: 1)
        var second = Self.entry("Paper", abstract: nil, file: "b.txt", layout: .compact)
        second.date = PaperDate(year: 2021, month: 1, day: 1)
        let (paper, conflicts) = resolver.resolve([second, first][...])
        #expect(paper.date?.year == 2020)
        #expect(conflicts == [LoadReport.Conflict(paperTitle: "Paper", field: "date", values: ["2020-01-01", "2021-01-01"],
                                                  chosen: "2020-01-01", rule: PaperResolver.rule)])
    }

    @Test func mostFrequentSpellingIsCanonical() {
        var identity = AuthorIdentity()
        for name in ["Carles Domingo Enrich", "Carles Domingo-Enrich", "Carles Domingo-Enrich", "Domingo-Enrich, Carles"] {
            identity.see(name)
        }
        identity.settle()
        #expect(identity.canonical("carles domingo enrich") == "Carles Domingo-Enrich")
        #expect(identity.canonical(["Carles Domingo Enrich", "Samy Jelassi", "Carles Domingo-Enrich"]) == ["Carles Domingo-Enrich", "Samy Jelassi"])
        #expect(identity.otherSpellings(of: "Carles Domingo-Enrich") == ["Carles Domingo Enrich"])
    }

    /// A name's canonical spelling, looked up once settled, follows an alias and a name seen late.
    @Test func canonicalSpellingFollowsAliasesAndLateSightings() {
        var identity = AuthorIdentity()
        for name in ["Ann Lee", "Ann Lee", "A. Lee", "Lee, Ann", "Bo Li"] { identity.see(name) }
        identity.settle()
        #expect(identity.canonical(["Lee, Ann", "A. Lee", "Bo Li", "Cy Wu"]) == ["Ann Lee", "A. Lee", "Bo Li", "Cy Wu"])
        identity.alias("A. Lee", to: "Ann Lee")
        #expect(identity.canonical("A. Lee") == "Ann Lee")
        identity.see("Bo-Li")
        identity.see("Bo-Li")
        identity.settle()
        #expect(identity.canonical("Bo Li") == "Bo-Li" && identity.canonical("A. Lee") == "Ann Lee")
    }

    static func infer(_ bylines: [([String], Bool)]) -> String? {
        var identity = AuthorIdentity()
        for (names, _) in bylines { for name in names { identity.see(name) } }
        identity.settle()
        let entries = bylines.map { names, truncated in
            var entry = Self.entry("t", abstract: nil, names: names)
            entry.truncated = truncated
            return entry
        }
        return OwnerInference.infer(entries: entries, identity: identity)
    }

    @Test func ownerInEveryCompleteBylineIsInferred() {
        let others: [([String], Bool)] = [(["A A", "B B"], true), (["D D", "E E"], true), (["F F", "G G"], true)]
        #expect(Self.infer([(["Teven Le Scao", "Claire Gardent"], false), (["Zach Kaden", "Teven Le Scao"], false)] + others) == "Teven Le Scao")
        #expect(Self.infer([(["Teven Le Scao", "Claire Gardent"], false), (["Zach Kaden", "Ann Other"], false)] + others) == nil)
    }

    @Test func dominantAuthorBehindEtAlIsInferred() {
        let bylines: [([String], Bool)] = [(["S H", "A B"], true), (["C D", "S H"], true), (["E F", "G H"], true),
                                           (["S H", "I J"], true), (["K L", "M N"], true), (["O P", "Q Q"], true)]
        #expect(Self.infer(bylines) == "S H")
        #expect(Self.infer(bylines + [(["A B", "Q R"], true), (["A B", "Z Z"], true)]) == nil, "3 against 3: no one dominates")
    }
}
