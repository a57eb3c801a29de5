/// A byline name split the way reference managers want it: `Albert Q. Jiang` → family `Jiang`,
/// given `Albert Q.`; particles stay with the family name (`Ludwig van Beethoven` → `van Beethoven`).
/// A one-word name (a group, `DeepMind`) is all family name.
struct CitationName: Sendable, Equatable {
    let family: String
    let given: String

    /// Words that belong to the family name when they come right before it (`Teven Le Scao` →
    /// `Le Scao`), compared in lower case.
    private static let particles: Set<String> = [
        "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "ten", "ter",
    ]

    init(_ name: String) {
        var words = Self.words(of: name)
        guard let last = words.popLast() else {
            family = ""
            given = ""
            return
        }
        var familyWords = [last]
        while words.count > 1, let word = words.last, Self.particles.contains(word.lowercased()) {
            familyWords.insert(word, at: 0)
            words.removeLast()
        }
        family = familyWords.joined(separator: " ")
        given = words.joined(separator: " ")
    }

    /// The words of `name`, split at white space; ASCII names by bytes (asking each `Character`
    /// whether it is white space was most of the cost of a citation).
    private static func words(of name: String) -> [String] {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
            return name.split(whereSeparator: \.isWhitespace).map(String.init)
        }
        return name.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) })
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// `Jiang, Albert Q.` (`Jiang` alone without given names), the inverted form BibTeX and RIS use.
    var inverted: String { given.isEmpty ? family : "\(family), \(given)" }
}
