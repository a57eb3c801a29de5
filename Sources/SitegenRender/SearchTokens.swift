import Foundation

/// How search text becomes tokens, the same way in `SearchIndex` and in `assets/search.js`:
/// canonical decomposition, combining marks dropped, lower case, split at anything that is not a
/// letter or a digit; tokens shorter than two characters and stop words are left out.
///
/// The JavaScript side does `normalize("NFD")`, removes `\p{M}`, `toLowerCase()`, splits on
/// `[^\p{L}\p{N}]+` and reads the stop words from the manifest, so the two cannot drift apart.
enum SearchTokens {
    /// Words too common to find anything with (English function words).
    static let stopWords: [String] = [
        "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "in", "into", "is", "it", "its", "of",
        "on", "or", "that", "the", "their", "this", "to", "was", "we", "were", "which", "with",
    ]
    private static let stopSet = Set(stopWords)
    /// Longer tokens are noise (hashes, glued words) and are skipped.
    static let maxLength = 40

    /// The distinct tokens of `text`, in order of first appearance.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var seen = Set<String>()
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= 2 && current.count <= maxLength {
                let token = String(current).lowercased()
                if !stopSet.contains(token) && seen.insert(token).inserted { tokens.append(token) }
            }
            current = String.UnicodeScalarView()
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                current.append(scalar)
            default:
                flush()
            }
        }
        flush()
        return tokens
    }

    /// The first `length` Unicode scalars of `token` (JavaScript: `Array.from(token)`).
    static func prefix(_ token: String, _ length: Int) -> String {
        String(String.UnicodeScalarView(token.unicodeScalars.prefix(length)))
    }
}
