import Synchronization

/// What a long-lived process (`sitegen serve`) keeps of one build for the next, with the key of
/// what it was made from: a build takes it back only when its key is the same, and takes it once,
/// so a value is never held twice nor used for other inputs.
public final class KeptForNextBuild<Key: Equatable & Sendable, Value: Sendable>: Sendable {
    private let kept = Mutex<(key: Key, value: Value)?>(nil)

    public init() {}

    /// The key of the value kept, if any.
    public var key: Key? {
        kept.withLock { $0?.key }
    }

    /// The value kept, if it was made from `key`; either way, none is kept after.
    public func take(madeFrom key: Key) -> Value? {
        take(where: { $0 == key })?.value
    }

    /// The value kept and its key, if `matches` accepts the key; either way, none is kept after.
    /// For keys compared more cheaply where their inputs are than made anew.
    public func take(where matches: (Key) -> Bool) -> (key: Key, value: Value)? {
        kept.withLock { kept in
            defer { kept = nil }
            return kept.flatMap { matches($0.key) ? $0 : nil }
        }
    }

    /// Keeps `value`, made from `key`, for the next build.
    public func keep(_ value: Value, madeFrom key: Key) {
        kept.withLock { $0 = (key, value) }
    }
}
