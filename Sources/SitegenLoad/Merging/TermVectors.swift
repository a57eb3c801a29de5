import Foundation
import SitegenModel
import SitegenSupport

/// TF-IDF vectors of short texts (title plus abstract), for telling whether two differently
/// titled entries are one paper.
///
/// Words are folded (`TitleKey.words`), words of two letters or fewer dropped, and interned to
/// integers. A word's weight is `(1 + ln tf) · ln(1 + N / df₄)`, where `N` is the number of texts
/// and `df₄` how many contain the word, rounded down to a quarter octave (`2^(k/4)`): words every
/// abstract uses ("we", "model", "results") weigh little, the words that make a paper itself weigh
/// much, and one edited text moves a common word's weight only when its count crosses a step, so
/// an edit re-weighs few vectors (`replace`). Vectors are unit length, their words in the order of
/// the words' text (ids are given in that order, and words new in `replace` are put in it), so sums
/// and ties never depend on when a word was first seen; a cosine is one pass over a vector, the
/// other spread by id (`Spread`).
struct TermVectors {
    /// A unit-length sparse vector: word ids, in the order of the words' text, with their weights.
    struct Vector: Equatable {
        var ids: [Int32] = []
        var weights: [Double] = []

        /// The `count` heaviest word ids (of equal weights, the word first in the vector), the
        /// words worth looking a text up by. Kept by insertion into a short list rather than by
        /// sorting every word: a word is put after those as heavy as it, which came before it.
        func heaviest(_ count: Int) -> [Int32] {
            guard count > 0 else { return [] }
            var top: [(Int32, Double)] = []
            top.reserveCapacity(count + 1)
            for word in zip(ids, weights) where top.count < count || word.1 > top[top.count - 1].1 {
                top.insert(word, at: top.firstIndex { word.1 > $0.1 } ?? top.count)
                if top.count > count { top.removeLast() }
            }
            return top.map(\.0)
        }

    }

    /// One vector's weights spread over a slot per word id (zero elsewhere), so that its dot
    /// product with another vector is one pass over the other's words, with no ids compared: the
    /// hottest loop of merging, where one paper is compared with many. Over the common words in
    /// the other's order (the other words add zero).
    struct Spread {
        private var weights: [Double]
        private var spreadIDs: [Int32] = []

        /// Room for vectors whose ids are below `wordCount`.
        init(wordCount: Int) {
            weights = Array(repeating: 0, count: wordCount)
        }

        /// Spreads `vector`, in place of the one spread before.
        mutating func spread(_ vector: Vector) {
            for id in spreadIDs { weights[Int(id)] = 0 }
            for (id, weight) in zip(vector.ids, vector.weights) { weights[Int(id)] = weight }
            spreadIDs = vector.ids
        }

        /// The dot product of the spread vector with `other`.
        func dot(_ other: Vector) -> Double {
            weights.withUnsafeBufferPointer { weights in
                other.ids.withUnsafeBufferPointer { ids in
                    other.weights.withUnsafeBufferPointer { otherWeights in
                        var sum = 0.0
                        for index in ids.indices { sum += weights[Int(ids[index])] * otherWeights[index] }
                        return sum
                    }
                }
            }
        }
    }

    /// A word of a text: its id and how many times the text has it.
    typealias Term = (id: Int32, count: Int32)

    /// Every word, by id.
    private var words: [String]
    /// Each word's id, made by the first `replace` (a clean load never needs it).
    private var wordIDs: [String: Int32]?
    /// How many texts contain each word, by id.
    private var documentFrequency: [Int]
    /// Each word's `ln(1 + N / df₄)`, by id: computed once, not once a text that has it.
    private var inverseFrequency: [Double]
    /// Every text's words in id order, one text after the other.
    private let terms: [Term]
    /// Where each text's words start in `terms`, and one more: the end of the last.
    private let textStarts: [Int]
    /// The words of the texts replaced since (`replace`), in the order of the words' text.
    private var replacedTerms: [Int: [Term]] = [:]

    /// How many words have ids: a `Spread` needs room for them.
    var wordCount: Int { words.count }

