import Foundation

/// Case- and accent-insensitive forms of text, the basis of every comparison key in the loader.
enum TextFolding {
    /// `Gaël VAROQUAUX` → `gael varoquaux`. ASCII text (most of it) skips Foundation's folding,
    /// which costs far more than the lower-casing it amounts to there.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        // Letters that are not a base letter plus a mark, so folding leaves them: `Łukasz` is `Lukasz`.
        var result = ""
        for character in folded { result += letterFoldings[character] ?? String(character) }
        return result
    }

    /// Lower-case letters with a stroke or ligature, and their plain spelling.
    static let letterFoldings: [Character: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th",
    ]

    /// Whether a scalar of folded text belongs to a word: a letter or a digit.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
