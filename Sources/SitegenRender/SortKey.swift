import Foundation

/// Orderings and index letters for names shown to people.
enum SortKey {
    /// `Gaël Varoquaux` → `gael varoquaux`: sorts names the way a reader expects.
    static func folded(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The index letter for a folded name: its first letter in upper case, `#` when it does not start
    /// with a letter.
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
