import Foundation

/// How search text becomes tokens, the same way in `SearchIndex` and in `assets/search.js`:
/// canonical decomposition, combining marks dropped, lower case, the letters of `SearchFolding`
/// folded, split at anything that is not a letter or a digit; tokens shorter than two characters
/// or longer than `maxLength`, and stop words, are left out.
///
/// Words joined by one `joiners` character (`Lacroix-Dupont`, `O'Brien`, `fine-tuning`) are a
/// compound: each part is a token, and so is the whole without its joiners (`lacroixdupont`,
/// `obrien`, `finetuning`). Every token keeps the position of its first word in the text; every
/// word counts, kept or not (`mixture of experts`: 0, 1, 2), so a query can tell adjacent words.
///
/// The JavaScript side does `normalize("NFD")`, removes `\p{M}`, `toLowerCase()`, folds with the
/// manifest's table, splits on `[^\p{L}\p{N}]` and reads the stop words and joiners from the
/// manifest, so the two cannot drift apart.
enum SearchTokens {
    /// Words too common to find anything with (English function words).
    static let stopWords: [String] = [
        "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "in", "into", "is", "it", "its", "of",
        "on", "or", "that", "the", "their", "this", "to", "was", "we", "were", "which", "with",
    ]
    /// Characters that join two words into a compound when they stand alone between them: hyphen,
    /// apostrophe, Unicode hyphen, non-breaking hyphen, right single quotation mark (the typeset apostrophe).
    static let joiners: [Unicode.Scalar] = ["-", "'", "\u{2010}", "\u{2011}", "\u{2019}"]
    /// The stop words in a set with room for a document's tokens: each document's `seen` starts
    /// as a copy, so a stop word is "seen" already and each token is hashed once, not twice.
    private static let stopSet: Set<String> = {
        var set = Set<String>(minimumCapacity: 128)
        set.formUnion(stopWords)
        return set
    }()
    static let minLength = 2
    /// Longer tokens are noise (hashes, glued words) and are skipped.
    static let maxLength = 40

    /// A token and the position of its first word in the text.
    struct Token: Equatable, Sendable {
        let text: String
        let position: Int
    }

    /// The distinct tokens of `text`, in order of first appearance. These two lists are the
    /// reading stated plainly, which the tests hold `search.js`'s rules and `RunPostings` to; the
    /// index itself reads through `read(strong:weak:into:)`.
    static func tokens(_ text: String) -> [Token] {
        var reader = Reader(sink: DistinctTokens())
        reader.add(text)
        reader.finishCompound()
        return reader.sink.strong
    }

    /// The distinct tokens of the `strong` texts (positions run on from one text to the next, one
    /// apart, so words of two texts are never adjacent), and those of `weak` that are not among
    /// them (positions from 0 again).
    static func tokens(strong: [String], weak: String) -> (strong: [Token], weak: [Token]) {
        var sink = DistinctTokens()
        read(strong: strong, weak: weak, into: &sink)
        return (sink.strong, sink.weak)
    }

    /// Hands `sink` every token of the `strong` texts and then of `weak`, positions as
    /// `tokens(strong:weak:)` gives them, repeats and stop words included.
    static func read(strong: [String], weak: String, into sink: inout some SearchTokenSink) {
        var reader = Reader(sink: consume sink)
        for text in strong {
            reader.add(text)
            reader.finishCompound()
            reader.position += 1
        }
        reader.position = 0
        reader.isWeak = true
        reader.add(weak)
        reader.finishCompound()
        sink = reader.sink
    }

    /// Keeps the first of each token, stop words left out.
    private struct DistinctTokens: SearchTokenSink {
        var strong: [Token] = []
        var weak: [Token] = []
        var seen = stopSet

        mutating func take(_ bytes: [UInt8], position: Int, isWeak: Bool) {
            let token = String(decoding: bytes, as: UTF8.self)
            guard seen.insert(token).inserted else { return }
            if isWeak { weak.append(Token(text: token, position: position)) } else { strong.append(Token(text: token, position: position)) }
        }
    }

