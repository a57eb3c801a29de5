import Foundation
@testable import SitegenLoad
import SitegenTestSupport
import Testing

/// The term vectors merging compares, held to TF-IDF computed plainly from each text's words.
@Suite struct TermVectorsTests {
    /// Word ids ascend in every vector, and each cosine is the one of plain TF-IDF vectors keyed by
    /// word (`(1 + ln tf) · ln(1 + N / df)`, unit length), over seeded random texts.
    @Test func vectorsAreSortedTFIDFOfEachText() {
        var generator = SplitMix(state: 19)
        let vocabulary = ["optimal", "transport", "Transport", "of", "sinkhorn", "model", "we", "the", "graph",
                          "neural", "réseau", "RÉSEAU", "naïve", "bayes", "x1", "data-driven", "zero", "shot"]
        for _ in 0..<30 {
            let texts = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
                func words(_ count: Int) -> String {
                    (0..<count).map { _ in vocabulary.randomElement(using: &generator)! }.joined(separator: " ")
                }
                return (title: words(Int.random(in: 0...6, using: &generator)), abstract: words(Int.random(in: 0...30, using: &generator)))
            }
            let vectors = TermVectors(count: texts.count) { texts[$0] }
            let plain = Self.plainVectors(texts)
            var spread = TermVectors.Spread(wordCount: 64)
            for a in texts.indices {
                let vector = vectors.vector(a)
                #expect(zip(vector.ids, vector.ids.dropFirst()).allSatisfy { $0 < $1 })
                spread.spread(vector)
                for b in texts.indices {
                    let expected = plain[a].reduce(0.0) { $0 + $1.value * (plain[b][$1.key] ?? 0) }
                    #expect(abs(spread.dot(vectors.vector(b)) - expected) < 1e-12)
                }
            }
        }
    }

    /// Each text's TF-IDF vector by word, unit length (empty when it has no word of three letters or more).
    private static func plainVectors(_ texts: [(title: String, abstract: String)]) -> [[String: Double]] {
        let counts = texts.map { text in
            TitleKey.words(text.title + "\n" + text.abstract, longerThan: 2).reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        }
        var documentFrequency: [String: Int] = [:]
        for words in counts { for word in words.keys { documentFrequency[word, default: 0] += 1 } }
        return counts.map { words in
            let weights = Dictionary(uniqueKeysWithValues: words.map { word, count in
                (word, (1 + log(Double(count))) * log(1 + Double(texts.count) / Double(documentFrequency[word]!)))
            })
            let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? weights.mapValues { $0 / norm } : [:]
        }
    }
}
