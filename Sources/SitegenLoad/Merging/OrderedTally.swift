import SitegenSupport

/// How often each string occurs, in order of first appearance: counting in runs on every core
/// and adding the runs' tallies in order gives the same tally as counting all in one go.
///
/// Strings are counted by their exact bytes (`ByteWordTable`: no `String` hashed), which is
/// cheap for every sighting; `counts()` then joins the spellings that `String` equality equates
/// (canonically equivalent ones, `é` precomposed or not), once for each distinct spelling.
struct OrderedTally {
    /// Each distinct spelling, in bytes, as first seen, with its count.
    private var spellings: [(value: String, count: Int)] = []
    /// Each spelling's position in `spellings`, by its bytes.
    private var positions = ByteWordTable()

    init() {}

    mutating func add(_ value: String, count: Int = 1) {
        var value = value
        let (position, inserted) = value.withUTF8 { positions.value(for: $0, inserting: Int32(spellings.count)) }
        if inserted {
            spellings.append((value, count))
        } else {
            spellings[Int(position)].count += count
        }
    }

    mutating func add(_ other: OrderedTally) {
        for (value, count) in other.spellings { add(value, count: count) }
    }

    /// Each distinct string (as first written) with its count, in order of first appearance.
    func counts() -> [(value: String, count: Int)] {
        var counts: [(value: String, count: Int)] = []
        var position: [String: Int] = [:]
        for (value, count) in spellings {
            if let index = position[value] {
                counts[index].count += count
            } else {
                position[value] = counts.count
                counts.append((value, count))
            }
        }
        return counts
    }
}
