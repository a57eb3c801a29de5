/// Whether two differently titled papers-in-the-making are one paper.
///
/// Title alone never decides. Both need an abstract, and then:
/// - **Numbers**: titles that both carry numbers must carry the same ones (`Part 2` / `Part 3`,
///   `Gemini 1.5` / `Gemini 2`); a numbered and an unnumbered title whose words otherwise
///   overlap (`Gemini` / `Gemini 1.5`) are a sequel, not one paper. An unrelated numbered title
///   may be another version's title (`Zensolzen 3` for `Lightweight Audio Tokenizers`).
/// - **Text**: the TF-IDF cosine of title plus abstract (`TermVectors`) is at least
///   `nearIdentical`, or at least `minimumSimilarity` *and* the two share an author (a byline
///   name or the owner of a page they are on, compared by `PersonName.foldKey`).
///
/// Measured: the seeds' one paper under two arXiv titles scores 0.76 and a reworded title 0.82,
/// both with a shared owner; the seeds' different papers score at most 0.29; in a 2,000-page
/// synthetic corpus true retitlings score 0.83 and up, while two different papers that share a
/// coined method name and half their title score 0.71.
enum MergeRule {
    static let minimumSimilarity = 0.68
    static let nearIdentical = 0.85
    /// Title-word overlap (numbers aside) above which an unnumbered and a numbered title are a sequel.
    static let sequelOverlap = 0.3

    /// What the rule compares of a paper-in-the-making, computed once.
    struct Features: Equatable {
        var vector: TermVectors.Vector
        /// The heaviest words of `vector`, by which candidates are found (`PaperMerger`).
        var lookupWords: [Int32]
        /// The title, whose words are compared (`TitleWords`) only for the few candidates whose text is alike.
        var title: String
        var hasAbstract: Bool
    }

    /// The similarity when `a` and `b` are one paper, nil otherwise; `spread` holds `a`'s vector,
    /// `authors` gives every byline name and page owner of each one's entries, as printed, and
    /// `foldKey` a name's `PersonName.foldKey`. The cosine is taken first: it is a loop over one
    /// buffer, and most candidates fail it, so titles and authors are gathered and compared only
    /// for the few that pass.
    static func judge(_ a: borrowing Features, _ b: borrowing Features, spread: borrowing TermVectors.Spread,
                      authors: () -> (a: [String], b: [String]), foldKey: (String) -> String) -> Double? {
        guard a.hasAbstract, b.hasAbstract else { return nil }
        let similarity = spread.dot(b.vector)
        guard similarity >= minimumSimilarity, numbersAllow(a, b) else { return nil }
        if similarity >= nearIdentical || shareAuthor(authors(), foldKey: foldKey) { return similarity }
        return nil
    }

    private static func shareAuthor(_ authors: (a: [String], b: [String]), foldKey: (String) -> String) -> Bool {
        let keys = Set(authors.a.map(foldKey))
        return authors.b.contains { keys.contains(foldKey($0)) }
    }

    private static func numbersAllow(_ a: borrowing Features, _ b: borrowing Features) -> Bool {
        let (a, b) = (TitleWords(a.title), TitleWords(b.title))
        if a.numbers == b.numbers { return true }
        if !a.numbers.isEmpty && !b.numbers.isEmpty { return false }
        let shared = a.words.intersection(b.words).count
        let overlap = Double(shared) / Double(max(1, a.words.union(b.words).count))
        return overlap < sequelOverlap
    }

    /// A title's folded words (`TitleKey.words`): those with a digit, and the others.
    private struct TitleWords {
        var words: Set<String>
        var numbers: Set<String>

        init(_ title: String) {
            let all = Set(TitleKey.words(title))
            numbers = all.filter { $0.contains(where: \.isNumber) }
            words = all.subtracting(numbers)
        }
    }
}
