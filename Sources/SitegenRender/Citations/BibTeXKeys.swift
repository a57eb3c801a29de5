import SitegenModel
import SitegenSupport

/// Stable, unique BibTeX keys: first author's family name + year + first title word, ASCII and
/// lower case (`jiang2023mistral`; `anon` without authors, `nd` without a date).
///
/// Duplicates are settled oldest paper first (then by id), so adding a newer paper never changes
/// the key of one already cited: the first keeps the bare key, the next get `b`, `c`, … `z`, `aa`, ….
enum BibTeXKeys {
    /// Words skipped when picking the title word.
    private static let skippedWords: Set<String> = ["a", "an", "the", "on", "of", "in", "to", "for", "and", "towards"]

    /// Paper id → key for every paper of `papers`.
    static func assign(_ papers: [Paper]) -> [String: String] {
        // Base keys on every core (each splits and folds a title).
        assign(papers, bases: OrderedParallelMap.map(papers, baseKey))
    }

    /// `assign(_:)` with the base key of each paper (`baseKey(_:)`, in the order of `papers`) made already.
    static func assign(_ papers: [Paper], bases: [String]) -> [String: String] {
        // Positions are sorted, not papers: sorting and mapping `Paper`s copies every field of each.
        let ordered = papers.indices.sorted { lhs, rhs in
            switch (papers[lhs].date, papers[rhs].date) {
            case let (left?, right?) where left != right: left < right
            case (.some, nil): true
            case (nil, .some): false
            default: papers[lhs].id < papers[rhs].id
            }
        }
        // Duplicates settled in order.
        var used: [String: Int] = [:]
        var keys: [String: String] = [:]
        keys.reserveCapacity(papers.count)
        for position in ordered {
            let base = bases[position]
            let seen = used[base, default: 0]
            used[base] = seen + 1
            keys[papers[position].id] = seen == 0 ? base : base + suffix(seen + 1)
        }
        return keys
    }

    /// The key before de-duplication.
    static func baseKey(_ paper: Paper) -> String {
        // The first printed author, never a page owner the citation does not name.
        let family = paper.printedAuthors.first.map { ascii(CitationName($0).family) } ?? ""
        return (family.isEmpty ? "anon" : family) + (paper.date.map { String($0.year) } ?? "nd") + titleWord(paper.title)
    }

    /// The first word of `title` (words split at white space, `-` and `:`) that has letters or
    /// digits and is not skipped, folded by `ascii`; empty when there is none. Reads the title
    /// only up to that word (most titles' first or second).
    static func titleWord(_ title: String) -> String {
        var start = title.startIndex
        var index = start
        while true {
            let atEnd = index == title.endIndex
            if atEnd || isWordSeparator(title[index]) {
                if start < index {
                    let word = ascii(String(title[start..<index]))
                    if !word.isEmpty && !skippedWords.contains(word) { return word }
                }
                if atEnd { return "" }
                start = title.index(after: index)
            }
            index = title.index(after: index)
        }
    }

    private static func isWordSeparator(_ character: Character) -> Bool {
        character.isWhitespace || character == "-" || character == ":"
    }

    /// Letters and digits only, accents folded, lower case.
    private static func ascii(_ text: String) -> String {
        Slug.make(text).filter { $0 != "-" }
    }

    /// 2 → `b`, 26 → `z`, 27 → `aa`: bijective base 26.
    private static func suffix(_ number: Int) -> String {
        var n = number
        var letters: [Character] = []
        while n > 0 {
            n -= 1
            letters.insert(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(n % 26))), at: 0)
            n /= 26
        }
        return String(letters)
    }
}
