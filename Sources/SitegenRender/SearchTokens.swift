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
    /// The stop words in a set with room for a document's tokens: each document's `seen` starts
    /// as a copy, so a stop word is "seen" already and each token is hashed once, not twice.
    private static let stopSet: Set<String> = {
        var set = Set<String>(minimumCapacity: 128)
        set.formUnion(stopWords)
        return set
    }()
    /// Longer tokens are noise (hashes, glued words) and are skipped.
    static let maxLength = 40

    /// The distinct tokens of `text`, in order of first appearance.
    static func tokens(_ text: String) -> [String] {
        var tokens = Tokens()
        tokens.add(text)
        return tokens.list
    }

    /// The distinct tokens of `strong`, and those of `weak` that are not among them.
    static func tokens(strong: String, weak: String) -> (strong: [String], weak: [String]) {
        var tokens = Tokens()
        tokens.add(strong)
        let strongCount = tokens.list.count
        tokens.add(weak)
        return (Array(tokens.list[..<strongCount]), Array(tokens.list[strongCount...]))
    }

    /// Distinct tokens in order of first appearance, stop words and bad lengths left out.
    private struct Tokens {
        var list: [String] = []
        var seen = stopSet

        /// Adds the tokens of `text`. Words of ASCII letters and digits are read from bytes (no
        /// Unicode tables: most words of titles and abstracts); a word holding other bytes goes
        /// through `unicodeTokens`. ASCII bytes other than letters and digits separate tokens in
        /// both, and decomposition never reaches across them, so the tokens are the same as the
        /// Unicode rules give for the whole text.
        mutating func add(_ text: String) {
            var word: [UInt8] = []
            var isASCII = true
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    word.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    // Lowered now, also in a word that turns out not to be ASCII: the Unicode path
                    // lowers it again, to the same letters.
                    word.append(byte + 32)
                case 0x80...:
                    isASCII = false
                    word.append(byte)
                default:
                    flush(&word, isASCII: isASCII)
                    isASCII = true
                }
            }
            flush(&word, isASCII: isASCII)
        }

        private mutating func flush(_ word: inout [UInt8], isASCII: Bool) {
            guard !word.isEmpty else { return }
            if isASCII {
                add(length: word.count) { String(decoding: word, as: UTF8.self) }
            } else {
                unicodeTokens(String(decoding: word, as: UTF8.self), into: &self)
            }
            word.removeAll(keepingCapacity: true)
        }

        /// Adds the token `make` gives when `length` (in Unicode scalars) is one a token may have.
        mutating func add(length: Int, _ make: () -> String) {
            guard length >= 2 && length <= maxLength else { return }
            let token = make()
            if seen.insert(token).inserted { list.append(token) }
        }
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
