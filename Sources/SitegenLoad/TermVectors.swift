import Foundation

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

    private(set) var vocabulary: [String: Int32] = [:]
    private(set) var documentFrequency: [Int] = []
    private var termCounts: [[Int32: Int]] = []

    /// Adds a text; returns its index.
    mutating func add(_ text: String) -> Int {
        var counts: [Int32: Int] = [:]
        for word in TitleKey.words(text) where word.count > 2 {
            let id: Int32
            if let known = vocabulary[word] {
                id = known
            } else {
                id = Int32(documentFrequency.count)
                vocabulary[word] = id
                documentFrequency.append(0)
            }
            counts[id, default: 0] += 1
        }
        for id in counts.keys { documentFrequency[Int(id)] += 1 }
        termCounts.append(counts)
        return termCounts.count - 1
    }

    /// The vector of the text added as `index`; weights use the frequencies of every text added.
    func vector(_ index: Int) -> Vector {
        let total = Double(termCounts.count)
        var entries = termCounts[index].map { id, count in
            (id, (1 + log(Double(count))) * log(1 + total / Double(documentFrequency[Int(id)])))
        }
        entries.sort { $0.0 < $1.0 }
        let norm = entries.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        guard norm > 0 else { return Vector() }
        return Vector(ids: entries.map(\.0), weights: entries.map { $0.1 / norm })
    }
}
