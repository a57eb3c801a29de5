/// How often each string occurs, in order of first appearance: counting in runs on every core
/// and adding the runs' tallies in order gives the same tally as counting all in one go.
struct OrderedTally {
    /// Each distinct string (as first written) with its count.
    private(set) var counts: [(value: String, count: Int)] = []
    private var position: [String: Int] = [:]

    init() {}

    mutating func add(_ value: String, count: Int = 1) {
        if let index = position[value] {
            counts[index].count += count
        } else {
            position[value] = counts.count
            counts.append((value, count))
        }
    }

    mutating func add(_ other: OrderedTally) {
        for (value, count) in other.counts { add(value, count: count) }
    }
}