    /// The vectors of the texts `text(0)…text(count - 1)`, each a title and an abstract read as
    /// one text (the title, a line break, the abstract), each made when its words are read (the
    /// texts are never all in memory). Each run of texts numbers its own words on a core
    /// (`Chunk`), the runs' words are joined, then given ids in the order of their text.
    init(count: Int, text: @escaping @Sendable (Int) -> (title: String, abstract: String)) {
        var chunks = OrderedParallelMap.map(ParallelRuns.ranges(count: count)) { run in
            Chunk(run.lazy.map(text))
        }
        var vocabulary: [String: Int32] = [:]
        var words: [String] = []
        var arrivalFrequency: [Int] = []
        var arrivalIDs: [[Int32]] = []
        for chunk in chunks {
            arrivalIDs.append(chunk.words.indices.map { local in
                if let known = vocabulary[chunk.words[local]] {
                    arrivalFrequency[Int(known)] += chunk.documentFrequency[local]
                    return known
                }
                let id = Int32(words.count)
                vocabulary[chunk.words[local]] = id
                words.append(chunk.words[local])
                arrivalFrequency.append(chunk.documentFrequency[local])
                return id
            })
        }
        vocabulary = [:]
        let order = words.indices.sorted { words[$0] < words[$1] }
        var rank = [Int32](repeating: 0, count: order.count)
        for (position, id) in order.enumerated() { rank[id] = Int32(position) }
        let globalIDs = arrivalIDs.map { $0.map { rank[Int($0)] } }
        arrivalIDs = []
        let documentFrequency = order.map { arrivalFrequency[$0] }
        self.words = order.map { words[$0] }
        // Each text's words are put in id order by one counting sort over the ids of every text,
        // with no comparison: the words are spread by id (`byID`; a word is in as many texts as
        // its document frequency), then gathered back, text by text, walking the ids up. The
        // runs' words are let go once spread.
        var idStarts = [0]
        idStarts.reserveCapacity(documentFrequency.count + 1)
        for frequency in documentFrequency { idStarts.append(idStarts[idStarts.count - 1] + frequency) }
        // Both arrays are written through their buffers, each place once (every word of every
        // text is spread, then gathered), with no filling first and no uniqueness check a store.
        var textStarts = [0]
        textStarts.reserveCapacity(count + 1)
        let termCount = idStarts[idStarts.count - 1]
        let byID = [(text: Int32, count: Int32)](unsafeUninitializedCapacity: termCount) { byID, initialized in
            var nextByID = idStarts
            nextByID.withUnsafeMutableBufferPointer { nextByID in
                for (chunk, ids) in zip(chunks, globalIDs) {
                    for (start, end) in zip(chunk.textEnds.dropLast(), chunk.textEnds.dropFirst()) {
                        let text = Int32(textStarts.count - 1)
                        for term in chunk.termCounts[start..<end] {
                            let id = Int(ids[Int(term.id)])
                            byID[nextByID[id]] = (text, term.count)
                            nextByID[id] += 1
                        }
                        textStarts.append(textStarts[textStarts.count - 1] + end - start)
                    }
                }
            }
            initialized = termCount
        }
        chunks = []
        let terms = [Term](unsafeUninitializedCapacity: termCount) { terms, initialized in
            var nextInText = textStarts
            nextInText.withUnsafeMutableBufferPointer { nextInText in
                for id in documentFrequency.indices {
                    for position in idStarts[id]..<idStarts[id + 1] {
                        let (text, count) = byID[position]
                        terms[nextInText[Int(text)]] = (Int32(id), count)
                        nextInText[Int(text)] += 1
                    }
                }
            }
            initialized = termCount
        }
        self.terms = terms
        self.textStarts = textStarts
        self.documentFrequency = documentFrequency
        let total = textStarts.count - 1
        inverseFrequency = documentFrequency.map { Self.inverseFrequency(documentFrequency: $0, texts: total) }
    }

    /// `ln(1 + N / df₄)`: `df` rounded down to a quarter octave, `2^(k/4)`.
    private static func inverseFrequency(documentFrequency: Int, texts: Int) -> Double {
        guard documentFrequency > 0 else { return 0 }
        let rounded = exp2((log2(Double(documentFrequency)) * 4).rounded(.down) / 4)
        return log(1 + Double(texts) / rounded)
    }

    /// Puts new texts in place of the texts at the given indices (each index once), and gives
    /// the ids of the words whose weight changed with them: every vector holding one of those
    /// words, and the vectors of the texts replaced, are then not what they were.
    mutating func replace(_ texts: [(index: Int, text: (title: String, abstract: String))]) -> [Int32] {
        if wordIDs == nil { wordIDs = Dictionary(uniqueKeysWithValues: zip(words, Int32(0)...)) }
        var touched: [Int32: Double] = [:]
        for (index, text) in texts {
            for term in self.terms(of: index) {
                touched[term.id] = touched[term.id] ?? inverseFrequency[Int(term.id)]
                documentFrequency[Int(term.id)] -= 1
            }
            let chunk = Chunk(CollectionOfOne(text))
            var terms = chunk.termCounts.map { term in (id: id(of: chunk.words[Int(term.id)]), count: term.count) }
            terms.sort { words[Int($0.id)] < words[Int($1.id)] }
            for term in terms {
                touched[term.id] = touched[term.id] ?? inverseFrequency[Int(term.id)]
                documentFrequency[Int(term.id)] += 1
            }
            replacedTerms[index] = terms
        }
        let total = textStarts.count - 1
        var changed: [Int32] = []
        for (id, before) in touched {
            inverseFrequency[Int(id)] = Self.inverseFrequency(documentFrequency: documentFrequency[Int(id)], texts: total)
            if inverseFrequency[Int(id)] != before { changed.append(id) }
        }
        return changed.sorted()
    }

