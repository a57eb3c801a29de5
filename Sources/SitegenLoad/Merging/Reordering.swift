extension Array {
    /// Puts `self[order[i]]` at position `i` (`order` is a permutation of the indices). Items
    /// are moved cycle by cycle, one held aside per cycle: none is copied, as a `map` into a new
    /// array or `swapAt` would copy each (a paper, an entry: many references) on one core.
    mutating func reorder(by order: [Int]) {
        precondition(order.count == count)
        var placed = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { items in
            guard let base = items.baseAddress else { return }
            for start in items.indices where !placed[start] {
                let first = (base + start).move()
                var position = start
                while order[position] != start {
                    (base + position).moveInitialize(from: base + order[position], count: 1)
                    placed[position] = true
                    position = order[position]
                }
                (base + position).initialize(to: first)
                placed[position] = true
            }
        }
    }
}
