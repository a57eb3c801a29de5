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
        var tokens = Tokens()
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            asciiTokens(text, into: &tokens)
        } else {
            unicodeTokens(text, into: &tokens)
        }
        return tokens.list
    }

    /// Distinct tokens in order of first appearance, stop words and bad lengths left out.
    private struct Tokens {
        var list: [String] = []
        var seen = Set<String>()

        /// Adds the token `make` gives when `length` (in Unicode scalars) is one a token may have.
        mutating func add(length: Int, _ make: () -> String) {
            guard length >= 2 && length <= maxLength else { return }
            let token = make()
            if !stopSet.contains(token) && seen.insert(token).inserted { list.append(token) }
        }
    }

    /// The same tokens for ASCII text, where decomposition changes nothing and letters and digits
    /// are `A-Z`, `a-z`, `0-9`: bytes, no Unicode tables (most titles and abstracts).
    private static func asciiTokens(_ text: String, into tokens: inout Tokens) {
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            default:
                tokens.add(length: current.count) { String(decoding: current, as: UTF8.self) }
                current.removeAll(keepingCapacity: true)
            }
        }
        tokens.add(length: current.count) { String(decoding: current, as: UTF8.self) }
    }

    private static func unicodeTokens(_ text: String, into tokens: inout Tokens) {
        var current = String.UnicodeScalarView()
        func flush() {
            tokens.add(length: current.count) { String(current).lowercased() }
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
    }

    /// The first `length` Unicode scalars of `token` (JavaScript: `Array.from(token)`).
    static func prefix(_ token: String, _ length: Int) -> String {
        String(String.UnicodeScalarView(token.unicodeScalars.prefix(length)))
    }
}
