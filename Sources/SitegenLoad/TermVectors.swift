import Foundation
import SitegenModel

/// TF-IDF vectors of short texts (title plus abstract), for telling whether two differently
/// titled entries are one paper.
///
/// Words are folded (`TitleKey.words`), words of two letters or fewer dropped, and interned to
/// integers. A word's weight is `(1 + ln tf) · ln(1 + N / df)`, where `N` is the number of texts
/// and `df` how many contain the word: words every abstract uses ("we", "model", "results") weigh
/// little, the words that make a paper itself weigh much. Vectors are unit length and sorted by
/// word id, so a cosine is one merge pass.
struct TermVectors {
    /// A unit-length sparse vector: word ids ascending, with their weights.
    struct Vector {
        var ids: [Int32] = []
        var weights: [Double] = []

        /// The `count` heaviest word ids (ties by id), the words worth looking a text up by.
        func heaviest(_ count: Int) -> [Int32] {
            zip(ids, weights).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(count).map(\.0)
        }

        func cosine(_ other: Vector) -> Double {
            var i = 0, j = 0, sum = 0.0
            while i < ids.count && j < other.ids.count {
                if ids[i] == other.ids[j] {
                    sum += weights[i] * other.weights[j]
                    i += 1
                    j += 1
                } else if ids[i] < other.ids[j] {
                    i += 1
                } else {
                    j += 1
                }
            }
            return sum
        }
    }

    /// Each text's words as (id, occurrences), ids ascending.
    private let termCounts: [[(id: Int32, count: Int)]]
    /// How many texts contain each word, by id.
    private let documentFrequency: [Int]

    /// The vectors of `texts`. Words are found on every core; ids are given in order of first
    /// appearance (text by text), so they do not depend on the number of threads.
    init(_ texts: [String]) {
        let wordsOfTexts = OrderedParallelMap.map(texts, Self.wordCounts)
        var vocabulary: [String: Int32] = [:]
        var documentFrequency: [Int] = []
        var termCounts: [[(id: Int32, count: Int)]] = []
        termCounts.reserveCapacity(texts.count)
        for words in wordsOfTexts {
            var terms: [(id: Int32, count: Int)] = []
            terms.reserveCapacity(words.count)
            for (word, count) in words {
                let id: Int32
                if let known = vocabulary[word] {
                    id = known
                } else {
                    id = Int32(documentFrequency.count)
                    vocabulary[word] = id
                    documentFrequency.append(0)
                }
                documentFrequency[Int(id)] += 1
                terms.append((id, count))
            }
            terms.sort { $0.id < $1.id }
            termCounts.append(terms)
        }
        self.termCounts = termCounts
        self.documentFrequency = documentFrequency
    }

    /// The words of `text` longer than two letters, each once, in order of first appearance,
    /// with how often the text uses them.
    private static func wordCounts(_ text: String) -> [(word: String, count: Int)] {
        var words: [(word: String, count: Int)] = []
        var position: [String: Int] = [:]
        for word in TitleKey.words(text) where word.count > 2 {
            if let index = position[word] {
                words[index].count += 1
            } else {
                position[word] = words.count
                words.append((word, 1))
            }
        }
        return words
    }

    /// The vector of the text at `index`; weights use the frequencies of every text.
    func vector(_ index: Int) -> Vector {
        let total = Double(termCounts.count)
        let entries = termCounts[index].map { id, count in
            (id, (1 + log(Double(count))) * log(1 + total / Double(documentFrequency[Int(id)])))
        }
        let norm = entries.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        guard norm > 0 else { return Vector() }
        return Vector(ids: entries.map(\.0), weights: entries.map { $0.1 / norm })
    }
}
