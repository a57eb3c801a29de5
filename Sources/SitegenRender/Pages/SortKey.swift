import Foundation

/// Orderings and index letters for names shown to people.
enum SortKey {
    /// Where a name sorts in lists of people (README, "Authors index"): by the family name
    /// (`CitationName`, without the lower-case particles before it), then by the whole name, case
    /// and accents set aside. `Ludwig van Beethoven` → `beethoven\u{1}ludwig van beethoven`, `Teven
    /// Le Scao` → `le scao\u{1}…`, `Martin Luther King Jr.` → `king\u{1}…`; a group (`Gemini Team`), a
    /// one-word name and a name in Han, kana or Hangul (family name first) sort as written.
    static func byFamilyName(_ name: String) -> String {
        let split = CitationName(name)
        guard !split.isGroup, !writesFamilyNameFirst(name) else { return folded(name) }
        var family = split.family.split(separator: " ")
        while family.count > 1, family[0].first?.isLowercase == true { family.removeFirst() }
        // U+0001 sorts before any letter: `Smith` before `Smithson` whatever their given names.
        return folded(family.joined(separator: " ")) + "\u{1}" + folded(name)
    }

    /// `Gaël Varoquaux` → `gael varoquaux`: case and accents set aside (ASCII only lower-cased,
    /// which is the same and much cheaper).
    static func folded(_ name: String) -> String {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
            return name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        return name.lowercased()
    }

    /// Whether `name` holds Han, kana or Hangul, scripts whose names put the family name first.
    private static func writesFamilyNameFirst(_ name: String) -> Bool {
        name.utf8.contains { $0 >= 0x80 } && name.unicodeScalars.contains { scalar in
            familyNameFirstScripts.contains { $0.contains(scalar.value) }
        }
    }

    /// Hangul Jamo, kana, Hangul compatibility Jamo, CJK ideographs (extension A, unified,
    /// compatibility, extensions B–G), Hangul syllables.
    private static let familyNameFirstScripts: [ClosedRange<UInt32>] = [
        0x1100...0x11FF, 0x3040...0x30FF, 0x3130...0x318F, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3134F,
    ]

    /// The index letter for a sort key: its first letter in upper case, `#` when it does not
    /// start with a letter.
    static func initial(ofFolded key: String) -> String {
        guard let first = key.first, first.isLetter else { return "#" }
        return first.uppercased()
    }

    /// A fragment id for an index letter, unique per letter: `letter-a`, `letter-other` for `#`,
    /// `letter-u141` (code points in hex) for letters outside ASCII.
    static func anchor(for letter: String) -> String {
        if letter == "#" { return "letter-other" }
        let lower = letter.lowercased()
        if lower.allSatisfy({ $0.isASCII }) { return "letter-\(lower)" }
        return "letter-u" + lower.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-")
    }
}
