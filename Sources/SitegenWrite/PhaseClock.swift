import Foundation

/// One step of a build and how long it took, as `sitegen build --verbose` prints them.
public struct BuildPhase: Sendable, Equatable {
    public let name: String
    public let seconds: Double
}

/// Times the steps of one build: each `begin` ends the step before. Used on the building thread.
final class PhaseClock {
    private var phases: [BuildPhase] = []
    private var current: (name: String, start: UInt64)?

    /// Ends the current step, if any, and starts `name`.
    func begin(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        if let current { phases.append(BuildPhase(name: current.name, seconds: Double(now - current.start) / 1e9)) }
        current = (name, now)
    }

    /// Every step so far, the current one ended now.
    func finish() -> [BuildPhase] {
        if current != nil { begin("") }
        current = nil
        return phases
    }
}
