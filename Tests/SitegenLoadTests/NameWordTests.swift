@testable import SitegenLoad
import SitegenTestSupport
import Testing

/// A word of ASCII text tested from its bytes (`ASCIINameWord`), or of simple text
/// (`SimpleNameWord`), answers as the same word tested as a `String`, for every short word over
/// letters and the signs names use.
@Suite struct NameWordTests {
    /// Every word of up to four of these, and some longer words of names.
    static let words: [String] = {
        let alphabet = ["A", "I", "T", "Z", "a", "d", "e", "i", "l", "n", "v", "z", ".", "-", "'", "&", "1"]
        var words = [""]
        var last = [""]
        for _ in 1...4 {
            last = last.flatMap { word in alphabet.map { word + $0 } }
            words += last
        }
        return words + ["Team", "OpenAI", "StabilityAI", "Mistral-AI", "BigScience", "LeCun", "McDonald", "O'Neil", "J.-P.",
                        "Seo-yeon", "HyoukJoong", "van", "der", "degli", "binti", "Workshop", "inc.", "A.B.", "ABCD."]
    }()

    /// Every test of `word` answers as the same test of `string`.
    static func expectSameAnswers(_ word: some NameWord, as string: String) {
        #expect(word.isGroupMarker == string.isGroupMarker, "\(string)")
        #expect(word.isGroupWord == string.isGroupWord, "\(string)")
        #expect(word.isInitials == string.isInitials, "\(string)")
        #expect(word.isParticle == string.isParticle, "\(string)")
        #expect(word.hasLowercaseSecond == string.hasLowercaseSecond, "\(string)")
        #expect(word.isCapitalised(strict: true) == string.isCapitalised(strict: true), "\(string)")
        #expect(word.isCapitalised(strict: false) == string.isCapitalised(strict: false), "\(string)")
    }

    @Test func asciiWordsAnswerAsStrings() {
        #expect(Self.words.count > 80_000)
        for word in Self.words {
            var bytes = word
            bytes.withUTF8 { utf8 in
                Self.expectSameAnswers(ASCIINameWord(utf8[...]), as: word)
            }
        }
    }

    /// A word of simple text answers as the same word tested as a `String`, whether it is ASCII
    /// (tested in its bytes) or not.
    @Test func simpleTextWordsAnswerAsStrings() {
        for word in Self.words + ["Gaël", "Łukasz", "Ćwikła", "José-María", "Zoë", "ÅB", "É.", "Ñandú", "d’Arc", "Øystein"] {
            var bytes = word
            bytes.withUTF8 { utf8 in
                Self.expectSameAnswers(SimpleNameWord(utf8[...]), as: word)
            }
        }
    }

    /// Random words of simple text beyond ASCII (accented, stroked and titlecase letters of both
    /// cases, among ASCII capitals, group words and hyphens) answer as `String`s.
    @Test func accentedWordsAnswerAsStrings() {
        let pieces = ["É", "é", "Ł", "ł", "ß", "ǅ", "ǈ", "Ÿ", "ÿ", "’", "·", "A", "I", "L", "B", "a", "b", "-", ".", "AI", "INC",
                      "LAB", "Team", "team", "ORG"]
        var generator = SplitMix(state: 3)
        var tried = 0
        for _ in 0..<20_000 {
            let word = (0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            guard SimpleText.isSimple(word), !PersonName.isASCII(word) else { continue }
            tried += 1
            var bytes = word
            bytes.withUTF8 { Self.expectSameAnswers(SimpleNameWord($0[...]), as: word) }
        }
        #expect(tried > 10_000)
    }

    /// What `PersonName.isSimpleGroupMarker` rests on: no scalar of simple text beyond ASCII
    /// lower-cases to ASCII.
    @Test func noSimpleScalarBeyondASCIILowercasesToASCII() {
        for scalar in GluedLineCharactersTests.simpleScalars where !scalar.isASCII {
            #expect(!PersonName.isASCII(String(scalar).lowercased()), "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// The words of a name held on the stack (`PersonName.spaceSeparatedWords`) are the words
    /// `split(separator:)` cuts, up to as many as there is room for, over random texts of words,
    /// runs of spaces and accented letters.
    @Test func wordsHeldOnTheStackAreTheSplitWords() {
        let pieces = [" ", "  ", "A", "Ann", "é", "Łukasz", "de", "-", ".", "x"]
        var generator = SplitMix(state: 31)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let room = Int.random(in: 1...8, using: &generator)
            var utf8 = text
            utf8.withUTF8 { bytes in
                let expected = bytes.split(separator: UInt8(ascii: " ")).prefix(room).map { Array($0) }
                withUnsafeTemporaryAllocation(of: SimpleNameWord.self, capacity: room) { words in
                    let count = PersonName.spaceSeparatedWords(of: bytes, into: words)
                    let held = words[..<count].map { word in
                        switch word {
                        case .ascii(let ascii): Array(ascii.bytes)
                        case .other(let bytes, _): Array(bytes)
                        }
                    }
                    words.baseAddress!.deinitialize(count: count)
                    #expect(held == expected, "\(text) \(room)")
                }
            }
        }
    }
}
