@testable import SitegenServe
import Testing

/// A burst of changes makes one rebuild, once the folders have been quiet for the period.
@Suite struct DebouncerTests {
    let start = ContinuousClock.now

    func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }

    /// Replays changes and polls (times in ms from `start`) and returns the times at which it fired.
    func firings(changes: [Int], polls: [Int]) -> [Int] {
        var debouncer = Debouncer<ContinuousClock.Instant>(quietPeriod: .milliseconds(150))
        var fired: [Int] = []
        for time in (changes.map { ($0, true) } + polls.map { ($0, false) }).sorted(by: { $0.0 < $1.0 }) {
            if time.1 {
                debouncer.noteChange(at: at(time.0))
            } else if debouncer.shouldFire(at: at(time.0)) {
                fired.append(time.0)
            }
        }
        return fired
    }

    @Test func aBurstFiresOnceAfterTheQuietPeriod() {
        #expect(firings(changes: [0, 40, 80, 120], polls: [100, 200, 269, 270, 300, 1_000]) == [270])
    }

    @Test func nothingPendingNeverFires() {
        #expect(firings(changes: [], polls: [0, 150, 1_000]) == [])
    }

    @Test func aChangeAfterFiringStartsANewWait() {
        #expect(firings(changes: [0, 500], polls: [150, 600, 650, 700]) == [150, 650])
    }
}
