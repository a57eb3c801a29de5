import SitegenModel
import SitegenSupport

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
        while words.count > 1, let word = words.last, Self.particleList.containsLowercased(word.utf8) {
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
    static func isGroup(_ name: String) -> Bool {
        isGroup(words: words(of: name))
    }

    private static func isGroup(words: [String]) -> Bool {
        words.count < 2 || words.contains(where: isGroupWord)
    }

    /// Whether `word` is `AI` or, trailing `.` and `,` set aside, one of `groupWords` in any case.
    private static func isGroupWord(_ word: String) -> Bool {
        var utf8 = Substring(word).utf8
        if utf8.elementsEqual("AI".utf8) { return true }
        while let last = utf8.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ",") { utf8 = utf8.dropLast() }
        return groupWordList.containsLowercased(utf8)
    }

    /// `groupWords` and `particles` looked up by the bytes of a word: both are ASCII, so a word
    /// with any other byte is none of them.
    private static let groupWordList = ASCIIWordList(groupWords)
    private static let particleList = ASCIIWordList(particles)

    /// The words of `name`, split at white space (`PlainText.whitespaceLength`), by bytes: asking
    /// each `Character` whether it is white space was most of the cost of a citation.
    private static func words(of name: String) -> [String] {
        var name = name
        return name.withUTF8 { bytes in
            var words: [String] = []
            var start = 0
            var index = 0
            func endWord() {
                if start < index { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
            }
            while index < bytes.count {
                let space = PlainText.whitespaceLength(bytes, at: index)
                if space == 0 {
                    index += 1
                } else {
                    endWord()
                    index += space
                    start = index
                }
            }
            endWord()
            return words
        }
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
