/// Whether two differently titled entries describe the same paper, judged on title and
/// abstract together (title alone never merges two different titles).
///
/// The rule, for titles whose keys differ:
/// - the titles carry different numbers (`Gemini` / `Gemini 1.5`, `Part 2` / `Part 3`): different papers;
/// - otherwise both need abstracts, their word overlap (Jaccard) must be at least
///   `minimumAbstractSimilarity`, and their title-word overlap at least `minimumTitleSimilarity`.
/// The seeds measure 0.66/0.24 for one paper under two arXiv titles and 0.69/0.78 for a reworded
/// one, against 0.32/0.00 for two papers of one team and 0.14/0.50 for `Voxtral`/`Voxtral TTS`.
struct PaperSimilarity {
    static let minimumAbstractSimilarity = 0.5
    static let minimumTitleSimilarity = 0.15

    /// What is compared of an entry, computed once.
    struct Fingerprint {
        var titleWords: Set<String>
        var numbers: Set<String>
        var abstractWords: Set<String>?

        init(title: String, abstract: String?) {
            let words = TitleKey.words(title)
            titleWords = Set(words)
            numbers = Set(words.filter { $0.contains(where: \.isNumber) })
            abstractWords = abstract.map { Set(TitleKey.words($0).filter { $0.count > 2 }) }
        }
    }

    /// The similarities of a pair, for the record of merges.
    struct Score {
        var title: Double
        var abstract: Double
        var isSamePaper: Bool
    }

    static func compare(_ a: Fingerprint, _ b: Fingerprint) -> Score {
        let title = jaccard(a.titleWords, b.titleWords)
        guard let abstractA = a.abstractWords, let abstractB = b.abstractWords else {
            return Score(title: title, abstract: 0, isSamePaper: false)
        }
        let abstract = jaccard(abstractA, abstractB)
        let same = a.numbers == b.numbers && abstract >= minimumAbstractSimilarity && title >= minimumTitleSimilarity
        return Score(title: title, abstract: abstract, isSamePaper: same)
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        if a.isEmpty && b.isEmpty { return 0 }
        let shared = a.intersection(b).count
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
