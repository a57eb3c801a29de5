/// Turns a burst of file changes into one rebuild: fires once no change has come for
/// `quietPeriod`. Pure: the caller passes the time, so tests need no clock.
struct Debouncer<Instant: InstantProtocol> {
    let quietPeriod: Instant.Duration
    /// When the pending rebuild is due, if one is pending.
    private(set) var deadline: Instant?

    init(quietPeriod: Instant.Duration) {
        self.quietPeriod = quietPeriod
    }

    /// A change was seen at `now`: the rebuild waits `quietPeriod` more.
    mutating func noteChange(at now: Instant) {
        deadline = now.advanced(by: quietPeriod)
    }

    /// True (once) when a rebuild is pending and the quiet period has passed.
    mutating func shouldFire(at now: Instant) -> Bool {
        guard let deadline, now >= deadline else { return false }
        self.deadline = nil
        return true
    }
}