    /// The id of `word`, a new one (weighing nothing until counted) if no text had it.
    private mutating func id(of word: String) -> Int32 {
        if let id = wordIDs?[word] { return id }
        let id = Int32(words.count)
        wordIDs?[word] = id
        words.append(word)
        documentFrequency.append(0)
        inverseFrequency.append(0)
        return id
    }

    /// The word with id `id`.
    func word(_ id: Int32) -> String {
        words[Int(id)]
    }

    /// The texts holding at least one of `words` (ids), ascending: one pass over every text's words.
    func texts(holding words: [Int32]) -> [Int] {
        guard !words.isEmpty else { return [] }
        var wanted = [Bool](repeating: false, count: wordCount)
        for word in words { wanted[Int(word)] = true }
        return (0..<textStarts.count - 1).filter { text in terms(of: text).contains { wanted[Int($0.id)] } }
    }

    /// The words of the text at `index`.
    private func terms(of index: Int) -> ArraySlice<Term> {
        if let replaced = replacedTerms[index] { return replaced[...] }
        return terms[textStarts[index]..<textStarts[index + 1]]
    }

    /// A run of texts with its words numbered locally, in order of first appearance.
    private struct Chunk {
        /// The words by local id.
        var words: [String] = []
        /// How many of the run's texts contain each word, by local id.
        var documentFrequency: [Int] = []
        /// Each text's words (local ids, longer than two letters), in order of first appearance, with
        /// counts: the texts one after the other, in one array (no array a text).
        var termCounts: [(id: Int32, count: Int32)] = []
        /// Where each text's words end in `termCounts`, after a first 0.
        var textEnds = [0]

        /// Words are numbered by their bytes when ASCII (`ByteWordTable`), as `String`s otherwise:
        /// no ASCII word is canonically equivalent to a word that is not.
        private var asciiIDs = ByteWordTable()
        private var otherIDs: [String: Int32] = [:]
        /// Position of each local id in the current text's terms (in `termCounts`), -1 when absent.
        private var positionInText: [Int] = []

        init(_ texts: some Sequence<(title: String, abstract: String)>) {
            for text in texts { add(text) }
        }

        /// Counts the words of a title and an abstract, read as one text: a line break ends a word,
        /// so ASCII parts are read one after the other where they are, with no text made of both.
        private mutating func add(_ text: (title: String, abstract: String)) {
            var abstract = text.abstract
            let ascii = abstract.withUTF8 { $0.reduce(0, |) < 0x80 } && TitleKey.forEachASCIIWord(text.title, longerThan: 2) { countASCII($0) }
                && TitleKey.forEachASCIIWord(abstract, longerThan: 2) { countASCII($0) }
            if !ascii {
                for var word in TitleKey.words(text.title + "\n" + text.abstract, longerThan: 2) {
                    if word.utf8.allSatisfy({ $0 < 0x80 }) {
                        word.withUTF8 { countASCII($0) }
                    } else if let known = otherIDs[word] {
                        count(known)
                    } else {
                        otherIDs[word] = Int32(words.count)
                        count(newID(word))
                    }
                }
            }
            for term in termCounts[textEnds[textEnds.count - 1]...] { positionInText[Int(term.id)] = -1 }
            textEnds.append(termCounts.count)
        }

        /// Counts one occurrence of an ASCII word, numbering it if new.
        private mutating func countASCII(_ word: UnsafeBufferPointer<UInt8>) {
            let (id, inserted) = asciiIDs.value(for: word, inserting: Int32(words.count))
            count(inserted ? newID(String(decoding: word, as: UTF8.self)) : id)
        }

        private mutating func newID(_ word: String) -> Int32 {
            words.append(word)
            documentFrequency.append(0)
            positionInText.append(-1)
            return Int32(words.count - 1)
        }

        /// Counts one occurrence of the word `id` in the current text.
        private mutating func count(_ id: Int32) {
            let position = positionInText[Int(id)]
            if position >= 0 {
                termCounts[position].count += 1
            } else {
                positionInText[Int(id)] = termCounts.count
                termCounts.append((id, 1))
                documentFrequency[Int(id)] += 1
            }
        }
    }

    /// The vector of the text at `index`; weights use the frequencies of every text.
    func vector(_ index: Int) -> Vector {
        let terms = terms(of: index)
        // A word once in the text (most) weighs its inverse frequency: `1 + ln 1` is exactly 1.
        var weights = terms.map { term in
            let frequency = inverseFrequency[Int(term.id)]
            return term.count == 1 ? frequency : (1 + log(Double(term.count))) * frequency
        }
        let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return Vector() }
        for index in weights.indices { weights[index] /= norm }
        return Vector(ids: terms.map(\.id), weights: weights)
    }
}
