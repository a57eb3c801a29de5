import SitegenModel

/// A byline name split the way reference managers want it: `Albert Q. Jiang` → family `Jiang`,
/// given `Albert Q.`; particles stay with the family name (`Ludwig van Beethoven` → `van Beethoven`),
/// a generational suffix goes apart (`Martin Luther King Jr.` → `King`, `Martin Luther`, `Jr.`).
/// A group (`Gemini Team`, `ATLAS Collaboration`, `Mistral-AI`) is one literal name, never split.
struct CitationName: Sendable, Equatable {
    let family: String
    let given: String
    /// `Jr.`, `III` (`NameSuffix`), or `""`.
    let suffix: String
    /// A group or organisation by `isGroup(_:)`: `family` holds the whole name.
    let isGroup: Bool

    /// Words that belong to the family name when they come right before it (`Teven Le Scao` →
    /// `Le Scao`), compared in lower case.
    private static let particles: Set<String> = [
        "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "ten", "ter",
    ]

    /// Words that make a name a group's (compared in lower case, trailing `.` and `,` ignored).
    static let groupWords: Set<String> = [
        "team", "collaboration", "consortium", "group", "project", "initiative", "committee", "society",
        "association", "alliance", "foundation", "institute", "laboratory", "lab", "labs", "inc", "ltd", "llc",
        "corporation", "university", "centre", "center", "network", "workshop", "research", "contributors",
        "developers", "community", "organization", "organisation", "council", "company",
    ]

    init(_ name: String) {
        var words = Self.words(of: name)
        guard !Self.isGroup(words: words), var last = words.popLast() else {
            family = words.joined(separator: " ")
            given = ""
            suffix = ""
            isGroup = true
            return
        }
        // A suffix only after a given and a family name: `Smith Jr.` stays a given and a family name.
        if words.count > 1, NameSuffix.isSuffix(last) {
            suffix = last
            last = words.removeLast()
            if last.hasSuffix(",") { last.removeLast() }
        } else {
            suffix = ""
        }
        var familyWords = [last]
        while words.count > 1, let word = words.last, Self.particles.contains(word.lowercased()) {
            familyWords.insert(word, at: 0)
            words.removeLast()
        }
        family = familyWords.joined(separator: " ")
        given = words.joined(separator: " ")
        isGroup = false
    }

    /// The rule that tells a group from a person (README, "Authors"): a name of one word
    /// (`DeepMind`, `Mistral-AI`), or one holding a word of `groupWords` or the word `AI` in capitals
    /// (`Gemini Team`, `BigScience Workshop`, `Meta AI`).
    /// An ASCII name's words are looked at in place, none copied.
    static func isGroup(_ name: String) -> Bool {
        guard PlainText.isASCII(name) else { return isGroup(words: words(of: name)) }
        let words = name.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) })
        return words.count < 2 || words.contains { isGroupWord(Substring($0)) }
    }

    private static func isGroup(words: [String]) -> Bool {
        words.count < 2 || words.contains { isGroupWord(Substring($0)) }
    }

    /// Whether `word` is `AI` or, trailing `.` and `,` set aside, one of `groupWords` in any case.
    /// Most words are ruled out by their length or first letter before any string is made.
    private static func isGroupWord(_ word: Substring) -> Bool {
        if word == "AI" { return true }
        var utf8 = word.utf8
        while let last = utf8.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ",") { utf8 = utf8.dropLast() }
        guard let first = utf8.first, groupWordLengths.contains(utf8.count),
              groupWordInitials.contains(first | 0x20) else { return false }
        return groupWords.contains(String(Substring(utf8)).lowercased())
    }

    private static let groupWordLengths = Set(groupWords.map(\.utf8.count))
    private static let groupWordInitials = Set(groupWords.compactMap(\.utf8.first))

    /// The words of `name`, split at white space; ASCII names by bytes (asking each `Character`
    /// whether it is white space was most of the cost of a citation).
    private static func words(of name: String) -> [String] {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
            return name.split(whereSeparator: \.isWhitespace).map(String.init)
        }
        return name.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) })
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// `Jiang, Albert Q.`, `King, Martin Luther, Jr.` (the whole name for a group or a one-word
    /// name), the inverted form RIS uses.
    var inverted: String {
        given.isEmpty ? family : suffix.isEmpty ? "\(family), \(given)" : "\(family), \(given), \(suffix)"
    }

    /// `Albert Q. Jiang`, `Martin Luther King Jr.`: the name in reading order.
    var natural: String {
        given.isEmpty ? family : suffix.isEmpty ? "\(given) \(family)" : "\(given) \(family) \(suffix)"
    }
}
