import Foundation
@testable import SitegenLoad
import SitegenTestSupport
import Testing

/// The term vectors merging compares, held to TF-IDF computed plainly from each text's words.
@Suite struct TermVectorsTests {
    static let vocabulary = ["optimal", "transport", "Transport", "of", "sinkhorn", "model", "we", "the", "graph",
                             "neural", "réseau", "RÉSEAU", "naïve", "bayes", "x1", "data-driven", "zero", "shot"]

    /// Each vector's words are in the order of their text, and each cosine is the one of plain
    /// TF-IDF vectors keyed by word (`(1 + ln tf) · ln(1 + N / df₄)`, unit length), over seeded
    /// random texts.
    @Test func vectorsAreSortedTFIDFOfEachText() {
        var generator = SplitMix(state: 19)
        for _ in 0..<30 {
            let texts = Self.randomTexts(Int.random(in: 1...40, using: &generator), using: &generator)
            let vectors = TermVectors(count: texts.count) { texts[$0] }
            let plain = Self.plainVectors(texts)
            var spread = TermVectors.Spread(wordCount: vectors.wordCount)
            for a in texts.indices {
                let vector = vectors.vector(a)
                #expect(zip(vector.ids, vector.ids.dropFirst()).allSatisfy { vectors.word($0) < vectors.word($1) })
                spread.spread(vector)
                for b in texts.indices {
                    let expected = plain[a].reduce(0.0) { $0 + $1.value * (plain[b][$1.key] ?? 0) }
                    #expect(abs(spread.dot(vectors.vector(b)) - expected) < 1e-12)
                }
            }
        }
    }

    /// Texts replaced one run after another give, bit for bit, the vectors of the same texts read
    /// at once: the same words in the same order, the same weights, the same cosines and heaviest
    /// words; `replace` names every word whose weight changed (each other vector is as it was).
    @Test func replacedTextsGiveTheVectorsOfACleanRead() {
        var generator = SplitMix(state: 20)
        let extra = ["wasserstein", "kernel", "été", "transformer", "attention"]
        for _ in 0..<20 {
            var texts = Self.randomTexts(Int.random(in: 1...30, using: &generator), using: &generator)
            var vectors = TermVectors(count: texts.count) { [texts] in texts[$0] }
            for _ in 0..<4 {
                let before = texts.indices.map { vectors.vector($0) }
                let indices = Set((0..<Int.random(in: 1...3, using: &generator)).map { _ in texts.indices.randomElement(using: &generator)! })
                var replaced: [(index: Int, text: (title: String, abstract: String))] = []
                for index in indices.sorted() {
                    let words = Self.vocabulary + extra
                    let abstract = (0..<Int.random(in: 0...25, using: &generator)).map { _ in words.randomElement(using: &generator)! }
                    texts[index].abstract = abstract.joined(separator: " ")
                    replaced.append((index, texts[index]))
                }
                let changedWords = Set(vectors.replace(replaced))
                let clean = TermVectors(count: texts.count) { [texts] in texts[$0] }
                var (spread, cleanSpread) = (TermVectors.Spread(wordCount: vectors.wordCount), TermVectors.Spread(wordCount: clean.wordCount))
                for a in texts.indices {
                    let (vector, cleanVector) = (vectors.vector(a), clean.vector(a))
                    #expect(vector.ids.map(vectors.word) == cleanVector.ids.map(clean.word))
                    #expect(vector.weights == cleanVector.weights)
                    #expect(vector.heaviest(3).map(vectors.word) == cleanVector.heaviest(3).map(clean.word))
                    if !indices.contains(a) && !vector.ids.contains(where: changedWords.contains) {
                        #expect(vector.weights == before[a].weights)
                    }
                    spread.spread(vector)
                    cleanSpread.spread(cleanVector)
                    for b in texts.indices {
                        #expect(spread.dot(vectors.vector(b)) == cleanSpread.dot(clean.vector(b)))
                    }
                }
                #expect(vectors.texts(holding: changedWords.sorted()) == texts.indices.filter { vectors.vector($0).ids.contains(where: changedWords.contains) })
            }
        }
    }

    /// `count` texts of random words from `vocabulary`.
    private static func randomTexts(_ count: Int, using generator: inout SplitMix) -> [(title: String, abstract: String)] {
        (0..<count).map { _ in
            func words(_ count: Int) -> String {
                (0..<count).map { _ in vocabulary.randomElement(using: &generator)! }.joined(separator: " ")
            }
            return (title: words(Int.random(in: 0...6, using: &generator)), abstract: words(Int.random(in: 0...30, using: &generator)))
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
                (word, (1 + log(Double(count))) * log(1 + Double(texts.count) / Self.quarterOctave(documentFrequency[word]!)))
            })
            let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? weights.mapValues { $0 / norm } : [:]
        }
    }

    /// The largest `2^(k/4)` not above `count`, found by stepping up.
    private static func quarterOctave(_ count: Int) -> Double {
        var k = 0
        while pow(2, Double(k + 1) / 4) <= Double(count) + 1e-9 { k += 1 }
        return pow(2, Double(k) / 4)
    }
}
