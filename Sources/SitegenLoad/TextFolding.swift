import Foundation

/// Case- and accent-insensitive forms of text, the basis of every comparison key in the loader.
enum TextFolding {
    /// `Gaël VAROQUAUX` → `gael varoquaux`. ASCII text (most of it) skips Foundation's folding,
    /// which costs far more than the lower-casing it amounts to there.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
    }

    /// Whether a scalar of folded text belongs to a word: a letter or a digit.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