    /// Reads texts into words and compounds and hands `sink` each token whose length is one a
    /// token may have, with the position of its first word.
    private struct Reader<Sink: SearchTokenSink> {
        var sink: Sink
        /// Whether the text being read is the weak one.
        var isWeak = false
        /// The position of the next word.
        var position = 0
        /// The compound's words so far, without joiners (UTF-8), its word count and first position.
        var compound: [UInt8] = []
        var compoundWords = 0
        var compoundStart = 0
        /// Whether the characters since the last word are one joiner (the next word continues the
        /// compound), and whether there was any.
        var afterJoiner = false
        var afterSeparator = false

        /// Adds the tokens of `text`. Words of ASCII letters and digits are read from bytes (no
        /// Unicode tables: most words of titles and abstracts); a word holding other bytes goes
        /// through `unicodeWords`. ASCII bytes other than letters and digits separate words in
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
                    separator(isJoiner: byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'"))
                }
            }
            flush(&word, isASCII: isASCII)
        }

        private mutating func flush(_ word: inout [UInt8], isASCII: Bool) {
            guard !word.isEmpty else { return }
            if isASCII {
                self.word(word, length: word.count)
            } else {
                unicodeWords(String(decoding: word, as: UTF8.self))
            }
            word.removeAll(keepingCapacity: true)
        }

        /// The words and separators of `text` by the Unicode rules.
        private mutating func unicodeWords(_ text: String) {
            var current = String.UnicodeScalarView()
            func flush() {
                guard !current.isEmpty else { return }
                let folded = SearchFolding.fold(String(current).lowercased().unicodeScalars)
                word(Array(String(folded).utf8), length: folded.count)
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
                    separator(isJoiner: SearchTokens.joiners.contains(scalar))
                }
            }
            flush()
        }

        /// A word (lower case, folded; `length` Unicode scalars): a token, and a part of the compound.
        private mutating func word(_ bytes: [UInt8], length: Int) {
            if afterJoiner && compoundWords > 0 {
                compoundWords += 1
            } else {
                finishCompound()
                compound.removeAll(keepingCapacity: true)
                compoundWords = 1
                compoundStart = position
            }
            compound.append(contentsOf: bytes)
            afterJoiner = false
            afterSeparator = false
            add(bytes, length: length, at: position)
            position += 1
        }

        /// A character between words: one joiner alone continues the compound, anything else ends it.
        private mutating func separator(isJoiner: Bool) {
            if isJoiner && !afterSeparator {
                afterJoiner = true
            } else {
                finishCompound()
            }
            afterSeparator = true
        }

        /// Adds the compound read so far, when it has two words or more, as one token.
        mutating func finishCompound() {
            if compoundWords > 1 {
                add(compound, length: compound.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }, at: compoundStart)
            }
            compoundWords = 0
            afterJoiner = false
        }

        /// Hands on the token `bytes` when `length` (in Unicode scalars) is one a token may have.
        private mutating func add(_ bytes: [UInt8], length: Int, at position: Int) {
            guard length >= minLength && length <= maxLength else { return }
            sink.take(bytes, position: position, isWeak: isWeak)
        }
    }

    /// The first `length` Unicode scalars of `token` (JavaScript: `Array.from(token)`).
    static func prefix(_ token: String, _ length: Int) -> String {
        String(String.UnicodeScalarView(token.unicodeScalars.prefix(length)))
    }

    /// The last `length` Unicode scalars of `token`.
    static func suffix(_ token: String, _ length: Int) -> String {
        String(String.UnicodeScalarView(token.unicodeScalars.suffix(length)))
    }
}

/// Where `SearchTokens.read` hands each token it reads, repeats and stop words included.
protocol SearchTokenSink {
    /// A token (`bytes`: lower case, folded, UTF-8), the position of its first word, and whether
    /// it comes from the weak text.
    mutating func take(_ bytes: [UInt8], position: Int, isWeak: Bool)
}
