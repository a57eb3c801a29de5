/// Counting for the charts and rankings, in an order that never depends on hashing.
enum Tally {
    /// How often each value occurs, most frequent first, ties in ascending value order.
    static func ranked<Value: Hashable & Comparable>(_ values: some Sequence<Value>) -> [(value: Value, count: Int)] {
        var counts: [Value: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.map { (value: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.value) < ($0.count, $1.value) }
    }

    /// Papers per year, oldest first, with zero-paper years in between filled in.
    static func perYear(_ years: some Sequence<Int>) -> [(year: Int, count: Int)] {
        let counts = Dictionary(years.map { ($0, 1) }, uniquingKeysWith: +)
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return [] }
        return (first...last).map { (year: $0, count: counts[$0, default: 0]) }
    }
}
