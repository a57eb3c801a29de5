/// Letters that canonical decomposition leaves whole, each folded to the letters a person types
/// for it on a plain keyboard: `ø` → `o`, `ł` → `l`, `ß` → `ss`. Letters with a separable accent
/// (`é`, `ö`, `ñ`) need no entry: decomposition and mark removal fold them.
///
/// Search applies the table after lower-casing, so each entry serves both cases (`Ø` lowers to
/// `ø`, `ẞ` to `ß`). `SearchFiles` writes it into the manifest and `assets/search.js` folds query
/// words with that copy, so the index and the queries cannot fold differently.
enum SearchFolding {
    /// Lower-case letter → what it folds to (letters that never separate a word).
    static let table: [(letter: Unicode.Scalar, folded: String)] = [
        ("æ", "ae"), ("ð", "d"), ("đ", "d"), ("ħ", "h"), ("ı", "i"), ("ĳ", "ij"), ("ĸ", "k"), ("ŀ", "l"),
        ("ł", "l"), ("ŉ", "n"), ("ø", "o"), ("œ", "oe"), ("ſ", "s"), ("ß", "ss"), ("þ", "th"), ("ŧ", "t"),
        ("ȷ", "j"), ("ς", "σ"),
        // Ligatures that text copied from PDFs carries into titles and abstracts.
        ("ﬀ", "ff"), ("ﬁ", "fi"), ("ﬂ", "fl"), ("ﬃ", "ffi"), ("ﬄ", "ffl"), ("ﬅ", "st"), ("ﬆ", "st"),
    ]

    private static let lookup = Dictionary(uniqueKeysWithValues: table.map { ($0.letter, $0.folded) })

    /// `scalars` (lower case, marks removed) with every letter of the table folded.
    static func fold(_ scalars: String.UnicodeScalarView) -> String.UnicodeScalarView {
        guard scalars.contains(where: { lookup[$0] != nil }) else { return scalars }
        var folded = String.UnicodeScalarView()
        for scalar in scalars {
            if let replacement = lookup[scalar] { folded.append(contentsOf: replacement.unicodeScalars) } else { folded.append(scalar) }
        }
        return folded
    }
}
